"""Dates against the publication date: references, weekdays, periods, tense."""

from __future__ import annotations

import datetime as dt

import pytest

from newscli.extract.dates.calendar import is_future, parse_reference, period_value, weekday_date
from newscli.extract.numbers import extract_numbers
from newscli.extract.numbers.context import Reference

MONDAY = Reference(dt.date(2023, 7, 24), "+05:30")


@pytest.mark.parametrize(
    ("text", "date", "tz"),
    [
        ("2023-07-24T09:15:00+05:30", dt.date(2023, 7, 24), "+05:30"),
        ("2023-07-24T23:30:00-04:00", dt.date(2023, 7, 24), "-04:00"),
        ("2023-07-24T09:15:00", dt.date(2023, 7, 24), None),
        ("2023-07-24", dt.date(2023, 7, 24), None),
        (" 2023-07-24 ", dt.date(2023, 7, 24), None),
    ],
)
def test_reference_forms(text: str, date: dt.date, tz: str | None) -> None:
    assert parse_reference(text) == Reference(date, tz)


@pytest.mark.parametrize("text", [None, "", "कल", "24/07/2023", "2023-13-40"])
def test_no_usable_reference(text: str | None) -> None:
    assert parse_reference(text) is None


def test_a_weekday_is_the_latest_on_or_before_publication() -> None:
    got = [weekday_date(MONDAY, day, None, future=False) for day in range(1, 8)]
    assert got[0] == dt.date(2023, 7, 24)  # Monday itself
    assert got[6] == dt.date(2023, 7, 23)  # the Sunday before
    assert all(MONDAY.date - dt.timedelta(days=6) <= d <= MONDAY.date for d in got)
    assert sorted(d.isoweekday() for d in got) == list(range(1, 8))


def test_a_weekday_in_the_future_tense_is_the_next_on_or_after() -> None:
    got = [weekday_date(MONDAY, day, None, future=True) for day in range(1, 8)]
    assert got[0] == MONDAY.date and got[6] == dt.date(2023, 7, 30)
    assert all(MONDAY.date <= d <= MONDAY.date + dt.timedelta(days=6) for d in got)


def test_last_and_next_weekday_are_strictly_before_and_after() -> None:
    assert weekday_date(MONDAY, 1, -1, future=False) == dt.date(2023, 7, 17)
    assert weekday_date(MONDAY, 1, 1, future=False) == dt.date(2023, 7, 31)
    assert weekday_date(MONDAY, 7, -1, future=True) == dt.date(2023, 7, 23)
    assert weekday_date(MONDAY, 2, 1, future=False) == dt.date(2023, 7, 25)


def test_periods_roll_over_year_ends() -> None:
    january = Reference(dt.date(2024, 1, 3), None)
    assert period_value(january, "month", -1) == "2023-12"
    assert period_value(january, "month", 0) == "2024-01"
    assert period_value(january, "year", -1) == "2023"
    assert period_value(january, "week", 0) == "2024-W01"
    assert period_value(january, "week", -1) == "2023-W52"
    assert period_value(MONDAY, "month", 1) == "2023-08"


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        ("को बैठक होगी", True),
        ("सभी नेता पहुंचेंगे", True),
        ("कार्यक्रम कराया जाएगा", True),
        ("बारिश होने वाली है", True),
        ("को बैठक हुई थी", False),
        ("को रोगी मिले", False),
        ("सहयोगी दलों ने बैठक की", False),
        ("को बैठक हुई, कल रैली होगी", False),
        ("", False),
    ],
)
def test_tense_of_the_clause(sentence: str, future: bool) -> None:
    assert is_future(sentence) is future


def test_yesterday_and_tomorrow_follow_the_verb() -> None:
    ref = "2023-07-24T09:15:00+05:30"
    assert extract_numbers("कल रैली हुई थी।", ref)[0].value == "2023-07-23"
    assert extract_numbers("कल रैली होगी।", ref)[0].value == "2023-07-25"
    assert extract_numbers("परसों रैली हुई थी।", ref)[0].value == "2023-07-22"
    assert extract_numbers("परसों रैली होगी।", ref)[0].value == "2023-07-26"


def test_dates_without_a_year_take_the_publication_year_and_must_exist() -> None:
    assert extract_numbers("29 फरवरी को", "2024-03-01")[0].value == "2024-02-29"
    leap_day = extract_numbers("29 फरवरी को", "2023-03-01")[0]
    assert leap_day.kind == "date" and leap_day.value is None


def test_times_keep_their_zone_only_when_the_text_gives_one() -> None:
    assert extract_numbers("9:15 AM IST")[0].value == "09:15:00+05:30"
    assert extract_numbers("9:15 AM")[0].value == "09:15:00"
    assert extract_numbers("रात 12 बजे")[0].value == "00:00:00"
    assert extract_numbers("दोपहर 12 बजे")[0].value == "12:00:00"
    assert extract_numbers("पौने दस बजे")[0].value == "09:45:00"
