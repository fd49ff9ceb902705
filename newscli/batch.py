"""Many records through one command, in this process or in worker processes.

Results come back in input order, with input errors and warnings in their
places, so the caller can write and report as it goes. At most a small window
of records is in flight, so memory does not grow with the input.
"""

from __future__ import annotations

import gc
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from newscli import pieces
from newscli.errors import InputError, InputWarning
from newscli.model import Piece, Record
from newscli.pipeline import (
    Row,
    analysis_parts,
    corpus_part,
    parse_record,
    report_part,
    row_batches,
    rows_for,
    shift_rows,
)
from newscli.serialize import rows_bytes

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from newscli.corpus import Totals
    from newscli.text.stats import TextCounts

# A batch makes millions of short-lived objects (tokens, rows), which reference
# counting frees, while the caches of the tokenizer and the tagger hold hundreds of
# thousands of long-lived ones. At Python's default threshold (700 allocations) the
# cyclic collector runs thousands of times over a corpus and rescans those caches in
# its older generations, about a twentieth of an ``analyze`` run. Collecting less
# often frees the same memory: reference cycles are rare here.
GC_THRESHOLD = (50_000, 20, 100)

ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
WATCH_SECONDS = 0.5  # how often a worker without a process descriptor checks its parent
EXIT_ORPHANED = 1

# The commands whose result is one summary of the whole corpus, merged as it comes.
TOTALS = frozenset({"stats", "report"})

# Records in flight per worker: enough to keep every worker busy, small enough
# that memory stays flat however long the input is.
WINDOW_PER_JOB = 8


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one record gave: its rows (or, for ``stats`` and ``report``, its corpus summary), or why it failed."""

    record_id: str
    rows: list[Row] = field(default_factory=list)
    error: str | None = None
    part: Totals | None = None
    records: int = 1  # how many records a merged ``part`` covers
    encoded: list[bytes] | None = None  # the rows already serialized, when the worker was asked to
    piece: tuple[bool, bool] | None = None  # (first, last) when the rows are one piece's of a long text
    counts: TextCounts | None = None  # an ``analyze`` piece's statistics, to be added up


Item = Record | InputError | InputWarning
Result = Outcome | InputError | InputWarning


def process(command: str, raw: bool, record: Record, text_format: str | None = None) -> Outcome:
    """Rows of one record; any failure inside the pipeline is that record's failure only.

    With ``text_format`` (``jsonl`` or ``json``) the rows come back serialized: a worker
    then does the encoding, and only bytes cross back to the writing process.
    """
    try:
        if isinstance(record, Piece):
            return _piece_outcome(command, record)
        if command == "stats":
            return Outcome(record.id, part=corpus_part(record, raw))
        if command == "report":
            return Outcome(record.id, part=report_part(record, raw))
        if text_format is None:
            return Outcome(record.id, rows_for(command, record, raw))
        # A long text's rows come a window at a time: each batch is encoded as it comes,
        # so only bytes are held, not every row of the text at once.
        encoded = [rows_bytes(batch, text_format) for batch in row_batches(command, record, raw) if batch]
        return Outcome(record.id, encoded=encoded)
    except Exception as exc:
        return Outcome(record.id, error=f"could not be analysed ({describe(exc)})")


def _piece_outcome(command: str, piece: Piece) -> Outcome:
    """A piece's rows with their offsets in the whole text; for ``entity-groups`` its
    mentions, which the writer merges over all the pieces."""
    where = (piece.first, piece.last)
    if command == "analyze":
        lists, counts = analysis_parts(parse_record(piece, raw=True))
        for rows in lists.values():
            shift_rows(rows, piece.offset)
        # The body is the piece's text as it is: the writer joins the pieces and strips the whole.
        return Outcome(piece.id, [{"body": piece.text, **lists}], piece=where, counts=counts)
    command = "entities" if command == "entity-groups" else command
    rows = [row for batch in row_batches(command, piece, True, piece.offset) for row in batch]
    return Outcome(piece.id, rows, piece=where)


def process_each(work: Callable[[Record], Outcome], records: list[Record]) -> list[Outcome]:
    """``work`` over several records in one task (cluster runs send records in chunks)."""
    return [work(record) for record in records]


def describe(exc: BaseException) -> str:
    """An exception as one line: its type and its message with whitespace collapsed."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def empty_totals(command: str) -> Totals:
    """The summary that ``command``'s parts (one of :data:`TOTALS`) are merged into."""
    if command == "report":
        from newscli.report.data import ReportStats

        return ReportStats()
    from newscli.corpus import CorpusStats

    return CorpusStats()


def process_totals_chunk(command: str, raw: bool, records: list[Record]) -> list[Outcome]:
    """``stats`` or ``report`` for several records at once, merged where they run: one
    summary plus any failures."""
    merged = empty_totals(command)
    out: list[Outcome] = []
    ok = 0
    for record in records:
        outcome = process(command, raw, record)
        if outcome.part is None:
            out.append(outcome)
        else:
            merged.merge(outcome.part)
            ok += 1
    if ok:
        out.insert(0, Outcome(records[0].id, part=merged, records=ok))
    return out


def resolve_jobs(jobs: int) -> int:
    return (os.cpu_count() or 1) if jobs <= 0 else jobs


def run_batch(
    items: Iterable[Item],
    command: str,
    raw: bool = False,
    jobs: int = 1,
    dask: str | None = None,
    ordered: bool = True,
    text_format: str | None = None,
    dask_timeout: float | None = None,
) -> Iterator[Result]:
    """Outcomes of every record of ``items``, in order, errors and warnings passed through.

    With ``dask`` (a scheduler address) the records run on that cluster instead;
    ``ordered=False`` then yields them as they finish, and ``dask_timeout`` is how long
    a cluster without workers is waited for (:data:`newscli.dask.TIMEOUT` by default).
    """
    if raw and command in pieces.PIECEWISE and ordered:
        # A long text's pieces go through as records of their own (unordered cluster
        # runs keep whole texts: the writer needs a text's pieces in order).
        items = _in_pieces(items)
    if dask:
        from newscli.dask import TIMEOUT, run_on_cluster

        timeout = TIMEOUT if dask_timeout is None else dask_timeout
        yield from run_on_cluster(items, command, raw, dask, ordered=ordered, text_format=text_format, timeout=timeout)
        return
    work = partial(process, command, raw, text_format=text_format)
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        if command in ONE_ROW:
            # Here the writer is in this process: it encodes the one row as it writes it,
            # a long body a block at a time, instead of one allocation of the whole row.
            work = partial(process, command, raw)
        with batch_gc():
            for item in items:
                yield work(item) if isinstance(item, Record) else item
        return
    yield from _ordered_parallel(work, items, jobs)


# Commands that give one row per record.
ONE_ROW = frozenset({"parse", "analyze"})


def _in_pieces(items: Iterable[Item]) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Record):
            yield from pieces.pieces(item, pieces.PIECE_CHARS)
        else:
            yield item


@contextmanager
def batch_gc() -> Iterator[None]:
    """Run the block with the collector at :data:`GC_THRESHOLD`, then as it was."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _start_worker(parent: int) -> None:
    # Ctrl-C, SIGTERM and SIGHUP are the parent's to handle (they reach the whole process
    # group); the parent kills its workers when it ends early.
    for sig in ENDING_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    gc.set_threshold(*GC_THRESHOLD)  # a worker does nothing but the batch
    threading.Thread(target=_exit_with, args=(parent,), name="newscli-watchdog", daemon=True).start()


def _exit_with(parent: int) -> None:
    """Wait for the process ``parent`` to end, then end this one: a parent killed with
    SIGKILL (the OOM killer, ``kill -9``) handles nothing, and its workers would
    otherwise live on, holding the pipeline's output open."""
    try:
        fd = os.pidfd_open(parent)
    except (AttributeError, OSError):  # not Linux 5.3 or later: watch for being re-parented
        while os.getppid() == parent:
            time.sleep(WATCH_SECONDS)
    else:
        select.select([fd], [], [])  # a process's descriptor becomes readable when it ends
    os._exit(EXIT_ORPHANED)


def _ordered_parallel(work: Callable[[Record], Outcome], items: Iterable[Item], jobs: int) -> Iterator[Result]:
    pending: deque[_Pending | InputError | InputWarning] = deque()
    window = jobs * WINDOW_PER_JOB
    pool = _Pool(jobs)
    try:
        for item in items:
            pending.append(pool.submit(work, item) if isinstance(item, Record) else item)
            while len(pending) >= window or (pending and _ready(pending[0])):
                yield _result(pool, work, pending.popleft())
        while pending:
            yield _result(pool, work, pending.popleft())
    except BaseException:
        # Interrupted, or the reader went away: the records in flight are not wanted.
        pool.abandon()
        raise
    pool.close()


@dataclass(slots=True)
class _Pending:
    record: Record
    future: Future[Outcome]
    executor: ProcessPoolExecutor


class _Pool:
    """A process pool that is replaced when a worker dies (killed, out of memory):
    the records it held are tried once more in the new one, so a dead worker costs
    its own record, not the run."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # Imported here: process pools cost start-up time that single-process runs should not pay.
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.jobs, initializer=_start_worker, initargs=(os.getpid(),))

    def submit(self, work: Callable[[Record], Outcome], record: Record) -> _Pending:
        return _Pending(record, self.executor.submit(work, record), self.executor)

    def renew(self, broken: ProcessPoolExecutor) -> None:
        """A fresh pool in place of ``broken``, unless it was replaced already."""
        if self.executor is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def abandon(self) -> None:
        """End the pool at once: its workers are killed, not waited for, so a run
        interrupted while a worker is deep in a long article ends now, and a second
        Ctrl-C meanwhile cannot leave the pool half shut down."""
        previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in ENDING_SIGNALS}
        try:
            _kill_workers(self.executor)
            self.executor.shutdown(wait=True, cancel_futures=True)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _kill_workers(executor: ProcessPoolExecutor) -> None:
    kill = getattr(executor, "kill_workers", None)  # public from Python 3.14
    if kill is not None:
        kill()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with suppress(OSError, ValueError):  # gone already
            process.kill()


def _ready(entry: Any) -> bool:
    return not isinstance(entry, _Pending) or entry.future.done()


def _result(pool: _Pool, work: Callable[[Record], Outcome], entry: _Pending | InputError | InputWarning) -> Result:
    from concurrent.futures.process import BrokenProcessPool

    if not isinstance(entry, _Pending):
        return entry
    try:
        return entry.future.result()
    except BrokenProcessPool:
        pool.renew(entry.executor)
    except Exception as exc:
        return Outcome(entry.record.id, error=f"worker failed ({describe(exc)})")
    # The pool broke under this record or beside it: once more in a fresh one.
    retry = pool.submit(work, entry.record)
    try:
        return retry.future.result()
    except BrokenProcessPool as exc:
        pool.renew(retry.executor)
        return Outcome(entry.record.id, error=f"a worker died on this record twice ({describe(exc)})")
    except Exception as exc:
        return Outcome(entry.record.id, error=f"worker failed ({describe(exc)})")
