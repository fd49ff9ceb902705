"""Numbers, quantities, dates and times in Hindi news text, with their values.

``extract_numbers(text, reference)`` returns :class:`newscli.model.Quantity` rows:

* ``number``: the value; ``unit`` is the noun counted right after it when there is one
  (``80 सीटों`` -> ``सीटों``, ``67 जिला पंचायत अध्यक्ष`` -> all three words); units of
  measure are counted nouns too (``5 किलो`` -> ``किलो``). The span is the number itself.
* ``ordinal``: its value (``दूसरे`` -> 2, ``5वें`` -> 5, ``एक सौ पहला`` -> 101).
* ``percent``: the number of per cent (``40 फीसदी`` -> 40).
* ``money``: the amount, with ``unit`` an ISO 4217 code (``INR``, ``USD``; crypto-currencies
  carry their ticker, ``BTC``); ``पैसे``/``सेंट`` count hundredths.
* ``duration``: the amount and its unit: ``year``, ``month``, ``week``, ``day``, ``hour``,
  ``minute`` or ``second`` (``2 साल 3 महीने`` -> 27 ``month``).
* ``range``: ``[low, high]``; ``unit`` is ``percent``, an ISO currency code or a unit of
  time when the range has one (``10 से 15 प्रतिशत``, ``5 से 10 लाख रुपये``).
* ``date``: ISO 8601, reduced for a month or a year (``2023-08``, ``2022``) and an ISO
  week for a week (``पिछले हफ्ते`` -> ``2023-W29``); ``time``: ``HH:MM:SS`` with an offset
  only when the text names a zone (``9:15 AM IST`` -> ``09:15:00+05:30``); ``datetime``:
  both.
* ``approx``: ``about`` (लगभग, करीब, के आसपास), ``over`` / ``under`` (से अधिक, से कम),
  ``at_least`` / ``at_most`` (कम से कम, तक, या उससे कम), else null.

Dates without a year, weekdays, आज/कल/परसों and पिछले/इस/अगले periods resolve against
``reference`` (the publication date or date-time, ISO 8601): a year comes from it, a
weekday is the latest on or before it unless its sentence is in the future tense, कल is
the day before unless the verb is future. Without a reference they are still reported,
with value null: nothing is guessed.

The rules and word data (``newscli/data/hi/numbers/``) load on the first call, not on
import, so that commands which do not extract numbers never pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscli.model import Quantity

__all__ = ["extract_numbers"]


def extract_numbers(text: str, reference: str | None = None) -> list[Quantity]:
    """Every number, ordinal, percentage, amount of money, range, date, time and duration in ``text``.

    Offsets are code points into ``text`` as given; quantities are sorted by start and
    do not overlap, and none crosses a line break.
    """
    from newscli.extract.numbers.scan import extract

    return extract(text, reference)
