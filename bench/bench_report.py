"""`newscli report` against `newscli stats` on the same input, measured in one run.

    python3 bench/bench_report.py [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N] [--runs 3]
                                  [--screenshots docs/report]

Both commands do the same per-article work (the report's part is made from the values
its stats part is made from), so the report should cost little more: wall time (best of
--runs interleaved rounds) and peak RSS (-j 1, so workers do not hide memory), each as a
ratio of stats's. Then the page: its size for the seed and for the corpus, and, when
Chromium is on PATH, how long headless Chromium (network blocked) takes to load it,
beside an empty page; with --screenshots, PNGs of both pages are saved there. Needs
../shared (the corpus); says so when it is absent.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import REPO, bench_arguments, require_corpus

sys.path.insert(0, str(REPO / "tests"))
# The tests' browser helper: one place knows Chromium's flags.
from headless import chromium, load

SEED = REPO / "seeds" / "000_335be22ba1ea1f16.txt"
NEWSCLI = [sys.executable, "-m", "newscli"]
# The page's width (its body is at most 1000 px) and tall enough for its charts: the
# seed's page whole, the corpus's through its money section (the article table is cut off).
SHOT_SIZES = {"seed": (1040, 2620), "bench": (1040, 4400)}


def measure(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv)} failed ({code}): {err.decode()[-2000:]}")
    return seconds, int(usage.ru_maxrss)


def main() -> None:
    ap = bench_arguments(__doc__, repeat=None)
    ap.add_argument("--runs", type=int, default=3, help="rounds of stats and report in turn (best is kept)")
    ap.add_argument("--screenshots", type=Path, help="save seed.png and bench.png of the pages in this directory")
    args = ap.parse_args()
    require_corpus(args.corpus)
    with tempfile.TemporaryDirectory(prefix="newscli-bench-report-") as tmp:
        corpus = args.corpus
        if args.limit:
            corpus = Path(tmp) / "corpus.jsonl"
            with args.corpus.open(encoding="utf-8") as fh:
                lines = [line for line in fh if line.strip()][: args.limit]
            corpus.write_text("".join(lines), encoding="utf-8")
        page = Path(tmp) / "report.html"
        stats = [*NEWSCLI, "stats", "--quiet", "--format", "jsonl", str(corpus)]
        report = [*NEWSCLI, "report", "--quiet", "-o", str(page), str(corpus)]
        times: dict[str, list[float]] = {"stats": [], "report": []}
        rss: dict[str, list[int]] = {"stats": [], "report": []}
        # Interleaved rounds, the best of each kept: a shared machine only ever adds time.
        for _ in range(args.runs):
            for name, argv in (("stats", stats), ("report", report)):
                seconds, kib = measure(argv)
                times[name].append(seconds)
                rss[name].append(kib)
        best = {name: min(ts) for name, ts in times.items()}
        peak = {name: min(ks) for name, ks in rss.items()}
        for name in ("stats", "report"):
            each = ", ".join(f"{t:.1f}" for t in times[name])
            print(f"{name:6}: {best[name]:.1f} s (best of {each}), peak RSS {peak[name] / 1024:.0f} MiB")
        wall, memory = best["report"] / best["stats"], peak["report"] / peak["stats"]
        print(f"report / stats: wall {wall:.3f}x, peak RSS {memory:.3f}x")

        seed_page = Path(tmp) / "seed.html"
        measure([*NEWSCLI, "report", "--quiet", "-o", str(seed_page), str(SEED)])
        print(f"page size: seed {seed_page.stat().st_size / 1024:.0f} KiB, corpus {page.stat().st_size / 1e6:.2f} MB")
        if chromium() is None:
            print("load time: skipped (no chromium on PATH)")
            return
        blank = Path(tmp) / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        pages = {"blank": blank, "seed": seed_page, "corpus": page}
        loads: dict[str, float] = {}
        for name, path in pages.items():
            runs = [load(path) for _ in range(3)]
            if any(r.console for r in runs):
                sys.exit(f"{name} page: console messages: {runs[0].console}")
            loads[name] = min(r.seconds for r in runs)
        print(
            f"headless chromium, network blocked, load and dump the DOM (best of 3): blank {loads['blank']:.2f} s, "
            f"seed {loads['seed']:.2f} s (+{loads['seed'] - loads['blank']:.2f}), "
            f"corpus {loads['corpus']:.2f} s (+{loads['corpus'] - loads['blank']:.2f})"
        )
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            for name, path in (("seed", seed_page), ("bench", page)):
                shot = args.screenshots / f"{name}.png"
                seconds = load(path, screenshot=shot, size=SHOT_SIZES[name]).seconds
                print(f"screenshot {shot} ({shot.stat().st_size / 1024:.0f} KiB, {seconds:.2f} s)")


if __name__ == "__main__":
    main()
