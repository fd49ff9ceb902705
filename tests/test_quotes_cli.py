"""`newscli quotes` through the command line: rows, --by-speaker, analyze, stats, bad input."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

from click.testing import CliRunner, Result

from newscli.cli import main
from newscli.extract.quotes import extract_quotes
from newscli.model import Entity

QUOTE_KEYS = ["id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue"]


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_the_seeds_quotes_are_all_bl_santoshs(seed_path: Path) -> None:
    result = run("quotes", str(seed_path))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3 and all(list(r) == QUOTE_KEYS for r in rows)
    text = seed_path.read_text(encoding="utf-8")
    for r in rows:
        assert (r["kind"], r["speaker"], r["cue"]) == ("direct", "बीएल संतोष", "कहा")
        assert text[r["start"] : r["end"]] == r["text"]
    assert rows[0]["text"].startswith("प्रशिक्षण टीम के लोग")
    assert text[rows[0]["speaker_start"] : rows[0]["speaker_end"]] == "उन्होंने"


def test_by_speaker_counts_quotes_and_shows_their_first_words(seed_path: Path) -> None:
    result = run("quotes", "--by-speaker", "--format", "json", str(seed_path))
    [row] = json.loads(result.stdout)
    assert row["speaker"] == "बीएल संतोष" and row["quotes"] == 3
    assert row["first_words"][0].startswith("प्रशिक्षण टीम के लोग") and row["first_words"][0].endswith("…")


def test_analyze_has_quotes_and_stats_the_most_quoted(seed_path: Path) -> None:
    [row] = [json.loads(line) for line in run("analyze", str(seed_path)).stdout.splitlines()]
    assert [q["speaker"] for q in row["quotes"]] == ["बीएल संतोष"] * 3
    assert "id" not in row["quotes"][0]
    stats = [json.loads(line) for line in run("stats", str(seed_path)).stdout.splitlines()]
    assert {"section": "quoted", "item": "बीएल संतोष", "value": 3} in stats


def test_csv_and_table_output() -> None:
    stdin = json.dumps({"id": "a", "text": "पुलिस ने कहा कि जांच जारी है।"}, ensure_ascii=False)
    rows = list(csv.DictReader(io.StringIO(run("quotes", "--format", "csv", "-", stdin=stdin).stdout)))
    assert rows[0]["speaker"] == "पुलिस" and rows[0]["speaker_end"] == "5"
    table = run("quotes", "--format", "table", "-", stdin=stdin).stdout
    assert "पुलिस" in table and "कहा" in table and "जांच जारी है" in table


def test_text_without_quotes_and_bad_input_give_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    marks = tmp_path / "marks.txt"
    marks.write_text("''' \" ‘ ’’ कहा कि ' ने\n“\n" * 50, encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00\xd8" * 10)
    result = run("quotes", str(empty), str(marks), str(binary))
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output


def test_an_unbalanced_mark_never_runs_past_its_paragraph() -> None:
    text = "रमेश ने कहा, 'पहला अनुच्छेद।\n\n" + "दूसरा अनुच्छेद बिना निशान के। " * 200
    quotes = extract_quotes(text, [Entity(0, 4, "रमेश", "PER", "रमेश")])
    assert [q.text for q in quotes] == ["पहला अनुच्छेद।"]


def test_quote_search_is_linear_in_the_text() -> None:
    unit = "अनिल ने कहा कि काम 'जल्द' होगा। उन्होंने बताया, 'सब ठीक है।' विशेषज्ञों का कहना है कि बारिश होगी।\n"

    def seconds(n: int) -> float:
        text = unit * n
        entities = [Entity(i * len(unit), i * len(unit) + 4, "अनिल", "PER", "अनिल") for i in range(n)]
        t0 = time.perf_counter()
        extract_quotes(text, entities)
        return time.perf_counter() - t0

    seconds(20)
    small, large = min(seconds(200) for _ in range(3)), min(seconds(2000) for _ in range(3))
    assert large < 20 * small  # 10x the text: well under quadratic (100x)
