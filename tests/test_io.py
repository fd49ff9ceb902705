from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from newscli.errors import InputError
from newscli.io.decode import decode
from newscli.io.sources import iter_records
from newscli.model import Record

TEXT = "लखनऊ : भाजपा ने बैठक की."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be"],
)
def test_decode_accepts_utf8_and_utf16_with_bom(data: bytes) -> None:
    assert decode(data, "x") == TEXT


def test_decode_rejects_legacy_encoding_with_a_reason_naming_the_input() -> None:
    with pytest.raises(InputError) as err:
        decode("café".encode("latin-1"), "old.txt")
    assert str(err.value).startswith("old.txt: not UTF-8")


def test_decode_rejects_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "img.txt")


def items(*inputs: str, fmt: str = "auto", stdin: bytes = b"") -> list[Record | InputError]:
    return list(iter_records(inputs, fmt, io.BytesIO(stdin)))  # type: ignore[arg-type]


def test_jsonl_records_take_id_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "x1", "text": "एक", "title": "शीर्षक", "date": "2023-07-24"}\n\n{"body": "दो", "author": "  "}\n',
        encoding="utf-8",
    )
    first, second = items(str(path))
    assert isinstance(first, Record) and isinstance(second, Record)
    assert (first.id, first.text, first.meta["title"], first.meta["date"]) == ("x1", "एक", "शीर्षक", "2023-07-24")
    assert second.id == f"{path}:3"  # line numbers count blank lines
    assert second.text == "दो" and second.meta["author"] is None


def test_bad_json_line_is_reported_with_its_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "एक"}\n{oops\n{"title": "no text"}\n{"text": "चार"}\n', encoding="utf-8")
    got = items(str(path))
    assert [type(g).__name__ for g in got] == ["Record", "InputError", "InputError", "Record"]
    assert str(got[1]).startswith(f"{path}:2: not valid JSON")
    assert 'no "text"' in str(got[2])


def test_directory_is_walked_in_sorted_order_for_known_suffixes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("ज़", encoding="utf-8")
    (tmp_path / "a.txt").write_text("अ", encoding="utf-8")
    (tmp_path / "skip.md").write_text("no", encoding="utf-8")
    got = items(str(tmp_path))
    assert [g.text for g in got if isinstance(g, Record)] == ["अ", "ज़"]


def test_stdin_auto_detects_json_lines() -> None:
    got = items(stdin=b'\n  {"id": 7, "text": "\xe0\xa4\x8f\xe0\xa4\x95"}\n{"text": "b"}\n')
    assert [(g.id, g.text) for g in got if isinstance(g, Record)] == [("7", "एक"), ("-:3", "b")]


def test_stdin_text_is_one_article() -> None:
    (only,) = items(stdin="पहली पंक्ति\n{दूसरी}\n".encode())
    assert isinstance(only, Record) and only.id == "-" and only.text.startswith("पहली")


def test_missing_and_empty_files_are_errors_that_do_not_stop_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("ठीक", encoding="utf-8")
    got = items(str(tmp_path / "missing.txt"), str(empty), str(good))
    assert [type(g).__name__ for g in got] == ["InputError", "InputError", "Record"]
    assert "no such file" in str(got[0]) and "empty" in str(got[1])


def test_json_file_holds_one_record(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"title": "शीर्षक", "body": "पाठ"}', encoding="utf-8")
    (rec,) = items(str(path))
    assert isinstance(rec, Record) and rec.id == str(path) and rec.meta["title"] == "शीर्षक"


HINDI = "धानुका की कृषक संगोष्ठी आयोजित।\nछिंदवाड़ा। मक्का की फसल को बचाने के लिए प्रयास।"


def web_decode(data: bytes, codepage: str) -> str:
    """Decode like a browser: bytes the code page leaves undefined become C1 controls."""
    return "".join(bytes([b]).decode(codepage, errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize(
    ("codepage", "reported"), [("cp866", "cp866"), ("cp1252", "windows-1252"), ("latin-1", "windows-1252")]
)
def test_mojibake_is_repaired_when_unambiguous(codepage: str, reported: str) -> None:
    from newscli.io.mojibake import repair_mojibake

    garbled = web_decode(HINDI.encode("utf-8"), codepage)
    repair = repair_mojibake("Share On :\n" + garbled)
    assert repair is not None and repair.codepage == reported
    assert repair.text == "Share On :\n" + HINDI


@pytest.mark.parametrize("text", [HINDI, "рд is a Russian pair but this is ordinary text " * 3, "à¤" * 3 + " x"])
def test_real_text_is_never_repaired(text: str) -> None:
    from newscli.io.mojibake import repair_mojibake

    assert repair_mojibake(text) is None


def test_repaired_file_gives_a_warning_then_the_repaired_record(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(HINDI.encode("utf-8").decode("cp866"), encoding="utf-8")
    warning, record = items(str(path))
    assert "cp866" in str(warning)
    assert isinstance(record, Record) and record.text == HINDI


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_line_separator_inside_a_json_string_does_not_end_the_record(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "sep.jsonl"
    text = "पहला\u2028दूसरा\u0085तीसरा"
    path.write_text('{"id": "a", "text": "' + text + '"}\n{"id": "b", "text": "x"}\n', encoding=encoding)
    got = items(str(path))
    assert [(g.id, g.text) for g in got if isinstance(g, Record)] == [("a", text), ("b", "x")]
    assert not [g for g in got if isinstance(g, InputError)]


def test_stdin_json_lines_with_a_line_separator_in_the_first_record() -> None:
    got = items(stdin='{"text": "एक\u2028दो"}\n{"text": "तीन"}'.encode())
    assert [g.text for g in got if isinstance(g, Record)] == ["एक\u2028दो", "तीन"]
