"""Tokenizer and sentence-splitter speed against baselines measured in the same run.

    python3 bench/bench_text.py [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N] [--repeat R]

Times, on the same texts and in one process:
  * newscli.text.tokenize.tokenize (Token values with offsets, text, kind and norm, all
    computed in the call), warm, and cold: its piece cache and the norm cache emptied
    before each run, so every piece of the corpus is scanned once,
  * newscli.text.tokenize.scan_tokens, the same tokens by scanning every text whole,
  * newscli.text.sentences.split_sentences given those tokens,
  * indic-nlp-library's trivial_tokenize (strings only, no offsets),
  * a bare ``regex`` scan ``\\w+|[^\\w\\s]`` with finditer (spans only),
and prints MB/s of UTF-8 text and the ratios tokenize/trivial_tokenize and
tokenize/bare scan (lower is better). Each figure is the best of R runs.
Needs ../shared (the corpus); says so when it is absent.
"""

from __future__ import annotations

import regex
from corpus import bench_arguments, best, load_texts, require_corpus

BARE = "bare regex \\w+|[^\\w\\s] scan"


def main() -> None:
    args = bench_arguments(__doc__).parse_args()
    require_corpus(args.corpus)

    from indicnlp.tokenize.indic_tokenize import trivial_tokenize

    from newscli.text.normalize import normalize
    from newscli.text.sentences import split_sentences
    from newscli.text.tokenize import clear_cache, scan_tokens, tokenize

    texts = load_texts(args.corpus, args.limit)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    bare = regex.compile(r"\w+|[^\w\s]")

    def bare_scan() -> None:
        for t in texts:
            [m.span() for m in bare.finditer(t)]

    tokenize(texts[0])  # data and patterns are loaded on first use

    # Results are dropped text by text, as the pipeline does article by article.
    def ours() -> None:
        for t in texts:
            tokenize(t)

    def ours_cold() -> None:
        normalize.cache_clear()
        clear_cache()
        ours()

    def scanned() -> None:
        for t in texts:
            scan_tokens(t)

    def trivial() -> None:
        for t in texts:
            trivial_tokenize(t, "hi")

    rows = [
        ("newscli tokenize (cold caches)", best(args.repeat, ours_cold)),
        ("newscli tokenize", best(args.repeat, ours)),
        ("newscli scan_tokens (no piece cache)", best(args.repeat, scanned)),
        ("indicnlp trivial_tokenize", best(args.repeat, trivial)),
        (BARE, best(args.repeat, bare_scan)),
    ]
    # Measured last: holding every token alive makes the collector slower for the others.
    token_lists = [tokenize(t) for t in texts]
    n_tokens = sum(map(len, token_lists))

    def sentences() -> None:
        for t, k in zip(texts, token_lists, strict=True):
            split_sentences(t, k)

    rows.append(("newscli split_sentences (tokens given)", best(args.repeat, sentences)))
    print(f"{len(texts)} texts, {mb:.2f} MB UTF-8, {n_tokens} tokens")
    for name, sec in rows:
        print(f"{name:42s} {sec:7.3f} s  {mb / sec:6.2f} MB/s")
    seconds = dict(rows)
    tok = seconds["newscli tokenize"]
    print(f"ratio tokenize / trivial_tokenize: {tok / seconds['indicnlp trivial_tokenize']:.2f}")
    print(f"ratio tokenize / bare regex scan:  {tok / seconds[BARE]:.2f}")


if __name__ == "__main__":
    main()
