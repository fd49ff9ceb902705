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

from newscli.batch import TOTALS, Item, Outcome, Result, describe, process, process_each, process_totals_chunk
from newscli.errors import ClusterLost, InputError, InputWarning, MissingExtraError
from newscli.model import Record

if TYPE_CHECKING:
    import dask.bag

INSTALL_HINT = "the dask extra is not installed; run: python3 -m pip install 'newscli[dask]'"
# Records per task: enough that scheduling overhead is small beside the work.
CHUNK = 16
# Chunks in flight per worker thread on the cluster: keeps it busy, keeps memory flat here.
CHUNKS_PER_THREAD = 4
# How long a run waits for a cluster with no workers (or an unreachable scheduler) to
# recover before it gives up (``--dask-timeout``), and how often it looks.
TIMEOUT = 60.0
POLL_SECONDS = 1.0


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
    mapped: dask.bag.Bag = bag.map(analyze_record, raw=raw)  # type: ignore[no-untyped-call]
    return mapped


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
    timeout: float = TIMEOUT,
) -> Iterator[Result]:
    """Like ``batch.run_batch``, on the cluster at ``address`` (or an existing Client).

    Records travel in chunks (one task each) so that per-task overhead does not
    dominate; a chunk whose worker died is run again record by record, so the
    record that kills a worker is the only one reported.  A long task is waited for
    as long as it takes, but a cluster that has had no workers, or whose scheduler
    has not answered, for ``timeout`` seconds raises :class:`ClusterLost`.
    """
    _require_distributed()
    client = connect(address) if isinstance(address, str) else address
    if command in TOTALS and work is None:
        run_chunk: Callable[[list[Record]], list[Outcome]] = partial(process_totals_chunk, command, raw)
    else:
        run_chunk = partial(process_each, work or partial(process, command, raw, text_format=text_format))
    window = (sum(client.nthreads().values()) or 1) * CHUNKS_PER_THREAD
    watch = _Watch(client, timeout, address if isinstance(address, str) else str(client.scheduler.address))
    try:
        submitted = (
            (entry, watch.submit(run_chunk, entry)) if isinstance(entry, list) else entry
            for entry in _chunks(items, CHUNK)
        )
        if ordered:
            yield from _in_order(watch, run_chunk, submitted, window)
        else:
            yield from _as_finished(watch, run_chunk, submitted, window)
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


class _Watch:
    """Waits for futures, and tells a slow task from a dead cluster: the wait goes on
    while the scheduler answers and has workers, and ends in :class:`ClusterLost`
    once it has had none, or not answered, for ``timeout`` seconds together."""

    def __init__(self, client: Any, timeout: float, address: str) -> None:
        self.client = client
        self.timeout = timeout
        self.address = address
        self._down_since: float | None = None

    def wait(self, futures: list[Any]) -> None:
        """Return once any of ``futures`` is done."""
        import queue
        import time

        done: queue.SimpleQueue[Any] = queue.SimpleQueue()
        for future in futures:
            future.add_done_callback(done.put)  # called at once when it is done already
        while True:
            try:
                done.get(timeout=POLL_SECONDS)
                return
            except queue.Empty:
                pass
            if self._healthy():
                self._down_since = None
                continue
            now = time.monotonic()
            if self._down_since is None:
                self._down_since = now
            elif now - self._down_since >= self.timeout:
                raise ClusterLost(
                    f"the Dask cluster at {self.address} has had no workers, or not answered, "
                    f"for {self.timeout:g} s (see --dask-timeout); the articles not yet done were not processed"
                )

    def submit(self, run_chunk: Callable[[list[Record]], list[Outcome]], chunk: list[Record]) -> Any:
        try:
            return self.client.submit(run_chunk, chunk, pure=False)
        except Exception as exc:
            raise self.lost(exc) from None

    def lost(self, exc: BaseException) -> ClusterLost:
        return ClusterLost(
            f"lost the connection to the Dask scheduler at {self.address} ({describe(exc)}); "
            "the articles not yet done were not processed"
        )

    def connected(self) -> bool:
        return bool(self.client.status == "running")

    def _healthy(self) -> bool:
        client = self.client
        if not self.connected():
            return False
        try:
            info = client.sync(client.scheduler.identity, n_workers=0, callback_timeout=POLL_SECONDS * 5)
        except Exception:  # any failure to get an answer is an unhealthy cluster
            return False
        return bool(info.get("n_workers"))


def _in_order(
    watch: _Watch, run_chunk: Callable[[list[Record]], list[Outcome]], submitted: Iterator[Any], window: int
) -> Iterator[Result]:
    pending: deque[Any] = deque()
    for entry in submitted:
        pending.append(entry)
        while len(pending) >= window or (pending and _ready(pending[0])):
            yield from _results(watch, run_chunk, pending.popleft())
    while pending:
        yield from _results(watch, run_chunk, pending.popleft())


def _as_finished(
    watch: _Watch, run_chunk: Callable[[list[Record]], list[Outcome]], submitted: Iterator[Any], window: int
) -> Iterator[Result]:
    chunks: dict[Any, list[Record]] = {}
    for entry in submitted:
        if not isinstance(entry, tuple):
            yield entry
            continue
        chunk, future = entry
        chunks[future] = chunk
        if len(chunks) >= window:
            yield from _finished(watch, run_chunk, chunks)
    while chunks:
        yield from _finished(watch, run_chunk, chunks)


def _finished(
    watch: _Watch, run_chunk: Callable[[list[Record]], list[Outcome]], chunks: dict[Any, list[Record]]
) -> Iterator[Result]:
    """The results of the chunks that are done, once at least one is."""
    watch.wait(list(chunks))
    for future in [f for f in chunks if f.done()]:
        yield from _results(watch, run_chunk, (chunks.pop(future), future))


def _ready(entry: Any) -> bool:
    return not isinstance(entry, tuple) or bool(entry[1].done())


def _results(watch: _Watch, run_chunk: Callable[[list[Record]], list[Outcome]], entry: Any) -> Iterator[Result]:
    if not isinstance(entry, tuple):
        yield entry
        return
    chunk, future = entry
    try:
        watch.wait([future])
        yield from future.result()
        return
    except ClusterLost:
        raise
    except Exception as exc:
        if not watch.connected():  # the scheduler is gone, not this chunk's worker
            raise watch.lost(exc) from None
        if len(chunk) == 1:
            yield Outcome(chunk[0].id, error=f"failed on the cluster ({describe(exc)})")
            return
    finally:
        future.release()
    # The chunk's worker died: find out which record it was, one task per record.
    for record in chunk:
        yield from _results(watch, run_chunk, ([record], watch.submit(run_chunk, [record])))
