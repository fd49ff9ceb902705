"""Quote marks: which open, which close, and the stretches of text they enclose.

Marks pair within one line (a paragraph of news text): a mark that is never closed
encloses the rest of its line, never more. Curly marks say which way they face;
straight ones (``"``, ``'``, and the doubled ``''`` of many Hindi sites) face the way
their neighbours say: after a space and before a letter a mark opens. Marks nest:
only the outermost pair of a line's stretch is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = re.compile(r"''|‘‘|’’|``|[\"'“”‘’«»]")
_DOUBLE = frozenset({'"', "“", "”", "''", "‘‘", "’’", "``", "«", "»"})
_OPENING = frozenset({"“", "‘", "‘‘", "``", "«"})
_CLOSING = frozenset({"”", "’", "’’", "»"})
# Characters after which a straight mark opens, and before which it closes.
_OPEN_SIDE = frozenset(" \t\n([{—–-:,;।")
_CLOSE_SIDE = frozenset(" \t\n)]}—–-:,;।.?!")


@dataclass(frozen=True, slots=True)
class Enclosed:
    """The text between an opening mark (``open_at``) and its closing mark (``close_at``).

    ``start``/``end`` are the content inside the marks; ``close_end`` is just after the
    closing mark. An unclosed mark has ``closed`` False and runs to its line's end.
    """

    open_at: int
    start: int
    end: int
    close_end: int
    closed: bool


@dataclass(frozen=True, slots=True)
class Marks:
    """The outermost enclosed stretches of a text, in order, and closing marks with no opening one."""

    enclosed: tuple[Enclosed, ...]
    stray_closes: tuple[int, ...]


def _family(mark: str) -> str:
    return "double" if mark in _DOUBLE else "single"


def _facing(text: str, at: int, end: int, mark: str) -> str:
    """``open``, ``close`` or ``either`` for the mark ``text[at:end]``."""
    if mark in _OPENING:
        return "open"
    if mark in _CLOSING:
        return "close"
    before = text[at - 1] if at > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if mark == "'" and before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
        return "none"  # an apostrophe in a Latin word (don't)
    opens = before in _OPEN_SIDE and after not in _CLOSE_SIDE
    closes = after in _CLOSE_SIDE and before not in _OPEN_SIDE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def find_marks(text: str) -> Marks:
    """Pair the quote marks of ``text`` line by line."""
    enclosed: list[Enclosed] = []
    strays: list[int] = []
    # Open marks of the current line: (family, offset of the mark, offset after it).
    stack: list[tuple[str, int, int]] = []
    line_end = text.find("\n")
    if line_end < 0:
        line_end = len(text)

    def close_line() -> None:
        if stack:
            _, at, after = stack[0]
            enclosed.append(Enclosed(at, after, line_end, line_end, False))
            stack.clear()

    for m in MARK.finditer(text):
        while m.start() > line_end:
            close_line()
            line_end = text.find("\n", line_end + 1)
            if line_end < 0:
                line_end = len(text)
        mark = m.group()
        family = _family(mark)
        facing = _facing(text, m.start(), m.end(), mark)
        if facing == "none":
            continue
        open_same = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == family), None)
        if facing == "close" or (facing == "either" and open_same is not None):
            if open_same is None:
                if not stack:
                    strays.append(m.start())
                continue
            _, at, after = stack[open_same]
            del stack[open_same:]
            if not stack:
                enclosed.append(Enclosed(at, after, m.start(), m.end(), True))
            continue
        stack.append((family, m.start(), m.end()))
    close_line()
    return Marks(tuple(enclosed), tuple(strays))
