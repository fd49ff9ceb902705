"""Printed date-times of news pages ("Jul 24, 2023, 9:15 AM IST", "09 Apr, 2018 11:38 AM",
"Wed, 16 Jul 2025 21:25:41 +0530", "दिनांक 22-जुलाई-2019") to ISO 8601.

A time printed without a zone is Indian Standard Time (+05:30): these are Indian outlets.
A date without a year is not a date here (it cannot be placed).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from newscli.article.resources import alternation, fold, table, table_keys, word_list

IST = "+05:30"
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


@dataclass(frozen=True, slots=True)
class DateTimeMatch:
    """A date (and maybe a time) found at ``start:end`` of a string."""

    start: int
    end: int
    date: _dt.date
    time: _dt.time | None = None
    offset: str | None = None

    def iso(self) -> str:
        if self.time is None:
            return self.date.isoformat()
        return f"{self.date.isoformat()}T{self.time.isoformat(timespec='seconds')}{self.offset or IST}"


@dataclass(frozen=True, slots=True)
class DateRule:
    """A named way of writing a date; ``build`` turns a match into (year, month, day)."""

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], tuple[int, int, int]]


def _month(word: str) -> int:
    return int(table("article_months.tsv")[fold(word.rstrip("."))])


@functools.cache
def _month_pattern() -> str:
    names = table_keys("article_months.tsv")
    latin = [n for n in names if n.isascii()]
    dev = [n for n in names if not n.isascii()]
    return (
        rf"(?:(?<![A-Za-z])(?:{alternation(latin)})\.?(?![A-Za-z])"
        rf"|(?<![\u0900-\u097F])(?:{alternation(dev)})(?![\u0900-\u097F]))"
    )


_DAY = r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)"
_SEP = r"[ \t\u00a0,.\-/]{0,4}"


@functools.cache
def date_rules() -> tuple[DateRule, ...]:
    mon = f"(?P<mon>{_month_pattern()})"
    flags = re.IGNORECASE

    def named(m: re.Match[str]) -> tuple[int, int, int]:
        return int(m["y"]), _month(m["mon"]), int(m["d"])

    def numeric(m: re.Match[str]) -> tuple[int, int, int]:
        return int(m["y"]), int(m["mo"]), int(m["d"])

    return (
        DateRule("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)"), numeric),
        DateRule("day-month-year", re.compile(_DAY + _SEP + mon + _SEP + _YEAR, flags), named),
        DateRule("month-day-year", re.compile(mon + _SEP + _DAY + _SEP + _YEAR, flags), named),
        DateRule(
            "dd-mm-yyyy",
            re.compile(r"(?<![\d.\-/])(?P<d>[0-3]?\d)([./\-])(?P<mo>[01]?\d)\2(?P<y>(?:19|20)\d\d)(?!\d)"),
            numeric,
        ),
    )


_TIME = (
    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d{1,6})?"
    r"(?:[ \u00a0]?(?P<ap>[AaPp]\.?[ \u00a0]?[Mm]\.?(?![A-Za-z])|पूर्वाह्न|अपराह्न))?"
)
_ZONE = r"(?:[ \u00a0]?\(?(?P<z>IST|GMT|UTC|Z)\)?)?(?:[ \u00a0]?(?P<off>[+-](?:[01]?\d):?[0-5]\d))?"
# After a date its time may follow a comma, a bar, a slash ("October 21, 2025 / 3:11 PM IST")
# or sit in brackets ("26 मई 2025 (08:37 IST)").
_TIME_AFTER = re.compile(r"(?:[ \t\u00a0,|/(T@\-]{0,4}(?:at[ \u00a0])?)" + _TIME + _ZONE)
_TIME_BEFORE = re.compile(_TIME + _ZONE + r"[ \t\u00a0,|\-]{1,4}\Z")
# Every date rule needs a four-digit year: most lines have none and skip the rules' scans.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_DEVANAGARI_DIGIT = re.compile(r"[\u0966-\u096f]")


@functools.cache
def _weekday_before() -> re.Pattern[str]:
    names = word_list("article_weekdays.txt")
    return re.compile(rf"(?:{alternation(names)})\.?,?[ \u00a0]*\Z", re.IGNORECASE)


def _offset(zone: str | None, off: str | None) -> str | None:
    if off:
        sign, digits = off[0], off[1:].replace(":", "")
        hours, minutes = digits[:-2], digits[-2:]
        return f"{sign}{int(hours):02d}:{minutes}"
    if zone in ("GMT", "UTC", "Z"):
        return "+00:00"
    if zone == "IST":
        return IST
    return None


def _time_of(m: re.Match[str]) -> _dt.time | None:
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    ap = (m["ap"] or "").replace(".", "").replace(" ", "").replace("\u00a0", "").lower()
    if ap in ("am", "पूर्वाह्न"):
        if hour > 12:
            return None
        hour = 0 if hour == 12 else hour
    elif ap in ("pm", "अपराह्न"):
        if hour > 12:
            return None
        hour = hour if hour == 12 else hour + 12
    return _dt.time(hour, minute, second)


def _with_time(s: str, start: int, end: int, date: _dt.date) -> DateTimeMatch:
    after = _TIME_AFTER.match(s, end)
    if after is not None:
        time = _time_of(after)
        if time is not None:
            return DateTimeMatch(start, after.end(), date, time, _offset(after["z"], after["off"]))
    window = max(0, start - 32)
    before = _TIME_BEFORE.search(s[window:start])
    if before is not None:
        time = _time_of(before)
        if time is not None:
            return DateTimeMatch(window + before.start(), end, date, time, _offset(before["z"], before["off"]))
    return DateTimeMatch(start, end, date)


def _extend_weekday(s: str, match: DateTimeMatch) -> DateTimeMatch:
    window = max(0, match.start - 14)
    wd = _weekday_before().search(s[window : match.start])
    if wd is None or wd.start() == wd.end():
        return match
    return DateTimeMatch(window + wd.start(), match.end, match.date, match.time, match.offset)


def find_datetimes(s: str) -> list[DateTimeMatch]:
    """Every date (with its time, zone and weekday when printed next to it) in ``s``, in order."""
    # translate looks up every character: only worth it when there is a Devanagari digit to map
    work = s.translate(_DEVANAGARI_DIGITS) if _DEVANAGARI_DIGIT.search(s) else s
    if _ANY_YEAR.search(work) is None:
        return []
    found: list[DateTimeMatch] = []
    for rule in date_rules():
        for m in rule.pattern.finditer(work):
            try:
                date = _dt.date(*rule.build(m))
            except (ValueError, KeyError):
                continue
            found.append(_extend_weekday(work, _with_time(work, m.start(), m.end(), date)))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateTimeMatch] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def parse_datetime(s: str) -> str | None:
    """A Hindi or English news date-time string as ISO 8601, or None when it holds no full date.

    >>> parse_datetime("Published : Jul 24, 2023, 9:15 AM IST")
    '2023-07-24T09:15:00+05:30'
    >>> parse_datetime("Wed, 16 Jul 2025 21:25:41 +0530")
    '2025-07-16T21:25:41+05:30'
    >>> parse_datetime("दिनांक 22-जुलाई-2019")
    '2019-07-22'
    """
    iso = _from_iso(s.strip())
    if iso is not None:
        return iso
    found = find_datetimes(s)
    return found[0].iso() if found else None


def _from_iso(s: str) -> str | None:
    if not re.fullmatch(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?", s):
        return None
    try:
        value = _dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(s) == 10:
        return value.date().isoformat()
    text = value.replace(microsecond=0).isoformat()
    return text if value.tzinfo is not None else text + IST


def month_day_pattern() -> str:
    """A month name, as in a yearless day-month ("दिसम्बर 5", "सात मार्च")."""
    return _month_pattern()
