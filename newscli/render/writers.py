"""Machine-readable writers: rows to JSON, JSON Lines, CSV and TSV, streamed.

Each writer takes rows one at a time and writes them at once, so a long run
keeps every finished article even if it is interrupted.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from newscli.serialize import row_json

Row = dict[str, Any]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class RowWriter:
    """Base: ``write`` one row, ``end_record`` after each article, ``close`` at the end."""

    # The format whose serialized rows ``write_text`` accepts (see newscli.serialize), if any.
    text_format: str | None = None

    def __init__(self, out: TextIO, columns: Sequence[str] = ()) -> None:
        self.out = out
        self.columns = list(columns)

    def write(self, row: Row) -> None:
        raise NotImplementedError

    def write_text(self, text: str) -> None:
        """A row already serialized by ``row_json(row, self.text_format)``."""
        raise NotImplementedError

    def end_record(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonLinesWriter(RowWriter):
    text_format = "jsonl"

    def write(self, row: Row) -> None:
        self.write_text(row_json(row, "jsonl"))

    def write_text(self, text: str) -> None:
        self.out.write(text + "\n")


class JsonArrayWriter(RowWriter):
    """One JSON array, written element by element so nothing is held in memory."""

    text_format = "json"

    def __init__(self, out: TextIO, columns: Sequence[str] = ()) -> None:
        super().__init__(out, columns)
        self.count = 0

    def write(self, row: Row) -> None:
        self.write_text(row_json(row, "json"))

    def write_text(self, text: str) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(text)
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


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
