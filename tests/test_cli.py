"""The command-line contract, through CliRunner, reading stdout only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newscli.cli import main

PARSE_KEYS = [
    *("id", "headline", "summary", "publisher", "author"),
    *("published", "updated", "dateline", "body", "captions"),
]


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.txt"
    a.write_text("पहला लेख।\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("दूसरा लेख।\n", encoding="utf-8")
    return a, b


def test_jsonl_is_the_default_in_a_pipe(two_files: tuple[Path, Path]) -> None:
    result = run("parse", "--raw", *map(str, two_files))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [str(p) for p in two_files]
    assert list(rows[0]) == PARSE_KEYS
    assert rows[0]["body"] == "पहला लेख।" and rows[0]["headline"] is None and rows[0]["captions"] == []


def test_json_is_one_array_and_never_escapes_devanagari(two_files: tuple[Path, Path]) -> None:
    result = run("parse", "--raw", "--format", "json", *map(str, two_files))
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) == 2
    assert "\\u" not in result.stdout and "पहला" in result.stdout


def test_json_with_no_rows_is_an_empty_array(tmp_path: Path) -> None:
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = run("parse", "--format", "json", str(empty))
    assert result.exit_code == 0 and json.loads(result.stdout) == []


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_delimited_formats_have_a_header_and_json_encoded_lists(
    two_files: tuple[Path, Path], fmt: str, delimiter: str
) -> None:
    result = run("parse", "--raw", "--format", fmt, *map(str, two_files))
    table = list(csv.reader(io.StringIO(result.stdout), delimiter=delimiter))
    assert table[0] == PARSE_KEYS
    assert len(table) == 3
    assert table[1][PARSE_KEYS.index("captions")] == "[]"
    assert table[2][PARSE_KEYS.index("body")] == "दूसरा लेख।"


def test_table_format_names_each_article(two_files: tuple[Path, Path]) -> None:
    result = run("parse", "--raw", "--format", "table", *map(str, two_files))
    assert result.exit_code == 0
    assert str(two_files[0]) in result.stdout and "दूसरा लेख" in result.stdout
    assert "\x1b[" not in result.stdout  # NO_COLOR and not a terminal: no escape codes


def test_missing_file_among_good_ones_exits_1_and_keeps_the_good_rows(two_files: tuple[Path, Path]) -> None:
    a, b = two_files
    result = run("parse", "--raw", str(a), str(a.parent / "missing.txt"), str(b))
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [str(a), str(b)]
    assert result.stderr.count("\n") == 1 and "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [("parse", "--format", "xml"), ("parse", "--input-format", "yaml"), ("nosuchcommand",), ("parse", "--nope")],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    assert run(*args).exit_code == 2


def test_stdin_json_lines_rows_use_record_ids_or_line_numbers() -> None:
    stdin = '{"id": "r1", "text": "एक"}\n{"text": "दो"}\n'
    result = run("parse", "--raw", stdin=stdin)
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["r1", "-:2"]


def test_stdin_dash_text_is_one_article() -> None:
    result = run("parse", "--raw", "-", stdin="कुछ पाठ")
    assert json.loads(result.stdout)["id"] == "-"


def test_bad_json_line_exits_1_with_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "ठीक"}\nnot json\n', encoding="utf-8")
    result = run("parse", "--raw", str(path))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.strip() == f"newscli: {path}:2: not valid JSON (Expecting value at column 1)"


def test_help_lists_every_command() -> None:
    result = run("--help")
    for name in ("parse", "tokens", "sentences", "numbers", "entities", "analyze"):
        assert name in result.stdout


def test_dask_without_the_extra_says_how_to_install_it(
    two_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = run("parse", "--raw", "--dask", "tcp://127.0.0.1:1", str(two_files[0]))
    assert result.exit_code == 2
    assert "pip install 'newscli[dask]'" in result.stderr and result.stderr.count("\n") == 1


def test_entities_by_entity_groups_mentions_with_their_spellings(seed_path: Path) -> None:
    mentions = [json.loads(x) for x in run("entities", str(seed_path)).stdout.splitlines()]
    result = run("entities", "--by-entity", str(seed_path))
    groups = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert sum(g["mentions"] for g in groups) == len(mentions)
    assert len({(g["norm"], g["type"]) for g in groups}) == len(groups)
    santosh = next(g for g in groups if "बीएल संतोष" in g["spellings"])
    assert "बीएल सन्तोष" in santosh["spellings"] and santosh["mentions"] >= 2
    first = next(m for m in mentions if m["norm"] == santosh["norm"])
    assert (santosh["start"], santosh["end"]) == (first["start"], first["end"])


def test_seed_sentences_are_original_slices_and_the_dateline_stands_alone(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    rows = [json.loads(x) for x in run("sentences", str(seed_path)).stdout.splitlines()]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    texts = [r["text"] for r in rows]
    assert "लखनऊ" in texts  # the dateline is not glued to the first body sentence
    assert texts[0].startswith("लोकसभा चुनाव 2024") and texts[1].endswith("बैठक की.")
    assert not any("Published" in t or "देखें पूरी खबर" in t for t in texts)
