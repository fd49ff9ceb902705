#!/usr/bin/env python3
"""Write the IL-NER dev sentences whose text is not in the training file.

    python3 scripts/unseen_dev.py [--train ../shared/eval/entities/ilner_train.conll]
                                  [--dev ../shared/eval/entities/ilner_dev.conll] OUT

IL-NER repeats boilerplate sentences across its splits, and a tagger that has
seen a sentence scores well on it whatever it learnt.  The entity score on OUT
(``python3 ../shared/eval/score_entities.py OUT``) is the one on new text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from train_ner import read_conll  # noqa: E402


def sentence_text(sentence: list[tuple[str, str]]) -> str:
    return " ".join(word for word, _ in sentence)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared/eval/entities/ilner_train.conll")
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared/eval/entities/ilner_dev.conll")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    seen = {sentence_text(s) for s in read_conll(args.train)}
    dev = read_conll(args.dev)
    unseen = [s for s in dev if sentence_text(s) not in seen]
    args.out.write_text(
        "".join("".join(f"{w}\t{t}\n" for w, t in s) + "\n" for s in unseen),
        encoding="utf-8",
    )
    print(f"{len(unseen)} of {len(dev)} dev sentences are not in the training file -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
