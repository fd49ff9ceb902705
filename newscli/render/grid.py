"""Plain column layout for the terminal, measured as terminals draw Devanagari.

rich measures a spacing vowel sign (ा, ि, ी: category Mc) as no cell, so its columns
drift right in most terminals after every Devanagari cell, and its lines run past the
edge and wrap. Terminals do not agree among themselves either: glibc's wcwidth (xterm,
tmux, VTE) counts every spacing sign and every consonant of a conjunct, the wcwidth
package and Ghostty join a conjunct into one cell, kitty follows rich. So a grid here

- pads cells by glibc's count where it is the larger (most Linux terminals: xterm,
  tmux, VTE), else wcwidth's (:func:`widest`),
- puts the columns of digits, codes and Latin words first and a Devanagari column last,
  so a terminal that disagrees shifts the end of a line, never another column,
- folds the last column at the larger of the two common widths, so no line is wider
  than the terminal in either, and draws no right-hand border.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

GAP = "  "
_MIN_LAST = 12  # cells the last column keeps however narrow the terminal
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


class Column(NamedTuple):
    name: str
    right: bool = False  # numbers are right-aligned


@functools.lru_cache(maxsize=1 << 14)
def cell_width(text: str) -> int:
    """Terminal cells of ``text`` as the wcwidth package counts them (graphemes, conjuncts)."""
    import wcwidth

    n = wcwidth.wcswidth(text)
    if n >= 0:
        return int(n)
    # A control character: wcswidth gives up; count the rest and show nothing for it.
    return sum(max(0, int(wcwidth.wcwidth(c))) for c in text)


@functools.lru_cache(maxsize=1 << 14)
def widest(text: str) -> int:
    """The most cells any common terminal gives ``text``: wcwidth's count or glibc's
    (one cell per letter and spacing sign, none for a nonspacing mark or virama)."""
    glibc = sum(
        0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )
    return max(cell_width(text), glibc)


def pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - widest(text))
    return fill + text if right else text + fill


def fold(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells (by :func:`widest`), broken at spaces
    where it can be and otherwise between graphemes, never inside one."""
    import wcwidth

    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if widest(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while widest(word) > width:
            part = ""
            for g in wcwidth.iter_graphemes(word):
                if part and widest(part + g) > width:
                    break
                part += g
            lines.append(part)
            word = word[len(part) :]
        line = word
    lines.append(line)
    return lines


def render(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    width: int,
    title: str = "",
    color: bool = False,
) -> list[str]:
    """The lines of a grid: title, header, a rule, then the rows; every line is padded to
    the same number of cells (:func:`widest`). Only the last column folds."""
    cells = [[" ".join(str(c).split()) for c in row] for row in rows]
    widths = [max([widest(col.name), *(widest(row[k]) for row in cells)]) for k, col in enumerate(columns)]
    fixed = sum(widths[:-1]) + len(GAP) * (len(columns) - 1)
    last = max(_MIN_LAST, min(widths[-1], width - fixed))
    widths[-1] = last

    def line(parts: Sequence[str]) -> str:
        return GAP.join(pad(p, w, col.right) for p, w, col in zip(parts, widths, columns, strict=True))

    out: list[str] = []
    if title:
        out.append(f"{_BOLD}{title}{_RESET}" if color else title)
    header = line([col.name for col in columns])
    out.append(f"{_BOLD}{header}{_RESET}" if color else header)
    out.append(GAP.join("─" * w for w in widths))
    blank = ["" for _ in columns[:-1]]
    for row in cells:
        first, *more = fold(row[-1], last)
        out.append(line([*row[:-1], first]))
        out.extend(line([*blank, rest]) for rest in more)
    return out
