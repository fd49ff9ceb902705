"""Inputs (files, directories, stdin) to a stream of Records.

Failures are yielded in place of the record they spoil, so one bad input never
stops the others; the caller reports them and sets the exit status.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import BinaryIO, Literal

from newscli.errors import InputError, InputWarning
from newscli.io.decode import decode
from newscli.io.mojibake import repair_mojibake
from newscli.io.records import load_json, record_from_line, record_from_object
from newscli.model import Record

InputFormat = Literal["auto", "text", "jsonl"]
Item = Record | InputError | InputWarning

DIRECTORY_SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")
STDIN = "-"


def iter_records(
    inputs: Iterable[str], input_format: InputFormat = "auto", stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Records of every input in order; an empty ``inputs`` means standard input."""
    names = list(inputs) or [STDIN]
    for name in names:
        if name == STDIN:
            if stdin is None:
                yield InputError(STDIN, "standard input is not available")
                continue
            yield from _stdin_records(stdin, input_format)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _directory_records(path, input_format)
        else:
            yield from _file_records(path, name, input_format)


def _directory_records(root: Path, input_format: InputFormat) -> Iterator[Item]:
    found: list[Path] = []
    errors: list[InputError] = []

    def onerror(exc: OSError) -> None:
        errors.append(InputError(str(exc.filename or root), _os_reason(exc)))

    # followlinks=False: a symlink loop cannot make the walk endless.
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames.sort()
        for fname in filenames:
            if fname.lower().endswith(DIRECTORY_SUFFIXES):
                found.append(Path(dirpath) / fname)
    yield from errors
    for path in sorted(found):
        yield from _file_records(path, str(path), input_format)


def _file_records(path: Path, label: str, input_format: InputFormat) -> Iterator[Item]:
    suffix = path.suffix.lower()
    fmt = input_format
    if fmt == "auto":
        fmt = "jsonl" if suffix == ".jsonl" else "text"
    try:
        if fmt == "jsonl":
            with path.open("rb") as fh:
                yield from _jsonl_records(fh, label)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(label, _os_reason(exc))
        return
    if input_format == "auto" and suffix == ".json":
        yield from _json_file_records(data, label)
    elif input_format == "auto" and suffix in (".html", ".htm"):
        yield from _html_record(data, label)
    else:
        yield from _text_record(data, label)


def _text_record(data: bytes, label: str) -> Iterator[Item]:
    try:
        text = decode(data, label)
    except InputError as exc:
        yield exc
        return
    if not text.strip():
        yield InputError(label, "is empty")
        return
    yield from with_repair(Record(id=label, text=text))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _checked(build: Callable[[], Record]) -> Iterator[Item]:
    """The record ``build`` makes (repaired if need be), or the error it raises in its place."""
    try:
        record = build()
    except InputError as exc:
        yield exc
        return
    yield from with_repair(record)


def with_repair(record: Record) -> Iterator[Item]:
    """The record, its text repaired (with a warning) when it is unambiguous mojibake.

    A JSON string can escape a lone surrogate (``"\\ud800"``), which no UTF-8 output can
    hold; each becomes U+FFFD, one code point for one, so offsets are unchanged.
    """
    if _SURROGATE.search(record.text):
        yield InputWarning(record.id, "lone surrogate code points replaced by U+FFFD")
        record = Record(id=record.id, text=_SURROGATE.sub("\ufffd", record.text), meta=record.meta)
    repair = repair_mojibake(record.text)
    if repair is None:
        yield record
        return
    yield InputWarning(record.id, f"text was UTF-8 read as {repair.codepage}; repaired")
    yield Record(id=record.id, text=repair.text, meta=record.meta)


def _html_record(data: bytes, label: str) -> Iterator[Item]:
    from newscli.io.html import html_record

    try:
        yield html_record(data, label)
    except InputError as exc:
        yield exc


def _json_file_records(data: bytes, label: str) -> Iterator[Item]:
    """A .json file holds one record object or an array of them."""
    try:
        obj = load_json(decode(data, label), label)
    except InputError as exc:
        yield exc
        return
    objs = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(objs, 1):
        where = label if len(objs) == 1 and not isinstance(obj, list) else f"{label}:{n}"
        yield from _checked(partial(record_from_object, item, where, where))


def _jsonl_records(fh: BinaryIO, label: str, first: bytes = b"") -> Iterator[Item]:
    """Stream a JSON Lines file record by record; memory holds one line at a time."""
    head = first or fh.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 cannot be split on b"\n" safely; such files are rare and small.
        try:
            text = decode(head + fh.read(), label)
        except InputError as exc:
            yield exc
            return
        # Only "\n" ends a JSON line: str.splitlines would also cut at U+2028 inside a string.
        lines: Iterable[tuple[int, str]] = enumerate(text.split("\n"), 1)
        yield from _lines_to_records(lines, label)
        return
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    yield from _lines_to_records(_decoded_lines(_chain_first(head, fh), label), label)


def _chain_first(head: bytes, fh: BinaryIO) -> Iterator[bytes]:
    """Lines of ``head`` (bytes already read) followed by the rest of ``fh``, cut at b"\\n" only."""
    if head and not head.endswith(b"\n"):
        head += fh.readline()
    if head:
        *lines, last = head.split(b"\n")
        yield from (line + b"\n" for line in lines)
        if last:  # the input ended without a newline
            yield last
    yield from fh


def _decoded_lines(raw_lines: Iterable[bytes], label: str) -> Iterator[tuple[int, str] | InputError]:
    for lineno, raw in enumerate(raw_lines, 1):
        try:
            yield lineno, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{label}:{lineno}", f"not UTF-8 text (byte offset {exc.start} in the line)")


def _lines_to_records(
    lines: Iterable[tuple[int, str] | InputError], label: str
) -> Iterator[Item]:
    for entry in lines:
        if isinstance(entry, InputError):
            yield entry
            continue
        lineno, line = entry
        if not line.strip():
            continue
        yield from _checked(partial(record_from_line, line, label, lineno))


def _stdin_records(stdin: BinaryIO, input_format: InputFormat) -> Iterator[Item]:
    if input_format == "jsonl":
        yield from _jsonl_records(stdin, STDIN)
        return
    if input_format == "text":
        yield from _text_record(stdin.read(), STDIN)
        return
    # auto: JSON Lines when the first non-blank character is "{".
    lead = b""
    while True:
        chunk = stdin.readline()
        if not chunk:
            break
        lead += chunk
        stripped = lead.lstrip(b" \t\r\n\xef\xbb\xbf")
        if stripped:
            break
    if lead.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{"):
        yield from _jsonl_records(stdin, STDIN, first=lead)
    else:
        yield from _text_record(lead + stdin.read(), STDIN)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)
