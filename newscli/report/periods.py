"""Days grouped into the periods a chart over time shows: days, weeks, months or years.

The period is the finest that keeps a chart to at most :data:`MAX_PERIODS` columns, so
a week of news is shown day by day and a decade year by year. Weeks start on Monday.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

MAX_PERIODS = 62
UNITS = ("day", "week", "month", "year")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def start_of(day: datetime.date, unit: str) -> datetime.date:
    if unit == "day":
        return day
    if unit == "week":
        return day - datetime.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _after(start: datetime.date, unit: str) -> datetime.date:
    if unit == "day":
        return start + datetime.timedelta(days=1)
    if unit == "week":
        return start + datetime.timedelta(days=7)
    if unit == "month":
        return (
            start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
        )
    return start.replace(year=start.year + 1)


def span(first: datetime.date, last: datetime.date, unit: str) -> list[datetime.date]:
    """The start of every period from the one holding ``first`` to the one holding ``last``."""
    out = []
    at, end = start_of(first, unit), start_of(last, unit)
    while at <= end:
        out.append(at)
        at = _after(at, unit)
    return out


def choose_unit(first: datetime.date, last: datetime.date) -> str:
    """The finest unit that covers ``first`` to ``last`` in at most :data:`MAX_PERIODS` periods."""
    days = (last - first).days + 1
    if days <= MAX_PERIODS:
        return "day"
    if (days + 6) // 7 + 1 <= MAX_PERIODS:
        return "week"
    if (last.year - first.year) * 12 + last.month - first.month + 1 <= MAX_PERIODS:
        return "month"
    return "year"


class Timeline:
    """The periods that the days of a corpus fall in, and which period each day is in."""

    def __init__(self, days: Iterable[str]) -> None:
        dates = sorted({datetime.date.fromisoformat(d) for d in days})
        self.unit = choose_unit(dates[0], dates[-1]) if dates else "day"
        self.starts = span(dates[0], dates[-1], self.unit) if dates else []
        self._index = {start: i for i, start in enumerate(self.starts)}

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, day: str) -> int:
        return self._index[start_of(datetime.date.fromisoformat(day), self.unit)]

    def labels(self) -> list[str]:
        """Short labels: the year only where it changes (and on the first)."""
        out = []
        year = None
        for start in self.starts:
            out.append(label(start, self.unit, with_year=start.year != year))
            year = start.year
        return out


def label(start: datetime.date, unit: str, with_year: bool = True) -> str:
    month = _MONTHS[start.month - 1]
    if unit == "year":
        return str(start.year)
    if unit == "month":
        return f"{month} {start.year}" if with_year else month
    text = f"{start.day} {month}"
    return f"{text} {start.year}" if with_year else text
