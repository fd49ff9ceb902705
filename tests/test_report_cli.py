"""`newscli report` through the command line: where the page goes, exit codes and errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from report_helpers import write_small_corpus

from newscli.cli import main
from newscli.report.html import CHART_IDS


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    return write_small_corpus(tmp_path / "corpus.jsonl")


def test_report_writes_one_page_to_the_output_file(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", str(small_corpus), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    for chart in CHART_IDS:
        assert f'id="{chart}"' in page
    assert "ETV Bharat" in page and "लखनऊ" in page and "सीटों" in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "report.html"]  # no litter


def test_report_to_a_pipe_writes_the_page_to_standard_output(small_corpus: Path) -> None:
    result = run("report", str(small_corpus))
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")


def test_the_page_is_the_same_with_workers(small_corpus: Path) -> None:
    one = run("report", str(small_corpus))
    two = run("report", "-j", "2", str(small_corpus))
    assert two.exit_code == 0 and two.stdout == one.stdout


def test_report_counts_what_stats_counts(small_corpus: Path) -> None:
    stats = {
        (r["section"], r["item"]): r["value"]
        for r in json.loads(run("stats", "--format", "json", str(small_corpus)).stdout)
    }
    page = run("report", str(small_corpus)).stdout
    assert stats["corpus", "articles"] == 4
    assert f'<td class="n">{stats["corpus", "tokens"]}</td>' in page


def test_report_to_a_terminal_is_a_usage_error(small_corpus: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newscli", "report", str(small_corpus)],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert proc.stderr == "newscli: report writes an HTML page: give -o FILE or redirect standard output\n"


def test_format_is_not_an_option_of_report(small_corpus: Path) -> None:
    assert run("report", "--format", "json", str(small_corpus)).exit_code == 2


def test_a_missing_input_is_one_line_and_the_page_covers_the_rest(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run("report", str(small_corpus), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "missing.txt" in result.stderr
    assert out.is_file() and "n3" in out.read_text(encoding="utf-8")


def test_a_bad_json_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "ठीक है।"}\nnot json\n', encoding="utf-8")
    result = run("report", str(path))
    assert result.exit_code == 1 and result.stdout.startswith("<!DOCTYPE html>")
    assert result.stderr.strip() == f"newscli: {path}:2: not valid JSON (Expecting value at column 1)"


def test_an_input_as_the_output_is_refused(small_corpus: Path) -> None:
    result = run("report", str(small_corpus), "-o", str(small_corpus))
    assert result.exit_code == 2 and "the output is also an input" in result.stderr


def test_an_interrupted_report_keeps_the_page_of_what_was_done(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscli.batch import run_batch
    from newscli.cli import run as run_module

    def interrupted(*args: object, **kwargs: object) -> Iterator[object]:
        batch = run_batch(*args, **kwargs)  # type: ignore[arg-type]
        yield next(batch)
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "run_batch", interrupted)
    out = tmp_path / "r.html"
    result = run("report", str(small_corpus), "-o", str(out))
    assert result.exit_code == 130
    assert not out.exists()
    partial = (tmp_path / "r.html.partial").read_text(encoding="utf-8")
    assert "Interrupted: only the first 1 articles are counted." in partial and partial.endswith("</html>\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "r.html.partial"]


def test_an_empty_input_gives_a_page_of_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = run("report", str(empty))
    assert result.exit_code == 0 and 'id="chart-timeline"' in result.stdout
