"""Value types that flow through the pipeline.

Every span is half-open, in code points of the text as decoded (before any
normalization), so ``text[start:end]`` is the span's surface form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

# A quantity's value: a number, an ISO 8601 string, or a [low, high] range.
Value = int | float | str | list[int | float | None] | None


@dataclass(frozen=True, slots=True)
class Record:
    """One input article before parsing: its text and whatever metadata came with it."""

    id: str
    text: str
    meta: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Piece(Record):
    """One stretch of a long raw record's text (see :mod:`newscli.pieces`): ``offset``
    is where it starts in the whole text, ``first`` and ``last`` say where it lies."""

    offset: int = 0
    first: bool = True
    last: bool = True


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the article text that holds content (headline, body paragraph, ...)."""

    start: int
    end: int
    role: str  # headline | summary | dateline | body | caption | text


@dataclass(frozen=True, slots=True)
class Article:
    """Metadata and content layout of one article.

    ``segments`` point into ``text``; everything outside them is page furniture
    (bylines, share widgets, date lines) and is not analysed.
    """

    text: str
    headline: str | None = None
    summary: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    body: str | None = None
    captions: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()
    # The day that dates without a year and relative days count from, when it is not
    # ``published``: a raw record's own ``published`` (given, not parsed from the text).
    anchor: str | None = None

    def content_text(self) -> str:
        """The text with everything outside the segments blanked, offsets unchanged.

        Newlines are kept so that a blanked line still separates its neighbours.
        """
        text = self.text
        if len(self.segments) == 1 and self.segments[0].start == 0 and self.segments[0].end == len(text):
            return text
        parts: list[str] = []
        pos = 0
        for seg in sorted(self.segments, key=lambda s: s.start):
            if seg.start > pos:
                parts.append(_blank(text[pos : seg.start]))
            if seg.end > pos:
                parts.append(text[max(pos, seg.start) : seg.end])
                pos = seg.end
        parts.append(_blank(text[pos:]))
        return "".join(parts)


_LINE_BREAKS = re.compile(r"[^\r\n]+")


def _blank(text: str) -> str:
    """Spaces for every character but line breaks, so lengths and line structure stay."""
    return _LINE_BREAKS.sub(lambda m: " " * len(m.group()), text)


class Token(NamedTuple):
    """A token: its span, its text, its kind and its norm (a matching key, see ``text.normalize``).

    A named tuple, not a frozen dataclass like the other values: a few megabytes of news
    make a million tokens, and a tuple is several times cheaper to build.
    """

    start: int
    end: int
    text: str
    kind: str  # word | number | punct | symbol | latin | url | email | mention | hashtag | abbrev
    norm: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    kind: str  # number | ordinal | percent | money | date | time | datetime | duration | range
    value: Value
    unit: str | None = None
    approx: str | None = None  # about | over | under | at_least | at_most


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str  # PER | ORG | LOC | TITLE | EVENT | MISC
    norm: str


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone said: the words (``start``/``end``, without quote marks or the reporting
    clause), ``direct`` or ``indirect``, the speaker's canonical name (None when the text does
    not say), the mention that introduces the speaker, and the reporting cue."""

    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
