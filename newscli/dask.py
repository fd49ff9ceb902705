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

from newscli.batch import Item, Outcome, Result, describe, process, process_each, process_stats_chunk
from newscli.errors import InputError, InputWarning, MissingExtraError
from newscli.model import Record

if TYPE_CHECKING:
    import dask.bag

INSTALL_HINT = "the dask extra is not installed; run: python3 -m pip install 'newscli[dask]'"
# Records per task: enough that scheduling overhead is small beside the work.
CHUNK = 16
# Chunks in flight per worker thread on the cluster: keeps it busy, keeps memory flat here.
CHUNKS_PER_THREAD = 4


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


_SCHEMES = ("tcp://", "tls://")


def check_address(address: str) -> str:
    """``address`` if it names a scheduler (``tcp://host:port``, ``tls://host:port`` or
    ``host:port``), else a ``ValueError`` saying what is wrong, before any wait."""
    rest = address
    for scheme in _SCHEMES:
        if address.startswith(scheme):
            rest = address[len(scheme) :]
            break
    else:
        if "://" in address:
            raise ValueError(f"{address}: a Dask scheduler address is tcp://HOST:PORT or tls://HOST:PORT")
    host, sep, port = rest.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{address}: a Dask scheduler address is HOST:PORT, e.g. tcp://127.0.0.1:8786")
    return address


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
    """Like ``batch.run_batch``, on the cluster at ``address`` (or an existing Client).

    Records travel in chunks (one task each) so that per-task overhead does not
    dominate; a chunk whose worker died is run again record by record, so the
    record that kills a worker is the only one reported.
    """
    _require_distributed()
    client = connect(address) if isinstance(address, str) else address
    if command == "stats" and work is None:
        run_chunk: Callable[[list[Record]], list[Outcome]] = partial(process_stats_chunk, raw)
    else:
        run_chunk = partial(process_each, work or partial(process, command, raw, text_format=text_format))
    window = (sum(client.nthreads().values()) or 1) * CHUNKS_PER_THREAD
    try:
        submitted = (
            (entry, client.submit(run_chunk, entry, pure=False)) if isinstance(entry, list) else entry
            for entry in _chunks(items, CHUNK)
        )
        if ordered:
            yield from _in_order(client, run_chunk, submitted, window)
        else:
            yield from _as_finished(client, run_chunk, submitted, window)
    finally:
        if isinstance(address, str):
            client.close()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Record] | InputError | InputWarning]:
    """Records grouped in lists of ``size``; an error or warning ends the chunk before it, keeping order."""
    chunk: list[Record] = []
    for item in items:
        if isinstance(item, Record):
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
            continue
        if chunk:
            yield chunk
            chunk = []
        yield item
    if chunk:
        yield chunk


def _in_order(
    client: Any, run_chunk: Callable[[list[Record]], list[Outcome]], submitted: Iterator[Any], window: int
) -> Iterator[Result]:
    pending: deque[Any] = deque()
    for entry in submitted:
        pending.append(entry)
        while len(pending) >= window or (pending and _ready(pending[0])):
            yield from _results(client, run_chunk, pending.popleft())
    while pending:
        yield from _results(client, run_chunk, pending.popleft())


def _as_finished(
    client: Any, run_chunk: Callable[[list[Record]], list[Outcome]], submitted: Iterator[Any], window: int
) -> Iterator[Result]:
    from distributed import as_completed

    finished = as_completed(loop=client.loop)
    chunks: dict[str, list[Record]] = {}
    for entry in submitted:
        if not isinstance(entry, tuple):
            yield entry
            continue
        chunk, future = entry
        chunks[future.key] = chunk
        finished.add(future)
        if finished.count() >= window:
            done = next(finished)
            yield from _results(client, run_chunk, (chunks.pop(done.key), done))
    for done in finished:
        yield from _results(client, run_chunk, (chunks.pop(done.key), done))


def _ready(entry: Any) -> bool:
    return not isinstance(entry, tuple) or bool(entry[1].done())


def _results(client: Any, run_chunk: Callable[[list[Record]], list[Outcome]], entry: Any) -> Iterator[Result]:
    if not isinstance(entry, tuple):
        yield entry
        return
    chunk, future = entry
    try:
        yield from future.result()
        return
    except Exception as exc:
        if len(chunk) == 1:
            yield Outcome(chunk[0].id, error=f"failed on the cluster ({describe(exc)})")
            return
    finally:
        future.release()
    # The chunk's worker died: find out which record it was, one task per record.
    for record in chunk:
        yield from _results(client, run_chunk, ([record], client.submit(run_chunk, [record], pure=False)))
