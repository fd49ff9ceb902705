"""A worker that dies costs its own record, not the run: the pool is renewed and
the records it held are tried once more.  A run that ends early kills its workers
at once, and workers end with their parent however it dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newscli.batch import Outcome, _ordered_parallel
from newscli.model import Record

needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find worker processes")


def _work(record: Record) -> Outcome:
    """A stand-in for the pipeline whose worker is killed (as the OOM killer does) by one record."""
    if record.text == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if record.text == "slow":
        time.sleep(120)
    return Outcome(record.id, rows=[{"text": record.text}])


def test_a_killed_worker_costs_only_its_record() -> None:
    records = [Record(id=f"r{i}", text="kill" if i == 7 else f"t{i}") for i in range(60)]
    results = list(_ordered_parallel(_work, records, jobs=2))
    assert [r.record_id for r in results if isinstance(r, Outcome)] == [r.id for r in records]
    failed = [r for r in results if isinstance(r, Outcome) and r.error]
    assert [r.record_id for r in failed] == ["r7"]
    assert "twice" in (failed[0].error or "")
    assert all(r.rows == [{"text": rec.text}] for r, rec in zip(results, records, strict=True) if not r.error)


def test_two_killing_records_are_each_reported_and_the_rest_done() -> None:
    records = [Record(id=f"r{i}", text="kill" if i in (3, 40) else f"t{i}") for i in range(80)]
    results = list(_ordered_parallel(_work, records, jobs=2))
    assert len(results) == len(records)
    assert {r.record_id for r in results if isinstance(r, Outcome) and r.error} == {"r3", "r40"}


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            living.add(pid)
    return living


def wait_gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive(pids)


@needs_proc
def test_a_run_ended_early_kills_its_busy_workers_instead_of_waiting_for_them() -> None:
    records = [Record(id="r0", text="t0"), *(Record(id=f"s{i}", text="slow") for i in range(4))]
    results = _ordered_parallel(_work, records, jobs=2)
    assert next(results).record_id == "r0"  # type: ignore[union-attr]
    workers = children(os.getpid())
    assert workers
    started = time.monotonic()
    results.close()  # what Ctrl-C or a closed pipe does to the generator
    assert time.monotonic() - started < 10  # not the two minutes the busy workers would take
    assert wait_gone(workers, 10) == set()


WATCHED = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_batch_workers import _work
    from newscli.batch import _ordered_parallel
    from newscli.model import Record

    results = _ordered_parallel(_work, [Record(id="r0", text="t0"), Record(id="s1", text="slow")], jobs=2)
    next(results)
    print("busy", flush=True)
    next(results)
    """
)


@needs_proc
def test_workers_end_when_their_parent_is_killed_outright() -> None:
    script = WATCHED.format(tests=str(Path(__file__).parent))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "busy"
    workers = children(proc.pid)
    assert workers
    proc.kill()  # SIGKILL: the parent runs no handler, no atexit, nothing
    proc.wait()
    proc.stdout.close()
    assert wait_gone(workers, 15) == set()


@needs_proc
def test_a_second_ctrl_c_while_workers_are_busy_still_ends_the_run_cleanly(tmp_path: Path) -> None:
    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    source = tmp_path / "long.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for i in range(6):  # articles long enough to keep both workers busy for seconds
            fh.write(json.dumps({"id": f"r{i}", "text": seed * 150}, ensure_ascii=False) + "\n")
    dest = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscli", "analyze", "-j", "2", str(source), "-o", str(dest)],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while len(children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children(proc.pid)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends it: to the whole group
    time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    assert proc.returncode == 130
    assert "Traceback" not in err and err.count("interrupted") == 1
    assert wait_gone(workers, 10) == set()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.jsonl", "out.jsonl.partial"]
