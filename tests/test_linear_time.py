"""The whole pipeline stays linear on adversarial text: 10x the input may cost about 10x the time, not 100x."""

from __future__ import annotations

import time

import pytest

from newscli.model import Record
from newscli.pipeline import rows_for

UNITS = {
    "digits": "1234567890",
    "digits-commas": "1,2,3,4,5,",
    "devanagari-digits": "१,२३,४५६.७",
    "dandas": "।।॥।",
    "combining-marks": "क\u093c\u0902\u0901\u094d",
    "number-words": "एक सौ दो हज़ार तीन लाख ",
    "fractions": "साढ़े डेढ़ ढाई सवा ",
    "periods": "बी.एल.",
    "hyphens": "-–-",
    "no-spaces": "भाजपाकांग्रेस",
    "quotes": "'\"‘’“”",
    "title-names": "प्रदेश अध्यक्ष श्री डॉ. ",
}
# Linear growth gives about 10; the margin absorbs noise and warm-up, not a quadratic.
MAX_RATIO = 30.0


def best_time(text: str, repeat: int = 3) -> float:
    record = Record(id="x", text=text)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows_for("analyze", record, raw=True)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
def test_analyze_time_grows_linearly(unit: str) -> None:
    n = max(1, 5000 // len(unit))
    # Warm-up at the small size fills word caches, so both sizes are timed warm.
    small = best_time(unit * n)
    large = best_time(unit * (10 * n), repeat=2)
    assert large / max(small, 1e-4) < MAX_RATIO
