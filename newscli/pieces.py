"""Long raw texts in pieces: where to cut them, and how a piece's rows are put back.

A 100 MB text held as one article would cost gigabytes (a row per token, all at
once), so with ``--raw`` a text longer than :data:`PIECE_CHARS` is processed as
pieces of about that size, one after another (or on several workers), and its
rows are written as each piece is done.  A piece ends at a paragraph's end
where there is one near the size, else at a line's end, a sentence's end or a
space; only a text with none of those for half a piece is cut inside a word,
and then never between a letter and its combining marks.  Offsets are shifted
back into the whole text, and row indexes count on across pieces, so the rows
are those of the whole text; what looks across a whole article (a name's later
short mentions, ``entity-groups``) looks across one piece at a time, except
that entity groups are merged over all pieces.
"""

from __future__ import annotations

import dataclasses
import itertools
import unicodedata
from collections.abc import Iterator

from newscli.model import Article, Piece, Record, Segment

PIECE_CHARS = 50_000
# The commands whose rows can be made piece by piece (``parse`` and ``stats`` are not).
PIECEWISE = frozenset({"tokens", "sentences", "numbers", "entities", "entity-groups", "quotes", "analyze"})
_SENTENCE_ENDS = ("।", "॥", "? ", "! ", ". ", "?\t", "!\t", ".\t")
_JOINERS = frozenset("\u200c\u200d")


def cut_points(text: str, size: int = PIECE_CHARS) -> list[int]:
    """Offsets that cut ``text`` into pieces of at most ``size`` code points: the first is
    0, the last ``len(text)``; each cut prefers a paragraph end, then a line end, a
    sentence end and a space, in the later half of its piece."""
    cuts = [0]
    start = 0
    n = len(text)
    while n - start > size:
        cuts.append(_cut(text, start + size // 2, start + size))
        start = cuts[-1]
    cuts.append(n)
    return cuts


def _cut(text: str, low: int, high: int) -> int:
    cut = _boundary(text, low, high)
    # Not between a letter (or a space) and its marks (matras, nukta, virama) or joiners.
    while cut > low and (unicodedata.category(text[cut])[0] == "M" or text[cut] in _JOINERS):
        cut -= 1
    return cut


def _boundary(text: str, low: int, high: int) -> int:
    found = text.rfind("\n\n", low, high)
    if found >= 0:
        return found + 2
    found = text.rfind("\n", low, high)
    if found >= 0:
        return found + 1
    best = -1
    for mark in _SENTENCE_ENDS:
        at = text.rfind(mark, low, high)
        if at >= 0:
            best = max(best, at + len(mark))
    if best > low:
        return best
    for space in (" ", "\t"):
        at = text.rfind(space, low, high)
        best = max(best, at + 1 if at >= 0 else -1)
    if best > low:
        return best
    return high  # inside a word: no better place


def pieces(record: Record, size: int = PIECE_CHARS) -> Iterator[Record]:
    """``record`` itself when it is short, else its :class:`Piece` records in order."""
    if len(record.text) <= size:
        yield record
        return
    cuts = cut_points(record.text, size)
    last = len(cuts) - 2
    for i, (start, end) in enumerate(itertools.pairwise(cuts)):
        text = record.text[start:end]
        yield Piece(id=record.id, text=text, meta=record.meta, offset=start, first=i == 0, last=i == last)


def windows(article: Article, size: int | None = None) -> Iterator[tuple[int, Article]]:
    """``(0, article)`` when its text is at most ``size`` (:data:`PIECE_CHARS`) long, else
    ``(offset, window)`` for stretches of the text cut as :func:`cut_points` cuts it: each
    window holds that stretch, the segments that overlap it clipped to it and shifted to
    its start, and the article's metadata.  What a long parsed article costs to analyse
    then grows with one window, not with the whole text; a segment cut in two is two."""
    size = PIECE_CHARS if size is None else size
    text = article.text
    if len(text) <= size:
        yield 0, article
        return
    segments = sorted(article.segments, key=lambda seg: seg.start)
    k = 0
    for start, end in itertools.pairwise(cut_points(text, size)):
        while k < len(segments) and segments[k].end <= start:
            k += 1
        inside: list[Segment] = []
        j = k
        while j < len(segments) and segments[j].start < end:
            seg = segments[j]
            if seg.end > start:
                inside.append(Segment(max(seg.start, start) - start, min(seg.end, end) - start, seg.role))
            j += 1
        yield start, dataclasses.replace(article, text=text[start:end], segments=tuple(inside))
