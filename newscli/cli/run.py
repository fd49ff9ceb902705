"""Drive one command over all inputs: records in, rows out, failures reported per input."""

from __future__ import annotations

import os
import sys
from typing import TextIO

import click

from newscli.errors import InputError, InputWarning
from newscli.io.sources import iter_records
from newscli.pipeline import PARSE_KEYS, rows_for
from newscli.render.writers import RowWriter, make_writer

COLUMNS: dict[str, tuple[str, ...]] = {
    "parse": ("id", *PARSE_KEYS),
    "tokens": ("id", "index", "start", "end", "text", "kind", "norm"),
    "sentences": ("id", "index", "start", "end", "text"),
    "numbers": ("id", "start", "end", "text", "kind", "value", "unit", "approx"),
    "entities": ("id", "start", "end", "text", "type", "norm"),
    "analyze": ("id", "metadata", "stats", "sentences", "tokens", "entities", "numbers"),
}

EXIT_OK = 0
EXIT_INPUT_FAILED = 1


def report(message: str) -> None:
    click.echo(f"newscli: {message}", err=True)


def open_writer(command: str, fmt: str | None, out: TextIO) -> RowWriter:
    if fmt is None:
        fmt = "table" if out.isatty() else "jsonl"
    if fmt == "table":
        from newscli.render.table import TableWriter

        return TableWriter(out, command, color=out.isatty() and "NO_COLOR" not in os.environ)
    return make_writer(fmt, out, COLUMNS[command])


def run_command(command: str, inputs: tuple[str, ...], *, input_format: str, raw: bool, fmt: str | None) -> int:
    """Run ``command`` over ``inputs``; return the exit status."""
    out = click.get_text_stream("stdout")
    stdin = click.get_binary_stream("stdin")
    failed = 0
    try:
        writer = open_writer(command, fmt, out)
        for item in iter_records(inputs, input_format, stdin):  # type: ignore[arg-type]
            if isinstance(item, InputError):
                report(str(item))
                failed += 1
                continue
            if isinstance(item, InputWarning):
                report(f"warning: {item}")
                continue
            try:
                rows = rows_for(command, item, raw)
            except Exception as exc:  # one article's bug must not cost the others
                report(f"{item.id}: could not be analysed ({type(exc).__name__}: {exc})")
                failed += 1
                continue
            for row in rows:
                writer.write(row)
            writer.end_record()
        writer.close()
    except BrokenPipeError:
        quiet_stdout()
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def quiet_stdout() -> None:
    """The reader went away (``| head``): stop writing without an error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


