"""Inputs (files, directories, stdin) to a stream of Records.

Failures are yielded in place of the record they spoil, so one bad input never
stops the others; the caller reports them and sets the exit status.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import BinaryIO, Literal

from newscli.errors import InputError, InputWarning
from newscli.io.decode import decode
from newscli.io.legacy import repair_legacy_font
from newscli.io.mojibake import repair_mojibake
from newscli.io.records import load_json, record_from_line, record_from_object
from newscli.model import Record

InputFormat = Literal["auto", "text", "jsonl"]
Item = Record | InputError | InputWarning

DIRECTORY_SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")
STDIN = "-"
# No article is this long; an input that is (``/dev/zero``, a runaway log) is an
# error of its own instead of a run that eats the machine's memory.
MAX_BYTES = 100_000_000
_CHUNK = 1 << 20
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SKIP_BUDGET = 1 << 30  # bytes read past an oversized line to find its end
_SURROGATE = re.compile("[\ud800-\udfff]")


def _too_large(limit: int) -> str:
    return f"larger than {limit:,} bytes (see --max-bytes)"


def _read_bounded(fh: BinaryIO, limit: int) -> bytes | None:
    """All of ``fh``, or None when it holds more than ``limit`` bytes."""
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


def iter_records(
    inputs: Iterable[str],
    input_format: InputFormat = "auto",
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Item]:
    """Records of every input in order; an empty ``inputs`` means standard input.

    A text, JSON or HTML input, or a JSON Lines record, of more than ``max_bytes``
    is an error of its own.  Inside a directory only regular files are read: a
    FIFO or device there is skipped with a warning (named alone, it is read)."""
    names = list(inputs) or [STDIN]
    for name in names:
        if name == STDIN:
            if stdin is None:
                yield InputError(STDIN, "standard input is not available")
                continue
            yield from _stdin_records(stdin, input_format, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _directory_records(path, input_format, max_bytes)
        else:
            yield from _file_records(path, shown_name(name), input_format, max_bytes)


def shown_name(name: str) -> str:
    """A file name as ids and messages show it: bytes that are not UTF-8 (which
    Python keeps as lone surrogates) as ``\\xff`` escapes, so the name can be written."""
    if not _SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _directory_records(root: Path, input_format: InputFormat, max_bytes: int) -> Iterator[Item]:
    found: list[Path] = []
    errors: list[InputError] = []

    def onerror(exc: OSError) -> None:
        errors.append(InputError(shown_name(str(exc.filename or root)), _os_reason(exc)))

    for dirpath, fname in _walk_files(str(root), onerror):
        if fname.lower().endswith(DIRECTORY_SUFFIXES):
            found.append(Path(dirpath) / fname)
    yield from errors
    for path in sorted(found):
        try:
            regular = stat.S_ISREG(path.stat().st_mode)
        except OSError:
            regular = True  # reading it names the problem
        if not regular:
            yield InputWarning(shown_name(str(path)), "skipped: not a regular file")
            continue
        yield from _file_records(path, shown_name(str(path)), input_format, max_bytes)


def _walk_files(root: str, onerror: Callable[[OSError], None]) -> Iterator[tuple[str, str]]:
    """(directory, name) of every non-directory below ``root``, as ``os.walk`` lists
    them, but with a stack instead of recursion, so a tree thousands of levels deep
    is walked too.  Linked directories are not entered: a symlink loop cannot make
    the walk endless."""
    stack = [root]
    while stack:
        top = stack.pop()
        try:
            with os.scandir(top) as it:
                entries = list(it)
        except OSError as exc:
            onerror(exc)
            continue
        subdirs = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                yield top, entry.name
            elif not entry.is_symlink():
                subdirs.append(entry.path)
        stack.extend(sorted(subdirs, reverse=True))


def _file_records(path: Path, label: str, input_format: InputFormat, max_bytes: int) -> Iterator[Item]:
    suffix = path.suffix.lower()
    fmt = input_format
    if fmt == "auto":
        fmt = "jsonl" if suffix == ".jsonl" else "text"
    try:
        with path.open("rb") as fh:
            if fmt == "jsonl":
                yield from _jsonl_records(fh, label, max_bytes=max_bytes)
                return
            data = _read_bounded(fh, max_bytes)
    except OSError as exc:
        yield InputError(label, _os_reason(exc))
        return
    if data is None:
        yield InputError(label, _too_large(max_bytes))
    elif input_format == "auto" and suffix == ".json":
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


def _checked(build: Callable[[], Record]) -> Iterator[Item]:
    """The record ``build`` makes (repaired if need be), or the error it raises in its place."""
    try:
        record = build()
    except InputError as exc:
        yield exc
        return
    yield from with_repair(record)


def with_repair(record: Record) -> Iterator[Item]:
    """The record, its text repaired (with a warning) when it is unambiguous mojibake or Hindi
    typed in a legacy font's encoding (Kruti Dev: "fgUnh" for हिन्दी).

    A JSON string can escape a lone surrogate (``"\\ud800"``), which no UTF-8 output can
    hold, in the text, the id or any metadata; each becomes U+FFFD, one code point for
    one, so offsets are unchanged.
    """
    meta = record.meta
    if (
        _SURROGATE.search(record.text)
        or _SURROGATE.search(record.id)
        or any(value is not None and _SURROGATE.search(value) for value in meta.values())
    ):
        record_id = _SURROGATE.sub("\ufffd", record.id)
        yield InputWarning(record_id, "lone surrogate code points replaced by U+FFFD")
        fixed = {key: None if value is None else _SURROGATE.sub("\ufffd", value) for key, value in meta.items()}
        record = Record(id=record_id, text=_SURROGATE.sub("\ufffd", record.text), meta=fixed)
    repair = repair_mojibake(record.text)
    if repair is not None:
        yield InputWarning(record.id, f"text was UTF-8 read as {repair.codepage}; repaired")
        yield Record(id=record.id, text=repair.text, meta=record.meta)
        return
    legacy = repair_legacy_font(record.text)
    if legacy is not None:
        yield InputWarning(record.id, f"text is in the {legacy.encoding} font's encoding; converted to Unicode")
        yield Record(id=record.id, text=legacy.text, meta=record.meta)
        return
    yield record


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


def _jsonl_records(fh: BinaryIO, label: str, first: bytes = b"", max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Stream a JSON Lines file record by record; memory holds one line at a time."""
    head = first or fh.read(4)
    if head.startswith(_WIDE_BOMS):
        # UTF-16 and UTF-32 cannot be split on b"\n" safely; such files are rare and small.
        rest = _read_bounded(fh, max_bytes)
        if rest is None:
            yield InputError(label, _too_large(max_bytes))
            return
        try:
            text = decode(head + rest, label)
        except InputError as exc:
            yield exc
            return
        # Only "\n" ends a JSON line: str.splitlines would also cut at U+2028 inside a string.
        lines: Iterable[tuple[int, str] | InputError] = enumerate(text.split("\n"), 1)
        yield from _lines_to_records(lines, label)
        return
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    yield from _lines_to_records(_decoded_lines(_chain_first(head, fh, max_bytes), label, max_bytes), label)


def _chain_first(head: bytes, fh: BinaryIO, limit: int) -> Iterator[bytes | bool]:
    """Lines of ``head`` (bytes already read) followed by the rest of ``fh``, cut at
    b"\n" only.  A line of more than ``limit`` bytes is skipped without being held
    in memory, and True stands in its place; False, when its end is not found
    within ten times ``limit`` or a gigabyte, whichever is more (``/dev/zero``), ends the input."""
    if head and not head.endswith(b"\n"):
        head += fh.readline(limit + 1)
    first = True
    while True:
        line = b""
        if first:
            first = False
            *lines, line = head.split(b"\n")
            yield from (part + b"\n" for part in lines)
        if not line:  # head ended at a line's end: go on with the rest of fh
            line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            ended = _skip_line(fh, max(10 * limit, _SKIP_BUDGET))
            yield ended
            if not ended:
                return
        else:
            yield line


def _skip_line(fh: BinaryIO, budget: int) -> bool:
    """Read past the rest of a line; False when ``budget`` bytes go by without its end."""
    while budget > 0:
        chunk = fh.readline(min(_CHUNK, budget))
        if not chunk or chunk.endswith(b"\n"):
            return True
        budget -= len(chunk)
    return False


def _decoded_lines(raw_lines: Iterable[bytes | bool], label: str, limit: int) -> Iterator[tuple[int, str] | InputError]:
    for lineno, raw in enumerate(raw_lines, 1):
        if isinstance(raw, bool):
            rest = "" if raw else "; the rest of the input is not read"
            yield InputError(f"{label}:{lineno}", _too_large(limit) + rest)
            continue
        try:
            yield lineno, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{label}:{lineno}", f"not UTF-8 text (byte offset {exc.start} in the line)")


def _lines_to_records(lines: Iterable[tuple[int, str] | InputError], label: str) -> Iterator[Item]:
    for entry in lines:
        if isinstance(entry, InputError):
            yield entry
            continue
        lineno, line = entry
        if not line.strip():
            continue
        yield from _checked(partial(record_from_line, line, label, lineno))


def _stdin_records(stdin: BinaryIO, input_format: InputFormat, max_bytes: int) -> Iterator[Item]:
    if input_format == "jsonl":
        yield from _jsonl_records(stdin, STDIN, max_bytes=max_bytes)
        return
    if input_format == "text":
        yield from _bounded_text(b"", stdin, max_bytes)
        return
    # auto: JSON Lines when the first non-blank character is "{".
    lead = b""
    while len(lead) <= max_bytes:
        chunk = stdin.readline(max_bytes + 1 - len(lead))
        if not chunk:
            break
        lead += chunk
        stripped = lead.lstrip(b" \t\r\n\xef\xbb\xbf")
        if stripped:
            break
    if _starts_an_object(lead):
        yield from _jsonl_records(stdin, STDIN, first=lead, max_bytes=max_bytes)
    else:
        yield from _bounded_text(lead, stdin, max_bytes)


def _starts_an_object(lead: bytes) -> bool:
    """Does standard input begin with ``{`` after blanks, in UTF-8 or a BOM's encoding?"""
    for bom, codec in zip(_WIDE_BOMS, ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"), strict=True):
        if lead.startswith(bom):
            return lead[len(bom) : len(bom) + 256].decode(codec, errors="ignore").lstrip().startswith("{")
    return lead.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{")


def _bounded_text(lead: bytes, stdin: BinaryIO, limit: int) -> Iterator[Item]:
    rest = _read_bounded(stdin, limit - len(lead)) if len(lead) <= limit else None
    if rest is None:
        yield InputError(STDIN, _too_large(limit))
        return
    yield from _text_record(lead + rest, STDIN)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)
