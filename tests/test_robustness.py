"""Bad input never costs the good input's rows, never shows a traceback, and says what went wrong in one line."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli.cli import main
from newscli.model import Record
from newscli.pipeline import COMMANDS, rows_for

GOOD = "लखनऊ : भाजपा ने रविवार को बैठक की. प्रदेश की सभी 80 सीटों पर जीत का लक्ष्य है."


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["parse", "--format", "jsonl", *args], input=stdin)


def ids(result: Result) -> list[str]:
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if not line.startswith("newscli: warning:")]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def bad_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\n", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_are_reported_and_skipped(tmp_path: Path, good: Path, name: str, data: bytes, message: str) -> None:
    bad = bad_file(tmp_path, name, data)
    result = run(str(bad), str(good))
    assert result.exit_code == 1
    assert ids(result) == [str(good)]
    (line,) = error_lines(result)
    assert line.startswith(f"newscli: {bad}: ") and message in line
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + GOOD.encode("utf-8"),
        codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + GOOD.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + GOOD.encode("utf-32-be"),
    ],
    ids=["utf8-bom", "utf16le", "utf16be", "utf32le", "utf32be"],
)
def test_bom_encodings_are_read_like_utf8(tmp_path: Path, good: Path, data: bytes) -> None:
    other = bad_file(tmp_path, "other.txt", data)
    result = run(str(good), str(other))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["body"] == rows[1]["body"]


def test_mojibake_is_repaired_with_a_warning_and_exit_0(tmp_path: Path) -> None:
    garbled = bad_file(tmp_path, "m.txt", GOOD.encode("utf-8").decode("cp866").encode("utf-8"))
    result = run(str(garbled))
    assert result.exit_code == 0
    assert "भाजपा" in json.loads(result.stdout)["body"]
    assert "cp866" in result.stderr


def test_json_lines_problems_name_the_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": GOOD}, ensure_ascii=False),
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 1
    assert ids(result) == ["a", "e"]
    errors = error_lines(result)
    assert [e.split(": ")[1] for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]


def test_an_enormous_single_line_is_processed(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text((GOOD + " ") * 20000, encoding="utf-8")  # about 1.5 MB on one line
    result = CliRunner().invoke(main, ["sentences", "--raw", "--format", "jsonl", str(path)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 40000


def test_symlink_loops_and_dangling_links_in_a_directory(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "loop").symlink_to(corpus)  # a directory loop: not followed
    (corpus / "a.txt").symlink_to(corpus / "b.txt")
    (corpus / "b.txt").symlink_to(corpus / "a.txt")  # a file loop: reported
    (corpus / "dangling.txt").symlink_to(corpus / "missing.txt")
    result = run(str(corpus))
    assert result.exit_code == 1
    assert ids(result) == [str(corpus / "good.txt")]
    errors = error_lines(result)
    assert len(errors) == 3 and all("Traceback" not in e for e in errors)
    assert {e.split(": ")[1] for e in errors} == {str(corpus / n) for n in ("a.txt", "b.txt", "dangling.txt")}


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_reported(tmp_path: Path, good: Path) -> None:
    secret = bad_file(tmp_path, "secret.txt", GOOD.encode())
    secret.chmod(0)
    result = run(str(secret), str(good))
    assert result.exit_code == 1 and ids(result) == [str(good)]
    assert "permission denied" in result.stderr


def test_a_missing_jsonl_file_is_an_error(tmp_path: Path, good: Path) -> None:
    result = run("--input-format", "jsonl", str(tmp_path / "nothing.jsonl"), str(good))
    assert result.exit_code == 1
    assert "no such file" in result.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0x900, max_codepoint=0x97F),
            st.sampled_from(list(" \n\t\u00a0\u200b\u200c\u200d.,:;।॥?!'\"()-–₹%$/0123456789०१२३")),
            st.characters(),
        ),
        max_size=300,
    ),
    raw=st.booleans(),
)
def test_no_text_makes_any_command_fail(text: str, raw: bool) -> None:
    record = Record(id="x", text=text)
    for command in COMMANDS:
        for row in rows_for(command, record, raw):
            if "start" in row:
                assert text[row["start"] : row["end"]] == row["text"]


def test_a_lone_surrogate_escaped_in_json_is_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "भाजपा\\ud800 ने कहा"}\n{"id": "t", "text": "ठीक"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["tokens", "--raw", "--format", "jsonl", str(path)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows if r["id"] == "s"] == ["भाजपा", "\ufffd", "ने", "कहा"]
    assert "surrogate" in result.stderr and "Traceback" not in result.stderr
