"""Terminal grids whose columns line up whatever a terminal makes of Devanagari."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.render import grid
from newscli.render.table import grid_rows

WORDS = ["का", "राष्ट्रीय", "प्रधानमंत्री", "भूपेंद्र", "सिंह", "लखनऊ", "ETV", "80", "क्षत्रिय", "ज़िले", "—"]


def test_the_wcwidth_package_counts_spacing_signs_as_terminals_do() -> None:
    # Behaviour relied on from the dependency: a spacing vowel sign takes a cell.
    assert grid.cell_width("का") == 2
    assert grid.cell_width("मोदी") == 4
    assert grid.cell_width("प्रधानमंत्री") >= 7
    assert grid.cell_width("ETV 80") == 6


def test_the_widest_count_is_glibcs_when_it_is_larger() -> None:
    assert grid.widest("राष्ट्रीय") == 7  # र ा ष ट र ी य: viramas take none
    assert grid.widest("abc") == 3
    assert grid.widest("राष्ट्रीय") >= grid.cell_width("राष्ट्रीय")


def _table(rows: list[list[str]], width: int = 60) -> list[str]:
    columns = [grid.Column("start", right=True), grid.Column("type"), grid.Column("norm"), grid.Column("text")]
    return grid.render(columns, rows, width, title="seed.txt")


def test_every_line_of_a_grid_has_the_same_width() -> None:
    rows = [[str(i * 37), "PER" if i % 2 else "LOC", WORDS[i % len(WORDS)], " ".join(WORDS[: i + 1])] for i in range(9)]
    lines = _table(rows)[1:]
    assert len({grid.widest(line) for line in lines}) == 1


def test_only_the_last_column_folds_and_no_line_passes_the_edge() -> None:
    rows = [["1", "ORG", "भाजपा", " ".join(WORDS * 4)], ["22", "LOC", "उत्तर प्रदेश", "यूपी"]]
    _, header, _, *lines = _table(rows, width=50)
    assert len(lines) > 2
    assert all(grid.widest(line.rstrip()) <= 50 for line in lines)
    # Continuation lines are blank up to the last column: the other columns stay put.
    start_of_last = header.index("text")  # the header is ASCII: characters are cells
    for line in lines[1:-1]:
        assert not line[:start_of_last].strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.integers(min_value=4, max_value=40))
def test_folding_keeps_every_grapheme_whole(words: list[str], width: int) -> None:
    text = " ".join(words)
    parts = grid.fold(text, width)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "")  # nothing lost
    for part in parts:
        assert grid.widest(part) <= width
        assert not part or not unicodedata.category(part[0]).startswith("M")  # no sign torn from its letter


@pytest.mark.parametrize("command", ["tokens", "numbers", "entities", "entity-groups", "quotes", "quote-speakers"])
def test_a_devanagari_column_comes_last(command: str) -> None:
    row = {
        "id": "a",
        "index": 0,
        "start": 0,
        "end": 4,
        "text": "लखनऊ",
        "kind": "word",
        "norm": "लखनऊ",
        "type": "LOC",
        "value": 80,
        "unit": "सीटों",
        "approx": None,
        "mentions": 2,
        "spellings": ["लखनऊ"],
        "speaker": "बीएल संतोष",
        "cue": "कहा",
        "quotes": 1,
        "first_words": ["प्रशिक्षण टीम"],
    }
    columns, cells = grid_rows(command, [row])
    assert len(columns) == len(cells[0])
    assert any("\u0900" <= ch <= "\u097f" for ch in cells[0][-1])
    # Digits and codes before any Devanagari column: they never move.
    devanagari = [any("\u0900" <= ch <= "\u097f" for ch in c) for c in cells[0]]
    first = devanagari.index(True)
    assert all(devanagari[first:]) or sum(devanagari) <= 2
