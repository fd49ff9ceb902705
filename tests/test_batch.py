"""Batches: worker processes keep input order, one bad record costs only itself, output files are atomic."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli.batch import GC_THRESHOLD, Outcome, process, run_batch
from newscli.cli import main
from newscli.errors import InputError
from newscli.model import Record


def records(n: int) -> list[Record]:
    return [Record(id=f"r{i}", text=f"लेख संख्या {i}।") for i in range(n)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_keep_input_order_with_errors_in_place(jobs: int) -> None:
    items: list[Record | InputError] = [*records(30)]
    items.insert(7, InputError("bad.txt", "is empty"))
    out = list(run_batch(items, "parse", raw=True, jobs=jobs))
    assert isinstance(out[7], InputError)
    ids = [o.record_id for o in out if isinstance(o, Outcome)]
    assert ids == [f"r{i}" for i in range(30)]
    assert all(isinstance(o, InputError) or o.rows[0]["body"].endswith(f"{o.record_id[1:]}।") for o in out)


def test_a_batch_collects_less_often_and_restores_the_collector_after() -> None:
    before = gc.get_threshold()
    assert before != GC_THRESHOLD
    seen = [gc.get_threshold() for _ in run_batch(records(3), "parse", raw=True)]
    assert seen == [GC_THRESHOLD] * 3
    assert gc.get_threshold() == before


def test_a_failing_record_is_an_error_outcome_not_an_exception() -> None:
    outcome = process("no-such-command", True, Record(id="x", text="पाठ"))
    assert outcome.record_id == "x" and outcome.rows == []
    assert outcome.error is not None and "ValueError" in outcome.error


def test_jobs_output_matches_single_process(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": r.id, "text": r.text}) + "\n" for r in records(40)), encoding="utf-8")
    one = CliRunner().invoke(main, ["parse", "--raw", "-j", "1", str(path)])
    two = CliRunner().invoke(main, ["parse", "--raw", "-j", "2", str(path)])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 40


def test_output_file_is_written_whole_at_the_end(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("पाठ।", encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["parse", "--raw", "-o", str(dest), str(src), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(dest.read_text(encoding="utf-8"))["id"] == str(src)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]  # no temporary left


def test_ctrl_c_exits_130_and_keeps_finished_rows(tmp_path: Path) -> None:
    # Standard input that never ends: the run is interrupted while waiting for more.
    dest = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscli", "parse", "--raw", "--input-format", "jsonl", "-o", str(dest)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write(b'{"id": "done", "text": "\xe0\xa4\x8f\xe0\xa4\x95"}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + 30
    partial = Path(str(dest) + ".partial")
    while time.monotonic() < deadline and not list(tmp_path.glob("out.jsonl.*.tmp")):
        time.sleep(0.05)
    time.sleep(1.0)  # let the first record be written
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.stdin.close()
    assert proc.wait(timeout=30) == 130
    assert "Traceback" not in err and "interrupted" in err
    assert not dest.exists()
    assert json.loads(partial.read_text(encoding="utf-8"))["id"] == "done"
    assert not list(tmp_path.glob("*.tmp"))
    os.unlink(partial)


def test_failure_reasons_are_one_line() -> None:
    from newscli.batch import describe

    assert describe(RuntimeError("first line\nsecond   line\n")) == "RuntimeError: first line second line"
    assert describe(KeyError()) == "KeyError"
