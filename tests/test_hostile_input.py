"""Hostile records cost their own row, never the run: deep nesting, huge numbers,
absurd worker counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = {"id": "good", "text": "भाजपा ने लखनऊ में बैठक की।"}


def newscli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscli", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def errors(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in proc.stderr
    return [line for line in proc.stderr.splitlines() if line.startswith("newscli:") and "articles" not in line]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"a": ' * 10_000 + "1" + "}" * 10_000, "nested too deep"),
        ("[" * 10_000 + "]" * 10_000, "nested too deep"),
        ('{"id": ' + "9" * 5000 + ', "text": "भाजपा ने कहा।"}', "more than"),
    ],
)
def test_a_hostile_json_line_is_its_own_error_and_the_rest_goes_on(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    proc = newscli("tokens", "-q", str(path))
    assert proc.returncode == 1
    [error] = errors(proc)
    assert f"{path}:2" in error and message in error
    assert {json.loads(row)["id"] for row in proc.stdout.splitlines()} == {"good"}


def test_a_json_file_nested_too_deep_is_an_error_naming_it(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    proc = newscli("tokens", "-q", str(deep), str(good))
    assert proc.returncode == 1
    [error] = errors(proc)
    assert str(deep) in error and "nested too deep" in error
    assert {json.loads(row)["id"] for row in proc.stdout.splitlines()} == {"good"}


@pytest.mark.parametrize("jobs", ["100000", "99999999999999999999", "-1"])
def test_an_absurd_worker_count_is_a_usage_error(tmp_path: Path, jobs: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD["text"], encoding="utf-8")
    proc = newscli("tokens", "-q", "-j", jobs, str(path))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "--jobs" in proc.stderr


def test_the_cli_default_limit_is_the_readers() -> None:
    from newscli.cli.commands import MAX_BYTES as CLI_LIMIT
    from newscli.io.sources import MAX_BYTES

    assert CLI_LIMIT == MAX_BYTES


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_an_endless_input_is_an_error_and_the_others_are_read(tmp_path: Path, fmt: str) -> None:
    good = tmp_path / ("good.jsonl" if fmt == "jsonl" else "good.txt")
    good.write_text(json.dumps(GOOD, ensure_ascii=False) if fmt == "jsonl" else GOOD["text"], encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newscli",
            "tokens",
            "-q",
            "--max-bytes",
            "100000",
            "--input-format",
            fmt,
            "/dev/zero",
            str(good),
        ],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert proc.returncode == 1
    [error] = errors(proc)
    assert error.startswith("newscli: /dev/zero") and "larger than 100,000 bytes" in error
    assert proc.stdout.strip()


def test_a_record_over_the_limit_is_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    big = json.dumps({"id": "big", "text": "क" * 5000}, ensure_ascii=False)
    path.write_text(big + "\n" + json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = newscli("tokens", "-q", "--max-bytes", "1000", str(path))
    assert proc.returncode == 1
    [error] = errors(proc)
    assert f"{path}:1" in error
    assert {json.loads(row)["id"] for row in proc.stdout.splitlines()} == {"good"}


def test_standard_input_over_the_limit_is_an_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "tokens", "-q", "--max-bytes", "1000"],
        input="क" * 2000,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "larger than 1,000 bytes" in errors(proc)[0]


def test_a_fifo_inside_a_directory_is_skipped_not_waited_for(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD["text"], encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "tokens", str(tmp_path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert proc.returncode == 0
    assert "b.txt" in proc.stderr and "not a regular file" in proc.stderr
    assert {json.loads(row)["id"] for row in proc.stdout.splitlines()} == {str(tmp_path / "a.txt")}


@pytest.mark.parametrize(
    "address", ["notanaddress", "http://127.0.0.1:8786", "inproc://x", "tcp://h:99999", "tcp://:1"]
)
def test_a_bad_dask_address_is_a_usage_error_at_once(tmp_path: Path, address: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD["text"], encoding="utf-8")
    proc = newscli("tokens", "-q", "--dask", address, str(path))
    assert proc.returncode == 2
    [error] = errors(proc)
    assert address in error


@pytest.mark.parametrize(
    "address", ["tcp://127.0.0.1:8786", "tls://scheduler.example:8786", "10.0.0.5:8786", "tcp://[::1]:8786"]
)
def test_scheduler_addresses_dask_accepts_pass_the_check(address: str) -> None:
    from newscli.dask import check_address

    assert check_address(address) == address


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_wide_json_lines_on_standard_input_are_read_as_records(codec: str) -> None:
    lines = "".join(json.dumps(dict(GOOD, id=f"r{i}"), ensure_ascii=False) + "\n" for i in range(3))
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "tokens", "-q"], input=lines.encode(codec), capture_output=True
    )
    assert proc.returncode == 0, proc.stderr
    assert {json.loads(row)["id"] for row in proc.stdout.splitlines()} == {"r0", "r1", "r2"}


@pytest.mark.parametrize("text", ["", "  \n\t "])
def test_a_record_with_empty_text_is_an_error_like_an_empty_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(
        json.dumps({"id": "empty", "text": text}) + "\n" + json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    proc = newscli("parse", "-q", str(path))
    assert proc.returncode == 1
    [error] = errors(proc)
    assert f"{path}:1" in error and "empty" in error
    assert [json.loads(row)["id"] for row in proc.stdout.splitlines()] == ["good"]


@pytest.mark.parametrize("columns", ["0", "-5", "abc", "3"])
def test_a_table_is_drawn_whatever_columns_says(columns: str) -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_335be22ba1ea1f16.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "entities", "-q", "--format", "table", str(seed)],
        capture_output=True,
        text=True,
        env=dict(os.environ, COLUMNS=columns),
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0
    assert "भाजपा" in proc.stdout


def _deep_tree(root: Path, depth: int) -> None:
    fd = os.open(root, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    with open(os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w", encoding="utf-8") as f:
        f.write(GOOD["text"])
    os.close(fd)


def _remove_deep_tree(root: Path) -> None:
    """shutil.rmtree recurses too, so the tree goes leaf first, without recursion."""
    path = root
    while (path / "d").is_dir():
        path = path / "d"
    while True:
        for entry in path.iterdir():
            if not entry.is_dir():
                entry.unlink()
        path.rmdir()
        if path == root:
            return
        path = path.parent


def test_a_directory_tree_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "b.txt").write_text(GOOD["text"], encoding="utf-8")
    _deep_tree(root, sys.getrecursionlimit() + 200)
    try:
        proc = newscli("tokens", "-q", str(root))
        assert proc.returncode == 0, proc.stderr[-500:]
        assert len({json.loads(row)["id"] for row in proc.stdout.splitlines()}) == 2
    finally:
        _remove_deep_tree(root)
