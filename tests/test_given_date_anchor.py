"""A record's own ``published`` anchors dates without a year and relative days, ``--raw`` included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newscli.model import Record
from newscli.pieces import pieces
from newscli.pipeline import parse_record, rows_for

TEXT = "गत 18 मार्च को बैठक हुई और कल फिर होगी।"


def values(rows: list[dict[str, object]]) -> dict[object, object]:
    return {row["text"]: row["value"] for row in rows}


@pytest.mark.parametrize("raw", [False, True])
@pytest.mark.parametrize("key", ["published", "date"])
def test_a_records_date_anchors_its_dates_in_both_modes(raw: bool, key: str) -> None:
    record = Record(id="r", text=TEXT, meta={key: "2020-04-10"})
    assert values(rows_for("numbers", record, raw)) == {"18 मार्च": "2020-03-18", "कल": "2020-04-11"}


def test_without_a_given_date_a_raw_text_leaves_them_unresolved() -> None:
    assert values(rows_for("numbers", Record(id="r", text=TEXT), raw=True)) == {"18 मार्च": None, "कल": None}


def test_the_given_date_is_no_parsed_metadata_of_a_raw_text() -> None:
    article = parse_record(Record(id="r", text=TEXT, meta={"published": "2020-04-10"}), raw=True)
    assert article.published is None
    assert article.anchor == "2020-04-10"


def test_every_piece_of_a_long_raw_text_keeps_the_anchor() -> None:
    record = Record(id="r", text="\n\n".join([TEXT] * 6), meta={"published": "2020-04-10"})
    parts = list(pieces(record, size=60))
    assert len(parts) > 1
    assert {parse_record(part, raw=True).anchor for part in parts} == {"2020-04-10"}


def test_the_cli_anchors_raw_json_lines_records(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps({"id": "r", "text": TEXT, "published": "2020-04-10"}, ensure_ascii=False) + "\n", "utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "numbers", "--raw", "--format", "jsonl", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert values([json.loads(line) for line in proc.stdout.splitlines()]) == {
        "18 मार्च": "2020-03-18",
        "कल": "2020-04-11",
    }
