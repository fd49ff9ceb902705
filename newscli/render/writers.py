"""Machine-readable writers: rows to JSON, JSON Lines, CSV and TSV, streamed.

Each writer takes rows one at a time and writes them at once, so a long run
keeps every finished article even if it is interrupted.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO, TextIO

from newscli.serialize import row_blocks

Row = dict[str, Any]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class RowWriter:
    """Base: ``write`` one row, ``end_record`` after each article, ``close`` at the end."""

    # The format whose serialized rows ``write_encoded`` accepts (see newscli.serialize), if any.
    text_format: str | None = None

    def __init__(self, out: TextIO, columns: Sequence[str] = ()) -> None:
        self.out = out
        self.columns = list(columns)

    def write(self, row: Row) -> None:
        raise NotImplementedError

    def write_encoded(self, data: bytes) -> None:
        """A row already serialized by ``row_bytes(row, self.text_format)``, or several
        joined as this writer separates them (a line end, or a comma and a line end)."""
        raise NotImplementedError

    def write_chunks(self, chunks: Iterable[bytes]) -> None:
        """A row serialized as this writer spells rows (or as compact JSON), given in
        blocks too large to join (the row of a long text); only the JSON writers take it."""
        raise NotImplementedError

    def end_record(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


_SHORT = 1 << 16


def utf8_sink(out: TextIO) -> BinaryIO | None:
    """The byte stream under ``out`` when UTF-8 bytes may go to it directly, else None."""
    sink = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return sink if sink is not None and encoding == "utf8" else None


class EncodedWriter(RowWriter):
    """Base of the JSON writers: rows arrive as UTF-8 and go to the byte stream under
    ``out`` when it has one, so they are never decoded only to be encoded again.

    Everything this writer writes goes the same way, so text and bytes never interleave
    out of order.
    """

    def __init__(self, out: TextIO, columns: Sequence[str] = ()) -> None:
        super().__init__(out, columns)
        self.sink = utf8_sink(out)
        if self.sink is not None:
            out.flush()  # anything written to the text layer before this writer goes first

    def put(self, data: bytes) -> None:
        if self.sink is not None:
            self.sink.write(data)
        else:
            self.out.write(data.decode())

    def put_pair(self, first: bytes, second: bytes) -> None:
        """``first + second``: one write when they are short, two when one is long (a
        long text's batch of rows or its ``parse`` row is not copied only to add a
        separator)."""
        if len(first) + len(second) < _SHORT:
            self.put(first + second)
        else:
            self.put(first)
            self.put(second)

    def end_record(self) -> None:
        (self.out if self.sink is None else self.sink).flush()

    def close(self) -> None:
        self.end_record()


class JsonLinesWriter(EncodedWriter):
    text_format = "jsonl"

    def write(self, row: Row) -> None:
        self.write_chunks(row_blocks(row, "jsonl"))

    def write_encoded(self, data: bytes) -> None:
        self.put_pair(data, b"\n")

    def write_chunks(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            self.put(chunk)
        self.put(b"\n")


class JsonArrayWriter(EncodedWriter):
    """One JSON array, written element by element so nothing is held in memory."""

    text_format = "json"

    def __init__(self, out: TextIO, columns: Sequence[str] = ()) -> None:
        super().__init__(out, columns)
        self.count = 0

    def write(self, row: Row) -> None:
        self.write_chunks(row_blocks(row, "json"))

    def write_encoded(self, data: bytes) -> None:
        self.put_pair(b"[\n" if self.count == 0 else b",\n", data)
        self.count += 1

    def write_chunks(self, chunks: Iterable[bytes]) -> None:
        self.put(b"[\n" if self.count == 0 else b",\n")
        for chunk in chunks:
            self.put(chunk)
        self.count += 1

    def close(self) -> None:
        self.put(b"[]\n" if self.count == 0 else b"\n]\n")
        self.end_record()


class DelimitedWriter(RowWriter):
    """CSV or TSV with a header row; list and object cells are JSON-encoded."""

    def __init__(self, out: TextIO, columns: Sequence[str] = (), delimiter: str = ",") -> None:
        super().__init__(out, columns)
        self.writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        self.header_written = False

    def write(self, row: Row) -> None:
        if not self.header_written:
            if not self.columns:
                self.columns = list(row)
            self.writer.writerow(self.columns)
            self.header_written = True
        self.writer.writerow([cell(row.get(col)) for col in self.columns])

    def close(self) -> None:
        if not self.header_written and self.columns:
            self.writer.writerow(self.columns)
        self.out.flush()


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def make_writer(fmt: str, out: TextIO, columns: Sequence[str] = ()) -> RowWriter:
    if fmt == "jsonl":
        return JsonLinesWriter(out, columns)
    if fmt == "json":
        return JsonArrayWriter(out, columns)
    if fmt == "csv":
        return DelimitedWriter(out, columns, ",")
    if fmt == "tsv":
        return DelimitedWriter(out, columns, "\t")
    raise ValueError(f"unknown format {fmt!r}")
