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
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

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


_Piece = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...]]
# Words of the pieces of text between two spaces seen so far. No word and no rule
# crosses a space, so a piece splits the same wherever it stands, and news repeats
# its pieces: looking one up is several times cheaper than scanning it.
_pieces: dict[str, _Piece] = {}
_PIECE_LIMIT = 1 << 16  # the cache starts afresh when it is full
_LONGEST_PIECE = 64  # longer pieces seldom come again


def _piece(piece: str) -> _Piece:
    entry: _Piece
    if _PLAIN_RE.fullmatch(piece):
        entry = ((0,), (len(piece),), (piece,), (spelling_key(piece),))
    else:
        found = scan_words(piece)
        entry = (tuple(found.starts), tuple(found.ends), tuple(found.texts), tuple(found.keys))
    if len(piece) <= _LONGEST_PIECE:
        if len(_pieces) >= _PIECE_LIMIT:
            _pieces.clear()
        _pieces[piece] = entry
    return entry


def split_words(text: str) -> Words:
    """The words of ``text`` in order, each with ``text[start:end] == text``."""
    out = Words()
    starts, ends, texts, keys = out.starts, out.ends, out.texts, out.keys
    cache = _pieces
    pos = 0
    for piece in text.split(" "):
        if piece:
            p_starts, p_ends, p_texts, p_keys = cache.get(piece) or _piece(piece)
            if len(p_texts) == 1:
                starts.append(pos + p_starts[0])
                ends.append(pos + p_ends[0])
                texts.append(p_texts[0])
                keys.append(p_keys[0])
            elif p_texts:
                starts.extend([pos + k for k in p_starts])
                ends.extend([pos + k for k in p_ends])
                texts.extend(p_texts)
                keys.extend(p_keys)
        pos += len(piece) + 1
    return out


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


def sentence_spans_by_scan(text: str, words: Words) -> list[tuple[int, int]]:
    """:func:`sentence_spans` word by word: the definition it is tested against."""
    spans: list[tuple[int, int]] = []
    start = 0
    starts, ends, texts = words.starts, words.ends, words.texts
    n = len(texts)
    for i in range(n):
        if i > start and "\n" in text[ends[i - 1] : starts[i]]:
            spans.append((start, i))
            start = i
        if texts[i] in SENTENCE_ENDS:
            spans.append((start, i + 1))
            start = i + 1
    if start < n:
        spans.append((start, n))
    return spans
