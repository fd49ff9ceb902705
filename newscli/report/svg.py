"""Small SVG charts whose text the browser draws, so Devanagari is shaped as in the page.

Every label is SVG ``<text>`` (never a picture of text) and passes through
:func:`escape`. Text is not measured: a label column is a fixed width, and a label
longer than fits is cut at a space (never inside a conjunct) with the whole of it in
the element's ``<title>``, which browsers show on hover. Colours are classes (``c0`` to
``c7``, and ``muted``) that the page's style sheet defines, so the charts follow it.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.report.data import shorten

COLOURS = 8
FONT_PX = 12
# An average advance of a Devanagari or Latin letter at FONT_PX, for deciding where to cut a label.
LETTER_PX = 7.2
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    """``text`` safe inside SVG or HTML text and attribute values: ``<``, ``&`` and both
    quotes are escaped, and control characters (not allowed in XML) dropped."""
    return html.escape(_CONTROL.sub("", text), quote=True)


def _n(x: float) -> str:
    """A coordinate, short: two decimals at most, no trailing zeros."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def fit(label: str, width_px: float) -> str:
    """``label`` cut at a space to fit about ``width_px`` (with an ellipsis), else as it is."""
    chars = max(4, int(width_px / LETTER_PX))
    # Vowel signs above and below take no room of their own.
    spacing = sum(1 for ch in label if unicodedata.category(ch) != "Mn")
    if spacing <= chars:
        return label
    return shorten(label, chars + (len(label) - spacing))


def _open(kind: str, width: float, height: float, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {kind}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'width="{_n(width)}" height="{_n(height)}" role="img" aria-label="{escape(title)}">'
    )


def _text(x: float, y: float, text: str, cls: str, anchor: str = "start") -> str:
    return f'<text class="{cls}" x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}">{escape(text)}</text>'


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, its length, a smaller count drawn inside it (the articles
    among the mentions), the text after it and what hovering shows."""

    label: str
    value: float
    inner: float | None = None
    text: str = ""
    hover: str = ""


def bar_chart(
    bars: Sequence[Bar], title: str, width: float = 560, label_width: float = 170, value_room: float = 120
) -> str:
    """Horizontal bars in the order given, labels on the left, ``value_room`` left for the text after the longest."""
    row = 22
    height = len(bars) * row + 4
    top = max((b.value for b in bars), default=0) or 1
    scale = (width - label_width - value_room) / top
    parts = [_open("bars", width, height, title)]
    for i, bar in enumerate(bars):
        y = 2 + i * row
        length = max(1.0, bar.value * scale)
        hover = bar.hover or f"{bar.label}: {bar.text or bar.value}"
        parts.append(f"<g><title>{escape(hover)}</title>")
        parts.append(_text(label_width - 6, y + 15, fit(bar.label, label_width - 10), "label", "end"))
        parts.append(f'<rect class="c0" x="{_n(label_width)}" y="{_n(y + 3)}" width="{_n(length)}" height="16"/>')
        if bar.inner:
            inner = max(1.0, bar.inner * scale)
            parts.append(f'<rect class="inner" x="{_n(label_width)}" y="{_n(y + 8)}" width="{_n(inner)}" height="6"/>')
        parts.append(_text(label_width + length + 5, y + 15, bar.text or _count(bar.value), "value"))
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _count(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) for about ``ticks`` gridlines up to ``top``."""
    if top <= 0:
        return 1.0
    rough = top / ticks
    power = 10.0 ** math.floor(math.log10(rough))
    for m in (1, 2, 5, 10):
        if m * power >= rough:
            return max(1.0, m * power)
    return 10 * power  # not reached: m = 10 always is


def _tick_every(count: int, most: int) -> int:
    return max(1, math.ceil(count / most))


@dataclass(frozen=True, slots=True)
class Series:
    """A named row of counts, one per period."""

    name: str
    values: Sequence[int]


def stacked_columns(
    labels: Sequence[str], series: Sequence[Series], title: str, width: float = 760, height: float = 260
) -> str:
    """One column per period (``labels``), stacked by series in the colours c0, c1, …"""
    left, right, top_pad, bottom = 40.0, 8.0, 10.0, 34.0
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    n = len(labels)
    totals = [sum(s.values[i] for s in series) for i in range(n)]
    step = nice_step(max(totals, default=0))
    top = max(step, math.ceil(max(totals, default=0) / step) * step)
    slot = plot_w / max(n, 1)
    col = min(48.0, max(1.0, slot * 0.8))
    parts = [_open("columns", width, height, title)]
    base = top_pad + plot_h
    tick = 0.0
    while tick <= top:
        y = base - tick / top * plot_h
        parts.append(f'<line class="grid" x1="{_n(left)}" x2="{_n(width - right)}" y1="{_n(y)}" y2="{_n(y)}"/>')
        parts.append(_text(left - 5, y + 4, _count(tick), "tick", "end"))
        tick += step
    every = _tick_every(n, 10)
    for i, label in enumerate(labels):
        x = left + i * slot + (slot - col) / 2
        y = base
        for k, s in enumerate(series):
            value = s.values[i]
            if not value:
                continue
            h = value / top * plot_h
            y -= h
            parts.append(
                f'<rect class="c{k % COLOURS}" x="{_n(x)}" y="{_n(y)}" width="{_n(col)}" height="{_n(h)}">'
                f"<title>{escape(f'{label} · {s.name}: {value}')}</title></rect>"
            )
        if i % every == 0:
            parts.append(_text(x + col / 2, base + 16, label, "tick", "middle"))
    parts.append("</svg>")
    return "".join(parts)


def small_multiples(
    labels: Sequence[str],
    series: Sequence[Series],
    title: str,
    columns: int = 4,
    panel_width: float = 190,
    panel_height: float = 84,
) -> str:
    """One small line chart per series, each to its own scale (its peak is written on it),
    so every name's rise and fall shows, however often it is named."""
    gap = 10.0
    rows = math.ceil(len(series) / columns) if series else 0
    width = columns * (panel_width + gap) - gap
    height = max(1, rows * (panel_height + gap) - gap)
    parts = [_open("multiples", width, height, title)]
    for j, s in enumerate(series):
        x0 = (j % columns) * (panel_width + gap)
        y0 = (j // columns) * (panel_height + gap)
        parts.append(_panel(labels, s, j, x0, y0, panel_width, panel_height))
    parts.append("</svg>")
    return "".join(parts)


def _panel(labels: Sequence[str], s: Series, j: int, x0: float, y0: float, w: float, h: float) -> str:
    peak = max(s.values, default=0)
    at = labels[s.values.index(peak)] if peak else ""
    hover = f"{s.name}: {sum(s.values)} in all, most in {at} ({peak})" if peak else s.name
    top, bottom = y0 + 22, y0 + h - 16
    n = len(s.values)
    dx = w / max(n - 1, 1)

    def point(i: int, v: int) -> str:
        x = x0 + (i * dx if n > 1 else w / 2)
        return f"{_n(x)},{_n(bottom - (v / (peak or 1)) * (bottom - top))}"

    points = " ".join(point(i, v) for i, v in enumerate(s.values))
    cls = f"c{j % COLOURS}"
    parts = [
        f"<g><title>{escape(hover)}</title>",
        f'<rect class="panel" x="{_n(x0)}" y="{_n(y0)}" width="{_n(w)}" height="{_n(h)}"/>',
        _text(x0 + 4, y0 + 14, fit(s.name, w - 44), "label"),
        _text(x0 + w - 4, y0 + 14, _count(peak), "tick", "end"),
        f'<line class="grid" x1="{_n(x0)}" x2="{_n(x0 + w)}" y1="{_n(bottom)}" y2="{_n(bottom)}"/>',
    ]
    if n == 1:
        x, y = point(0, s.values[0]).split(",")
        parts.append(f'<circle class="{cls}" cx="{x}" cy="{y}" r="3"/>')
    elif n > 1:
        area = f"{_n(x0)},{_n(bottom)} {points} {_n(x0 + w)},{_n(bottom)}"
        parts.append(f'<polygon class="area {cls}" points="{area}"/>')
        parts.append(f'<polyline class="line {cls}" points="{points}"/>')
    if labels:
        parts.append(_text(x0 + 2, y0 + h - 3, labels[0], "tick"))
        if len(labels) > 1:
            parts.append(_text(x0 + w - 2, y0 + h - 3, labels[-1], "tick", "end"))
    parts.append("</g>")
    return "".join(parts)
