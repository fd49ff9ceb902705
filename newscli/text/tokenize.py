"""Tokens of Hindi news text, with Universal Dependencies Hindi boundaries.

``tokenize(text)`` returns :class:`~newscli.model.Token` values whose ``start``/``end``
are code-point offsets into ``text`` exactly as given (nothing is normalized before
offsets are taken), so ``text[start:end] == token.text``. Whitespace is never a
token; neither are the invisible characters that separate words (zero width space,
word joiner, byte order mark, direction marks). Non-breaking spaces, newlines and
zero width spaces are boundaries; ZWJ, ZWNJ and soft hyphens stay inside words.

Kinds:

``word``     a run of Devanagari letters and signs (``संतोष``, ``स्‍थान`` with ZWJ), or of
             letters of another non-Latin script.
``latin``    a run of Latin letters, possibly with digits and an inner apostrophe
             (``BJP``, ``G20``, ``Modi's``).
``number``   starts with a digit, ASCII or Devanagari: ``80``, ``1,00,000``, ``४,३२,०००``,
             ``७.५``, ``9:15``, ``24/07/2023``; a comma groups only when 2 or 3 digits
             follow, so ``24,2023`` is three tokens. Letters glued to the digits stay in the
             token (``8वीं``, ``25ए``, ``10th``).
``abbrev``   a word that keeps its period: listed abbreviations (``डॉ.``, ``प्रो.``, ``Dr.``,
             see ``data/hi/abbreviations.txt``), initials (``पी.``, ``के.``, ``A.``; letter names
             that are also common words, such as ``आई``, only next to another initial),
             and dotted acronyms written without spaces (``बी.एल.``, ``जी.डी.पी.``, ``U.S.``).
``url``      ``http(s)://…``, ``www.…``, bare domains on common suffixes (``etvbharat.com``) and
             Devanagari ones on ``.कॉम`` (``नवभारतटाइम्स.कॉम``).
``email``    ``name@example.com``.
``mention``  ``@handle``.
``hashtag``  ``#tag``.
``punct``    one punctuation mark, or a run of the same mark: ``...``, ``--``, ``।।``, ``?!``.
             Quotes and hyphens are always tokens of their own; ``|`` counts as punctuation
             (outlets use it as a danda).
``symbol``   anything else that is not a letter or digit: ``%``, ``₹``, ``$``, ``+``, emoji.

Every pattern is one alternative of a single compiled ``regex`` scanned with
``finditer``; each runs in linear time (possessive quantifiers, and the patterns that
could scan far without matching only start where a run of their characters starts).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import regex

from newscli.datafiles import data_lines
from newscli.model import Token
from newscli.text.normalize import normalize

# Characters that separate tokens: everything str.isspace() accepts, plus invisible
# format characters that never belong to a word on their own.
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_GAP = regex.escape(SPACES + INVISIBLE, special_only=False)

# Devanagari letters and signs, without the dandas (U+0964/5), digits (U+0966..F) and
# the abbreviation sign (U+0970), which are tokens of their own or parts of numbers.
_DEV = r"\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF"
_DEV_CONT = _DEV + r"\p{M}\u200c\u200d\u00ad"
_URL_STOP = _GAP + r"<>\"“”‘’{}|\\^`।॥"
_URL_TRAIL = r".,;:!?'’)\]"


@dataclass(frozen=True, slots=True)
class TokenRule:
    """One alternative of the token pattern: its name, its regular expression, its kind."""

    name: str
    pattern: str
    kind: str


# Most tokens are Devanagari words, so that rule comes first. Dotted Devanagari acronyms
# (बी.एल.) are taken in tokenize() when a word is followed by a period.
RULES: tuple[TokenRule, ...] = (
    TokenRule("devanagari", rf"[{_DEV}][{_DEV_CONT}]*+", "word"),
    TokenRule(
        "number",
        r"\d++(?:[.:/]\d++|,\d{2,3}+(?!\d))*+(?:[\p{L}\p{M}\u200c\u200d]++)?",
        "number",
    ),
    TokenRule("url", rf"(?:https?://|ftp://|www\.)(?:[^{_URL_STOP}]*[^{_URL_STOP}{_URL_TRAIL}])?", "url"),
    TokenRule(
        "email",
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*+@[A-Za-z0-9](?:[A-Za-z0-9-]*+\.)++[A-Za-z]{2,}+(?![\w@])",
        "email",
    ),
    TokenRule(
        "domain",
        r"(?<![\w.@/-])[A-Za-z0-9][A-Za-z0-9-]*+(?:\.[A-Za-z0-9-]++)*?"
        r"\.(?:com|in|org|net|gov|edu|co|info|io|news|live|tv)(?![\w@-]|\.\w)"
        rf"(?:/(?:[^{_URL_STOP}]*[^{_URL_STOP}{_URL_TRAIL}])?)?",
        "url",
    ),
    TokenRule("mention", r"(?<![\w@])@\w++", "mention"),
    TokenRule("hashtag", r"(?<![\w#&])#\w++", "hashtag"),
    TokenRule("latin_acronym", r"(?:\p{Latin}{1,3}\.){2,}+", "abbrev"),
    TokenRule("latin", r"\p{Latin}[\p{Latin}\p{M}\d\u00ad]*+(?:['’]\p{Latin}[\p{Latin}\p{M}\d]*+)*+", "latin"),
    TokenRule("letters", r"(?:(?![\p{Latin}\p{sc=Deva}])[\p{L}\p{M}])++", "word"),
    TokenRule("run", r"\.{2,}+|…++|-{2,}+|[!?]{2,}+|।{2,}+|\|{2,}+|'{2}|`{2}", "punct"),
    TokenRule("single", rf"[^{_GAP}]\p{{M}}*+", "punct"),
)
_WORD_GOES_ON = regex.compile(rf"[{_DEV_CONT}\w]")
# Two or more short Devanagari groups, each with its period, written without spaces.
_DEV_ACRONYM = regex.compile(rf"(?:(?:डब्ल्यू|डबल्यू|[{_DEV}][{_DEV_CONT}]{{0,3}})[.॰]){{2,}}+")

_KIND = {rule.name: rule.kind for rule in RULES}
_WORD_RULES = frozenset(("devanagari", "latin", "letters"))  # may take a following period
_SYMBOL_PUNCT = frozenset("%‰‱#@&*†‡§¶′″")
_PUNCT_SYMBOL = frozenset("|¦")
_PLAIN = frozenset(("word", "latin", "number", "punct", "symbol", "abbrev", "mention", "hashtag"))


@functools.cache
def _token_pattern() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?P<{r.name}>{r.pattern})" for r in RULES))


def read_list(name: str) -> list[str]:
    """Lines of a data file in ``newscli/data/hi``, without blank lines and ``#`` comments."""
    return data_lines(name)


@functools.cache
def abbreviations() -> frozenset[str]:
    """Listed abbreviations, with their period (``डॉ.``, ``Dr.``)."""
    return frozenset(read_list("abbreviations.txt"))


@functools.cache
def letter_names() -> dict[str, bool]:
    """Devanagari names of Latin letters (``पी``), mapped to whether they are ambiguous."""
    out: dict[str, bool] = {}
    for line in read_list("text_letter_names.tsv"):
        dev, _latin, ambiguous = line.split("\t")
        out[dev] = ambiguous == "yes"
    return out


@functools.cache
def _next_initial() -> regex.Pattern[str]:
    names = "|".join(sorted(map(regex.escape, letter_names()), key=len, reverse=True))
    return regex.compile(rf"[ \t\u00a0]*+(?:{names})[.॰]")


def _keeps_period(text: str, word: str, end: int, prev: Token | None) -> bool:
    """Whether the word ``text[..end]`` followed by ``.``/``॰`` at ``end`` is an abbreviation."""
    if text[end] == "॰":
        return True
    if text.startswith(".", end + 1):  # "समूह..." is a word and an ellipsis
        return False
    if word + "." in abbreviations():
        return True
    if word.isascii():
        return len(word) == 1 and word.isupper()
    ambiguous = letter_names().get(word)
    if ambiguous is None:
        return False
    if not ambiguous:
        return True
    # आई., जी., ओ. end sentences as words; as initials they come in a row.
    if prev is not None and prev.kind == "abbrev" and prev.end >= end - len(word) - 2:
        return True
    return _next_initial().match(text, end + 1) is not None


def _single_kind(surface: str) -> str:
    ch = surface[0]
    if ch in _SYMBOL_PUNCT:
        return "symbol"
    if ch in _PUNCT_SYMBOL:
        return "punct"
    return "punct" if unicodedata.category(ch).startswith("P") else "symbol"


def _norm(surface: str, kind: str) -> str:
    if kind == "url":
        return unicodedata.normalize("NFC", surface)
    if kind == "email":
        return surface.casefold()
    return normalize(surface)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; see the module docstring for the boundaries and kinds."""
    tokens: list[Token] = []
    append = tokens.append
    pattern = _token_pattern()
    kinds = _KIND
    n = len(text)
    pos = 0
    while pos <= n:
        for m in pattern.finditer(text, pos):
            start, end = m.span()
            name = m.lastgroup or "single"
            surface = m.group()
            kind = kinds[name]
            if name in _WORD_RULES:
                if end < n and text[end] in ".॰":
                    taken = _with_period(text, start, end, surface, kind, tokens[-1] if tokens else None)
                    if taken:
                        kind = "url" if text.startswith(".कॉम", end) else "abbrev"
                        append(Token(start, taken, text[start:taken], kind, normalize(text[start:taken])))
                        pos = taken
                        break  # scan again after the period(s) taken
            elif name == "single":
                kind = _single_kind(surface)
            append(Token(start, end, surface, kind, normalize(surface) if kind in _PLAIN else _norm(surface, kind)))
        else:
            break
    return tokens


def _with_period(text: str, start: int, end: int, word: str, kind: str, prev: Token | None) -> int:
    """End of the abbreviation starting at ``start`` if ``word`` takes the period at ``end``, else 0."""
    if kind == "word":
        m = _DEV_ACRONYM.match(text, start)
        if m is not None:
            return m.end()
        if text.startswith(".कॉम", end) and not _WORD_GOES_ON.match(text, end + 4):
            return end + 4  # नवभारतटाइम्स.कॉम
    if _keeps_period(text, word, end, prev):
        return end + 1
    return 0
