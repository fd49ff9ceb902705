"""Drive one command over all inputs: records in, rows out, failures reported per input."""

from __future__ import annotations

import os
import sys
from typing import TextIO

import click

from newscli.batch import Outcome, run_batch
from newscli.cli.output import OutputTarget
from newscli.cli.progress import Progress
from newscli.errors import InputError, InputWarning, MissingExtraError
from newscli.io.sources import iter_records
from newscli.pipeline import PARSE_KEYS
from newscli.render.writers import RowWriter, make_writer

COLUMNS: dict[str, tuple[str, ...]] = {
    "parse": ("id", *PARSE_KEYS),
    "tokens": ("id", "index", "start", "end", "text", "kind", "norm"),
    "sentences": ("id", "index", "start", "end", "text"),
    "numbers": ("id", "start", "end", "text", "kind", "value", "unit", "approx"),
    "entities": ("id", "start", "end", "text", "type", "norm"),
    "entity-groups": ("id", "norm", "type", "mentions", "spellings", "start", "end"),
    "analyze": ("id", "metadata", "stats", "sentences", "tokens", "entities", "numbers"),
    "stats": ("section", "item", "value"),
}

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def report(message: str) -> None:
    click.echo(f"newscli: {message}", err=True)


def open_writer(command: str, fmt: str | None, out: TextIO) -> RowWriter:
    if fmt is None:
        fmt = "table" if out.isatty() else "jsonl"
    if fmt == "table":
        from newscli.render.table import TableWriter

        return TableWriter(out, command, color=out.isatty() and "NO_COLOR" not in os.environ)
    return make_writer(fmt, out, COLUMNS[command])


def run_command(
    command: str,
    inputs: tuple[str, ...],
    *,
    input_format: str,
    raw: bool,
    fmt: str | None,
    jobs: int = 1,
    output: str | None = None,
    quiet: bool = False,
    dask: str | None = None,
    ordered: bool = True,
) -> int:
    """Run ``command`` over ``inputs``; return the exit status."""
    stdin = sys.stdin.buffer
    if (not inputs or "-" in inputs) and sys.stdin.isatty():
        # Waiting for a person to type an article is never what they meant.
        report("no input: give files or directories, or pipe text or JSON Lines to standard input")
        return EXIT_USAGE
    target = OutputTarget(output)
    progress = Progress(enabled=not quiet)
    from newscli.corpus import CorpusStats

    corpus = CorpusStats()
    try:
        with target as out, progress:
            writer = open_writer(command, fmt, out)
            items = iter_records(inputs, input_format, stdin)  # type: ignore[arg-type]
            batch = run_batch(
                items, command, raw, jobs, dask=dask, ordered=ordered, text_format=writer.text_format
            )
            for result in batch:
                if isinstance(result, InputWarning):
                    if not quiet:
                        report(f"warning: {result}")
                    continue
                if isinstance(result, InputError):
                    report(str(result))
                    progress.advance(failed=True)
                    continue
                if result.part is not None:
                    corpus.merge(result.part)
                    progress.advance(count=result.records)
                    continue
                write_outcome(writer, result)
                progress.advance(failed=result.error is not None)
            if command == "stats":
                for row in corpus.rows():
                    writer.write(row)
            writer.close()
    except BrokenPipeError:
        quiet_stdout()
    except MissingExtraError as exc:
        report(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        where = f"; finished rows are in {target.partial_path}" if target.partial_path else ""
        report(f"interrupted after {progress.done} articles{where}")
        return EXIT_INTERRUPTED
    if progress.enabled:
        report(progress.summary())
    return EXIT_INPUT_FAILED if progress.failed else EXIT_OK


def write_outcome(writer: RowWriter, outcome: Outcome) -> None:
    if outcome.error is not None:
        report(f"{outcome.record_id}: {outcome.error}")
        return
    if outcome.encoded is not None:
        for data in outcome.encoded:
            writer.write_encoded(data)
    else:
        for row in outcome.rows:
            writer.write(row)
    writer.end_record()


def quiet_stdout() -> None:
    """The reader went away (``| head``): stop writing without an error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
