"""Page furniture: menus, share widgets, ad labels, breadcrumbs, related links and page tails."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newscli.article.dates import find_datetimes
from newscli.article.outlets import canonical, canonical_of_key, find_outlets
from newscli.article.resources import fold, initials, word_list, word_set

# Characters of a line compared with furniture openings, and the longest whole-line furniture.
_PREFIX_WINDOW = 80
_LONGEST_FURNITURE = 60
# Edge characters ignored when a line is compared with the furniture list.
_EDGE_PUNCT = " \t\u00a0:|-–—›»>•·.,"
_HAS_LETTER_OR_DIGIT = re.compile(r"[0-9A-Za-z\u0900-\u0963\u0966-\u097F]")
_BREADCRUMB_MARKS = "/⁄›>»"
_BREADCRUMB_SEP = re.compile(rf"[ \u00a0]+[{_BREADCRUMB_MARKS}][ \u00a0]+|[ \u00a0]*⁄[ \u00a0]*")
# "— ANI (@ANI) September 10, 2018": the signature line of an embedded tweet.
_TWEET_SIGNATURE = re.compile(r"^[—–-][ \u00a0]?.{1,80}\(@\w{1,30}\)")
# Share buttons run together: "TwitterFacebookemailemail", "Facebook Twitter WhatsApp".
_SHARE_BUTTONS = re.compile(
    r"(?:twitter|facebook|e-?mail|whatsapp|linkedin|telegram|koo|print|share|google\s?plus|[ \u00a0|,/])+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _AnyWord:
    """Words looked for anywhere in a line: Hindi ones as written, English ones in any case.

    Devanagari has no case, so the Hindi words make an alternation of plain literals, which the
    regex engine finds by scanning for their first characters. A case-insensitive alternation tries
    every word at every position instead, so the English words are looked for only in lines that
    hold one of their initials (in any case, as they are matched)."""

    hindi: re.Pattern[str]
    english: re.Pattern[str]
    initials: re.Pattern[str]

    def found_in(self, text: str) -> bool:
        if self.hindi.search(text) is not None:
            return True
        return self.initials.search(text) is not None and self.english.search(text) is not None


def _any_word(hindi: tuple[str, ...], english: tuple[str, ...]) -> _AnyWord:
    return _AnyWord(
        re.compile("|".join(map(re.escape, hindi))),
        re.compile("|".join(map(re.escape, english)), re.IGNORECASE),
        initials(english),
    )


# A follow-us footer names a social network and asks to follow, read or click.
_LONGEST_FOOTER = 400
_US = re.compile(r"(?<![\u0900-\u097F])हमें(?![\u0900-\u097F])|\bus\b", re.IGNORECASE)
_SOCIAL = _any_word(("फेसबुक", "फ़ेसबुक", "ट्विटर", "इंस्टाग्राम", "यूट्यूब"), ("Facebook", "Twitter", "Instagram", "YouTube"))
_FOLLOW = _any_word(("फ़ॉलो", "फॉलो", "सब्सक्राइब", "क्लिक कर", "पढ़ सकते", "देख सकते", "जुड़ें"), ("follow", "subscribe"))
_NEWS_WORDS = ("खबरें", "ख़बरें", "खबर", "न्यूज़", "न्यूज")
_OUTLET_NEWS = re.compile(rf"[ \u00a0]+की[ \u00a0]+(?:{'|'.join(_NEWS_WORDS)})\Z")
# "Etv Bharat", "Zee News": an outlet's name and a word that often follows it.
_NAME_SUFFIXES = ("TV", "टीवी", "News", "न्यूज़", "न्यूज", "Hindi", "हिंदी")
_SUFFIXED_NAME = re.compile(rf"(.+?)[ \u00a0]+(?:{'|'.join(_NAME_SUFFIXES)})")


# A line is compared with several lists, one after the other: its keys are folded once. A short
# line without edge punctuation is its own key and window (slicing and stripping return the line).
@functools.lru_cache(maxsize=64)
def _folded(text: str) -> str:
    return fold(text)


def _key(text: str) -> str:
    return _folded(text.strip(_EDGE_PUNCT))


def _window_key(text: str) -> str:
    return _folded(text[:_PREFIX_WINDOW])


def _window_opening(text: str) -> str:
    """The first character of the window key, from the fold of the window's first word when that is
    not empty: NFC never reaches across a space, so the key opens with that fold."""
    space = text.find(" ", 0, _PREFIX_WINDOW)
    if space > 0 and (first := _folded(text[:space])):
        return first[0]
    return _window_key(text)[:1]


@functools.cache
def _prefixes(name: str) -> dict[str, tuple[str, ...]]:
    """The list's folded openings by their first character: a key opens with one of them only if
    it opens with that character ("" holds an empty opening, which every key opens with)."""
    by_first: dict[str, list[str]] = {}
    for form in {fold(p) for p in word_list(name)}:
        by_first.setdefault(form[:1], []).append(form)
    return {first: tuple(forms) for first, forms in by_first.items()}


def _starts_with_any(text: str, name: str) -> bool:
    prefixes = _prefixes(name)
    if "" in prefixes:
        return True
    # most lines open with a character no listed opening does: the whole window is not folded then
    opening = _window_opening(text)
    return opening in prefixes and _window_key(text).startswith(prefixes[opening])


def is_tail_marker(text: str) -> bool:
    """Everything after this line is the page's tail (next stories, footer, recommendations)."""
    return (
        _starts_with_any(text, "article_tail_markers.txt")
        or outlet_news_line(text)
        or social_footer(text)
        or copyright_holder(text) is not None
    )


# "© 2026 Name — motto", "Copyright © 2023-24 DB Corp ltd., All Rights Reserved",
# "Name Private Ltd. Copyright & Disclaimer": the holder after the sign and its years, or before it.
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_COPYRIGHT_YEARS = re.compile(
    r"(?:[ \u00a0]*(?:©|\(c\)|copyright|(?:19|20)\d\d(?:[ \u00a0]*[-–][ \u00a0]*\d{2,4})?)[ \u00a0,.]*)+", re.IGNORECASE
)
_HOLDER_END = re.compile(r"[ \u00a0]*(?:[—–|,•]|[ \u00a0]-[ \u00a0]|\ball rights\b|\bcopyright\b|&|\Z)", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(r"(?:[ \u00a0,]+(?:private|pvt\.?|ltd\.?|limited|inc\.?))+[ \u00a0.,]*\Z", re.IGNORECASE)
_LONGEST_COPYRIGHT = 160
_COPYRIGHT_MARKS = ("©", "opyright", "OPYRIGHT", "(c)", "(C)")
_DEVANAGARI_LETTER = re.compile(r"[\u0900-\u0963\u0971-\u097F]")


def copyright_holder(text: str) -> str | None:
    """Who a copyright line names, or None when the line is no copyright notice.

    >>> copyright_holder("© 2026 बहल झलक — खबर आपकी, नज़र हमारी")
    'बहल झलक'
    >>> copyright_holder("Business Standard Private Ltd. Copyright & Disclaimer")
    'Business Standard'
    """
    if len(text) > _LONGEST_COPYRIGHT or not any(mark in text for mark in _COPYRIGHT_MARKS):
        return None  # substring tests first: the case-blind pattern is tried at every position
    sign = _COPYRIGHT.search(text)
    if sign is None:
        return None
    if sign.start() == 0 or not text[: sign.start()].strip(_EDGE_PUNCT):
        after = _COPYRIGHT_YEARS.match(text, sign.start())
        start = after.end() if after else sign.end()
        end = _HOLDER_END.search(text, start)
        holder = text[start : end.start() if end else len(text)]
    else:
        rest = text[sign.end() :]
        if _DEVANAGARI_LETTER.search(rest) or len(rest.split()) > 4:
            return None  # a sentence that mentions copyright, not the footer's notice
        holder = text[: sign.start()]
    holder = _COMPANY_SUFFIX.sub("", holder.strip(_EDGE_PUNCT)).strip(_EDGE_PUNCT)
    if not holder or len(holder.split()) > 5 or not re.search(r"[A-Za-z\u0900-\u097F]{2}", holder):
        return None
    return canonical(holder) or holder


def social_footer(text: str) -> bool:
    """ "(… आप हमें फ़ेसबुक और ट्विटर पर फ़ॉलो भी कर सकते हैं.)": a follow-us footer."""
    if len(text) > _LONGEST_FOOTER or not _SOCIAL.found_in(text) or not _FOLLOW.found_in(text):
        return False
    # the outlet speaks to the reader ("हमें"), or the line is a bracketed aside of the page
    bracketed = text.startswith("(") or (text.rstrip(" .।").endswith(")") and "(" not in text)
    return bracketed or _US.search(text) is not None


def outlet_news_line(text: str) -> bool:
    """ "जागरण की खबरें": a listing trailer naming the outlet."""
    if not text.endswith(_NEWS_WORDS):
        return False  # the pattern ends with one; checked first as it is cheap
    m = _OUTLET_NEWS.search(text)
    return m is not None and canonical(text[: m.start()]) is not None


def is_furniture(text: str) -> bool:
    if not _HAS_LETTER_OR_DIGIT.search(text):
        return True
    if len(text) <= 3 and not re.search(r"[A-Za-z\u0900-\u097F]{2}", text):
        return True  # "+4", "1"
    if len(text) <= _LONGEST_FURNITURE and _key(text) in word_set("article_furniture.txt"):
        return True
    if _starts_with_any(text, "article_furniture_prefixes.txt"):
        return True
    return bool(_TWEET_SIGNATURE.match(text) or _SHARE_BUTTONS.fullmatch(text) or is_widget(text))


# Lines a page widget prints, by shape: a temperature ("32°C"), a gallery counter ("2/10"), the
# font-size buttons ("A-", "A+"), a lone social handle or hashtag ("@ramkumar", "#नगरनिगम").
_GALLERY_COUNTER = r"\d{1,3}[ \u00a0]?/[ \u00a0]?\d{1,3}"
_GALLERY = re.compile(_GALLERY_COUNTER)
_WIDGET = re.compile(
    r"[-+]?\d{1,3}(?:[.,]\d)?[ \u00a0]?(?:°[ \u00a0]?[CF]?|℃|℉)"
    rf"|{_GALLERY_COUNTER}"
    r"|[Aअ][ \u00a0]?[-+−]"
    r"|[@#][\w\u0900-\u097F]{2,40}"
)
_LONGEST_WIDGET = 42


def is_widget(text: str) -> bool:
    return len(text) <= _LONGEST_WIDGET and _WIDGET.fullmatch(text) is not None


# A "see also" label printed on its own line; the line under it is the linked story's title.
_SEE_ALSO = frozenset(
    {"यह भी देखें", "ये भी देखें", "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी पढ़े", "ये भी पढ़े", "also read", "read also"}
)


@functools.cache
def _see_also_keys() -> frozenset[str]:
    return frozenset(fold(label) for label in _SEE_ALSO)


def is_see_also(text: str) -> bool:
    """A "see also" label that points at the line under it: it ends with a colon or a dash
    ("ये भी पढ़ें –"); a bare one may close a list of links printed above it."""
    stripped = text.rstrip()
    return (
        len(text) <= 30
        and stripped.endswith((":", "-", "–", "—"))
        and fold(stripped).strip(" :-–—|") in _see_also_keys()
    )


def is_gallery_counter(text: str) -> bool:
    """ "2/10", "3 / 12": the position in a photo gallery; the line under it is the photo's caption."""
    return len(text) <= 9 and _GALLERY.fullmatch(text) is not None


def breadcrumb_outlets(text: str) -> tuple[str, ...] | None:
    """Outlets named in a breadcrumb ("ETV Bharat / city"); None when ``text`` is no breadcrumb.

    A line with a dated part is a byline ("अनिल शर्मा / आगरा 5 मार्च 2022"): a trail names sections.
    """
    # every separator holds a mark: looked for first, as the separator pattern is tried at every space
    if not any(mark in text for mark in _BREADCRUMB_MARKS) or _BREADCRUMB_SEP.search(text) is None:
        return None
    if find_datetimes(text):
        return None
    parts = [p for p in _BREADCRUMB_SEP.split(text) if p.strip()]
    if not 1 <= len(parts) <= 6:
        return None
    if any(len(p.split()) > 4 for p in parts):
        return None
    return tuple(m.name for m in find_outlets(text))


def outlet_line(text: str) -> str | None:
    """The publisher a line names when the line is nothing but an outlet's name ("Etv Bharat", "AajTak")."""
    name = canonical_of_key(_key(text))
    stripped = text.strip(_EDGE_PUNCT)
    if name is not None or not stripped.endswith(_NAME_SUFFIXES):
        return name
    m = _SUFFIXED_NAME.fullmatch(stripped)
    return canonical(m.group(1)) if m else None


def site_title_outlet(text: str) -> str | None:
    """ "… - Samastipur News | Dainik Bhaskar": an HTML title line ending in the outlet's name."""
    if " | " not in text and " - " not in text:
        return None
    last = re.split(r" \| | - ", text)[-1]
    return canonical(last)


def is_summary_label(text: str) -> bool:
    return _key(text) in word_set("article_summary_labels.txt")
