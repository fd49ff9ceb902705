"""The seed article gives every quantity its expectations name (numbers_must_include)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newscli.extract.numbers import extract_numbers
from newscli.model import Quantity

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_335be22ba1ea1f16.txt"
EXPECTED = REPO.parent / "shared" / "seeds" / "000_335be22ba1ea1f16.expected.json"
PUBLISHED = "2023-07-24T09:15:00+05:30"

# The seed's numbers_must_include: a reported quantity's text contains "text", its kind and
# value are among those listed, and unit_contains / unit / approx hold when given.
MUST_INCLUDE: list[dict[str, Any]] = [
    {"text": "2024", "kind": ["number", "date"], "value": [2024, "2024"]},
    {"text": "80", "kind": ["number"], "value": [80], "unit_contains": "सीट"},
    {"text": "67", "kind": ["number"], "value": [67]},
    {"text": "1100", "kind": ["number"], "value": [1100], "approx": ["over", "about"]},
    {"text": "9 साल", "kind": ["duration"], "value": [9], "unit": "year"},
    {"text": "7 अगस्त", "kind": ["date"], "value": ["2023-08-07"]},
    {"text": "14", "kind": ["number"], "value": [14], "unit_contains": "सीट"},
    {"text": "दूसरे", "kind": ["ordinal"], "value": [2]},
    {"text": "रविवार", "kind": ["date"], "value": ["2023-07-23"]},
]


def _satisfies(q: Quantity, item: dict[str, Any]) -> bool:
    return (
        item["text"] in q.text
        and q.kind in item["kind"]
        and q.value in item["value"]
        and ("unit_contains" not in item or (q.unit is not None and item["unit_contains"] in q.unit))
        and ("unit" not in item or q.unit == item["unit"])
        and ("approx" not in item or q.approx in item["approx"])
    )


def _seed_quantities() -> list[Quantity]:
    return extract_numbers(SEED.read_text(encoding="utf-8"), PUBLISHED)


@pytest.mark.parametrize("item", MUST_INCLUDE, ids=[i["text"] for i in MUST_INCLUDE])
def test_seed_gives_the_quantity(item: dict[str, Any]) -> None:
    found = _seed_quantities()
    assert any(_satisfies(q, item) for q in found), [(q.text, q.kind, q.value, q.unit, q.approx) for q in found]


def test_seed_counts_nothing_that_is_not_a_quantity() -> None:
    texts = [q.text for q in _seed_quantities()]
    # "रविवार को एक महत्वपूर्ण बैठक": एक is an article; "हर स्तर", "आगामी दिनों" hold no number.
    assert "एक" not in texts
    assert all(q.kind != "number" or q.value != 1 for q in _seed_quantities())


def test_seed_expectations_in_shared_match_this_list(shared_dir: Path) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["numbers_must_include"]
    assert expected == MUST_INCLUDE
