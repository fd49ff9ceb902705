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
That scan is :func:`scan_tokens`. :func:`tokenize` returns the same tokens several
times faster: it scans each piece of text between spaces and line feeds once and then looks it up
(see the piece cache below).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from itertools import accumulate, chain, compress, repeat
from operator import add, itemgetter

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

# The kind of each rule by its group number in the pattern (``Match.lastindex``).
_KIND_BY_GROUP = ("", *(rule.kind for rule in RULES))
_WORD_GROUPS = frozenset(i + 1 for i, rule in enumerate(RULES) if rule.name in ("devanagari", "latin", "letters"))
_SINGLE_GROUP = len(RULES)
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


def _keeps_period(text: str, word: str, end: int) -> bool | None:
    """Whether the word ``text[..end]`` followed by ``.``/``॰`` at ``end`` is an abbreviation.

    ``None`` for an ambiguous letter name: the neighbouring tokens decide (:func:`_beside_initial`).
    """
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
    return None if ambiguous else True


def _beside_initial(text: str, word: str, end: int, prev: Token | None) -> bool:
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


def scan_tokens(text: str) -> list[Token]:
    """The tokens of ``text`` found by scanning all of it with the token pattern.

    :func:`tokenize` returns the same tokens faster; this is the definition it is tested against.
    """
    return _scan(text, 0, len(text), None)[0]


def _scan(text: str, pos: int, endpos: int, prev: Token | None) -> tuple[list[Token], bool]:
    """Tokens of ``text[pos:endpos]``, and whether a token outside that stretch decided one.

    The stretch must start and end at a token boundary; ``prev`` is the token before it.
    """
    tokens: list[Token] = []
    append = tokens.append
    pattern = _token_pattern()
    kinds = _KIND_BY_GROUP
    n = len(text)
    outside = False
    while pos < endpos:
        for m in pattern.finditer(text, pos, endpos):
            start, end = m.span()
            group = m.lastindex or _SINGLE_GROUP
            surface = m.group()
            kind = kinds[group]
            if group in _WORD_GROUPS:
                if end < n and text[end] in ".॰":
                    taken, beside = _with_period(text, start, end, surface, kind, tokens[-1] if tokens else prev)
                    outside = outside or beside
                    if taken:
                        kind = "url" if text.startswith(".कॉम", end) else "abbrev"
                        append(Token(start, taken, text[start:taken], kind, normalize(text[start:taken])))
                        pos = taken
                        break  # scan again after the period(s) taken
            elif group == _SINGLE_GROUP:
                kind = _single_kind(surface)
            append(Token(start, end, surface, kind, normalize(surface) if kind in _PLAIN else _norm(surface, kind)))
        else:
            break
    return tokens, outside


def _with_period(text: str, start: int, end: int, word: str, kind: str, prev: Token | None) -> tuple[int, bool]:
    """End of the abbreviation starting at ``start`` if ``word`` takes the period at ``end``, else 0;
    and whether that depended on the tokens around it (an ambiguous initial)."""
    if kind == "word":
        m = _DEV_ACRONYM.match(text, start)
        if m is not None:
            return m.end(), False
        if text.startswith(".कॉम", end) and not _WORD_GOES_ON.match(text, end + 4):
            return end + 4, False  # नवभारतटाइम्स.कॉम
    keeps = _keeps_period(text, word, end)
    if keeps is None:
        return (end + 1 if _beside_initial(text, word, end, prev) else 0), True
    return (end + 1 if keeps else 0), False


# The piece cache. A piece is a stretch of text between two separators: ASCII spaces
# and line feeds. No token crosses a separator and no rule looks past one, except for
# ambiguous initials, so a piece's tokens are the same wherever it stands and whichever
# separators stand around it, and tokenize() looks pieces up instead of scanning them:
# news repeats its words. (Taking line feeds as separators too lets the last word of a
# line and the first of the next be looked up on their own, not as one new piece.)
#
# A piece's entry holds the (text, kind, norm) of each of its tokens and the steps from
# token to token: each token's length and the gap after it, up to the next piece one
# separator further on. A text's offsets are the running sum of its pieces' steps, and its
# tokens are built in one pass, without Python code per token. Text before a piece's
# first token (an empty piece between two separators, a tab after a space) is stepped
# over by a stand-in token of length zero whose tail is empty, and which is dropped.
# Pieces whose tokens depend on their neighbours are never kept.
_Tail = tuple[str, str, str] | tuple[()]
_Entry = tuple[tuple[_Tail, ...], tuple[int, ...]]
_cache: dict[str, _Entry] = {}
_CACHE_LIMIT = 1 << 17  # pieces; the cache starts afresh when it is full
_LONGEST_CACHED = 64  # longer pieces seldom come again
_STAND_IN: _Tail = ()
_shared_steps: dict[tuple[int, ...], tuple[int, ...]] = {}  # one copy of each
_tails = itemgetter(0)
_steps = itemgetter(1)
_flat = chain.from_iterable
_TOKEN = repeat(Token)
_new_token = tuple.__new__  # Token's own __new__ is Python code; this is not


def clear_cache() -> None:
    """Forget the pieces seen so far (the benchmark uses it to time a cold start)."""
    global _cache
    _cache = {}  # replaced, not cleared: a call under way goes on with the one it has
    _shared_steps.clear()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; see the module docstring for the boundaries and kinds."""
    pieces = text.replace("\n", " ").split(" ")  # offsets stay: both separators are one character
    try:
        entries = list(map(_cache.__getitem__, pieces))
    except KeyError:  # a piece not seen yet, or one its neighbours may change
        return _tokenize_anew(text, pieces)
    return _build(entries, 0)


def _build(entries: list[_Entry], start: int) -> list[Token]:
    """The tokens of consecutive pieces with these entries, the first piece starting at ``start``."""
    tails = list(_flat(map(_tails, entries)))
    bounds = accumulate(_flat(map(_steps, entries)), initial=start)  # start, end, start, end, ...
    spans = zip(bounds, bounds, strict=False)  # the sum after the last step is left over
    return list(map(_new_token, _TOKEN, compress(map(add, spans, tails), tails)))


def _tokenize_anew(text: str, pieces: list[str]) -> list[Token]:
    """Tokens of a text with pieces not in the cache: enter those, and scan where they
    stand the pieces whose tokens depend on their neighbours."""
    cache = _cache
    found = _entries(set(pieces).difference(cache))
    for piece, entry in found.items():
        if entry is not None and len(piece) <= _LONGEST_CACHED:
            if len(cache) >= _CACHE_LIMIT:
                clear_cache()
                cache = _cache
            cache[piece] = entry
    try:
        return _build(list(map(cache.__getitem__, pieces)), 0)
    except KeyError:  # a long piece, one scanned where it stands, or the cache started afresh
        pass
    entries = list(map(found.get, pieces, map(cache.get, pieces)))
    starts = list(accumulate(map(add, map(len, pieces), repeat(1)), initial=0))
    tokens: list[Token] = []
    i = 0
    while True:
        try:
            j = entries.index(None, i)
        except ValueError:
            return tokens + _build(entries[i:], starts[i])  # type: ignore[arg-type]
        tokens += _build(entries[i:j], starts[i])  # type: ignore[arg-type]
        tokens += _scan(text, starts[j], starts[j] + len(pieces[j]), tokens[-1] if tokens else None)[0]
        i = j + 1


def _entries(pieces: set[str]) -> dict[str, _Entry | None]:
    """The cache entries of pieces (None for those whose neighbours may change their
    tokens), from one scan of them all joined by spaces (a line feed would do as well)."""
    order = list(pieces)
    joined = " ".join(order)
    tokens, outside = _scan(joined, 0, len(joined), None)
    if outside:  # which piece it was is not known: scan them one by one
        found: dict[str, _Entry | None] = {}
        for piece in order:
            tokens, outside = _scan(piece, 0, len(piece), None)
            found[piece] = None if outside else _entry(piece, tokens, 0)
        return found
    found = {}
    start = k = 0
    for piece in order:
        end = start + len(piece)
        j = k
        while j < len(tokens) and tokens[j].start < end:
            j += 1
        found[piece] = _entry(piece, tokens[k:j], start)
        start, k = end + 1, j
    return found


def _entry(piece: str, tokens: list[Token], start: int) -> _Entry:
    """The cache entry of a piece starting at ``start`` with these tokens."""
    if len(tokens) == 1 and tokens[0].start == start and tokens[0].end - start == len(piece):
        norm = tokens[0].norm
        tails: tuple[_Tail, ...] = ((piece, tokens[0].kind, piece if norm == piece else norm),)  # one copy of the text
        return tails, _shared_steps.setdefault((len(piece), 1), (len(piece), 1))
    # (start, end, tail) of each token, after a stand-in if text comes before the first.
    spans: list[tuple[int, int, _Tail]] = [] if tokens and tokens[0].start == start else [(start, start, _STAND_IN)]
    spans += [(t.start, t.end, (t.text, t.kind, t.text if t.norm == t.text else t.norm)) for t in tokens]
    steps: list[int] = []
    for (begin, end, _), next_begin in zip(spans, [s[0] for s in spans[1:]] + [start + len(piece) + 1], strict=True):
        steps += (end - begin, next_begin - end)
    shared = _shared_steps.setdefault(tuple(steps), tuple(steps))
    return tuple(s[2] for s in spans), shared
