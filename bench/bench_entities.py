"""Entity tagging speed on the news benchmark corpus.

    python3 bench/bench_entities.py [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N]

Loads the model once (first call, not timed), then times
newscli.extract.entities.extract_entities over every article in one process
on one core and prints tokens per second, where tokens are the words the
recognizer splits the text into, and the share of time spent in the CRF
itself.  The goal is at least 50,000 tokens/s.  Needs ../shared (the corpus);
says so and exits 0 when it is absent.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from corpus import REPO, bench_arguments, load_texts


def main() -> int:
    args = bench_arguments(__doc__, repeat=None).parse_args()
    if not args.corpus.is_file():
        print(f"skipped: benchmark corpus {args.corpus} is absent (../shared not present)")
        return 0

    from newscli.extract.entities import extract_entities, tagger
    from newscli.extract.entities.words import split_words

    texts = load_texts(args.corpus, args.limit)
    extract_entities("भाजपा ने लखनऊ में बैठक की।")  # load the model and word lists

    crf_seconds = 0.0
    tag_text = tagger.Tagger.tag_text

    def timed_tag_text(self: tagger.Tagger, *args: Any) -> list[tuple[int, int, str]]:
        nonlocal crf_seconds
        t = time.perf_counter()
        out = tag_text(self, *args)
        crf_seconds += time.perf_counter() - t
        return out

    tagger.Tagger.tag_text = timed_tag_text  # type: ignore[method-assign]
    t0 = time.perf_counter()
    mentions = sum(len(extract_entities(t)) for t in texts)
    seconds = time.perf_counter() - t0
    tokens = sum(len(split_words(t)) for t in texts)
    chars = sum(map(len, texts))
    print(f"articles {len(texts)}  chars {chars:,}  tokens {tokens:,}  mentions {mentions:,}")
    print(f"extract_entities: {seconds:.2f} s  {tokens / seconds:,.0f} tokens/s  {chars / seconds / 1e6:.2f} M chars/s")
    print(f"  of which tagging + features: {crf_seconds:.2f} s ({100 * crf_seconds / seconds:.0f}%)")
    model = REPO / "newscli" / "data" / "hi" / "entities" / tagger.WEIGHTS_FILE
    print(f"model {model.name}: {model.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
