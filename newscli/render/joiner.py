"""The pieces of a long raw text (:mod:`newscli.pieces`) written as the rows of one record.

Row indexes count on from piece to piece and entity groups are merged over all
pieces.  An ``analyze`` row, one row holding every token of the text, is never
built in memory: each piece's lists go to anonymous temporary files (which the
system removes however the run ends) and, after the last piece, the row is
written from them in blocks; JSON Lines and JSON output stream it (the row is
then compact JSON in a JSON array too), the table and delimited formats build it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from typing import IO

from newscli.batch import Outcome
from newscli.columns import PARSE_KEYS
from newscli.pipeline import NUMBERED, EntityGroups, Row
from newscli.render.writers import RowWriter
from newscli.serialize import compact_bytes, rows_bytes

LISTS = ("sentences", "tokens", "entities", "numbers", "quotes")
_BLOCK = 1 << 20


class PieceJoiner:
    def __init__(self, writer: RowWriter, command: str) -> None:
        self.writer = writer
        self.command = command
        self.failed = False
        self.next_index = 0
        self.groups: EntityGroups | None = None
        self.spool: _AnalyzeSpool | None = None

    def add(self, outcome: Outcome) -> bool:
        """Write (or keep) one piece's rows; True when it was the text's last piece.
        A failed piece is reported by the caller and leaves its rows out."""
        first, last = outcome.piece or (True, True)
        if first:
            self._start()
        if outcome.error is not None:
            self.failed = True
        elif self.spool is not None:
            self.spool.add(outcome)
        elif self.groups is not None:
            self.groups.add(outcome.rows)
        else:
            self._write_rows(outcome.rows)
        if not last:
            return False
        if self.spool is not None:
            self.spool.write(self.writer, outcome.record_id)
            self.spool = None
        elif self.groups is not None:
            for row in self.groups.rows():
                self.writer.write({"id": outcome.record_id, **row})
        self.writer.end_record()
        return True

    def _write_rows(self, rows: list[Row]) -> None:
        if self.command in NUMBERED:
            for row in rows:
                row["index"] += self.next_index
            self.next_index += len(rows)
        fmt = self.writer.text_format
        if fmt is None:
            for row in rows:
                self.writer.write(row)
        elif rows:
            self.writer.write_encoded(rows_bytes(rows, fmt))

    def _start(self) -> None:
        self.failed = False
        self.next_index = 0
        self.groups = EntityGroups() if self.command == "entity-groups" else None
        if self.spool is not None:
            self.spool.close()
        self.spool = _AnalyzeSpool() if self.command == "analyze" else None


class _AnalyzeSpool:
    """An ``analyze`` row's lists and body, piece by piece, on anonymous temporary files."""

    def __init__(self) -> None:
        from newscli.text.stats import TextCounts

        # Closed by close(), which write() and a new text's start both call.
        self.files: dict[str, IO[bytes]] = {
            name: tempfile.TemporaryFile()  # noqa: SIM115
            for name in (*LISTS, "body")
        }
        self.items = dict.fromkeys(LISTS, 0)
        self.counts = TextCounts()
        self.body_started = False
        self.pending = ""  # white space after the body so far: kept only if more text follows

    def add(self, outcome: Outcome) -> None:
        [part] = outcome.rows
        for name in LISTS:
            rows: list[Row] = part[name]
            if not rows:
                continue
            base = self.items[name]
            if base and name in NUMBERED:
                for row in rows:
                    row["index"] += base
            # The list in one call, its brackets dropped: the rows joined by commas.
            encoded = compact_bytes(rows)
            self.files[name].write(b"," + encoded[1:-1] if base else encoded[1:-1])
            self.items[name] += len(rows)
        if outcome.counts is not None:
            self.counts.merge(outcome.counts)
        self._add_body(part["body"])

    def _add_body(self, text: str) -> None:
        # The raw body is the whole text stripped: strip the ends of the joined pieces.
        if not self.body_started:
            text = text.lstrip()
        core = text.rstrip()
        if not core:
            if self.body_started:
                self.pending += text
            return
        self.files["body"].write(compact_bytes(self.pending + core)[1:-1])
        self.body_started = True
        self.pending = text[len(core) :]

    def _blocks(self, name: str) -> Iterator[bytes]:
        fh = self.files[name]
        fh.seek(0)
        while block := fh.read(_BLOCK):
            yield block

    def chunks(self, record_id: str) -> Iterator[bytes]:
        """The row as JSON, in blocks, keys in the order of a whole text's row."""
        meta = {key: None for key in PARSE_KEYS if key not in ("body", "captions")}
        yield b'{"id":' + compact_bytes(record_id) + b',"metadata":' + compact_bytes(meta)[:-1] + b',"body":'
        if self.body_started:
            yield b'"'
            yield from self._blocks("body")
            yield b'"'
        else:
            yield b"null"
        yield b',"captions":[]},"stats":' + compact_bytes(self.counts.stats())
        for name in LISTS:
            yield b',"' + name.encode() + b'":['
            yield from self._blocks(name)
            yield b"]"
        yield b"}"

    def write(self, writer: RowWriter, record_id: str) -> None:
        try:
            if writer.text_format is not None:
                writer.write_chunks(self.chunks(record_id))
            else:
                writer.write(json.loads(b"".join(self.chunks(record_id))))
        finally:
            self.close()

    def close(self) -> None:
        for fh in self.files.values():
            fh.close()
