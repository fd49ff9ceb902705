"""Every example of tests/corpus/numbers/ gives exactly the quantities it lists."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from newscli.extract.numbers import extract_numbers

CORPUS = Path(__file__).resolve().parent / "corpus" / "numbers"


def _examples() -> list[Any]:
    params = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            example = json.loads(line)
            marks = [pytest.mark.xfail(strict=True, reason=example["xfail"])] if "xfail" in example else []
            params.append(pytest.param(example, id=f"{path.stem}:{n}", marks=marks))
    return params


def _same_value(expected: Any, got: Any) -> bool:
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(map(_same_value, expected, got))
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return math.isclose(expected, got, rel_tol=1e-9)
    return bool(expected == got)


def _describe(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("example", _examples())
def test_corpus_example(example: dict[str, Any]) -> None:
    found = extract_numbers(example["text"], example.get("reference"))
    rows = [{"text": q.text, "kind": q.kind, "value": q.value, "unit": q.unit, "approx": q.approx} for q in found]
    expected = example["expect"]
    assert len(rows) == len(expected), _describe(rows)
    for want, got in zip(expected, rows, strict=True):
        assert got["text"] == want["text"], _describe(rows)
        assert got["kind"] == want["kind"], _describe(rows)
        assert _same_value(want["value"], got["value"]), _describe(rows)
        for key in ("unit", "approx"):
            if key in want:
                assert got[key] == want[key], _describe(rows)


def test_every_dimension_has_positive_and_negative_examples() -> None:
    files = {p.stem: p.read_text(encoding="utf-8").splitlines() for p in CORPUS.glob("*.jsonl")}
    assert {"cardinal", "ordinal", "money", "percent", "range", "date", "time", "duration", "negative"} <= set(files)
    examples = [json.loads(line) for lines in files.values() for line in lines if line.strip()]
    assert any(not e["expect"] for e in examples)
    assert any("xfail" in e for e in examples)
