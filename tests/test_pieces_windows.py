"""A long article that is not --raw: parsed whole, then analysed a window at a time,
with the rows of the whole text (offsets, indexes) for the commands that look no
further than a sentence."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli import pieces
from newscli.cli import main
from newscli.model import Record
from newscli.pipeline import parse_record, row_batches, rows_for
from newscli.serialize import row_bytes, rows_bytes

PARAGRAPHS = [
    "लखनऊ में मंगलवार को 12 मार्च 2024 को भाजपा की बैठक हुई। इसमें 250 कार्यकर्ता शामिल हुए।",
    "सरकार ने 2.5 करोड़ रुपये की योजना को मंजूरी दी। योजना से 40 प्रतिशत किसानों को लाभ होगा।",
    'मुख्यमंत्री योगी आदित्यनाथ ने कहा, "किराया 500 रुपये होगा।" पटना और दिल्ली के बीच नई ट्रेन चलेगी।',
]
PAGE_HEAD = "लखनऊ में भाजपा की बैठक, योजना को मंजूरी\n\nलेखक: राम कुमार\nUpdated: 5 मार्च 2024, 11:20 AM IST\n\n"


def page(paragraphs: int = 40) -> str:
    return PAGE_HEAD + "\n\n".join(PARAGRAPHS[i % 3] for i in range(paragraphs)) + "\n\nये भी पढ़ें\n"


def run(args: list[str], path: Path) -> list[str]:
    result = CliRunner().invoke(main, [*args, "-q", str(path), str(path)])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@given(st.integers(min_value=40, max_value=900), st.integers(min_value=1, max_value=30))
@settings(max_examples=60, deadline=None)
def test_windows_cover_the_text_and_keep_every_segment_character_and_role(size: int, paragraphs: int) -> None:
    article = parse_record(Record(id="a", text=page(paragraphs)))
    parts = list(pieces.windows(article, size))
    assert "".join(window.text for _, window in parts) == article.text
    covered: list[tuple[int, str]] = []
    for offset, window in parts:
        assert window.headline == article.headline and window.published == article.published
        for seg in window.segments:
            assert 0 <= seg.start < seg.end <= len(window.text)
            covered += [(offset + i, seg.role) for i in range(seg.start, seg.end)]
    whole = [(i, seg.role) for seg in article.segments for i in range(seg.start, seg.end)]
    assert sorted(covered) == sorted(whole)


def test_a_short_article_is_its_own_one_window() -> None:
    article = parse_record(Record(id="a", text=page(3)))
    assert list(pieces.windows(article)) == [(0, article)]


@pytest.mark.parametrize("command", ["tokens", "sentences", "numbers"])
def test_an_article_in_windows_gives_the_rows_of_the_whole_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(page(), encoding="utf-8")
    whole = run([command], path)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 600)
    assert len(list(row_batches(command, Record(id="a", text=page())))) > 1  # it is cut
    assert run([command], path) == whole
    text = path.read_text(encoding="utf-8")
    for row in map(json.loads, whole):
        assert text[row["start"] : row["end"]] == row["text"]


def test_token_and_sentence_indexes_count_on_across_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 500)
    record = Record(id="a", text=page())
    for command in ("tokens", "sentences"):
        rows = rows_for(command, record)
        assert [row["index"] for row in rows] == list(range(len(rows)))
        assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(rows))


def test_entities_and_quotes_in_windows_are_spans_of_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 500)
    record = Record(id="a", text=page())
    mentions = rows_for("entities", record)
    quotes = rows_for("quotes", record)
    assert mentions and quotes
    for row in mentions + quotes:
        assert record.text[row["start"] : row["end"]] == row["text"]
    groups = rows_for("entity-groups", record)
    assert sum(g["mentions"] for g in groups) == len(mentions)
    assert len({(g["norm"], g["type"]) for g in groups}) == len(groups)  # merged over windows


def test_the_analyze_and_parse_rows_of_a_long_article_are_built_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    record = Record(id="a", text=page())
    whole = rows_for("analyze", record), rows_for("parse", record)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 500)
    assert (rows_for("analyze", record), rows_for("parse", record)) == whole


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_rows_bytes_is_the_rows_joined_as_the_writer_separates_them(fmt: str) -> None:
    rows = [{"id": "a", "index": i, "text": "राम", "value": 10**30 if i == 1 else i} for i in range(4)]
    sep = b"\n" if fmt == "jsonl" else b",\n"
    assert rows_bytes(rows, fmt) == sep.join(row_bytes(row, fmt) for row in rows)
    assert rows_bytes([], fmt) == b""
