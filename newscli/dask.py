"""Running the per-article pipeline on a Dask cluster (the optional ``newscli[dask]`` extra).

``analyze_bag`` is for people who already hold a ``dask.bag`` of records;
``run_on_cluster`` is what ``--dask ADDRESS`` uses: the same ``process`` function
as local runs, with results streamed back in input order (or as they finish).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from newscli.batch import Item, Outcome, Result, describe, process, process_stats_chunk
from newscli.errors import MissingExtraError
from newscli.model import Record

if TYPE_CHECKING:
    import dask.bag

INSTALL_HINT = "the dask extra is not installed; run: python3 -m pip install 'newscli[dask]'"
# Records in flight per worker thread on the cluster: keeps it busy, keeps memory flat here.
WINDOW_PER_THREAD = 16
# Records per task for ``stats``, whose per-record results are merged on the worker.
STATS_CHUNK = 64


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtraError(INSTALL_HINT) from None
    return distributed


def analyze_record(record: Mapping[str, Any], raw: bool = False) -> dict[str, Any]:
    """The ``analyze`` row of one JSON Lines-style record: a pure, picklable function."""
    from newscli.pipeline import analyze

    return analyze(record, raw)


def analyze_bag(bag: dask.bag.Bag, raw: bool = False) -> dask.bag.Bag:
    """A bag of records (mappings with ``text`` or ``body``) to a bag of ``analyze`` rows."""
    return bag.map(analyze_record, raw=raw)


def connect(address: str) -> Any:
    distributed = _require_distributed()
    try:
        return distributed.Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise MissingExtraError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def run_on_cluster(
    items: Iterable[Item],
    command: str,
    raw: bool,
    address: str | Any,
    ordered: bool = True,
    work: Callable[[Record], Outcome] | None = None,
    text_format: str | None = None,
) -> Iterator[Result]:
    """Like ``batch.run_batch``, on the cluster at ``address`` (or an existing Client)."""
    _require_distributed()
    client = connect(address) if isinstance(address, str) else address
    window = (sum(client.nthreads().values()) or 1) * WINDOW_PER_THREAD
    try:
        if command == "stats" and work is None:
            yield from _stats_on_cluster(client, items, raw, window)
            return
        submitted = _submit_all(client, work or partial(process, command, raw, text_format=text_format), items)
        if ordered:
            yield from _in_order(submitted, window)
        else:
            yield from _as_finished(submitted, window, client)
    finally:
        if isinstance(address, str):
            client.close()


def _submit_all(client: Any, func: Callable[[Record], Outcome], items: Iterable[Item]) -> Iterator[Any]:
    """Each record as (id, future), lazily: nothing is submitted before the consumer asks."""
    for item in items:
        yield (item.id, client.submit(func, item, pure=False)) if isinstance(item, Record) else item


def _stats_on_cluster(client: Any, items: Iterable[Item], raw: bool, window: int) -> Iterator[Result]:
    """Records go in chunks and come back as one merged summary per chunk: only totals travel."""
    chunk: list[Record] = []
    futures: deque[Any] = deque()

    def flush() -> None:
        futures.append((chunk[0].id, client.submit(process_stats_chunk, raw, list(chunk), pure=False)))
        chunk.clear()

    def drain(limit: int) -> Iterator[Result]:
        while len(futures) > limit:
            record_id, future = futures.popleft()
            try:
                yield from future.result()
            except Exception as exc:
                yield Outcome(record_id, error=f"a chunk failed on the cluster ({describe(exc)})")
            finally:
                future.release()

    for item in items:
        if not isinstance(item, Record):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= STATS_CHUNK:
            flush()
            yield from drain(window // STATS_CHUNK + 1)
    if chunk:
        flush()
    yield from drain(0)


def _in_order(submitted: Iterator[Any], window: int) -> Iterator[Result]:
    pending: deque[Any] = deque()
    for entry in submitted:
        pending.append(entry)
        while len(pending) >= window or (pending and _ready(pending[0])):
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


def _as_finished(submitted: Iterator[Any], window: int, client: Any) -> Iterator[Result]:
    from distributed import as_completed

    finished = as_completed(loop=client.loop)
    ids: dict[str, str] = {}
    for entry in submitted:
        if not isinstance(entry, tuple):
            yield entry
            continue
        record_id, future = entry
        ids[future.key] = record_id
        finished.add(future)
        if finished.count() >= window:
            done = next(finished)
            yield _outcome(ids.pop(done.key), done)
    for done in finished:
        yield _outcome(ids.pop(done.key), done)


def _ready(entry: Any) -> bool:
    return not isinstance(entry, tuple) or bool(entry[1].done())


def _result(entry: Any) -> Result:
    if not isinstance(entry, tuple):
        return entry
    record_id, future = entry
    return _outcome(record_id, future)


def _outcome(record_id: str, future: Any) -> Outcome:
    try:
        return future.result()
    except Exception as exc:  # the worker died on this record (KilledWorker) or the task raised
        return Outcome(record_id, error=f"failed on the cluster ({describe(exc)})")
    finally:
        future.release()
