"""--dask against a real LocalCluster (two worker processes on loopback)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newscli.batch import Outcome, process
from newscli.cli import main
from newscli.model import Record

distributed = pytest.importorskip("distributed", reason="the dask extra (newscli[dask]) is not installed")

ARTICLES = [
    "भाजपा ने लखनऊ में 7 अगस्त को बैठक की। प्रदेश की सभी 80 सीटों पर जीत का लक्ष्य है।",
    "नई दिल्ली, एजेंसी। सरकार ने 2.5 करोड़ रुपये की योजना को मंजूरी दी।",
    "कांग्रेस नेता राहुल गांधी ने कहा कि लगभग 1100 से अधिक सदस्य शामिल हुए।",
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    import dask

    # One thread per worker and one task in flight per thread: a record that kills its
    # worker is reported at once, and no innocent record was on that worker with it.
    settings = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}
    with (
        dask.config.set(settings),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as lc,
    ):
        yield lc


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(12):
            fh.write(json.dumps({"id": f"a{i}", "text": ARTICLES[i % 3]}, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("command", ["analyze", "numbers", "entities"])
def test_dask_output_is_byte_identical_to_a_local_run(cluster: Any, corpus: Path, command: str) -> None:
    local = CliRunner().invoke(main, [command, "--raw", str(corpus)])
    remote = CliRunner().invoke(main, [command, "--raw", "--dask", cluster.scheduler_address, str(corpus)])
    assert local.exit_code == remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout and local.stdout


def test_dask_address_from_the_environment(cluster: Any, corpus: Path) -> None:
    result = CliRunner(env={"NEWSCLI_DASK": cluster.scheduler_address}).invoke(main, ["parse", "--raw", str(corpus)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 12


def test_unordered_gives_the_same_rows(cluster: Any, corpus: Path) -> None:
    local = CliRunner().invoke(main, ["parse", "--raw", str(corpus)])
    remote = CliRunner().invoke(
        main, ["parse", "--raw", "--unordered", "--dask", cluster.scheduler_address, str(corpus)]
    )
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


def crash_on_a5(record: Record) -> Outcome:
    if record.id == "a5":
        os._exit(1)  # the worker process dies, as on a segfault or the OOM killer
    return process("parse", True, record)


def test_a_worker_crash_is_that_records_failure_and_the_rest_arrive(cluster: Any) -> None:
    import cloudpickle

    from newscli.dask import run_on_cluster

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    items = [Record(id=f"a{i}", text=ARTICLES[i % 3]) for i in range(8)]
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        out = list(run_on_cluster(items, "parse", True, client, work=crash_on_a5))
    assert [o.record_id for o in out if isinstance(o, Outcome)] == [f"a{i}" for i in range(8)]
    failed = [o for o in out if isinstance(o, Outcome) and o.error]
    assert [o.record_id for o in failed] == ["a5"]


def test_stats_on_the_cluster_equals_local(cluster: Any, corpus: Path) -> None:
    local = CliRunner().invoke(main, ["stats", "--raw", "--format", "json", str(corpus)])
    remote = CliRunner().invoke(
        main, ["stats", "--raw", "--format", "json", "--dask", cluster.scheduler_address, str(corpus)]
    )
    assert remote.exit_code == 0 and json.loads(remote.stdout) == json.loads(local.stdout)


def test_report_on_the_cluster_is_the_page_of_a_local_run(cluster: Any, corpus: Path) -> None:
    local = CliRunner().invoke(main, ["report", "--raw", str(corpus)])
    remote = CliRunner().invoke(main, ["report", "--raw", "--dask", cluster.scheduler_address, str(corpus)])
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout and 'id="chart-quantities"' in local.stdout


def test_analyze_bag_maps_records_to_analyze_rows() -> None:
    import dask.bag as db

    from newscli.dask import analyze_bag
    from newscli.pipeline import analyze

    recs = [{"id": f"b{i}", "text": t} for i, t in enumerate(ARTICLES)]
    rows = analyze_bag(db.from_sequence(recs, npartitions=2), raw=True).compute(scheduler="sync")
    assert rows == [analyze(r, raw=True) for r in recs]


def sleep_then_parse(record: Record) -> Outcome:
    import time

    time.sleep(float(record.id.split(":")[1]))
    return process("parse", True, record)


@pytest.fixture
def lone_cluster() -> Iterator[Any]:
    """A cluster of one worker, for tests that take its worker or its scheduler away."""
    # Any free port for its dashboard: the module's cluster holds the default one.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as lc:
        yield lc


def test_a_cluster_without_workers_is_an_error_after_the_timeout(lone_cluster: Any, corpus: Path) -> None:
    import time

    lone_cluster.scale(0)
    with distributed.Client(lone_cluster.scheduler_address, set_as_default=False) as client:
        deadline = time.monotonic() + 30
        while client.nthreads() and time.monotonic() < deadline:
            time.sleep(0.1)
    started = time.monotonic()
    result = CliRunner().invoke(
        main, ["parse", "--raw", "--dask", lone_cluster.scheduler_address, "--dask-timeout", "2", str(corpus)]
    )
    assert result.exit_code == 1 and result.stdout == ""
    [line] = [line for line in result.stderr.splitlines() if line.startswith("newscli:")]
    assert "has had no workers" in line and "--dask-timeout" in line
    assert time.monotonic() - started < 30


def test_a_scheduler_killed_mid_run_is_an_error_after_the_timeout(tmp_path: Path) -> None:
    import signal
    import subprocess
    import threading
    import time

    from newscli.dask import run_on_cluster
    from newscli.errors import ClusterLost

    info = tmp_path / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    # A scheduler in a process of its own, so that it can die as a machine or an OOM kill ends it.
    scheduler = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--dashboard-address",
            "127.0.0.1:0",
            "--scheduler-file",
            str(info),
        ],
        **quiet,
    )
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_worker",
                "--scheduler-file",
                str(info),
                "--nthreads",
                "1",
                "--no-nanny",
                "--no-dashboard",
            ],
            **quiet,
        )
        client = distributed.Client(scheduler_file=str(info), set_as_default=False, timeout="30s")
        try:
            client.wait_for_workers(1, timeout=60)
            seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8")
            # An article long enough to keep the worker busy for seconds when the scheduler dies.
            results = run_on_cluster([Record(id="long", text=seed * 400)], "analyze", True, client, timeout=2)
            threading.Timer(1.5, scheduler.send_signal, (signal.SIGKILL,)).start()
            started = time.monotonic()
            with pytest.raises(ClusterLost):
                list(results)
            assert time.monotonic() - started < 45
        finally:
            client.close(timeout=2)
    finally:
        for proc in (scheduler, worker):
            if proc is not None:
                proc.kill()
                proc.wait()


def test_a_long_task_on_a_live_cluster_is_waited_for_beyond_the_timeout(cluster: Any) -> None:
    import cloudpickle

    from newscli.dask import run_on_cluster

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        out = list(
            run_on_cluster([Record(id="a:4", text="पाठ।")], "parse", True, client, work=sleep_then_parse, timeout=1)
        )
    assert [o.record_id for o in out if isinstance(o, Outcome) and o.error is None] == ["a:4"]
