#!/usr/bin/env python3
"""Train the entity tagger shipped as newscli/data/hi/entities/ner.weights.tsv.

    python3 scripts/train_ner.py [--train ILNER.conll] [--extra FILE.conll ...]
                                 [--news NEWS.conll] [--news-weight N] [--out PATH]

crfsuite (pip install python-crfsuite, the `train` extra) trains the CRF into
build/ner.crfsuite; its weights are then written as the text file the package
reads (newscli.extract.entities.crf), so tagging needs numpy only.

The training data, all CoNLL with IOB2 tags (see ../shared/eval/README.md):
IL-NER (ltrc/IL-NER, CC BY 4.0), HiNER's training part (cfiltnlp/HiNER,
CC BY-SA 4.0: the shipped weights are adapted material under that licence) and
the news-dev sentences labelled with our own conventions (ANNOTATION.md),
repeated ``--news-weight`` times since they are few but the text users bring.
Only PER, LOC and ORG are learnt; every other tag becomes O.  Repeated
sentences are kept once (the first copy), so boilerplate that IL-NER repeats
across its files does not weigh more than other text.  Each corpus's tokens are
split again as the tagger splits text (``है।`` is two words there), so the model
learns the words it will see.  The word lists derived from training data
(common words, known names) come from IL-NER alone, so they do not change with
the news folds that ``scripts/cv_entities.py`` holds out.  L-BFGS with fixed
parameters is deterministic: the same data gives the same model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscli.extract.entities.crf import format_weights  # noqa: E402
from newscli.extract.entities.features import PhraseMatcher, sentence_features  # noqa: E402
from newscli.extract.entities.spelling import spelling_key  # noqa: E402

LEARNT = ("PER", "LOC", "ORG")
COMMON_WORDS = ROOT / "newscli/data/hi/entities/common_words.txt"
COMMON_MIN_COUNT = 3  # seen at least this often ...
COMMON_MIN_OUTSIDE = 0.98  # ... and nearly always outside PER/LOC/ORG
KNOWN_NAMES = ROOT / "newscli/data/hi/entities/known_names.tsv"
KNOWN_MIN_RATE = 0.5  # a phrase tagged as a name at least this often where it occurs
FOLDS = 5
EVAL = ROOT.parent / "shared/eval/entities"
NEWS_WEIGHT = 8  # chosen by scripts/cv_entities.py: 8 gave 78.2 F1, 3 gave 77.8

Sentence = list[tuple[str, str]]
NameTable = dict[tuple[str, ...], frozenset[str]]
PARAMS: dict[str, object] = {
    "c1": 0.1,  # L1: drops rare features, keeps the model small
    "c2": 0.05,  # L2
    "max_iterations": 200,
    "feature.minfreq": 1,
    "feature.possible_transitions": True,
}


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def split_like_tagger(sentence: Sentence) -> Sentence:
    """``sentence`` with each token split into the tagger's words.  The words of a
    name's token stay in the name, except marks at the token's edge where the
    name stops there (``दिल्ली,`` is the name and a comma; the period of ``एफसी.``
    inside ``ए. एफसी. लि. मुंबई`` stays in the name)."""
    from newscli.extract.entities.words import split_words

    out: Sentence = []
    for k, (token, tag) in enumerate(sentence):
        words = split_words(token).texts
        if len(words) <= 1 or tag == "O":
            out.extend((w, tag) for w in words or [token])
            continue
        prefix, _, typ = tag.partition("-")
        goes_on = k + 1 < len(sentence) and sentence[k + 1][1] == "I-" + typ
        is_mark = [not any(c.isalnum() for c in w) for w in words]
        first = next((i for i, m in enumerate(is_mark) if not m), 0)
        last = max((i for i, m in enumerate(is_mark) if not m), default=len(words) - 1)
        for i, w in enumerate(words):
            if (i < first and prefix == "B") or (i > last and not goes_on):
                out.append((w, "O"))
            else:
                begins = prefix == "B" and i == first
                out.append((w, ("B-" if begins else "I-") + typ))
    return out


def learnt_tags(tags: list[str]) -> list[str]:
    """IOB2 tags restricted to the learnt types; an I- after O becomes B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        prefix, _, typ = tag.partition("-")
        if typ not in LEARNT or prefix not in ("B", "I"):
            tag = "O"
        elif prefix == "I" and prev[2:] != typ:
            tag = "B-" + typ
        out.append(tag)
        prev = tag
    return out


def unique_sentences(sents: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    seen: set[str] = set()
    out = []
    for s in sents:
        text = " ".join(t for t, _ in s)
        if text not in seen:
            seen.add(text)
            out.append(s)
    return out


def write_common_words(sents: list[list[tuple[str, str]]], path: Path) -> int:
    """The words that the training text uses often and almost never inside a
    name: the tagger's cue that an unknown word is more likely a name."""
    import unicodedata
    from collections import Counter

    from newscli.extract.entities.spelling import spelling_key

    total: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for s in sents:
        for word, tag in zip((w for w, _ in s), learnt_tags([t for _, t in s]), strict=True):
            key = spelling_key(word)
            if not all(unicodedata.category(c)[0] in "LM" for c in key):
                continue
            total[key] += 1
            outside[key] += tag == "O"
    words = sorted(k for k, n in total.items() if n >= COMMON_MIN_COUNT and outside[k] / n >= COMMON_MIN_OUTSIDE)
    path.write_text("".join(w + "\n" for w in words), encoding="utf-8")
    return len(words)


def entity_phrases(s: Sentence) -> list[tuple[tuple[str, ...], str]]:
    """The tagged names of a sentence as (word keys, type)."""
    keys = [spelling_key(w) for w, _ in s]
    out = []
    start, typ = -1, ""
    for i, tag in enumerate([*learnt_tags([t for _, t in s]), "O"]):
        if start >= 0 and not tag.startswith("I-"):
            out.append((tuple(keys[start:i]), typ))
            start = -1
        if tag.startswith("B-"):
            start, typ = i, tag[2:]
    return out


def build_known_names(sents: list[Sentence]) -> NameTable:
    """Phrases tagged as a name in at least KNOWN_MIN_RATE of the places where
    they occur in ``sents``."""
    from collections import Counter

    tagged: Counter[tuple[tuple[str, ...], str]] = Counter()
    for s in sents:
        tagged.update(p for p in entity_phrases(s) if any(c.isalpha() for c in "".join(p[0])))
    candidates: dict[tuple[str, ...], frozenset[str]] = {}
    for phrase, typ in tagged:
        candidates[phrase] = candidates.get(phrase, frozenset()) | {typ}
    matcher = PhraseMatcher(candidates)
    seen: Counter[tuple[str, ...]] = Counter()
    for s in sents:
        keys = [spelling_key(w) for w, _ in s]
        seen.update(tuple(keys[a:b]) for a, b, _ in matcher.matches(keys))
    table: dict[tuple[str, ...], set[str]] = {}
    for (phrase, typ), n in tagged.items():
        if n >= KNOWN_MIN_RATE * max(seen[phrase], 1):
            table.setdefault(phrase, set()).add(typ)
    return {k: frozenset(v) for k, v in table.items()}


def write_known_names(table: NameTable, path: Path) -> int:
    lines = sorted(" ".join(k) + "\t" + t for k, v in table.items() for t in v)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def train_model(
    sents: list[Sentence],
    out: Path,
    params: dict[str, object],
    algorithm: str = "lbfgs",
    extra: Sequence[Sentence] = (),
) -> None:
    """Train the CRF on ``sents`` (the corpus the known names come from) and
    ``extra`` (other corpora) and write it to ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.select(algorithm, "crf1d")
    trainer.set_params(params)
    # Each sentence sees the names known from the other folds only, as a new
    # text would: otherwise the feature would just repeat the answer.
    for fold in range(FOLDS):
        others = [s for i, s in enumerate(sents) if i % FOLDS != fold]
        names = PhraseMatcher(build_known_names(others))
        for s in sents[fold::FOLDS]:
            words = [w for w, _ in s]
            trainer.append(sentence_features(words, names=names), learnt_tags([t for _, t in s]))
    # Other corpora are new text to the known names, as a user's text is: they see all of them.
    names = PhraseMatcher(build_known_names(sents))
    for s in extra:
        trainer.append(sentence_features([w for w, _ in s], names=names), learnt_tags([t for _, t in s]))
    trainer.train(str(out))


def training_data(
    train: Path, extra: Sequence[Path], news: Sequence[Sentence], news_weight: int
) -> tuple[list[Sentence], list[Sentence]]:
    """The known-names corpus and the other training sentences, split as the tagger splits."""
    sents = unique_sentences([split_like_tagger(s) for s in read_conll(train)])
    others: list[Sentence] = []
    for path in extra:
        others += unique_sentences([split_like_tagger(s) for s in read_conll(path)])
    others += [split_like_tagger(s) for s in news] * news_weight
    return sents, others


def export_weights(model: Path, out: Path) -> None:
    """Write the weights of the crfsuite model ``model`` as the package's weights file."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    info = tagger.info()
    out.write_text(format_weights(tagger.labels(), info.state_features, info.transitions), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=EVAL / "ilner_train.conll", help="IL-NER's training file")
    ap.add_argument("--extra", type=Path, nargs="*", default=[EVAL / "hiner_train80.conll"], help="other CoNLL corpora")
    ap.add_argument("--news", type=Path, default=EVAL / "news_dev.conll", help="news labelled with our conventions")
    ap.add_argument("--news-weight", type=int, default=NEWS_WEIGHT, help="times each news sentence is trained on")
    ap.add_argument("--model", type=Path, default=ROOT / "build/ner.crfsuite", help="crfsuite's model file")
    ap.add_argument("--out", type=Path, default=ROOT / "newscli/data/hi/entities/ner.weights.tsv")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = ap.parse_args()
    params = dict(PARAMS, c1=args.c1, c2=args.c2)

    # Written before any feature is computed: features read it on first use.
    plain = unique_sentences(read_conll(args.train))
    print(f"{write_common_words(plain, COMMON_WORDS)} common words -> {COMMON_WORDS}")
    news = read_conll(args.news) if args.news_weight else []
    sents, extra = training_data(args.train, args.extra, news, args.news_weight)
    t0 = time.perf_counter()
    print(f"{write_known_names(build_known_names(sents), KNOWN_NAMES)} known names -> {KNOWN_NAMES}")
    args.model.parent.mkdir(parents=True, exist_ok=True)
    train_model(sents, args.model, params, extra=extra)
    export_weights(args.model, args.out)
    size = args.out.stat().st_size
    print(f"{len(sents) + len(extra)} sentences, {time.perf_counter() - t0:.0f} s, {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
