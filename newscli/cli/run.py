"""Drive one command over all inputs: records in, rows out, failures reported per input."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TextIO

import click

from newscli.batch import Outcome, Result, empty_totals, run_batch
from newscli.cli.output import OutputError, OutputTarget
from newscli.cli.progress import Progress
from newscli.columns import COLUMNS
from newscli.corpus import CorpusStats, Totals
from newscli.errors import ClusterLost, InputError, InputWarning, MissingExtraError, MissingExtraInput
from newscli.io.sources import MAX_BYTES, iter_records
from newscli.render.joiner import PieceJoiner
from newscli.render.writers import RowWriter, make_writer

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: the run ends as on Ctrl-C, with its own exit status."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.status = 128 + signum


ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _end_run(signum: int, frame: object) -> None:
    # The first signal ends the run; the ones after it (a second Ctrl-C, the shell's
    # SIGHUP after a SIGTERM) must not break off the clean-up that keeps FILE.partial.
    for sig in ENDING_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


@contextmanager
def ending_signals() -> Iterator[None]:
    """Ctrl-C, SIGTERM (a scheduler's time-out) and SIGHUP (a closed terminal) end the
    run alike: finished rows kept, workers killed, no litter."""
    previous = {}
    for sig in ENDING_SIGNALS:
        if signal.getsignal(sig) == signal.SIG_IGN:
            continue  # ignored by whoever started us (``nohup``, a background job): stays so
        with suppress(ValueError):  # not the main thread: signals are the caller's
            previous[sig] = signal.signal(sig, _end_run)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def report(message: str) -> None:
    click.echo(f"newscli: {message}", err=True)


def open_writer(command: str, fmt: str | None, out: TextIO) -> RowWriter:
    if command == "report":
        return RowWriter(out)  # the page is written whole at the end, not row by row
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
    max_bytes: int = MAX_BYTES,
    dask_timeout: float | None = None,
) -> int:
    """Run ``command`` over ``inputs``; return the exit status."""
    reading = Reading(inputs, input_format, raw, jobs, dask, dask_timeout, ordered, quiet, max_bytes)
    if output in (None, "-") and sys.stdout is None:
        report("cannot write standard output: it is closed (give -o FILE)")
        return EXIT_USAGE
    if command == "report" and output in (None, "-") and sys.stdout.isatty():
        # A page of HTML on the screen is never what was meant.
        report("report writes an HTML page: give -o FILE or redirect standard output")
        return EXIT_USAGE
    if (not inputs or "-" in inputs) and sys.stdin is not None and sys.stdin.isatty():
        # Waiting for a person to type an article is never what they meant.
        report("no input: give files or directories, or pipe text or JSON Lines to standard input")
        return EXIT_USAGE
    if dask:
        from newscli.dask import check_address

        try:
            check_address(dask)
        except ValueError as exc:
            report(str(exc))
            return EXIT_USAGE
    try:
        target = OutputTarget(output)
        target.refuse_inputs(inputs)
    except OutputError as exc:
        report(str(exc))
        return EXIT_USAGE
    progress = Progress(enabled=not quiet)
    totals = empty_totals(command)
    started = False
    missing_extra = False
    try:
        with ending_signals(), target as out, progress:
            started = True
            writer = open_writer(command, fmt, out)
            try:
                missing_extra = _write_results(writer, command, totals, progress, reading)
            except KeyboardInterrupt:
                if command == "report":  # the page of the articles done, in FILE.partial
                    write_page(out, totals, f"Interrupted: only the first {progress.done} articles are counted.")
                writer.close()  # a JSON array is closed, so the finished rows stay valid JSON
                raise
            if command == "report":
                write_page(out, totals)
            writer.close()
    except BrokenPipeError:
        quiet_stdout()
    except MissingExtraError as exc:
        report(str(exc))
        return EXIT_USAGE
    except OutputError as exc:
        report(str(exc))
        return EXIT_INPUT_FAILED if started else EXIT_USAGE
    except KeyboardInterrupt as exc:
        where = f"; finished rows are in {target.partial_path}" if target.partial_path else ""
        report(f"interrupted after {progress.done} articles{where}")
        return exc.status if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    except OSError as exc:
        if exc.filename is not None:
            raise
        # A write to the output failed (a full disk, a device gone): its file is removed.
        report(f"cannot write {output if target.path else 'standard output'}: {exc.strerror or exc}")
        return EXIT_INPUT_FAILED
    if progress.enabled:
        report(progress.summary())
    if missing_extra:
        return EXIT_USAGE
    return EXIT_INPUT_FAILED if progress.failed else EXIT_OK


@dataclass(frozen=True, slots=True)
class Reading:
    """What a run reads and how: the inputs and the options that shape the batch."""

    inputs: tuple[str, ...]
    input_format: str
    raw: bool
    jobs: int
    dask: str | None
    dask_timeout: float | None
    ordered: bool
    quiet: bool
    max_bytes: int


def _write_results(writer: RowWriter, command: str, totals: Totals, progress: Progress, reading: Reading) -> bool:
    """Write every result; True when an input needed an optional extra that is missing.

    A cluster that is lost ends the run early: what was done is written (the output
    file is complete for those articles) and the loss is the run's failure."""
    missing_extra = False
    # None when standard input was closed: reading "-" is then that input's error.
    stdin = sys.stdin.buffer if sys.stdin is not None else None
    items = iter_records(reading.inputs, reading.input_format, stdin, reading.max_bytes)  # type: ignore[arg-type]
    batch = run_batch(
        items,
        command,
        reading.raw,
        reading.jobs,
        dask=reading.dask,
        ordered=reading.ordered,
        text_format=writer.text_format,
        dask_timeout=reading.dask_timeout,
    )
    try:
        missing_extra = _write_batch(writer, command, totals, progress, batch, reading.quiet)
    except ClusterLost as exc:
        report(str(exc))
        progress.advance(failed=True, count=0)
    if isinstance(totals, CorpusStats) and command == "stats":
        for row in totals.rows():
            writer.write(row)
    return missing_extra


def write_page(out: TextIO, totals: Totals, note: str | None = None) -> None:
    from newscli.report.data import ReportStats
    from newscli.report.html import render_page

    if isinstance(totals, ReportStats):
        out.write(render_page(totals, note=note))


def _write_batch(
    writer: RowWriter, command: str, totals: Totals, progress: Progress, batch: Iterator[Result], quiet: bool
) -> bool:
    missing_extra = False
    joined = PieceJoiner(writer, command)
    for result in batch:
        if isinstance(result, InputWarning):
            if not quiet:
                report(f"warning: {result}")
            continue
        if isinstance(result, InputError):
            report(str(result))
            progress.advance(failed=True)
            missing_extra = missing_extra or isinstance(result, MissingExtraInput)
            continue
        if result.part is not None:
            totals.merge(result.part)
            progress.advance(count=result.records)
            continue
        if result.piece is not None:
            if result.error is not None:
                report(f"{result.record_id}: {result.error}")
            if joined.add(result):
                progress.advance(failed=joined.failed)
            continue
        write_outcome(writer, result)
        progress.advance(failed=result.error is not None)
    return missing_extra


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
