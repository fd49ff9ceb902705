"""Days grouped for the charts over time: the finest period that keeps a chart readable."""

from __future__ import annotations

import datetime

import pytest

from newscli.report.periods import MAX_PERIODS, Timeline, choose_unit, span

D = datetime.date


@pytest.mark.parametrize(
    ("first", "last", "unit"),
    [
        (D(2023, 7, 24), D(2023, 7, 24), "day"),
        (D(2023, 7, 1), D(2023, 8, 31), "day"),
        (D(2023, 1, 1), D(2023, 12, 31), "week"),
        (D(2020, 1, 1), D(2023, 12, 31), "month"),
        (D(1990, 1, 1), D(2023, 12, 31), "year"),
    ],
)
def test_the_unit_is_the_finest_that_fits(first: datetime.date, last: datetime.date, unit: str) -> None:
    assert choose_unit(first, last) == unit
    assert len(span(first, last, unit)) <= MAX_PERIODS


def test_weeks_start_on_monday_and_empty_periods_are_kept() -> None:
    timeline = Timeline(["2023-01-04", "2023-06-30"])  # a Wednesday and a Friday
    assert timeline.unit == "week"
    assert timeline.starts[0] == D(2023, 1, 2) and all(s.weekday() == 0 for s in timeline.starts)
    assert timeline.index("2023-01-08") == 0 and timeline.index("2023-01-09") == 1
    assert len(timeline) == 26


def test_labels_name_the_year_only_where_it_changes() -> None:
    timeline = Timeline(["2023-12-30", "2024-01-02"])
    assert timeline.labels() == ["30 Dec 2023", "31 Dec", "1 Jan 2024", "2 Jan"]


def test_no_days_is_an_empty_timeline() -> None:
    assert len(Timeline([])) == 0 and Timeline([]).labels() == []
