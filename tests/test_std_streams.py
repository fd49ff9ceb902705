"""Closed standard streams, file names that are not UTF-8 and lone surrogates in ids:
each is reported or repaired, and no good input loses its rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "भाजपा ने लखनऊ में बैठक की। अध्यक्ष ने कहा कि चुनाव होंगे।"


def run_closing(args: list[str], close: str, cwd: Path) -> tuple[int, str, str]:
    """The command run by a shell with one standard stream closed (``<&-``, ``>&-``, ``2>&-``)."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    redirect = {
        "stdin": f"<&- >{out} 2>{err}",
        "stdout": f"</dev/null >&- 2>{err}",
        "stderr": f"</dev/null >{out} 2>&-",
    }[close]
    command = " ".join([sys.executable, "-m", "newscli", *args]) + " " + redirect
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    code = subprocess.run(["/bin/sh", "-c", command], cwd=cwd, env=env).returncode
    read = lambda p: p.read_text(encoding="utf-8") if p.exists() else ""  # noqa: E731
    return code, read(out), read(err)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_closed_stdin_does_not_matter_when_files_are_given(article: Path) -> None:
    code, out, err = run_closing(["sentences", "-q", article.name], "stdin", article.parent)
    assert code == 0 and "Traceback" not in err
    assert len(out.splitlines()) == 2


def test_reading_a_closed_stdin_is_that_inputs_error_and_the_files_still_run(article: Path) -> None:
    code, out, err = run_closing(["sentences", article.name, "-"], "stdin", article.parent)
    assert code == 1 and "Traceback" not in err
    assert "-: standard input is not available" in err
    assert {json.loads(row)["id"] for row in out.splitlines()} == {"a.txt"}


def test_a_closed_stdout_is_a_usage_error_before_anything_runs(article: Path) -> None:
    code, _, err = run_closing(["sentences", article.name], "stdout", article.parent)
    assert code == 2
    assert err.strip().splitlines() == ["newscli: cannot write standard output: it is closed (give -o FILE)"]


def test_a_closed_stdout_does_not_matter_with_an_output_file(article: Path) -> None:
    code, _, err = run_closing(["sentences", "-q", article.name, "-o", "rows.jsonl"], "stdout", article.parent)
    assert code == 0 and err == ""
    assert len((article.parent / "rows.jsonl").read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize(("extra", "status"), [([], 0), (["missing.txt"], 1)])
def test_a_closed_stderr_keeps_the_rows_and_the_exit_status(article: Path, extra: list[str], status: int) -> None:
    code, out, _ = run_closing(["sentences", article.name, *extra], "stderr", article.parent)
    assert code == status
    assert len(out.splitlines()) == 2


needs_bytes_names = pytest.mark.skipif(
    sys.platform == "darwin" or os.fsencode("\udcff") != b"\xff",
    reason="the file system or Python's file-system encoding does not carry arbitrary bytes",
)


@needs_bytes_names
def test_a_file_name_that_is_not_utf8_is_shown_with_escapes_and_its_rows_kept(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes, as an old archive writes them
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "sentences", "-q", str(tmp_path)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(row)["id"] for row in proc.stdout.decode("utf-8").splitlines()]
    assert sorted(set(ids)) == sorted({str(tmp_path / "b.txt"), str(tmp_path) + "/caf\\xe9.txt"})
    assert len(ids) == 4


@needs_bytes_names
def test_a_missing_file_with_a_non_utf8_name_is_named_with_escapes(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "sentences", os.fsdecode(b"gone\xff.txt")],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.decode("utf-8").splitlines()[0] == "newscli: gone\\xff.txt: no such file or directory"


@pytest.mark.parametrize("key", ["id", "title", "text"])
def test_a_lone_surrogate_in_any_field_is_replaced_and_the_record_kept(tmp_path: Path, key: str) -> None:
    record = {"id": "r1", "title": "बैठक", "text": TEXT}
    record[key] = record[key][:2] + "\ud800" + record[key][2:]
    path = tmp_path / "records.jsonl"
    # json.dumps writes the lone surrogate as the escape \ud800, as a scraper's JSON holds it.
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "sentences", str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    assert "lone surrogate" in proc.stderr
    rows = [json.loads(row) for row in proc.stdout.splitlines()]
    assert len(rows) == 2
    expected_id = "r1"[:2] + "\ufffd" if key == "id" else "r1"
    assert {row["id"] for row in rows} == {expected_id}
