"""A small word splitter for the tagger: words, numbers and punctuation with
their offsets into the text as given.

Whitespace separates words; punctuation is split off, except the period of a
known abbreviation or an initial (``डॉ.``, ``बी.``), which stays on its word as
in the IL-NER training data.  A number written with separators (``1,00,000``,
``2.5``) is one word.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import regex

from .spelling import spelling_key

# Alternatives are tried in order at one position and none can re-enter
# itself, so matching stays linear in the length of the text.
_WORD_RE = regex.compile(
    r"\p{Nd}+(?:[.,:]\p{Nd}+)+[\p{L}\p{M}]*"  # 1,00,000  2.5  9:15
    r"|[\p{L}\p{M}\p{Nd}\u200c\u200d]+"  # a word, 19वीं
    r"|\S"  # any other character on its own
)

# A piece of letters, marks and digits alone is one word, whatever the alternatives
# above would do with it (the first needs a separator): no scan is needed for it.
_PLAIN_RE = regex.compile(r"[\p{L}\p{M}\p{Nd}\u200c\u200d]+")

# A word with marks around it, none of them a period (कहा। "भाजपा", (आईएलओ)): each
# mark is a word of its own, as _WORD_RE splits it, with no number or abbreviation
# to look for. Three disjoint classes in a row, so matching stays linear.
_MARKED_RE = regex.compile(
    r"([^\s\p{L}\p{M}\p{Nd}\u200c\u200d.॰]*)([\p{L}\p{M}\p{Nd}\u200c\u200d]+)([^\s\p{L}\p{M}\p{Nd}\u200c\u200d.॰]*)"
)

# "॰" is the Devanagari abbreviation sign (डॉ॰).
_PERIODS = frozenset({".", "॰"})

SENTENCE_ENDS = frozenset({"।", "॥", "?", "!", ".", "|"})


@functools.cache
def _keeps_period() -> frozenset[str]:
    from .lexicon import key_set

    return key_set("abbreviations.txt") | key_set("letters.txt")


class Word(NamedTuple):
    start: int
    end: int
    text: str
    key: str  # the spelling key (see spelling.py)


@dataclass(slots=True)
class Words:
    """The words of a text as parallel lists: the tagger wants a sentence's texts and
    keys as lists, and slicing lists is far cheaper than building a record per word."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[Word]:
        return map(Word, self.starts, self.ends, self.texts, self.keys)


def _is_word(s: str) -> bool:
    """A word, as opposed to a number or a punctuation mark, may take an abbreviation's period."""
    c = s[0]
    return not c.isdigit() and (c.isalnum() or len(s) > 1)


def scan_words(text: str) -> Words:
    """The words of ``text`` found by scanning all of it: the definition :func:`split_words`
    is tested against."""
    out = Words()
    starts, ends, texts, keys = out.starts, out.ends, out.texts, out.keys
    keeps = None
    for m in _WORD_RE.finditer(text):
        tok = m.group()
        s, e = m.span()
        if tok in _PERIODS and ends and ends[-1] == s and _is_word(texts[-1]):
            if keeps is None:
                keeps = _keeps_period()
            prev = texts[-1]
            if keys[-1] in keeps or (len(prev) == 1 and prev.isascii()):
                texts[-1] = text[starts[-1] : e]
                ends[-1] = e
                keys[-1] += "."
                continue
        key = spelling_key(tok)
        starts.append(s)
        ends.append(e)
        texts.append(tok)
        keys.append(key)
    return out


# A piece is the text between two spaces. No word and no rule crosses a space, so a
# piece splits the same wherever it stands, and news repeats its pieces: looking one up
# is several times cheaper than scanning it.
#
# A piece's entry is one flat tuple holding, for each of its words, its text, its key,
# its length and the step from its start to the next word's start (the first word of
# the next piece, one space further on, for the last). A text's starts are then the
# running sum of the steps, and its four lists are a few C-level passes over the
# entries chained together, with no Python code per word. Text before a piece's first
# word (an empty piece between two spaces, a line break after a space) is stepped over
# by a stand-in word of length zero with an empty text, which no real word has; the
# stand-ins are dropped at the end.
_Piece = tuple[str | int, ...]  # text, key, length, step; text, key, length, step; ...
_pieces: dict[str, _Piece] = {}
_PIECE_LIMIT = 1 << 16  # the cache starts afresh when it is full
_LONGEST_PIECE = 64  # longer pieces seldom come again
_STAND_IN = ""
_flat = itertools.chain.from_iterable


def _new_entries(pieces: set[str]) -> dict[str, _Piece]:
    """The entries of new pieces. A piece of letters, marks and digits alone is one word
    (the number alternative needs a separator), and one with marks around it splits
    at them; the others are scanned."""
    out: dict[str, _Piece] = {}
    plain = _PLAIN_RE.fullmatch
    for piece in pieces:
        if plain(piece):
            out[piece] = (piece, spelling_key(piece), len(piece), len(piece) + 1)
            continue
        marked = _MARKED_RE.fullmatch(piece)
        if marked is not None:
            before, word, after = marked.groups()
            out[piece] = _marked_entry([*before, word, *after])
        else:
            out[piece] = _entry(piece, scan_words(piece))
    return out


def _marked_entry(parts: list[str]) -> _Piece:
    """The entry of a piece that is these words, one after another."""
    steps = list(map(len, parts))
    steps[-1] += 1  # the space before the next piece
    return tuple(_flat(zip(parts, map(spelling_key, parts), map(len, parts), steps, strict=True)))


def _entry(piece: str, found: Words) -> _Piece:
    """The entry of a piece with these words (offsets into the piece)."""
    starts, ends, texts, keys = found.starts, found.ends, found.texts, found.keys
    if not starts or starts[0] > 0:  # a stand-in steps over the text before the first word
        starts, ends, texts, keys = [0, *starts], [0, *ends], [_STAND_IN, *texts], [_STAND_IN, *keys]
    steps = list(map(operator.sub, [*starts[1:], len(piece) + 1], starts))
    lengths = list(map(operator.sub, ends, starts))
    return tuple(_flat(zip(texts, keys, lengths, steps, strict=True)))


def _fill_new(pieces: list[str], entries: list[_Piece | None]) -> None:
    """Fill in the entries of the pieces not in the cache (None), and keep the short ones."""
    missing = list(itertools.compress(itertools.count(), map(operator.not_, entries)))
    found = _new_entries({pieces[i] for i in missing})
    for i in missing:
        entries[i] = found[pieces[i]]
    for piece, entry in found.items():
        if len(piece) <= _LONGEST_PIECE:
            if len(_pieces) >= _PIECE_LIMIT:
                _pieces.clear()
            _pieces[piece] = entry


def split_words(text: str) -> Words:
    """The words of ``text`` in order, each with ``text[start:end] == text``."""
    pieces = text.split(" ")
    entries: list[_Piece | None] = list(map(_pieces.get, pieces))
    if None in entries:  # pieces not seen yet
        _fill_new(pieces, entries)
    # Texts, keys, lengths and steps lie four apart: any is as precise a type as a slice has.
    flat: list[Any] = list(_flat(entries))  # type: ignore[arg-type]  # no None is left
    texts: list[str] = flat[0::4]
    keys: list[str] = flat[1::4]
    starts: list[int] = list(itertools.accumulate(flat[3::4], initial=0))
    starts.pop()  # where the piece after the last would start
    ends: list[int] = list(map(operator.add, starts, flat[2::4]))
    if _STAND_IN in texts:
        real = list(map(bool, texts))
        starts, ends = list(itertools.compress(starts, real)), list(itertools.compress(ends, real))
        keys = list(itertools.compress(keys, real))
        texts = list(filter(None, texts))
    return Words(starts, ends, texts, keys)


def sentence_spans(text: str, words: Words) -> list[tuple[int, int]]:
    """Word index ranges [i, j) of the sentences: cut at sentence-final
    punctuation and at line breaks."""
    n = len(words.texts)
    cuts = set(itertools.compress(itertools.count(1), map(SENTENCE_ENDS.__contains__, words.texts)))
    # No word holds a line break, so each break lies between two words (or
    # before the first or after the last, which cuts nothing).
    starts = words.starts
    at = text.find("\n")
    while at >= 0:
        i = bisect.bisect_right(starts, at)
        cuts.add(i)
        # The rest of this gap cuts at the same word.
        at = text.find("\n", starts[i]) if i < n else -1
    cuts.discard(0)
    cuts.discard(n)
    bounds = [0, *sorted(cuts), n] if n else []
    return list(itertools.pairwise(bounds))
