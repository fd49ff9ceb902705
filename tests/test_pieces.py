"""Long raw texts run in pieces: where the cuts fall, and that the rows written are
those of the whole text (offsets, indexes, statistics, the analyze row)."""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli import pieces
from newscli.cli import main
from newscli.model import Piece, Record
from newscli.pieces import cut_points

PARAGRAPHS = [
    "लखनऊ में मंगलवार को 12 मार्च 2024 को भाजपा की बैठक हुई। इसमें 250 कार्यकर्ता शामिल हुए।",
    "सरकार ने 2.5 करोड़ रुपये की योजना को मंजूरी दी। योजना से 40 प्रतिशत किसानों को लाभ होगा।",
    "पटना और दिल्ली के बीच नई ट्रेन चलेगी। रेल मंत्रालय ने कहा कि किराया 500 रुपये होगा।",
]


def long_text(paragraphs: int = 60, join: str = "\n\n") -> str:
    return join.join(PARAGRAPHS[i % 3] for i in range(paragraphs))


@given(st.text(alphabet="कि ्ं।\n.a", max_size=600), st.integers(min_value=8, max_value=80))
@settings(max_examples=300, deadline=None)
def test_cuts_cover_the_text_in_order_and_no_piece_is_too_long(text: str, size: int) -> None:
    cuts = cut_points(text, size)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(0 < b - a <= size for a, b in itertools.pairwise(cuts)) or len(text) == 0
    for cut in cuts[1:-1]:
        # Never between a letter and its marks, unless the marks alone fill half a piece.
        if unicodedata.category(text[cut])[0] == "M":
            assert all(unicodedata.category(c)[0] == "M" for c in text[cut : cut + size // 2])


def test_a_cut_falls_after_a_paragraph_end_before_a_line_or_sentence_end() -> None:
    text = "क" * 60 + "\n\n" + "ख" * 20 + "। " + "ग" * 10 + "\n" + "घ" * 40
    [_, cut, _] = cut_points(text, 100)
    assert text[:cut].endswith("\n\n")
    no_paragraph = text.replace("\n\n", "  ")
    assert no_paragraph[: cut_points(no_paragraph, 100)[1]].endswith("\n")
    one_line = no_paragraph.replace("\n", " ")
    assert one_line[: cut_points(one_line, 100)[1]].endswith("।")


def test_a_short_record_is_not_cut() -> None:
    record = Record(id="a", text="छोटा पाठ।")
    assert list(pieces.pieces(record, 100)) == [record]


def test_pieces_carry_their_offsets_and_ends() -> None:
    text = long_text(10)
    parts = list(pieces.pieces(Record(id="a", text=text), 200))
    assert all(isinstance(p, Piece) for p in parts)
    assert "".join(p.text for p in parts) == text
    assert [p.offset for p in parts] == cut_points(text, 200)[:-1]
    assert [p.first for p in parts].count(True) == 1 and parts[0].first
    assert [p.last for p in parts].count(True) == 1 and parts[-1].last


def run(args: list[str], path: Path, times: int = 2) -> list[str]:
    result = CliRunner().invoke(main, [*args, "--raw", "-q", *[str(path)] * times])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    path.write_text("\n  " + long_text() + "\n\n  \n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["tokens", "sentences", "numbers"])
@pytest.mark.parametrize("join", ["\n\n", " "])
def test_the_rows_of_a_text_in_pieces_are_the_whole_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, join: str
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_text(join=join), encoding="utf-8")
    whole = run([command], path)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 500)
    assert run([command], path) == whole
    text = path.read_text(encoding="utf-8")
    for row in map(json.loads, whole):
        assert text[row["start"] : row["end"]] == row["text"]


def test_the_analyze_row_of_a_text_in_pieces_is_the_whole_texts(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [whole, _] = map(json.loads, run(["analyze"], article))
    monkeypatch.setattr(pieces, "PIECE_CHARS", 700)
    [cut, cut_again] = map(json.loads, run(["analyze"], article))
    assert list(cut) == list(whole)  # the keys, in order
    for key in ("id", "metadata", "stats", "sentences", "tokens", "numbers"):
        assert cut[key] == whole[key], key
    # Entities see one piece at a time; their spans are still spans of the whole text.
    text = article.read_text(encoding="utf-8")
    assert cut["entities"] and all(text[e["start"] : e["end"]] == e["text"] for e in cut["entities"])
    assert cut_again == cut  # a second text starts afresh


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_text_in_pieces_gives_the_same_analyze_row_in_every_format(
    article: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 700)
    [jsonl] = map(json.loads, run(["analyze"], article)[:1])
    result = CliRunner().invoke(main, ["analyze", "--raw", "-q", "--format", fmt, str(article)])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert json.loads(result.stdout) == [jsonl]
    else:
        header, row = result.stdout.splitlines()[:2]
        assert header.startswith("id,metadata,stats")
        assert json.dumps(jsonl["stats"], ensure_ascii=False).replace('"', '""') in row


def test_entity_groups_are_merged_over_the_pieces(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 700)
    mentions = [json.loads(row) for row in run(["entities"], article, times=1)]
    groups = [json.loads(row) for row in run(["entities", "--by-entity"], article, times=1)]
    assert sum(g["mentions"] for g in groups) == len(mentions)
    keys = [(g["id"], g["norm"], g["type"]) for g in groups]
    assert len(keys) == len(set(keys))  # each entity once per text, however many pieces it is in


def test_an_analyze_row_in_pieces_holds_a_number_beyond_64_bits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pieces' lists are spooled as JSON: a value orjson refuses goes the standard way.
    path = tmp_path / "big.txt"
    path.write_text(long_text(6) + "\n\n" + "एक सौ दो हज़ार तीन लाख " * 3, encoding="utf-8")
    monkeypatch.setattr(pieces, "PIECE_CHARS", 300)
    [row] = map(json.loads, run(["analyze"], path, times=1))
    assert any(isinstance(n["value"], int) and n["value"] >= 2**64 for n in row["numbers"])
