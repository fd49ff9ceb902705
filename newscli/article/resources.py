"""Word lists of the article parser, read from ``newscli/data/hi/article_*`` at first use."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from newscli.datafiles import data_lines
from newscli.memo import short_string_memo

_NUKTA = "\u093c"
_JOINERS = str.maketrans("", "", "\u200c\u200d")
# Consonants that never compose with a nukta in NFC: only न र ळ do (into ऩ ऱ ऴ, left out as well).
_APART_FROM_NUKTA = frozenset(map(chr, [*range(0x915, 0x928), *range(0x92A, 0x930), 0x932, *range(0x935, 0x93A)]))


def _nuktas_stay_apart(s: str) -> bool:
    """Every nukta in ``s`` follows a consonant that NFC leaves it apart from."""
    i = s.find(_NUKTA)
    while i != -1:
        if i == 0 or s[i - 1] not in _APART_FROM_NUKTA:
            return False
        i = s.find(_NUKTA, i + 1)
    return True


# The parser folds the same credit, place and furniture words in article after article.
@short_string_memo(limit=1 << 16)
def fold(s: str) -> str:
    """Comparison key: NFC, case-folded, nukta and zero-width joiners dropped, whitespace runs collapsed."""
    return _fold(s)


def _fold(s: str) -> str:
    if _NUKTA in s and _nuktas_stay_apart(s):
        # NFC and dropping these nuktas commute, and dropping them first matters: with a nukta in it
        # ("बड़ा") NFC cannot take its quick check and rebuilds the string, many times slower.
        bare = s.replace(_NUKTA, "")
        if unicodedata.is_normalized("NFC", bare):
            s = bare
    s = unicodedata.normalize("NFC", s)
    if not s.isascii():
        # str.replace, not str.translate: translate looks every character of Devanagari text up in a
        # dict, several times slower, and fold runs on every line many times over.
        s = s.replace("\u200c", "").replace("\u200d", "").replace(_NUKTA, "")
    return " ".join(s.casefold().split())


def nfc_pieces(text: str, size: int) -> Iterator[str]:
    """NFC of ``text`` in pieces of about ``size`` characters or more, each cut at a space: joined by
    spaces they are NFC of ``text``.

    NFC never reaches across a space (nothing composes with it and no mark is reordered past it), so a
    caller that needs only the opening of a paragraph stops early instead of normalising all of it,
    which is slow as soon as a nukta rules out NFC's quick check.
    """
    start = 0
    while (end := text.find(" ", start + size)) != -1:
        yield unicodedata.normalize("NFC", text[start:end])
        start = end + 1
    yield unicodedata.normalize("NFC", text[start:])


def fold_lines(lines: list[str]) -> list[str]:
    """``fold`` of many lines at once: one pass of each string method over the joined text."""
    joined = unicodedata.normalize("NFC", "\n".join(lines)).translate(_JOINERS).replace(_NUKTA, "").casefold()
    return [" ".join(line.split()) for line in joined.split("\n")]


def spellings(entry: str) -> set[str]:
    """The forms of a data entry to look for in text: as written and without nukta."""
    nfc = unicodedata.normalize("NFC", entry)
    return {nfc, nfc.replace(_NUKTA, "")}


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """A one-entry-per-line list as folded keys."""
    return frozenset(fold_lines(data_lines(name)))


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list as written, longest first (for regex alternations)."""
    return tuple(sorted(data_lines(name), key=len, reverse=True))


@functools.cache
def table(name: str) -> dict[str, str]:
    """A two-column TSV as {folded first column: second column}."""
    out: dict[str, str] = {}
    for line in data_lines(name):
        key, value = line.split("\t")
        out[fold(key)] = value
    return out


@functools.cache
def table_keys(name: str) -> tuple[str, ...]:
    """First column of a TSV as written, longest first."""
    return tuple(sorted((line.split("\t")[0] for line in data_lines(name)), key=len, reverse=True))


# The only non-ASCII characters that case-insensitive matching (re.IGNORECASE) equates with ASCII
# letters: İ and ı with i, ſ with s, the Kelvin sign with k.
_ASCII_CASE_PARTNERS = "\u0130\u0131\u017f\u212a"


def initials(words: Iterable[str]) -> re.Pattern[str]:
    """A character that one of ``words`` opens with, compared as re.IGNORECASE compares: a cheap look
    for whether a case-insensitive search for the words can succeed at all. The class is written out
    case by case, as a case-sensitive class is scanned for several times faster."""
    firsts = {w[0] for w in words}
    if not all(c.isascii() or c.lower() == c.upper() for c in firsts):
        return re.compile(f"[{re.escape(''.join(sorted(firsts)))}]", re.IGNORECASE)
    chars: set[str] = set()
    for c in firsts:
        same = re.compile(re.escape(c), re.IGNORECASE)
        chars |= {x for x in {c, c.lower(), c.upper(), *_ASCII_CASE_PARTNERS} if same.fullmatch(x)}
    return re.compile(f"[{re.escape(''.join(sorted(chars)))}]")


def alternation(entries: tuple[str, ...] | list[str], *, spaces_optional: bool = False) -> str:
    """A regex alternation of the entries (with their no-nukta spellings), longest first."""
    forms: set[str] = set()
    for entry in entries:
        forms |= spellings(entry)
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        escaped = re.escape(form)
        escaped = escaped.replace(r"\ ", r"\s?" if spaces_optional else r"\s+")
        parts.append(escaped)
    return "|".join(parts)


# Place gazetteers of the entity tagger; datelines use them to confirm a place.
ENTITY_PLACE_LISTS = ("loc_cities_india.txt", "loc_cities_world.txt", "loc_states.txt", "loc_countries.txt")


@functools.cache
def entity_words(name: str) -> frozenset[str]:
    """A word list of the entity tagger (``data/hi/entities``) as folded keys; empty if it is absent."""
    try:
        return frozenset(fold_lines(data_lines("entities", name)))
    except FileNotFoundError:
        return frozenset()
