"""Process-level behaviour: python -m, lazy imports, closed pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("indicnlp", "pycrfsuite", "rich", "regex", "pandas", "numpy")


def test_help_does_not_import_the_nlp_stack_or_rich() -> None:
    code = (
        "import sys\n"
        "from newscli.cli import main\n"
        "try:\n"
        "    main(['--help'], prog_name='newscli')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_python_dash_m_runs_the_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "newscli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "Usage: newscli" in proc.stdout


def test_a_reader_closing_the_pipe_early_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(f'{{"id": "{i}", "text": "पंक्ति {i}"}}\n' for i in range(20000)), encoding="utf-8")
    producer = subprocess.Popen(
        [sys.executable, "-m", "newscli", "parse", "--raw", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert producer.stdout is not None and producer.stderr is not None
    first = producer.stdout.readline()
    producer.stdout.close()
    err = producer.stderr.read().decode()
    producer.stderr.close()
    producer.wait(timeout=60)
    assert json.loads(first)["id"] == "0"
    assert producer.returncode == 0
    assert err == ""


def test_no_input_on_a_terminal_is_a_usage_error_not_a_wait() -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newscli", "parse"],
            stdin=follower,
            capture_output=True,
            text=True,
            timeout=30,
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert proc.stderr.startswith("newscli: no input") and proc.stdout == ""
