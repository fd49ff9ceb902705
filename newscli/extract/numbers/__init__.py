"""Numbers, quantities, dates and times in Hindi news text, with their values.

The rules and word data load on the first call, not on import, so that commands
which do not extract numbers never pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscli.model import Quantity

__all__ = ["extract_numbers"]


def extract_numbers(text: str, reference: str | None = None) -> list[Quantity]:
    """Every number, ordinal, percentage, amount of money, range, date, time and duration in ``text``.

    Offsets are code points into ``text`` as given; quantities are sorted by start and
    do not overlap. ``reference`` is the publication date or date-time (ISO 8601):
    relative days, weekdays and dates without a year resolve against it; without it
    their value is null.
    """
    from newscli.extract.numbers.scan import extract

    return extract(text, reference)
