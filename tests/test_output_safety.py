"""`-o` never damages an input or a special file, keeps modes, leaves no litter, and
SIGTERM/SIGHUP end a run as Ctrl-C does."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ARTICLE = "भाजपा ने लखनऊ में बैठक की। मुख्यमंत्री ने कहा कि 80 सीटें जीतेंगे।\n"


def newscli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscli", *args], capture_output=True, text=True, cwd=cwd, stdin=subprocess.DEVNULL
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.startswith("newscli:") and "articles" not in line]
    assert "Traceback" not in proc.stderr
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_output_onto_an_input_is_refused_and_the_input_kept(article: Path) -> None:
    proc = newscli("tokens", "-q", str(article), "-o", str(article))
    assert proc.returncode == 2
    assert "also an input" in one_line_error(proc)
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert sorted(p.name for p in article.parent.iterdir()) == ["a.txt"]


def test_output_onto_an_input_through_a_symlink_is_refused(article: Path) -> None:
    link = article.parent / "out.jsonl"
    link.symlink_to(article)
    proc = newscli("tokens", "-q", str(article.parent / "b.txt"), str(article), "-o", str(link))
    assert proc.returncode == 2
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert link.is_symlink()


def test_a_symlinked_output_is_written_where_it_points(article: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(real)
    proc = newscli("tokens", "-q", str(article), "-o", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8").splitlines()[0])["id"]


def test_a_character_device_is_written_through_not_replaced(article: Path) -> None:
    proc = newscli("tokens", "-q", str(article), "-o", os.devnull)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_fifo_gets_the_rows_and_stays_a_fifo(article: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "rows.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    proc = newscli("tokens", "-q", str(article), "-o", str(fifo))
    reader.join(timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and json.loads(got[0].splitlines()[0])["text"] == "भाजपा"


def test_an_existing_output_keeps_its_mode_and_a_new_one_takes_the_umask(article: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.jsonl"
    old.write_text("", encoding="utf-8")
    old.chmod(0o664)
    assert newscli("tokens", "-q", str(article), "-o", str(old)).returncode == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o664
    new = tmp_path / "new.jsonl"
    mask = os.umask(0)
    os.umask(mask)
    assert newscli("tokens", "-q", str(article), "-o", str(new)).returncode == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("target", ["missing/out.jsonl", ""])
def test_an_impossible_output_is_a_usage_error_without_litter(article: Path, tmp_path: Path, target: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    proc = newscli("tokens", "-q", str(article), "-o", target, cwd=work)
    assert proc.returncode == 2
    one_line_error(proc)
    assert list(work.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "work"]


def test_a_directory_as_output_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    proc = newscli("tokens", "-q", str(article), "-o", str(tmp_path))
    assert proc.returncode == 2
    assert "is a directory" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_is_one_line_naming_the_file(article: Path) -> None:
    proc = newscli("tokens", "-q", str(article), "-o", "/dev/full")
    assert proc.returncode == 1
    assert "No space left on device" in one_line_error(proc)


def test_a_failed_rename_removes_the_temporary_file(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscli.cli import output
    from newscli.cli.run import run_command

    def no_room(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "replace", no_room)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    out = tmp_path / "out.jsonl"
    code = run_command("tokens", (str(article),), input_format="auto", raw=False, fmt=None, output=str(out), quiet=True)
    sys.stdin.close()
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def _long_run(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str], Path]:
    corpus = tmp_path / "many.jsonl"
    record = json.dumps({"text": ARTICLE * 20}, ensure_ascii=False)
    corpus.write_text("".join(record[:-1] + f', "id": "r{i}"}}\n' for i in range(4000)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscli", "tokens", "-q", str(corpus), "-o", str(out), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Wait until rows are being written, so the signal falls inside the run.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        tmp = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        if tmp and tmp[0].stat().st_size > 100_000:
            break
        time.sleep(0.05)
    return proc, out


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_keep_the_finished_rows(tmp_path: Path, sig: int, status: int) -> None:
    proc, out = _long_run(tmp_path)
    assert proc.poll() is None, "the run ended before it could be signalled"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert "Traceback" not in err and "interrupted" in err
    partial = Path(str(out) + ".partial")
    rows = partial.read_text(encoding="utf-8").splitlines()
    assert rows and all(json.loads(r)["id"] for r in rows[:-1])
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_interrupted_json_array_is_closed(tmp_path: Path) -> None:
    proc, out = _long_run(tmp_path, "--format", "json")
    assert proc.poll() is None, "the run ended before it could be signalled"
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode == 143
    rows = json.loads(Path(str(out) + ".partial").read_text(encoding="utf-8"))
    assert rows and rows[0]["id"] == "r0"


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1, 0.2, 0.4])
def test_ctrl_c_at_any_moment_of_start_up_ends_without_a_traceback(article: Path, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscli", "tokens", "-q", str(article)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if "Traceback" in err:
        # The interpreter itself was starting (importing site, or runpy finding the
        # package): Python reports that, before any line of newscli runs. A frame in
        # newscli's own files would be ours to catch.
        assert not [line for line in err.splitlines() if line.strip().startswith("File") and "/newscli/" in line], err
        return
    # Before Python installs its handler the signal ends the process as the shell's 130 does;
    # a run that finished first is fine too.
    assert proc.returncode in (0, 130, -signal.SIGINT), err
