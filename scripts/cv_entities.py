#!/usr/bin/env python3
"""Cross-validate the entity tagger on the news-dev sentences, by article.

    python3 scripts/cv_entities.py [--folds 5] [--news-weight N] [--jobs 2] [--errors FILE] [--models DIR]

The news-dev sentences come from 120 articles; each article's sentences go to one
fold.  For each fold a CRF is trained as ``scripts/train_ner.py`` trains the shipped
one, on IL-NER, HiNER and the news sentences of the other folds, and the whole
entity step (tagger, rules, article-wide repeats) runs on the held-out sentences,
each on its own as ``score_entities.py`` runs it.  The score is that scorer's:
exact span and type over PER, LOC and ORG, micro-averaged over the folds.  So the
figure is the one for news articles the model has never seen.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402

TYPES = ("PER", "LOC", "ORG")
EVAL = ROOT.parent / "shared/eval"
Span = tuple[int, int, str]


def sentence_record(sentence: train_ner.Sentence) -> tuple[str, set[Span]]:
    """The sentence's text (its tokens joined by spaces) and its gold PER/LOC/ORG spans."""
    starts, pos = [], 0
    for token, _ in sentence:
        starts.append(pos)
        pos += len(token) + 1
    text = " ".join(t for t, _ in sentence)
    gold: set[Span] = set()
    start, typ = -1, ""
    for i, (_, tag) in enumerate([*sentence, ("", "O")]):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            gold.add((starts[start], starts[i - 1] + len(sentence[i - 1][0]), typ))
            start = -1
        if prefix in ("B", "I") and start < 0:
            start, typ = i, t
    return text, {g for g in gold if g[2] in TYPES}


def predicted(text: str, tagger: object | None) -> set[Span]:
    from newscli.extract.entities import extract_entities

    out: set[Span] = set()
    for e in extract_entities(text, tagger):  # type: ignore[arg-type]
        if e.type in TYPES:
            s, t = e.start, e.end
            while s < t and text[s].isspace():
                s += 1
            while t > s and text[t - 1].isspace():
                t -= 1
            out.add((s, t, e.type))
    return out


def article_folds(labels: Path, n_sentences: int, folds: int, seed: int) -> list[int]:
    """The fold of each news sentence: its article's, articles dealt out in a shuffled order."""
    lines = [s["line"] for s in json.loads(labels.read_text(encoding="utf-8"))["sentences"]]
    if len(lines) != n_sentences:
        raise SystemExit(f"{labels}: {len(lines)} sentences, the CoNLL file has {n_sentences}")
    articles = sorted(set(lines))
    random.Random(seed).shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    return [fold_of[line] for line in lines]


def run_fold(
    fold: int, news: list[train_ner.Sentence], fold_of: list[int], args: argparse.Namespace, workdir: str
) -> tuple[collections.Counter[str], list[dict[str, object]]]:
    from newscli.extract.entities.tagger import Tagger

    weights = Path(args.models or workdir) / f"fold{fold}.weights.tsv"
    if not (args.models and weights.exists()):
        train_news = [s for s, f in zip(news, fold_of, strict=True) if f != fold]
        sents, extra = train_ner.training_data(args.train, args.extra, train_news, args.news_weight)
        model = Path(workdir) / f"fold{fold}.crfsuite"
        params = dict(train_ner.PARAMS, c1=args.c1, c2=args.c2)
        train_ner.train_model(sents, model, params, extra=extra)
        train_ner.export_weights(model, weights)
    tagger = Tagger.from_file(weights)
    counts: collections.Counter[str] = collections.Counter()
    errors: list[dict[str, object]] = []
    for s, f in zip(news, fold_of, strict=True):
        if f != fold:
            continue
        text, gold = sentence_record(s)
        pred = predicted(text, tagger)
        for t in TYPES:
            counts[t + "_gold"] += sum(g[2] == t for g in gold)
            counts[t + "_pred"] += sum(p[2] == t for p in pred)
            counts[t + "_tp"] += sum(p[2] == t for p in gold & pred)
        if gold != pred:
            errors.append(
                {
                    "fold": fold,
                    "text": text,
                    "missed": [[a, b, t, text[a:b]] for a, b, t in sorted(gold - pred)],
                    "spurious": [[a, b, t, text[a:b]] for a, b, t in sorted(pred - gold)],
                }
            )
    return counts, errors


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = 100 * tp / pred if pred else 0.0
    r = 100 * tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=EVAL / "entities/news_dev.conll")
    ap.add_argument("--labels", type=Path, default=EVAL / "news_dev_labels.json", help="gives each sentence's article")
    ap.add_argument("--train", type=Path, default=EVAL / "entities/ilner_train.conll")
    ap.add_argument("--extra", type=Path, nargs="*", default=[EVAL / "entities/hiner_train80.conll"])
    ap.add_argument("--news-weight", type=int, default=train_ner.NEWS_WEIGHT)
    ap.add_argument("--c1", type=float, default=train_ner.PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=train_ner.PARAMS["c2"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--jobs", type=int, default=2, help="folds trained at once")
    ap.add_argument("--errors", type=Path, help="write each wrong sentence as a JSON line")
    ap.add_argument(
        "--models",
        type=Path,
        help="keep each fold's weights in this folder and reuse those found there: a change to the rules "
        "is scored in a minute, but a change to the features or the data needs an empty folder",
    )
    args = ap.parse_args()
    if args.models:
        args.models.mkdir(parents=True, exist_ok=True)
    for path in (args.news, args.labels, args.train, *args.extra):
        if not path.exists():
            print(f"cv_entities: {path} is missing (it lives in ../shared/eval)", file=sys.stderr)
            return 2
    news = train_ner.read_conll(args.news)
    fold_of = article_folds(args.labels, len(news), args.folds, args.seed)
    total: collections.Counter[str] = collections.Counter()
    errors: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as workdir, ProcessPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(run_fold, k, news, fold_of, args, workdir) for k in range(args.folds)]
        for k, fut in enumerate(futures):
            counts, errs = fut.result()
            g, p, tp = (sum(counts[t + x] for t in TYPES) for x in ("_gold", "_pred", "_tp"))
            print(f"fold {k}: gold {g} pred {p} match {tp} F1 {prf(tp, p, g)[2]:.2f}", flush=True)
            total.update(counts)
            errors += errs
    if args.errors:
        args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
    metrics = []
    for t in TYPES:
        p, r, f = prf(total[t + "_tp"], total[t + "_pred"], total[t + "_gold"])
        print(f"{t}  gold {total[t + '_gold']:4}  P {p:6.2f}  R {r:6.2f}  F1 {f:6.2f}")
        metrics.append(f"{t}_F1={f:.2f}")
    g, p, tp = (sum(total[t + x] for t in TYPES) for x in ("_gold", "_pred", "_tp"))
    mp, mr, mf = prf(tp, p, g)
    print(f"SCORE entities news_dev-cv{args.folds} P={mp:.2f} R={mr:.2f} F1={mf:.2f} " + " ".join(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
