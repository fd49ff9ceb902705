"""What every bench script shares: where the repository and the benchmark corpus are, and timing."""

from __future__ import annotations

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
