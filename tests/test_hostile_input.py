"""Hostile records cost their own row, never the run: deep nesting, huge numbers,
absurd worker counts."""

from __future__ import annotations

import json
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
