"""The JSON writers: rows reach the output as UTF-8 whether or not the stream has a byte layer."""

from __future__ import annotations

import io
import json

import pytest

from newscli.render.writers import JsonArrayWriter, JsonLinesWriter, make_writer, utf8_sink

ROWS = [
    {"id": "a", "text": "बीएल संतोष ने कहा", "value": 1.5, "tags": ["x", None]},
    {"id": "b\n", "text": 'उद्धरण "भीतर" \\ और \u200d', "value": None, "tags": []},
]


def _wrapper(encoding: str) -> tuple[io.BytesIO, io.TextIOWrapper]:
    raw = io.BytesIO()
    return raw, io.TextIOWrapper(raw, encoding=encoding, newline="")


def _finish(writer: JsonLinesWriter | JsonArrayWriter) -> None:
    for row in ROWS:
        writer.write(row)
        writer.end_record()
    writer.close()


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_bytes_and_text_streams_get_the_same_output(fmt: str) -> None:
    raw, wrapped = _wrapper("utf-8")
    text = io.StringIO()
    for out in (wrapped, text):
        writer = make_writer(fmt, out)
        assert isinstance(writer, (JsonLinesWriter, JsonArrayWriter))
        _finish(writer)
    assert raw.getvalue().decode("utf-8") == text.getvalue()


def test_json_lines_are_one_compact_object_per_line() -> None:
    raw, wrapped = _wrapper("utf-8")
    _finish(JsonLinesWriter(wrapped))
    lines = raw.getvalue().decode("utf-8").split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == ROWS
    assert lines[0] == json.dumps(ROWS[0], ensure_ascii=False, separators=(",", ":"))


def test_json_array_holds_every_row_and_is_empty_without_rows() -> None:
    raw, wrapped = _wrapper("utf-8")
    _finish(JsonArrayWriter(wrapped))
    assert json.loads(raw.getvalue().decode("utf-8")) == ROWS
    raw, wrapped = _wrapper("utf-8")
    JsonArrayWriter(wrapped).close()
    assert raw.getvalue() == b"[]\n"


def test_text_written_before_the_writer_stays_first() -> None:
    raw, wrapped = _wrapper("utf-8")
    wrapped.write("पहले\n")  # still in the text layer's buffer
    _finish(JsonLinesWriter(wrapped))
    assert raw.getvalue().decode("utf-8").startswith("पहले\n{")


def test_a_stream_in_another_encoding_is_written_as_text() -> None:
    raw, wrapped = _wrapper("utf-16")
    assert utf8_sink(wrapped) is None
    _finish(JsonLinesWriter(wrapped))
    wrapped.flush()
    lines = raw.getvalue().decode("utf-16").splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_rows_are_flushed_per_record() -> None:
    raw, wrapped = _wrapper("utf-8")
    writer = JsonLinesWriter(wrapped)
    writer.write(ROWS[0])
    writer.end_record()
    assert json.loads(raw.getvalue()) == ROWS[0]  # on the stream before close


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_row_with_long_strings_comes_in_blocks_that_join_to_its_bytes(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscli import serialize

    monkeypatch.setattr(serialize, "BLOCK", 7)
    body = 'राम ने "कहा"\n\\ ' * 5 + "\x00end"
    row = {"id": "a", "body": body, "metadata": {"headline": body[::-1], "n": 10**30}, "short": "छोटा"}
    blocks = list(serialize.row_blocks(row, fmt))
    assert len(blocks) > 10  # the long strings were cut
    assert b"".join(blocks) == serialize.row_bytes(row, fmt)
    assert list(serialize.row_blocks({"id": "a"}, fmt)) == [serialize.row_bytes({"id": "a"}, fmt)]
