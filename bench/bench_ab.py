"""`analyze -j 1` throughput of this tree against another checkout, in one run.

    python3 bench/bench_ab.py BASE_TREE [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N] [--repeat 3]

BASE_TREE is another checkout of newscli (``git worktree add /tmp/base COMMIT``).
Both run ``python -m newscli analyze -j 1 --input-format jsonl`` over the corpus
with their own package first on ``PYTHONPATH``, alternating base and new
``--repeat`` times, so drifts of the machine's speed fall on both alike.  Prints
each pair's seconds and ratio, and the best of each against the other.  Needs
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


def timed(tree: Path, corpus: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree))
    argv = [sys.executable, "-m", "newscli", "analyze", "-j", "1", "--input-format", "jsonl", str(corpus)]
    t0 = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tree)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{tree}: analyze failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return seconds


def main() -> int:
    ap = bench_arguments(__doc__, repeat=3)
    ap.add_argument("base", type=Path, help="the checkout to compare with")
    args = ap.parse_args()
    require_corpus(args.corpus)
    if not args.limit:
        return compare(args.base.resolve(), args.corpus.resolve(), args.repeat)
    lines = args.corpus.read_text(encoding="utf-8").splitlines(keepends=True)[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(lines), encoding="utf-8")
        return compare(args.base.resolve(), corpus, args.repeat)


def compare(base: Path, corpus: Path, repeat: int) -> int:
    size = corpus.stat().st_size / 1e6
    best_base = best_new = float("inf")
    for k in range(repeat):
        b = timed(base, corpus)
        n = timed(REPO, corpus)
        best_base, best_new = min(best_base, b), min(best_new, n)
        print(f"pair {k + 1}: base {b:.2f} s, new {n:.2f} s, new/base throughput {b / n:.3f}x", flush=True)
    print(
        f"best: base {best_base:.2f} s ({size / best_base:.2f} MB/s), new {best_new:.2f} s ({size / best_new:.2f} MB/s)"
    )
    print(f"throughput of new against base: {best_base / best_new:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
