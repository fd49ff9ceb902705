"""The seed article's parse in every machine format, compared with golden files.

Regenerate them on purpose only: ``UPDATE_GOLDEN=1 python3 -m pytest tests/test_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli.cli import main

GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = "seeds/000_335be22ba1ea1f16.txt"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv"])
def test_seed_parse_matches_golden(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN.parent.parent)  # ids are the path as given
    result = CliRunner().invoke(main, ["parse", "--format", fmt, SEED])
    assert result.exit_code == 0
    golden = GOLDEN / f"seed.parse.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
