"""A worker that dies costs its own record, not the run: the pool is renewed and
the records it held are tried once more."""

from __future__ import annotations

import os
import signal

from newscli.batch import Outcome, _ordered_parallel
from newscli.model import Record


def _work(record: Record) -> Outcome:
    """A stand-in for the pipeline whose worker is killed (as the OOM killer does) by one record."""
    if record.text == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
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
