"""What every bench script shares: where the repository and the benchmark corpus are, and timing."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "bench" / "hindi_news.jsonl"

# Benchmarks measure this checkout, installed or not.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def load_texts(path: Path, limit: int | None = None) -> list[str]:
    """The ``text`` of each JSON Lines record, the first ``limit`` of them."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
    return texts


def best(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bench_arguments(
    description: str | None, repeat: int | None = 3, repeat_help: str | None = None
) -> argparse.ArgumentParser:
    """The options every bench script takes: --corpus, --limit and (unless ``repeat`` is None) --repeat."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="use only the first N articles")
    if repeat is not None:
        ap.add_argument("--repeat", type=int, default=repeat, help=repeat_help)
    return ap


def require_corpus(path: Path) -> None:
    """Stop with a one-line message when the benchmark corpus is not there."""
    if not path.is_file():
        sys.exit(f"corpus not found: {path} (it lives in ../shared/eval/bench)")
