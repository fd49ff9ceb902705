"""Rows as JSON text, the one way every writer and worker spells them.

orjson writes the rows: ``analyze`` rows hold every token of an article, and
orjson serializes them about three times faster than the standard library. Its
output is UTF-8, never ``\\u``-escaped; JSON Lines rows are compact and ``json``
rows are indented by two spaces, exactly as ``json.dumps`` would write them with
the same settings, which is also the fallback for what orjson refuses (integers
beyond 64 bits).

Rows stay the UTF-8 bytes orjson makes all the way to the output: Devanagari text
is three bytes a character, and decoding an ``analyze`` row only for the output
stream to encode it again costs about as much as a stage of the pipeline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

# Formats whose rows a worker can serialize itself, so only strings travel back.
PRERENDERED = ("jsonl", "json")


def row_bytes(row: dict[str, Any], fmt: str) -> bytes:
    """One row as the UTF-8 a ``jsonl`` line or a ``json`` array element holds."""
    if fmt != "json":
        return compact_bytes(row)
    import orjson

    try:
        return orjson.dumps(row, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:
        return json.dumps(row, ensure_ascii=False, indent=2).encode()


def compact_bytes(value: object) -> bytes:
    """Any JSON value as compact UTF-8, as a ``jsonl`` row spells it (also integers
    beyond 64 bits)."""
    import orjson

    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def rows_bytes(rows: Sequence[dict[str, Any]], fmt: str) -> bytes:
    """Several rows as one ``bytes``, separated as the writer separates them (a line
    end, or a comma and a line end).

    Each row is appended to one buffer as soon as it is encoded: a ``bytes`` from
    orjson keeps a buffer of about 4 KiB, so holding one per row until they are joined
    costs tens of times the JSON they hold, and the fresh memory they take makes every
    row slower to encode.
    """
    if len(rows) == 1:  # a parse or analyze row, which may hold a whole long text: no copy
        return row_bytes(rows[0], fmt)
    sep = b"\n" if fmt == "jsonl" else b",\n"
    out = bytearray()
    for row in rows:
        if out:
            out += sep
        out += row_bytes(row, fmt)
    return bytes(out)


# Characters of a long string encoded at a time by :func:`row_blocks`.
BLOCK = 1 << 20


def row_blocks(row: dict[str, Any], fmt: str) -> Iterator[bytes]:
    """:func:`row_bytes` of ``row`` in blocks that join to the same bytes.

    A string longer than :data:`BLOCK` characters at the top of the row or in a mapping
    in it (the body of a long text) is encoded a block at a time, so a writer that
    writes each block as it comes never makes the whole row as one allocation: memory
    of that size is fresh from the system, and taking it costs more per byte than
    encoding does.
    """
    marks: dict[str, str] = {}
    swapped = _mark_long_strings(row, marks)
    encoded = row_bytes(swapped, fmt)
    for mark, text in marks.items():
        before, encoded = encoded.split(compact_bytes(mark), 1)
        yield before + b'"'
        for start in range(0, len(text), BLOCK):
            yield compact_bytes(text[start : start + BLOCK])[1:-1]
        encoded = b'"' + encoded
    yield encoded


def _mark_long_strings(row: dict[str, Any], marks: dict[str, str]) -> dict[str, Any]:
    """``row`` with each long string replaced by a mark of its own (noted in ``marks``,
    in the order the row is encoded); ``row`` itself when it holds none."""
    out: dict[str, Any] = {}
    changed = False
    for key, value in row.items():
        if isinstance(value, str) and len(value) > BLOCK:
            mark = f"\x00newscli-block-{len(marks)}\x00"
            marks[mark] = value
            value = mark
        elif isinstance(value, dict):
            inner = _mark_long_strings(value, marks)
            changed = changed or inner is not value
            value = inner
        changed = changed or value is not row[key]
        out[key] = value
    return out if changed else row
