"""The report's SVG charts: well-formed, every string escaped, Devanagari as text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from newscli.report.svg import Bar, Series, bar_chart, escape, fit, nice_step, small_multiples, stacked_columns

NS = "{http://www.w3.org/2000/svg}"
HOSTILE = "राम \"<b>&'शर्मा'</b>"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # fails on anything left unescaped


def texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def test_escape_covers_markup_quotes_and_control_characters() -> None:
    assert escape('<a href="x">&\'') == "&lt;a href=&quot;x&quot;&gt;&amp;&#x27;"
    assert escape("क\x00ख\x1b") == "कख"


def test_bar_labels_with_markup_and_quotes_come_back_as_the_same_text() -> None:
    svg = bar_chart([Bar(HOSTILE, 5, inner=2, hover=HOSTILE), Bar("मोदी", 3)], title=HOSTILE)
    root = parse(svg)
    assert root.get("aria-label") == HOSTILE
    assert HOSTILE in texts(root) and "मोदी" in texts(root)
    assert "".join(root.find(f"{NS}g/{NS}title").itertext()) == HOSTILE  # type: ignore[union-attr]
    assert len(root.findall(f"{NS}g")) == 2


def test_bars_are_as_long_as_their_values() -> None:
    root = parse(bar_chart([Bar("क", 10), Bar("ख", 5)], title="t"))
    widths = [float(r.get("width", 0)) for r in root.iter(f"{NS}rect") if r.get("class") == "c0"]
    assert widths[0] == pytest.approx(2 * widths[1])


def test_a_long_label_is_cut_at_a_space_and_whole_on_hover() -> None:
    label = "राष्ट्रीय महामंत्री संगठन बीएल संतोष जी महाराज"
    root = parse(bar_chart([Bar(label, 1)], title="t", label_width=100))
    shown = texts(root)[0]
    assert shown.endswith("…") and label.startswith(shown.removesuffix(" …"))
    assert label in "".join(root.find(f"{NS}g/{NS}title").itertext())  # type: ignore[union-attr]
    assert fit("मोदी", 100) == "मोदी"


def test_stacked_columns_draw_one_rect_per_non_zero_count_with_its_tooltip() -> None:
    series = [Series("ETV भारत", [1, 0, 2]), Series("अमर <उजाला>", [0, 3, 1])]
    root = parse(stacked_columns(["1 Jul", "2 Jul", "3 Jul"], series, title="t"))
    bars = [r for r in root.iter(f"{NS}rect") if (r.get("class") or "").startswith("c")]
    assert len(bars) == 4
    assert "2 Jul · अमर <उजाला>: 3" in ["".join(r.itertext()) for r in bars]


def test_small_multiples_have_a_panel_per_name_and_a_dot_for_a_single_period() -> None:
    series = [Series(f"नाम {i}", [i, 0, i * 2]) for i in range(5)]
    root = parse(small_multiples(["a", "b", "c"], series, title="t", columns=2))
    assert len(root.findall(f"{NS}g")) == 5 and len(list(root.iter(f"{NS}polyline"))) == 5
    one = parse(small_multiples(["a"], [Series("मोदी", [3])], title="t"))
    assert len(list(one.iter(f"{NS}circle"))) == 1 and not list(one.iter(f"{NS}polyline"))


def test_charts_of_nothing_are_still_well_formed() -> None:
    parse(bar_chart([], title="t"))
    parse(stacked_columns([], [], title="t"))
    parse(small_multiples([], [], title="t"))


@pytest.mark.parametrize(("top", "step"), [(0, 1), (3, 1), (9, 5), (40, 10), (170, 50), (1234, 500)])
def test_gridlines_fall_on_round_numbers(top: float, step: float) -> None:
    assert nice_step(top) == step
