"""Batch throughput, memory and start-up of the newscli command line, as ratios measured in one run.

    python3 bench/bench_cli.py [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N] [--runs 3]

Reports `analyze` throughput (articles/s, MB/s of article text) for -j 1 and -j 2
(and for -j 1 with --raw, which skips the article parser), the best of --runs
interleaved rounds,
and through a local Dask cluster of two single-thread workers (when the dask extra
is installed); peak memory (max RSS) for the first --memory-articles articles and for
10 copies of them concatenated; and the start-up time of `newscli --help` and
`newscli parse` on the seed against `python -c "import click"`. Needs ../shared (the
corpus); says so when it is absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import REPO, bench_arguments, require_corpus

SEED = REPO / "seeds" / "000_335be22ba1ea1f16.txt"
NEWSCLI = [sys.executable, "-m", "newscli"]


def run(argv: list[str]) -> float:
    """Wall seconds of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return seconds


def peak_rss(argv: list[str]) -> int:
    """Peak RSS (KiB) of one child process (run it with -j 1: workers are not counted)."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return int(usage.ru_maxrss)


def best_of(n: int, argv: list[str]) -> float:
    return min(run(argv) for _ in range(n))


def run_on_local_cluster(analyze: list[str], corpus: Path) -> float | None:
    """Seconds for `analyze --dask` on a two-worker LocalCluster started here, or None without the extra."""
    try:
        from distributed import LocalCluster
    except ImportError:
        print("analyze --dask: skipped (pip install 'newscli[dask]')")
        return None
    # The scheduler (in this process) and the workers import newscli from this checkout.
    sys.path.insert(0, str(REPO))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run([*analyze, "--dask", cluster.scheduler_address, str(corpus)])  # warm the workers' models
        return run([*analyze, "--dask", cluster.scheduler_address, str(corpus)])


def corpus_chars(path: Path) -> tuple[int, int]:
    articles, size = 0, 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                articles += 1
                size += len(json.loads(line)["text"].encode("utf-8"))
    return articles, size


def main() -> None:
    ap = bench_arguments(__doc__, repeat=5, repeat_help="start-up runs per command (best is kept)")
    ap.add_argument(
        "--memory-articles", type=int, default=250, help="articles in the 1x memory input (10x is ten copies)"
    )
    ap.add_argument("--runs", type=int, default=3, help="throughput rounds (-j 1, -j 2, --raw each; best is kept)")
    ap.add_argument("--no-dask", action="store_true", help="skip the local Dask cluster comparison")
    args = ap.parse_args()
    require_corpus(args.corpus)

    with tempfile.TemporaryDirectory(prefix="newscli-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        lines = [ln for ln in args.corpus.read_text(encoding="utf-8").split("\n") if ln.strip()]
        if args.limit:
            lines = lines[: args.limit]
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        small = Path(tmp) / "memory1.jsonl"
        small.write_text("\n".join(lines[: args.memory_articles]) + "\n", encoding="utf-8")
        big = Path(tmp) / "memory10.jsonl"
        with big.open("w", encoding="utf-8") as fh:
            for _ in range(10):
                fh.write("\n".join(lines[: args.memory_articles]) + "\n")
        articles, text_bytes = corpus_chars(corpus)
        mb = text_bytes / 1e6
        print(f"corpus: {articles} articles, {mb:.2f} MB of article text (UTF-8)")

        # As users run it on articles: the article parser first, then every extractor.
        analyze = [*NEWSCLI, "analyze", "--quiet", "--format", "jsonl"]
        # Rounds of -j 1, -j 2 and --raw in turn, the best of each kept: a shared machine
        # only ever adds time, and interleaving spreads a slow spell over all three.
        settings = {"1": ["-j", "1"], "2": ["-j", "2"], "raw": ["--raw", "-j", "1"]}
        runs: dict[str, list[float]] = {name: [] for name in settings}
        for _ in range(args.runs):
            for name, extra in settings.items():
                runs[name].append(run([*analyze, *extra, str(corpus)]))
        timings = {name: min(seconds) for name, seconds in runs.items()}
        for jobs in ("1", "2"):
            seconds = timings[jobs]
            each = ", ".join(f"{t:.1f}" for t in runs[jobs])
            print(
                f"analyze -j {jobs}: {seconds:.1f} s  {articles / seconds:.1f} articles/s  {mb / seconds:.2f} MB/s"
                f"  (best of {each} s)"
            )
        print(f"speed-up -j 2 / -j 1: {timings['1'] / timings['2']:.2f}x")
        raw_seconds = timings["raw"]
        print(f"analyze --raw -j 1 (no article parser): {raw_seconds:.1f} s  {mb / raw_seconds:.2f} MB/s")
        if not args.no_dask:
            dask_seconds = run_on_local_cluster(analyze, corpus)
            if dask_seconds is not None:
                print(
                    f"analyze --dask (local cluster, 2 workers x 1 thread): {dask_seconds:.1f} s  "
                    f"{articles / dask_seconds:.1f} articles/s  {dask_seconds / timings['2']:.2f}x the time of -j 2"
                )

        rss1 = peak_rss([*analyze, str(small)])
        rss10 = peak_rss([*analyze, str(big)])
        print(
            f"peak RSS ({args.memory_articles} articles and 10 copies): 1x {rss1 / 1024:.0f} MiB, "
            f"10x {rss10 / 1024:.0f} MiB, ratio {rss10 / rss1:.2f}"
        )

    # pip compiles an installed package's bytecode; do the same for this checkout, so that
    # start-up is not charged for compiling sources (PYTHONDONTWRITEBYTECODE may be set).
    import compileall

    compileall.compile_dir(str(REPO / "newscli"), quiet=1)
    click_s = best_of(args.repeat, [sys.executable, "-c", "import click"])
    help_s = best_of(args.repeat, [*NEWSCLI, "--help"])
    parse_s = best_of(args.repeat, [*NEWSCLI, "parse", "--format", "jsonl", str(SEED)])
    print(f"start-up: import click {click_s * 1000:.0f} ms")
    print(f"  newscli --help       {help_s * 1000:.0f} ms  ({help_s / click_s:.2f}x)")
    print(f"  newscli parse seed   {parse_s * 1000:.0f} ms  ({parse_s / click_s:.2f}x)")


if __name__ == "__main__":
    main()
