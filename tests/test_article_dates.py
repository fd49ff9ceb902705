"""Printed news date-times to ISO 8601 (newscli.article.parse_datetime)."""

from __future__ import annotations

import time

import pytest

from newscli.article import parse_datetime
from newscli.article.dates import find_datetimes


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Published : Jul 24, 2023, 9:15 AM IST", "2023-07-24T09:15:00+05:30"),
        ("Updated : Jul 24, 2023, 10:14 AM IST", "2023-07-24T10:14:00+05:30"),
        ("Publish Date: Jul 24 2019  4:49PM", "2019-07-24T16:49:00+05:30"),
        ("Updated: 09 Apr, 2018 11:38 AM", "2018-04-09T11:38:00+05:30"),
        ("Dec 21, 2025 10:36 am ISTSudhir Kumar", "2025-12-21T10:36:00+05:30"),
        ("हिन्दुस्तान टीम आगराThu, 3 May 2018 07:27 PM", "2018-05-03T19:27:00+05:30"),
        ("Updated Mon, 24 Jul 2023 09:15 AM IST", "2023-07-24T09:15:00+05:30"),
        ("07:14 AM, 03-APR-2020", "2020-04-03T07:14:00+05:30"),
        ("Wed, 16 Jul 2025 21:25:41 +0530", "2025-07-16T21:25:41+05:30"),
        ("Wed, 16 Jul 2025 15:55:41 GMT", "2025-07-16T15:55:41+00:00"),
        ("Dec 06, 2024, 10:16 AM IST", "2024-12-06T10:16:00+05:30"),
        ("12:00 AM, 01-JAN-2021", "2021-01-01T00:00:00+05:30"),
        ("12:30 PM, 01-JAN-2021", "2021-01-01T12:30:00+05:30"),
        ("सोमवार, 24 जुलाई 2023 10:30 पूर्वाह्न", "2023-07-24T10:30:00+05:30"),
        ("2024-09-04T16:20:35+05:30", "2024-09-04T16:20:35+05:30"),
        ("2024-09-04T10:50:35Z", "2024-09-04T10:50:35+00:00"),
        ("2018-09-09 08:32:41", "2018-09-09T08:32:41+05:30"),
    ],
)
def test_date_times_keep_their_zone_and_default_to_ist(printed: str, iso: str) -> None:
    assert parse_datetime(printed) == iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("This Article is From Jun 22, 2011", "2011-06-22"),
        ("दिनांक 22-जुलाई-2019", "2019-07-22"),
        ("२२ जुलाई २०१९", "2019-07-22"),
        ("जुलाई 22, 2019", "2019-07-22"),
        ("4 दिसम्बर, 2021", "2021-12-04"),
        ("5 सितंबर 2024", "2024-09-05"),
        ("5 सितम्बर 2024", "2024-09-05"),
        ("24/07/2023", "2023-07-24"),
        ("2020-04-01 (file date; day of newspaper edition)", "2020-04-01"),
    ],
)
def test_a_date_without_time_stays_a_date(printed: str, iso: str) -> None:
    assert parse_datetime(printed) == iso


@pytest.mark.parametrize(
    "printed",
    [
        "",
        "समस्तीपुरकुछ ही क्षण पहले",
        "2 घंटे पहले",
        "पूर्णिया, दिसम्बर 5",  # no year: cannot be placed
        "31 Feb 2023",
        "मई में बारिश हुई",
    ],
)
def test_no_full_date_gives_none(printed: str) -> None:
    assert parse_datetime(printed) is None


def test_an_impossible_time_is_dropped_and_the_date_kept() -> None:
    assert parse_datetime("25:61 PM, 03-APR-2020") == "2020-04-03"


def test_matches_report_where_the_date_and_its_time_were_printed() -> None:
    text = "By X | Publish Date: Jul 24 2019  4:49PM"
    (match,) = find_datetimes(text)
    assert text[match.start : match.end] == "Jul 24 2019  4:49PM"
    glued = "हिन्दुस्तान टीम आगराThu, 3 May 2018 07:27 PM"
    (match,) = find_datetimes(glued)
    assert glued[match.start : match.end] == "Thu, 3 May 2018 07:27 PM"


def _seconds(s: str) -> float:
    start = time.perf_counter()
    parse_datetime(s)
    find_datetimes(s)
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", ["1-1-", "12 ", "Jul ", "9:15 ", "मई, ", ", , "])
def test_adversarial_input_takes_linear_time(unit: str) -> None:
    small, large = unit * 400, unit * 4000
    _seconds(small)
    ratio = _seconds(large) / max(_seconds(small), 1e-4)
    assert ratio < 60  # quadratic behaviour would be about 100
