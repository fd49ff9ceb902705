"""Files and directories the user may not read or write: each is one line and its own
failure, the other inputs are processed, and nothing is left behind.

Root reads and writes whatever the modes say, so as root these cases run the
command as the unprivileged user ``nobody`` (and skip when that user cannot run
this Python)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TEXT = "भाजपा ने लखनऊ में बैठक की। अध्यक्ष ने कहा कि चुनाव होंगे।"
NOBODY = 65534


def _unprivileged() -> dict[str, Any]:
    """subprocess arguments that run a child without root's powers."""
    if not hasattr(os, "geteuid"):
        pytest.skip("no POSIX permissions here")
    if os.geteuid() != 0:
        return {}
    drop: dict[str, Any] = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
    try:
        probe = subprocess.run([sys.executable, "-c", "import newscli"], capture_output=True, **drop)
    except OSError:  # the interpreter itself is out of nobody's reach (a venv in a private directory)
        probe = None
    if probe is None or probe.returncode != 0:
        pytest.skip("the user nobody cannot run this Python, so permissions cannot be tested as root")
    return drop


@pytest.fixture
def area() -> Iterator[Path]:
    """A directory every user can enter (pytest's own temporary directories are root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="newscli-perm-"))
    path.chmod(0o777)
    try:
        yield path
    finally:
        for sub in path.rglob("*"):
            if sub.is_dir():
                sub.chmod(0o755)
        shutil.rmtree(path)


def newscli(area: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscli", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=area,
        **_unprivileged(),
    )


def article(path: Path, mode: int = 0o644) -> Path:
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(mode)
    return path


def ids(proc: subprocess.CompletedProcess[str]) -> set[str]:
    return {json.loads(row)["id"] for row in proc.stdout.splitlines()}


def messages(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in proc.stderr
    return [line for line in proc.stderr.splitlines() if line.startswith("newscli:")]


def test_an_unreadable_file_among_the_inputs_is_its_own_error(area: Path) -> None:
    article(area / "secret.txt", 0o000)
    article(area / "good.txt")
    proc = newscli(area, "sentences", "-q", "secret.txt", "good.txt")
    assert proc.returncode == 1
    assert messages(proc) == ["newscli: secret.txt: permission denied"]
    assert ids(proc) == {"good.txt"}


def test_an_unreadable_directory_among_the_inputs_is_its_own_error(area: Path) -> None:
    locked = area / "locked"
    locked.mkdir()
    article(locked / "inside.txt")
    locked.chmod(0o000)
    article(area / "good.txt")
    proc = newscli(area, "sentences", "-q", "locked", "good.txt")
    assert proc.returncode == 1
    assert messages(proc) == ["newscli: locked: permission denied"]
    assert ids(proc) == {"good.txt"}


def test_an_unreadable_file_inside_a_directory_costs_only_itself(area: Path) -> None:
    corpus = area / "corpus"
    corpus.mkdir(mode=0o755)
    corpus.chmod(0o755)
    article(corpus / "a.txt")
    article(corpus / "b.txt", 0o000)
    article(corpus / "c.txt")
    proc = newscli(area, "sentences", "-q", "corpus")
    assert proc.returncode == 1
    assert messages(proc) == ["newscli: corpus/b.txt: permission denied"]
    assert ids(proc) == {"corpus/a.txt", "corpus/c.txt"}


def test_an_output_in_an_unwritable_directory_is_refused_before_reading(area: Path) -> None:
    article(area / "good.txt")
    closed = area / "closed"
    closed.mkdir()
    closed.chmod(0o555)
    proc = newscli(area, "sentences", "good.txt", "-o", "closed/rows.jsonl")
    assert proc.returncode == 2
    assert messages(proc) == ["newscli: cannot write closed/rows.jsonl: Permission denied"]
    assert list(closed.iterdir()) == []


def test_a_read_only_output_file_is_left_as_it_was(area: Path) -> None:
    article(area / "good.txt")
    kept = area / "rows.jsonl"
    kept.write_text("earlier rows\n", encoding="utf-8")
    kept.chmod(0o444)
    proc = newscli(area, "sentences", "good.txt", "-o", "rows.jsonl")
    assert proc.returncode == 2
    assert len(messages(proc)) == 1 and "rows.jsonl" in messages(proc)[0]
    assert kept.read_text(encoding="utf-8") == "earlier rows\n"
    assert sorted(p.name for p in area.iterdir()) == ["good.txt", "rows.jsonl"]
