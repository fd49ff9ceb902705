"""The article text as physical lines with offsets, edges trimmed of blanks and invisible marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line ends at LF, CRLF or a lone CR (some scrapes end lines with CR CR LF).
_LINE_END = re.compile(r"\r\n|\r|\n")
# Blank edges: whitespace (NBSP included), zero-width space, BOM, word joiner.
_EDGE = (
    " \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\ufeff\u2060"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: ``start``/``end`` delimit its trimmed content in the article text."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return self.start == self.end


def split_lines(text: str) -> list[Line]:
    """Every physical line of ``text`` in order, blank ones included."""
    lines: list[Line] = []
    pos = 0
    for m in _LINE_END.finditer(text):
        start, end = trim(text, pos, m.start())
        lines.append(Line(len(lines), start, end, text[start:end]))
        pos = m.end()
    start, end = trim(text, pos, len(text))
    lines.append(Line(len(lines), start, end, text[start:end]))
    return lines


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past blank edge characters."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
