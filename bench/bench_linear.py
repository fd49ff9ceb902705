"""Adversarial linear-time check of every pipeline command: 10x the input may cost about 10x the time.

    python3 bench/bench_linear.py [--shapes a,b] [--commands a,b] [--raw both|yes|no]
                                  [--size BYTES] [--repeat R] [--max-ratio 12] [--budget SECONDS]
                                  [--retries 2]

For every adversarial shape (a unit such as ``राम कुमार ने कहा कि `` repeated, or a
generated run of numbered paragraphs) and every command (parse, tokens, sentences,
numbers, entities, quotes, entity-groups, analyze and stats, each run as the command
line runs it: batch and JSON Lines writer, output to /dev/null), with
raw=True and raw=False (every command parses the record first, and raw=False runs the
article parser), builds a text of about --size bytes of UTF-8 (n, default 30 kB) and
one of 10n (the same unit ten times as often), runs the command once on the small text
untimed (word caches and data files are filled there), then times the best of R runs
at each size and prints t(n), t(10n) and their ratio.  When t(n) is under --min-time
(20 ms), n is doubled until it is not (up to 1 MB): a run that short stays in the
processor's caches and its larger twin does not, which is no property of the code.
Runs are timed with the garbage collector set as a batch sets it.

It asserts time(10n) / time(n) <= --max-ratio (12, the issue's bar) for every command
and shape: linear growth gives about 10, a quadratic about 100. A case over the bar is
measured afresh up to --retries (2) more times and fails only when every measurement is
over (the line then says which try passed); exits 1 when any case fails, 0 otherwise.
``parse`` with raw=True is skipped: it does no work (the text is the body). The
machine's noise is real: re-run a failing case alone with --shapes and --commands to
confirm it. When one run at 10n takes longer than --budget seconds it is
not repeated (its ratio is far beyond noise anyway). Needs no corpus.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable

import corpus  # noqa: F401  (puts this checkout first on sys.path)

from newscli.model import Record

MAX_RATIO = 12.0
DEFAULT_SIZE = 30_000
MIN_TIME = 0.02  # seconds: n grows (doubling, up to MAX_SIZE) until t(n) is at least this
MAX_SIZE = 1_000_000

# Each shape builds its text from a count of units; the unit is repeated as is, so
# 10x the count is exactly 10x the text.
UNITS: dict[str, str] = {
    "titles": "प्रदेश अध्यक्ष मुख्यमंत्री ",
    "title-names": "प्रदेश अध्यक्ष श्री डॉ. ",
    "names-said": "राम कुमार ने कहा कि ",
    "one-name": "योगी आदित्यनाथ ",
    "one-word-name": "राम ",
    "office-list": "मुख्यमंत्री योगी आदित्यनाथ, ",
    "places": "दिल्ली, मुंबई, पटना, ",
    "kin-list": "रमेश पुत्र सुरेश , ",
    "codes": "नाम 0123 ",
    "digits": "1234567890",
    "digits-commas": "1,2,3,4,5,",
    "digits-grouped": "1,00,000,12,3,456,7890,",
    "devanagari-digits": "१२३४५६७८९०",
    "devanagari-grouped": "१,२३,४५६.७",
    "number-words": "एक सौ दो हज़ार तीन लाख ",
    "fractions": "साढ़े डेढ़ ढाई सवा ",
    "dates": "5 मार्च 2022, 11:20 AM IST ",
    "combining-marks": "\u093c\u0902\u0901\u094d",
    "dandas": "।।॥।",
    "quotes": "'\"‘’“”",
    "periods": "बी.एल.",
    "hyphens": "-–-",
    "no-spaces": "भाजपाकांग्रेस",
    "short-lines": "क\n",
    "paragraphs": "भाजपा ने लखनऊ में बैठक की।\n\n",
    "dateline-paragraphs": "लखनऊ : राम कुमार ने कहा कि बैठक होगी।\n\n",
    "meta-lines": "Updated: 5 मार्च 2022, 11:20 AM IST\n",
    "byline-lines": "लेखक: राम कुमार\n",
    "urls": "https://www.example.com/news/2022/03/05/story.html?id=12&x=y ",
    "emails": "ram.kumar@example.co.in ",
    "url-run": "www.a.com/b.c@d.",
}


def numbered_paragraphs(count: int) -> str:
    """Paragraphs that differ from one another, so no per-line memo answers for the next one."""
    return "".join(f"अनुच्छेद {i} में राम कुमार ने {i} लोगों से कहा।\n\n" for i in range(count))


def numbered_lines(count: int) -> str:
    return "".join(f"पंक्ति {i}\n" for i in range(count))


GENERATED: dict[str, Callable[[int], str]] = {
    "numbered-paragraphs": numbered_paragraphs,
    "numbered-lines": numbered_lines,
}


def repeated(unit: str) -> Callable[[int], str]:
    def make(count: int) -> str:
        return unit * count

    return make


SHAPES: dict[str, Callable[[int], str]] = {
    **{name: repeated(unit) for name, unit in UNITS.items()},
    **GENERATED,
}

COMMANDS = ("parse", "tokens", "sentences", "numbers", "entities", "entity-groups", "quotes", "analyze", "stats")


def command_runner(command: str, raw: bool) -> Callable[[Record], object]:
    """What one record costs under ``command`` as the command line runs it: the batch
    (``newscli.batch.run_batch``, one process, pieces for a long raw text) and the
    writer (``_write_batch`` of ``newscli.cli.run``, JSON Lines into /dev/null), so the
    rows of a long text are written as they are made, as they are in a real run."""
    from newscli.batch import run_batch
    from newscli.cli.progress import Progress
    from newscli.cli.run import _write_batch
    from newscli.columns import COLUMNS
    from newscli.corpus import CorpusStats
    from newscli.render.writers import make_writer

    def run(record: Record) -> object:
        stats = CorpusStats()
        with open(os.devnull, "w", encoding="utf-8") as out:
            writer = make_writer("jsonl", out, COLUMNS[command])
            batch = run_batch([record], command, raw, 1, text_format="jsonl")
            _write_batch(writer, command, stats, Progress(False), batch, quiet=True)
            for row in stats.rows():
                writer.write(row)
            writer.close()
        return stats

    return run


def sized(make: Callable[[int], str], size: int) -> tuple[str, str]:
    """The text of about ``size`` UTF-8 bytes and the one of ten times as many units."""
    per_unit = len(make(100).encode("utf-8")) / 100
    count = max(1, round(size / per_unit))
    return make(count), make(10 * count)


def best_time(run: Callable[[Record], object], record: Record, repeat: int, budget: float) -> float:
    """The fastest of ``repeat`` runs, in seconds; a run over ``budget`` seconds ends the repeats.

    Timed with the garbage collector set as a batch sets it (``newscli.batch.batch_gc``):
    at Python's default threshold the collector rescans every live row about once per
    700 new objects, so a command's own cost would be mixed with one that grows with the
    size of its output.
    """
    from newscli.batch import batch_gc

    best = float("inf")
    with batch_gc():
        for _ in range(repeat):
            gc.collect()  # the garbage of the last run is not this run's cost
            t0 = time.perf_counter()
            out = run(record)
            seconds = time.perf_counter() - t0
            del out
            best = min(best, seconds)
            if seconds > budget:
                break
    return best


def measure(
    run: Callable[[Record], object], make: Callable[[int], str], args: argparse.Namespace
) -> tuple[str, float, float]:
    """One measurement of a case: the text of size n, t(n) and t(10n)."""
    size = args.size
    while True:
        small, large = sized(make, size)
        small_record = Record(id="x", text=small)
        run(small_record)  # warm-up: data files, patterns and word caches
        t_small = best_time(run, small_record, args.repeat, args.budget)
        # A run of a few milliseconds lives in the processor's caches and its
        # ten-times-larger one does not: the ratio would measure the caches.
        if t_small >= args.min_time or size >= MAX_SIZE:
            break
        size *= 2
    t_large = best_time(run, Record(id="x", text=large), args.repeat, args.budget)
    return small, t_small, t_large


def choose(arg: str | None, known: tuple[str, ...], what: str, ap: argparse.ArgumentParser) -> list[str]:
    if arg is None:
        return list(known)
    names = [name.strip() for name in arg.split(",") if name.strip()]
    unknown = [name for name in names if name not in known]
    if unknown:
        ap.error(f"unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})")
    return names


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shapes", help="comma-separated shapes to run (default: all)")
    ap.add_argument("--commands", help="comma-separated commands to run (default: all)")
    ap.add_argument("--raw", choices=("both", "yes", "no"), default="both", help="raw=True, raw=False or both")
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE, help="UTF-8 bytes of the smaller input (n)")
    ap.add_argument("--repeat", type=int, default=3, help="runs at each size; the fastest counts")
    ap.add_argument("--max-ratio", type=float, default=MAX_RATIO, help="largest t(10n)/t(n) that passes")
    ap.add_argument("--min-time", type=float, default=MIN_TIME, help="double n until t(n) takes this long")
    ap.add_argument("--budget", type=float, default=20.0, help="do not repeat a 10n run that took longer")
    ap.add_argument("--retries", type=int, default=2, help="measure a case over the bar again up to this often")
    args = ap.parse_args()
    shapes = choose(args.shapes, tuple(SHAPES), "shapes", ap)
    commands = choose(args.commands, COMMANDS, "commands", ap)
    raws = {"both": [True, False], "yes": [True], "no": [False]}[args.raw]

    header = f"{'shape':20} {'command':13} {'raw':5} {'bytes(n)':>9} {'t(n) ms':>9} {'t(10n) ms':>10} {'ratio':>6}"
    print(header)
    print("-" * (len(header) + 5))
    failed: list[str] = []
    for shape in shapes:
        for command in commands:
            for raw in raws:
                if command == "parse" and raw:
                    continue  # the raw layout is the text itself: nothing to time
                run = command_runner(command, raw)
                # A case over the bar is measured afresh, up to --retries more times, and
                # fails only when every measurement is over: this machine's noise moves a
                # ratio by a tenth or two, while a quadratic step stays near 100.
                tries = 0
                while True:
                    tries += 1
                    small, t_small, t_large = measure(run, SHAPES[shape], args)
                    ratio = t_large / max(t_small, 1e-6)
                    if ratio <= args.max_ratio or tries > args.retries:
                        break
                verdict = "PASS" if ratio <= args.max_ratio else "FAIL"
                note = f" (try {tries})" if tries > 1 else ""
                print(
                    f"{shape:20} {command:13} {raw!s:5} {len(small.encode('utf-8')):>9} "
                    f"{1e3 * t_small:9.2f} {1e3 * t_large:10.2f} {ratio:6.1f} {verdict}{note}",
                    flush=True,
                )
                if verdict == "FAIL":
                    failed.append(f"{shape} {command} raw={raw}")
    print()
    if failed:
        print(f"{len(failed)} case(s) over {args.max_ratio:g}:")
        for case in failed:
            print(f"  {case}")
        return 1
    print(f"all cases within {args.max_ratio:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
