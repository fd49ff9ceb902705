"""Article parser speed: newscli.pipeline.parse_record over the corpus records.

    python3 bench/bench_parse.py [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N] [--repeat R]

Reads the corpus as the CLI reads JSON Lines input (records with their metadata keys,
mojibake repaired), parses every record once outside the timings (data files and
patterns load on first use), then times parse_record over all of them and prints
articles/s and MB/s of UTF-8 text. The figure is the best of R runs. Needs ../shared
(the corpus); says so when it is absent.
"""

from __future__ import annotations

from itertools import islice

from corpus import bench_arguments, best, require_corpus


def main() -> None:
    args = bench_arguments(__doc__).parse_args()
    require_corpus(args.corpus)

    from newscli.io.sources import iter_records
    from newscli.model import Record
    from newscli.pipeline import parse_record

    # Warnings (repaired mojibake) come in the stream too; only records are parsed.
    items = (item for item in iter_records([str(args.corpus)], "jsonl") if isinstance(item, Record))
    records = list(islice(items, args.limit))
    mb = sum(len(r.text.encode("utf-8")) for r in records) / 1e6

    def parse_all() -> None:
        for record in records:
            parse_record(record)

    parse_all()  # warm-up: word lists and patterns are built on first use
    sec = best(args.repeat, parse_all)
    print(f"{len(records)} articles, {mb:.2f} MB UTF-8")
    print(f"parse_record {sec:7.3f} s  {len(records) / sec:7.0f} articles/s  {mb / sec:6.2f} MB/s")


if __name__ == "__main__":
    main()
