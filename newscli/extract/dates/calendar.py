"""Calendar arithmetic against the article's publication date.

A date without a year takes the year of publication; a weekday is the latest one on or
before publication unless its clause is in the future tense; कल is yesterday unless the
clause is in the future tense. Without a publication date nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from newscli.extract.numbers.context import Reference
from newscli.extract.numbers.lexer import WORD_CHARS

# Verb endings of the Hindi future (होगा, करेंगे, जाएगी, रहेंगी) and "about to" (होने वाली है);
# रोगी, सहयोगी and the like end the same way but are nouns.
_END = rf"(?![^\W\d_]|[{WORD_CHARS}])"
_FUTURE = re.compile(rf"(?:ें?ग[ाीे]|(?<![यरभल])ों?ग[ाीे]|ूं?ग[ाी]|ूँग[ाी]|[एय]ं?ग[ाीे]|एँग[ेी]){_END}|वाल[ाीे]\s+(?:है|हैं){_END}")


def parse_reference(reference: str | None) -> Reference | None:
    """The publication date of an ISO 8601 date or date-time, or None when there is none."""
    if not reference:
        return None
    text = reference.strip()
    try:
        if "T" in text or " " in text:
            moment = dt.datetime.fromisoformat(text.replace(" ", "T", 1))
            offset = moment.utcoffset()
            tz = None
            if offset is not None:
                minutes = int(offset.total_seconds() // 60)
                sign = "+" if minutes >= 0 else "-"
                tz = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
            return Reference(moment.date(), tz)
        return Reference(dt.date.fromisoformat(text[:10]), None)
    except ValueError:
        return None


# Past forms that settle the tense before a later clause can (बैठक हुई, कल रैली होगी).
_PAST = re.compile(
    rf"(?<![^\W\d_]|[{WORD_CHARS}])(?:था|थी|थे|थीं|हुआ|हुई|हुए|हुईं|गया|गई|गए|गयी|गये|किया|किए|किये|दिया|दिए|लिया"
    rf"|चुका|चुकी|चुके){_END}"
)


def is_future(sentence: str) -> bool:
    """Whether the first finite verb of the sentence is in the future tense."""
    future = _FUTURE.search(sentence)
    if future is None:
        return False
    past = _PAST.search(sentence, 0, future.start())
    return past is None


def weekday_date(ref: Reference, weekday: int, step: int | None, future: bool) -> dt.date:
    """The date of an ISO weekday near the reference.

    ``step`` -1 (पिछले): strictly before; 1 (अगले): strictly after; 0 or None: on or before,
    or on or after when the clause is in the future tense.
    """
    today = ref.date.isoweekday()
    if step == -1:
        back = (today - weekday) % 7 or 7
        return ref.date - dt.timedelta(days=back)
    if step == 1:
        ahead = (weekday - today) % 7 or 7
        return ref.date + dt.timedelta(days=ahead)
    if future:
        return ref.date + dt.timedelta(days=(weekday - today) % 7)
    return ref.date - dt.timedelta(days=(today - weekday) % 7)


def period_value(ref: Reference, period: str, step: int) -> str:
    """इस साल -> 2023, पिछले महीने -> 2023-06, अगले हफ्ते -> 2023-W31 (ISO week)."""
    d = ref.date
    if period == "year":
        return f"{d.year + step:04d}"
    if period == "month":
        index = d.year * 12 + (d.month - 1) + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    year, week, _ = (d + dt.timedelta(weeks=step)).isocalendar()
    return f"{year:04d}-W{week:02d}"


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):  # OverflowError: a part too long for a C int
        return None


def month_length_ok(month: int, day: int) -> bool:
    """Whether a day can occur in a month of some year (29 February can)."""
    return valid_date(2000, month, day) is not None
