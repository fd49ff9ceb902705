#!/usr/bin/env python3
"""Learn the word clusters shipped as newscli/data/hi/entities/word_clusters.tsv.

    python3 scripts/train_clusters.py [--out PATH] [--sizes 64 256 1024] [--min-count 3]

A CRF knows only the words its training sentences hold, and news brings many
it has never seen: a town, a surname, a ministry's new name.  Words that occur
in the same company are alike (पटना, लखनऊ and गया all follow "में" and precede
"के"), so a cluster of such words learnt from plain text, labelled by nobody,
tells the tagger about the unseen ones from the seen ones (Turian, Ratinov and
Bengio 2010; Passos, Kumar and McCallum 2014).

The text: the bodies of ../shared/eval/articles/articles.jsonl except the
articles the news-dev sentences come from (so the cross-validation on them stays
a score on unseen articles), and the sentences of IL-NER's training file and of
HiNER's training part (no dev or held-back sentence).  Words are the tagger's
words (``split_words``), compared by spelling key.  word2vec (gensim, skip-gram,
one worker and a fixed seed, so the same text gives the same vectors) learns a
vector per key seen at least ``--min-count`` times; k-means on the unit vectors
then cuts them into clusters at each of ``--sizes``.  The table holds one line
per key: the key and its cluster at each size.  Only cluster numbers ship, no
text: a word list with three numbers per word.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT.parent / "shared/eval"
OUT = ROOT / "newscli/data/hi/entities/word_clusters.tsv"
SEED = 20261207


def corpus_lines(articles: Path, labels: Path, conll: list[Path]) -> Iterator[str]:
    held = {s["line"] for s in json.loads(labels.read_text(encoding="utf-8"))["sentences"]}
    with articles.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if number in held:  # the labels number articles.jsonl's lines from 1
                continue
            body = json.loads(line).get("body") or ""
            yield from (p for p in body.splitlines() if p.strip())
    for path in conll:
        words: list[str] = []
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                words.append(row.split("\t")[0] if "\t" in row else row.split()[0])
            elif words:
                yield " ".join(words)
                words = []
        if words:
            yield " ".join(words)


def keyed_sentences(lines: Iterator[str]) -> list[list[str]]:
    from newscli.extract.entities.words import split_words

    out = []
    for line in lines:
        keys = [w.key for w in split_words(line) if w.key]
        if keys:
            out.append(keys)
    return out


def kmeans(vectors: object, k: int, seed: int, iterations: int = 25) -> object:
    """Lloyd's k-means on unit vectors by cosine, started from k distinct words
    drawn with a fixed seed (k-means++ costs more than it gives at these sizes)."""
    import numpy as np

    x = np.asarray(vectors, dtype=np.float32)
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        new = np.concatenate([np.argmax(chunk @ centres.T, axis=1) for chunk in np.array_split(x, 16)])
        if np.array_equal(new, assign) and _ > 0:
            break
        assign = new
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, x)
        counts = np.bincount(assign, minlength=k)
        empty = counts == 0
        sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        centres = sums / np.linalg.norm(sums, axis=1, keepdims=True)
    return assign


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, default=EVAL / "articles/articles.jsonl")
    ap.add_argument("--labels", type=Path, default=EVAL / "news_dev_labels.json")
    ap.add_argument(
        "--conll",
        type=Path,
        nargs="*",
        default=[EVAL / "entities/ilner_train.conll", EVAL / "entities/hiner_train80.conll"],
    )
    ap.add_argument("--sizes", type=int, nargs="+", default=[64, 256, 1024])
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    for path in (args.articles, args.labels, *args.conll):
        if not path.exists():
            print(f"train_clusters: {path} is missing (it lives in ../shared/eval)", file=sys.stderr)
            return 2
    import numpy as np
    from gensim.models import Word2Vec

    t0 = time.time()
    sentences = keyed_sentences(corpus_lines(args.articles, args.labels, args.conll))
    print(f"{len(sentences)} lines, {sum(map(len, sentences))} words ({time.time() - t0:.0f} s)", file=sys.stderr)
    model = Word2Vec(
        sentences,
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        negative=10,
        epochs=args.epochs,
        workers=1,
        seed=SEED,
    )
    keys = [k for k in model.wv.index_to_key if any(c.isalpha() for c in k)]
    vectors = np.stack([model.wv[k] for k in keys])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    print(f"{len(keys)} keys with vectors ({time.time() - t0:.0f} s)", file=sys.stderr)
    columns = [kmeans(vectors, k, SEED + k) for k in args.sizes]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    args.out.write_text(
        "".join(keys[i] + "".join(f"\t{c[i]}" for c in columns) + "\n" for i in order),  # type: ignore[index]
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
