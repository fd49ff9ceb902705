"""Peak memory and time of newscli on one long text: 1, 10 and 100 MB in a single input.

    python3 bench/bench_memory.py [--sizes 1,10,100] [--commands tokens,sentences,entities,analyze,analyze-parsed]
                                  [--layouts line,paragraphs] [--timeout 900] [--seed 0]
                                  [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N]

Builds, in a temporary directory removed at the end, one plain-text file per size
(MB = 10^6 bytes of UTF-8) and layout, out of sentences of the seed article and of
the bench corpus (the seed alone when ../shared is absent), shuffled and repeated
with a fixed --seed until the next sentence would not fit:
  * line: one line, no newline at all, sentences joined by a space,
  * paragraphs: paragraphs of 3 to 6 sentences separated by a blank line.
Each run is one child process

    python -m newscli CMD --raw -q --max-bytes 200000000 -o /dev/null FILE

(``analyze-parsed`` is ``analyze`` without --raw: the article parser runs on the
text first).  Its peak RSS is the child's own ru_maxrss from os.wait4, so one
child's peak is never another's; the watchdog also reads /proc/PID/status every
0.2 s and kills the child when VmRSS passes 4 GiB (KILLED >4GB) or it runs past
--timeout seconds (TIMEOUT), so the bench cannot take the machine down.

Prints, per run: command, layout, size, wall seconds, peak RSS (MB = 10^6 bytes),
peak RSS per input byte, and against the bar (peak RSS <= 1 GB = 10^9 bytes on the
100 MB text) PASS or FAIL; smaller sizes show "-".  Then, per command and layout,
the growth: the extra RSS per extra input byte between the two largest sizes run,
and the peak RSS that slope projects for 100 MB.  Exits 1 when a run failed, was
killed or timed out, or a 100 MB run missed the bar.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from corpus import REPO, bench_arguments

SEEDS = REPO / "seeds"
NEWSCLI = [sys.executable, "-m", "newscli"]
MB = 10**6
BAR_BYTES = 10**9  # the bar: peak RSS at most 1 GB on the 100 MB text
BAR_SIZE_MB = 100
KILL_RSS_KIB = 4 * 1024 * 1024  # VmRSS is in KiB: 4 GiB
POLL_SECONDS = 0.2
MAX_BYTES = 200_000_000

# Command name in the table -> newscli arguments before FILE.
COMMANDS: dict[str, list[str]] = {
    "tokens": ["tokens", "--raw"],
    "sentences": ["sentences", "--raw"],
    "entities": ["entities", "--raw"],
    "analyze": ["analyze", "--raw"],
    "analyze-parsed": ["analyze"],
}
LAYOUTS = ("line", "paragraphs")

# A sentence ends at a danda, a full stop (news sites use it for the danda), ? or !,
# and at a line end; the spaces some sites put before the danda stay with the sentence.
_SENTENCE_END = re.compile(r"(?<=[।॥?!.])\s+|\s*\n\s*")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Run:
    command: str
    layout: str
    size_mb: int
    input_bytes: int
    seconds: float
    peak_rss: int  # bytes
    status: str  # OK, ERROR n, TIMEOUT, KILLED >4GB

    @property
    def per_byte(self) -> float:
        return self.peak_rss / self.input_bytes

    @property
    def verdict(self) -> str:
        if self.status != "OK":
            return self.status
        if self.size_mb != BAR_SIZE_MB:
            return "-"
        return "PASS" if self.peak_rss <= BAR_BYTES else "FAIL"


def news_sentences(text: str) -> list[str]:
    """The sentences of an article that read as Hindi prose: mostly Devanagari, a few words, no line breaks."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        sent = piece.strip()
        if not 20 <= len(sent) <= 1000 or len(sent.split()) < 4:
            continue
        letters = len(_LETTER.findall(sent))
        if letters and len(_DEVANAGARI.findall(sent)) >= 0.6 * letters:
            out.append(sent)
    return out


def load_sentences(corpus: Path, limit: int | None) -> list[str]:
    """Sentences of the seed articles and, when it is there, of the bench corpus (its first ``limit`` articles)."""
    sentences: list[str] = []
    for seed in sorted(SEEDS.glob("*.txt")):
        sentences.extend(news_sentences(seed.read_text(encoding="utf-8")))
    if corpus.is_file():
        with corpus.open(encoding="utf-8") as fh:
            articles = 0
            for line in fh:
                if not line.strip():
                    continue
                sentences.extend(news_sentences(json.loads(line)["text"]))
                articles += 1
                if limit is not None and articles >= limit:
                    break
        print(f"sentences: {len(sentences)} from the seed and {articles} articles of {corpus}")
    else:
        print(f"sentences: {len(sentences)} from the seed alone ({corpus} not found)")
    if not sentences:
        sys.exit("no sentences to build the texts from")
    return sentences


def write_text(path: Path, size: int, layout: str, sentences: list[str], seed: int) -> int:
    """Write sentences, shuffled and repeated, to ``path`` until the next would pass ``size`` bytes; bytes written."""
    rng = random.Random(seed)
    encoded = [s.encode("utf-8") for s in sentences]
    order = list(range(len(encoded)))
    space, blank = b" ", b"\n\n"
    written = 0
    chunk: list[bytes] = []
    left_in_paragraph = rng.randint(3, 6)
    with path.open("wb") as fh:
        while True:
            rng.shuffle(order)
            for i in order:
                sep = b""
                if written:
                    if layout == "paragraphs" and left_in_paragraph == 0:
                        sep = blank
                        left_in_paragraph = rng.randint(3, 6)
                    else:
                        sep = space
                piece = encoded[i]
                if written + len(sep) + len(piece) > size:
                    fh.write(b"".join(chunk))
                    return written
                chunk.append(sep)
                chunk.append(piece)
                written += len(sep) + len(piece)
                left_in_paragraph -= 1
                if len(chunk) >= 8192:
                    fh.write(b"".join(chunk))
                    chunk.clear()


def vm_rss_kib(pid: int) -> int | None:
    """The VmRSS of ``pid`` in KiB, or None once it is gone (or a zombie, which has none)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def measure(argv: list[str], timeout: float, stderr_path: Path) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (bytes) and status of one child, watched so that it never passes 4 GiB or ``timeout``."""
    with stderr_path.open("wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    status = "OK"
    seen_kib = 0
    reaped = False
    try:
        while True:
            pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                reaped = True
                break
            rss = vm_rss_kib(proc.pid)
            if rss is not None:
                seen_kib = max(seen_kib, rss)
            if rss is not None and rss > KILL_RSS_KIB:
                status = "KILLED >4GB"
            elif time.perf_counter() - t0 > timeout:
                status = "TIMEOUT"
            if status != "OK":
                os.kill(proc.pid, signal.SIGKILL)
                _pid, wait_status, usage = os.wait4(proc.pid, 0)
                reaped = True
                break
            time.sleep(POLL_SECONDS)
    except BaseException:  # Ctrl-C included: no child outlives the bench
        if not reaped:
            os.kill(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
        proc.returncode = -signal.SIGKILL
        raise
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(wait_status)  # reaped here, not by Popen
    if status == "OK" and proc.returncode != 0:
        status = f"ERROR {proc.returncode}"
        tail = stderr_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        print(f"{' '.join(argv)} failed ({proc.returncode}):\n{tail}", file=sys.stderr)
    # ru_maxrss is in KiB on Linux; the watchdog's reading is a floor for it.
    return seconds, max(int(usage.ru_maxrss), seen_kib) * 1024, status


def csv_list(value: str, known: tuple[str, ...] | None = None) -> list[str]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    if not items:
        raise argparse.ArgumentTypeError("needs at least one value")
    if known is not None:
        unknown = [v for v in items if v not in known]
        if unknown:
            raise argparse.ArgumentTypeError(f"unknown {', '.join(unknown)} (choose from {', '.join(known)})")
    return items


def size_list(value: str) -> list[int]:
    try:
        sizes = [int(v) for v in csv_list(value)]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes are whole MB: {value!r}") from None
    if any(s <= 0 or s * MB > MAX_BYTES for s in sizes):
        raise argparse.ArgumentTypeError(f"sizes are 1 to {MAX_BYTES // MB} MB")
    return sizes


HEADER = f"{'command':<15} {'layout':<10} {'MB':>4} {'seconds':>8} {'peak RSS MB':>11} {'RSS B/B':>8}  verdict"


def row(run: Run) -> str:
    return (
        f"{run.command:<15} {run.layout:<10} {run.size_mb:>4} {run.seconds:>8.1f} {run.peak_rss / MB:>11.0f}"
        f" {run.per_byte:>8.2f}  {run.verdict}"
    )


def growth(runs: list[Run]) -> None:
    """Per command and layout: extra RSS per extra input byte between the two largest sizes; the 100 MB projection."""
    print("\ngrowth (extra peak RSS per extra input byte, between the two largest sizes run):")
    groups: dict[tuple[str, str], list[Run]] = {}
    for run in runs:
        if run.status == "OK":
            groups.setdefault((run.command, run.layout), []).append(run)
    for (command, layout), done in groups.items():
        done.sort(key=lambda r: r.input_bytes)
        if len(done) < 2:
            print(f"  {command:<15} {layout:<10} needs two sizes")
            continue
        small, big = done[-2], done[-1]
        slope = (big.peak_rss - small.peak_rss) / (big.input_bytes - small.input_bytes)
        projected = big.peak_rss + slope * (BAR_SIZE_MB * MB - big.input_bytes)
        verdict = "PASS" if projected <= BAR_BYTES else "FAIL"
        print(
            f"  {command:<15} {layout:<10} {small.size_mb:>3}->{big.size_mb:<3} MB: {slope:6.2f} B/B;"
            f" at {BAR_SIZE_MB} MB {projected / MB:6.0f} MB ({verdict}"
            f"{'' if big.size_mb == BAR_SIZE_MB else ', projected'})"
        )


def main() -> None:
    ap = bench_arguments(__doc__, repeat=None)
    ap.add_argument("--sizes", type=size_list, default=[1, 10, 100], help="text sizes in MB (default 1,10,100)")
    ap.add_argument(
        "--commands",
        type=lambda v: csv_list(v, tuple(COMMANDS)),
        default=list(COMMANDS),
        help=f"default {','.join(COMMANDS)} (analyze-parsed: analyze without --raw)",
    )
    ap.add_argument(
        "--layouts", type=lambda v: csv_list(v, LAYOUTS), default=list(LAYOUTS), help="default line,paragraphs"
    )
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per child before it is killed (default 900)")
    ap.add_argument("--seed", type=int, default=0, help="shuffle seed of the texts (default 0)")
    args = ap.parse_args()

    sentences = load_sentences(args.corpus, args.limit)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="newscli-bench-memory-") as tmp:
        stderr_path = Path(tmp) / "stderr"
        print(HEADER, flush=True)
        for size_mb in sorted(args.sizes):
            for layout in args.layouts:
                text = Path(tmp) / f"{layout}-{size_mb}mb.txt"
                input_bytes = write_text(text, size_mb * MB, layout, sentences, args.seed)
                for command in args.commands:
                    argv = [*NEWSCLI, *COMMANDS[command], "-q", "--max-bytes", str(MAX_BYTES), "-o", os.devnull]
                    seconds, peak, status = measure([*argv, str(text)], args.timeout, stderr_path)
                    run = Run(command, layout, size_mb, input_bytes, seconds, peak, status)
                    runs.append(run)
                    print(row(run), flush=True)
                text.unlink()
    growth(runs)
    if any(run.verdict not in ("PASS", "-") for run in runs):
        sys.exit(1)


if __name__ == "__main__":
    main()
