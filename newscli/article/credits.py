"""Credits printed in bylines and datelines: who (a person or a generic desk), where, which outlet.

``नईदुनिया प्रतिनिधि, इंदौर`` is a staff credit and a place; ``अनिल शर्मा, आगरा`` a person
and a place; ``हिन्दुस्तान टीम आगरा`` a team credit followed by its place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from newscli.article.dates import find_datetimes, month_day_pattern
from newscli.article.outlets import OutletMention, canonical, canonical_of_key, find_outlets, outlet_at_start
from newscli.article.resources import ENTITY_PLACE_LISTS, entity_words, fold, word_set

_DEV_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F\u200c\u200d]+")
_NAME_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F\u200c\u200dA-Za-z.]+")
# Words that close a team or desk credit in a byline ("हिन्दुस्तान टीम", "न्यूज नेटवर्क").
_CREDIT_HEADS = ("टीम", "ब्यूरो", "डेस्क", "नेटवर्क", "संवाददाता", "प्रतिनिधि", "team", "bureau", "desk", "network")
# Heads of a section desk credit ("लाइफस्टाइल डेस्क", "राज्य ब्यूरो").
_DESK_HEADS = frozenset({"डेस्क", "ब्यूरो", "desk", "bureau"})
# Of those, the ones that name a team in the byline slot, printed as the author ("हिन्दुस्तान टीम").
_TEAM_HEADS = frozenset({"टीम", "ब्यूरो", "नेटवर्क", "team", "bureau", "network"})
# Heads of an outlet's staff credit, "<outlet> संवाददाता": its reporter, not a named person.
_STAFF_HEADS = frozenset({"संवाददाता", "प्रतिनिधि"})


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Credit:
    """What a byline or dateline credit says; spans are offsets in the string given to the parser."""

    place: Span | None = None
    person: Span | None = None
    outlets: tuple[str, ...] = ()
    generic: bool = False  # a desk, agency or staff credit
    dated: bool = False  # carried a month-day (wire header "पूर्णिया, दिसम्बर 5 --")
    date: str | None = None  # a full date printed in the credit ("नयी दिल्ली, 24 जुलाई 2023 (भाषा)")


def not_places() -> frozenset[str]:
    return word_set("article_not_places.txt")


@functools.cache
def known_places() -> frozenset[str]:
    names = set(word_set("article_places.txt"))
    for name in ENTITY_PLACE_LISTS:
        names |= entity_words(name)
    return frozenset(names)


# Last words that make a name a place ("अम्बेडकर नगर", "ग्वाटेमाला सिटी") and endings of town names.
_PLACE_HEADS = frozenset({"नगर", "सिटी", "बीच", "शहर", "जिला", "ज़िला", "गांव", "गाँव", "कस्बा", "टाउन"})
_PLACE_ENDINGS = ("पुर", "बाद", "गंज", "गढ़", "नगर", "गांव", "गाँव", "ग्राम", "पुरा", "पुरम", "घाट")


def plausible_place(s: str) -> bool:
    """A dateline place with no credit to vouch for it: known, or one uncommon word, or a town-like name.

    Kickers ("लाइव अपडेट्स:", "दूसरा केस:", "सवाल:") look like datelines and are refused here.
    """
    kickers = word_set("article_kicker_words.txt")
    common = entity_words("common_words.txt")
    for place in s.split("/"):
        key = fold(place)
        words = key.split()
        if key in known_places():
            continue
        if not words or any(w in kickers for w in words):
            return False
        if len(words) == 1:
            if key in common:
                return False
            continue
        town_like = words[-1] in _PLACE_HEADS or words[-1].endswith(_PLACE_ENDINGS)
        if not town_like or any(w in common for w in words):
            return False
    return True


def is_generic_credit(s: str) -> bool:
    """A desk, agency or staff credit, possibly led by the outlet's name ("जागरण संवाददाता").

    Agencies joined by a slash ("वार्ता/भाषा") and any "<section> डेस्क" count too.
    """
    return _is_generic_credit(s, fold(s))


def _is_generic_credit(s: str, key: str) -> bool:
    """``is_generic_credit`` of ``s`` given its ``fold``, for a caller that needs the key as well."""
    credits = word_set("article_credits.txt")
    if key in credits:
        return True
    if "/" in key and all(p.strip() in credits for p in key.split("/")):
        return True
    words = key.split()
    if len(words) == 2 and (words[-1] in _DESK_HEADS or (words[-1] in _STAFF_HEADS and desk_outlet(s) is not None)):
        return True
    lead = outlet_at_start(s)
    if lead is not None:
        rest = fold(s[lead.end :])
        return rest in credits or rest == ""
    return False


def is_place_like(s: str) -> bool:
    """One to three Devanagari words (or up to four places joined by '/'), none a function word."""
    places = [p.strip() for p in s.split("/")]
    if not 1 <= len(places) <= 4:
        return False
    for place in places:
        words = place.split()
        if not 1 <= len(words) <= 3:
            return False
        if not all(map(_is_place_word, words)):
            return False
    return True


def _is_place_word(word: str) -> bool:
    return _DEV_WORD.fullmatch(word) is not None and len(word) >= 2 and fold(word) not in not_places()


def _cannot_end_a_place(token: str, rest: str) -> bool:
    """No text ending with ``rest`` (which opens with ``token``) is place-like: ``token`` holds a word
    that is no place word, or more than three words follow the last '/'. Text put before ``rest``
    adds words and slashes, so neither can be undone."""
    if not all(_is_place_word(w) for w in token.split("/") if w):
        return True
    return len(rest.rsplit("/", 1)[-1].split()) > 3


def is_name_like(s: str) -> bool:
    """Two to four name words (Devanagari or Latin), none a function word or a credit."""
    words = s.split()
    if not 2 <= len(words) <= 4:
        return False
    if is_generic_credit(s):
        return False
    return all(_NAME_WORD.fullmatch(w) and fold(w.rstrip(".")) not in not_places() for w in words)


def ends_with_surname(s: str) -> bool:
    words = s.split()
    return len(words) >= 2 and fold(words[-1]) in word_set("article_surnames.txt")


@functools.cache
def _month_day() -> re.Pattern[str]:
    return re.compile(month_day_pattern(), re.IGNORECASE)


_PART = re.compile(r"(?:[^,|()/]|(?<![ \u00a0])/|/(?![ \u00a0]))+|\([^()]*\)")


def _parts(s: str, base: int) -> list[Span]:
    """Comma- or bar-separated parts with offsets, a bracketed part split off ("चंडीगढ़(रश्मि)").

    A slash with spaces on both sides separates parts too ("शुभायन चक्रवर्ती / नई दिल्ली"); one
    glued to a word joins the cities of a shared dateline ("अगरतला/ शिलांग/ कोहिमा")."""
    out: list[Span] = []
    for m in _PART.finditer(s):
        text = m.group()
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if stripped and stripped not in ("-", "–"):
            out.append(Span(base + m.start() + lead, base + m.start() + lead + len(stripped), stripped))
    return out


def _credit_then_place(text: str) -> int | None:
    """Where the place starts in "प्रमुख संवाददाता मुम्बई" or "संवाद सूत्र तपा" (a desk credit and its
    place in one part)."""
    words = list(re.finditer(r"\S+", text))
    for i in range(len(words) - 2, -1, -1):
        rest = text[words[i + 1].start() :]
        if _cannot_end_a_place(words[i + 1].group(), rest):
            # the words after any credit found from here on would not be a place: the answer is None,
            # known without testing every longer opening as a credit (titles end here at once)
            return None
        if fold(words[i].group()) in _CREDIT_HEADS or (i > 0 and is_generic_credit(text[: words[i].end()])):
            return words[i + 1].start() if is_place_like(rest) else None
    return None


def _is_known_place(text: str) -> bool:
    return all(fold(p) in known_places() for p in text.split("/"))


def _is_person(text: str) -> bool:
    words = fold(text).split()
    return ends_with_surname(text) or (bool(words) and words[0] in entity_words("given_names.txt"))


# Lists of regions that qualify a city in a dateline ("मुजफ्फरपुर, बिहार।", "अदेन, यमन।").
_REGION_LISTS = ("loc_states.txt", "loc_countries.txt")


def _is_region(text: str) -> bool:
    key = fold(text)
    return any(key in entity_words(name) for name in _REGION_LISTS)


def _city_then_region(named: list[Span]) -> Span | None:
    """ "मुजफ्फरपुर, बिहार": a known city qualified by its state or country is the place, and nobody
    is credited ("नीलू रंजन, नई दिल्ली" still credits the reporter)."""
    if len(named) != 2:
        return None
    city, region = named
    if not _is_region(region.text) or _is_region(city.text) or _is_person(city.text):
        return None
    return city if _is_known_place(city.text) else None


def _place_and_person(named: list[Span]) -> tuple[Span | None, Span | None]:
    """Which of the name-or-place parts is the place and which the reporter ("अनिल शर्मा, आगरा",
    "नई दिल्ली, रणविजय सिंह"): known places and known names decide, else the place comes last."""
    if not named:
        return None, None
    qualified = _city_then_region(named)
    if qualified is not None:
        return qualified, None
    places = [p for p in named if _is_known_place(p.text)]
    people = [p for p in named if p not in places and _is_person(p.text)]
    unknown = [p for p in named if p not in places and p not in people]
    place = places[-1] if places else None
    if place is None:
        candidates = [p for p in named if p not in people or len(named) == 1]
        place = candidates[-1] if candidates else None
    rest = [p for p in people + unknown if p is not place]
    if place is None or not is_place_like(place.text):
        return None, rest[0] if rest else None
    return place, rest[0] if rest else None


def _outlet_then_place(text: str, mentions: list[OutletMention]) -> tuple[str, int] | None:
    """ "नईदुनिया इंदौर" (no comma between outlet and city): the outlet, and where the place starts."""
    if not mentions or mentions[0].start != 0 or mentions[0].end >= len(text):
        return None
    rest = text[mentions[0].end :]
    start = mentions[0].end + len(rest) - len(rest.lstrip())
    return (mentions[0].name, start) if _is_known_place(text[start:]) else None


_LATIN_GLOSS = re.compile(r"[A-Za-z][A-Za-z .\-]{1,40}")


def parse_dateline_credit(s: str, base: int = 0, strict: bool = False) -> Credit | None:
    """The credit before a dateline separator, or None when ``s`` is not one.

    The place is the last place-like part; a name-like part before it is the reporter. With
    ``strict``, a place that no credit, outlet or reporter vouches for must look like a place.
    """
    named: list[Span] = []
    bracket_person: Span | None = None
    outlets: list[str] = []
    generic = dated = False
    printed = find_datetimes(s)
    for match in printed:
        s = s[: match.start] + " " * (match.end - match.start) + s[match.end :]
    dated = bool(printed)
    parts = _parts(s, base)
    for part in parts:
        text = part.text.strip("()").strip()
        if not text:
            continue
        key = fold(text)  # the credit test and the outlet lookup compare the same key
        if _is_generic_credit(text, key):
            generic = True
            outlets += [m.name for m in find_outlets(text)] or _named_by_desk(text)
            continue
        split = _credit_then_place(text)
        if split is not None:
            generic = True
            outlets += [m.name for m in find_outlets(text[:split])] or _named_by_desk(text[:split])
            if part is not parts[-1]:
                continue  # "संवाद सूत्र तपा, बरनाला": the stringer's town; the district is the dateline
            text = text[split:]
            key = fold(text)
            part = Span(part.end - len(text), part.end, text)
        name = canonical_of_key(key)
        if name is not None:
            outlets.append(name)
            continue
        mentions = find_outlets(text)
        lead = _outlet_then_place(text, mentions)
        if lead is not None:
            outlets.append(lead[0])
            text = text[lead[1] :]
            part = Span(part.end - len(text), part.end, text)
            mentions = []
        if mentions and mentions[-1].end == len(text) and mentions[-1].start > 0:
            # "Sudhir Kumar लाइव हिन्दुस्तान, पटना": the reporter, then the outlet
            outlets.append(mentions[-1].name)
            text = text[: mentions[-1].start].rstrip()
            part = Span(part.start, part.start + len(text), text)
        if len(text.split()) <= 3 and _month_day().search(text):
            dated = True
            continue
        if part.text.startswith("(") and _LATIN_GLOSS.fullmatch(text) and named:
            continue  # "उत्तर प्रदेश(UTTAR PRADESH)", "लखनऊ (Lucknow)": the place spelt in English
        if part.text.startswith("("):
            # "चंडीगढ़(रश्मि)": the reporter; "लेस्लीगंज (पलामू)": the district, not needed
            if not is_place_like(text) and not is_name_like(text):
                return None
            glued = part.start > base and s[part.start - base - 1 : part.start - base].strip() != ""
            if _is_person(text) or (glued and not _is_known_place(text)):
                bracket_person = bracket_person or Span(part.start + 1, part.end - 1, text)
            continue
        if is_place_like(text) or is_name_like(text):
            named.append(part)
            continue
        return None
    place, person = _place_and_person(named)
    person = person or bracket_person
    if place is None and not generic:
        return None
    vouched = generic or bool(outlets) or person is not None
    if place is not None and not vouched and ends_with_surname(place.text):
        return None  # "अनिल शर्मा: …" opens a quote, not a dateline
    if strict and place is not None and not vouched and not plausible_place(place.text):
        return None
    return Credit(place, person, tuple(outlets), generic, dated, printed[0].iso() if printed else None)


def parse_byline(s: str, base: int = 0) -> Credit:
    """A byline's author, place and outlet ("Sudhir Kumar लाइव हिन्दुस्तान", "हिन्दुस्तान टीम आगरा").

    A team or network credit in the byline slot is the author as printed; a bare outlet name is not.
    """
    outlets = tuple(m.name for m in find_outlets(s))
    parts = [p for p in re.finditer(r"[^,|]+", s) if p.group().strip()]
    if not parts:
        return Credit(outlets=outlets)
    if not outlets:
        head = parts[0].group().split()
        for i, word in enumerate(head[1:], 1):
            if fold(word) in _TEAM_HEADS:
                outlets = tuple(_named_by_desk(" ".join(head[: i + 1])))
                break
    first = parts[0]
    lead = len(first.group()) - len(first.group().lstrip())
    start, end = base + first.start() + lead, base + first.start() + lead + len(first.group().strip())
    text = first.group().strip()
    place: Span | None = None
    words = list(re.finditer(r"\S+", text))
    for i, w in enumerate(words):
        if fold(w.group()) in _CREDIT_HEADS and 0 < i < len(words) - 1:
            rest = text[words[i + 1].start() :]
            if is_place_like(rest):
                place = Span(start + words[i + 1].start(), end, rest)
                text = text[: w.end()]
                end = start + w.end()
            break
    for m in reversed(find_outlets(text)):
        if m.end == len(text) and m.start > 0:
            text = text[: m.start].rstrip()
            end = start + len(text)
            break
    for p in parts[1:]:
        candidate = p.group().strip()
        if place is None and is_place_like(candidate):
            offset = base + p.start() + (len(p.group()) - len(p.group().lstrip()))
            place = Span(offset, offset + len(candidate), candidate)
    person: Span | None = None
    desk = is_generic_credit(text) and not (text.split() and fold(text.split()[-1]) in _TEAM_HEADS)
    if text and not desk and not _outlet_only(text) and _plausible_author(text):
        person = Span(start, end, text)
    return Credit(place, person, outlets, generic=person is None and is_generic_credit(text))


def parse_credit_line(s: str, base: int = 0) -> Credit | None:
    """A line that is nothing but a team or desk credit of an outlet ("पत्रिका न्यूज नेटवर्क",
    "वेबदुनिया न्यूज डेस्क", "जनवाणी ब्यूरो |").

    The outlet's own desk or team in the byline slot is the author as printed, and names the
    outlet; so does an unknown name heading a bureau, team or desk, unless it is a section or
    a place ("खेल डेस्क", "राज्य ब्यूरो", "लखनऊ ब्यूरो"), which credits nobody in particular.
    """
    # the trailer pattern is tried at every position: only lines that end like one are cut
    text = _CREDIT_TRAILER.sub("", s) if s.endswith(("|", ",", ":", "-", "–", "by", "By", "BY")) else s
    words = text.split()
    if not 2 <= len(words) <= 5 or fold(words[-1]) not in _CREDIT_HEADS:
        return None
    if outlet_at_start(text) is None:
        return _unknown_outlet_desk(text, base)
    credit = parse_byline(text, base)
    if credit.person is None and fold(words[-1]) in _DESK_HEADS and credit.place is None:
        return replace(credit, person=Span(base, base + len(text), text), generic=False)
    return credit


# What a credit line may trail: a bar, a comma, a colon, or a "by" before the name line below.
_CREDIT_TRAILER = re.compile(r"(?:[ \u00a0]*(?:[|,:\-–]|\bby\b))+[ \u00a0]*\Z", re.IGNORECASE)
# Heads that make "<name> <head>" an outlet's own desk: a reporter head ("संवाददाता") does not.
_OUTLET_DESK_HEADS = _TEAM_HEADS | _DESK_HEADS


def _unknown_outlet_desk(text: str, base: int) -> Credit | None:
    """ "समाचार4मीडिया ब्यूरो": one name and a desk head, the name neither a section nor a place."""
    if fold(text.split()[-1]) not in _OUTLET_DESK_HEADS:
        return None
    name = desk_outlet(text)
    if name is None:
        return None
    return Credit(None, Span(base, base + len(text), text), (name,), False)


def _named_by_desk(text: str) -> list[str]:
    name = desk_outlet(text.strip())
    return [name] if name is not None else []


def desk_outlet(text: str) -> str | None:
    """The outlet an outlet's own staff credit names by its first word ("जनवाणी ब्यूरो",
    "नईदुनिया प्रतिनिधि", "हिन्दुस्तान टीम"): the word before the head, unless it is a section, a
    staff title or a place ("खेल डेस्क", "विशेष संवाददाता", "लखनऊ ब्यूरो")."""
    words = text.split()
    if len(words) < 2 or fold(words[-1]) not in _CREDIT_HEADS or fold(text) in word_set("article_credits.txt"):
        return None
    lead = words[:-1]
    if len(lead) > 1 and fold(lead[-1]) in ("न्यूज", "न्यूज़", "news"):
        lead = lead[:-1]
    if len(lead) != 1:
        return None
    name = lead[0]
    key = fold(name)
    if key in word_set("article_desk_sections.txt") or key in known_places() or key in word_set("article_credits.txt"):
        return None
    if not re.search(r"[A-Za-z\u0900-\u097F]{3}", name):
        return None
    return canonical(name) or name


# Words that may follow an outlet's name in a source line without naming a person.
_OUTLET_TRAILERS = frozenset(
    {
        "news",
        "hindi",
        "tv",
        "live",
        "digital",
        "online",
        "web",
        "desk",
        "com",
        "न्यूज़",
        "न्यूज",
        "हिंदी",
        "हिन्दी",
        "डिजिटल",
        "ऑनलाइन",
    }
)


def _outlet_only(text: str) -> bool:
    """ "Punjab Kesari", "Hindustan Hindi News": an outlet, not a person."""
    if canonical(text) is not None:
        return True
    lead = outlet_at_start(text)
    if lead is None:
        return False
    rest = re.findall(r"[^\W\d_]+", text[lead.end :].replace(".", " "))
    return all(fold(w) in _OUTLET_TRAILERS for w in rest)


def _plausible_author(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    if fold(text) in word_set("article_furniture.txt"):
        return False
    return all(_NAME_WORD.fullmatch(w) or w in ("-", "&") for w in words)
