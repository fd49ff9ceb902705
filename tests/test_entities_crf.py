"""The CRF decoder and the tagger's cached scoring against their definitions:
Viterbi against an exhaustive search, and the per-word score table against the
feature strings training uses."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from newscli.extract.entities.crf import decode, format_weights, parse_weights, weights
from newscli.extract.entities.features import gazetteer_matches, sentence_features, word_features
from newscli.extract.entities.tagger import emissions, tag_sentences, tag_words


def _best_path(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    n, labels = scores.shape

    def total(path: tuple[int, ...]) -> float:
        s = sum(scores[i, y] for i, y in enumerate(path))
        return float(s + sum(transitions[a, b] for a, b in itertools.pairwise(path)))

    return list(max(itertools.product(range(labels), repeat=n), key=total))


@pytest.mark.parametrize("seed", range(20))
def test_decode_finds_the_best_path_of_every_sentence(seed: int) -> None:
    rng = np.random.default_rng(seed)
    labels = int(rng.integers(2, 5))
    lengths = [int(n) for n in rng.integers(0, 5, size=int(rng.integers(1, 5)))]
    transitions = rng.normal(0, 3, (labels, labels))
    scores = rng.normal(0, 3, (sum(lengths), labels))
    bounds, start = [], 0
    for n in lengths:
        bounds.append((start, start + n))
        start += n
    got = decode(scores, bounds, transitions)
    for a, b in bounds:
        if b > a:
            assert got[a:b] == _best_path(scores[a:b], transitions)


def test_decode_of_nothing_is_nothing() -> None:
    assert decode(np.zeros((0, 3)), [], np.zeros((3, 3))) == []
    assert decode(np.zeros((0, 3)), [(0, 0)], np.zeros((3, 3))) == []


def test_weights_file_round_trips() -> None:
    state = {("w=क", "O"): 0.5, ("w=क", "B-PER"): -1.25, ("sh=deva", "B-PER"): 2.0}
    trans = {("O", "B-PER"): 0.75, ("B-PER", "O"): -0.5}
    text = format_weights(["O", "B-PER"], state, trans)
    w = parse_weights([line for line in text.splitlines() if not line.startswith("#")])
    assert w.labels == ("O", "B-PER")
    assert w.state[w.attributes["w=क"]].tolist() == [0.5, -1.25]
    assert w.state[w.attributes["sh=deva"]].tolist() == [0.0, 2.0]
    assert w.transitions.tolist() == [[0.0, 0.75], [-0.5, 0.0]]


SENTENCES = [
    "प्रदेश अध्यक्ष भूपेंद्र सिंह चौधरी ने लखनऊ में भाजपा के कार्यकर्ताओं से कहा कि 2024 में जीत होगी ।",
    "राष्ट्रीय महामंत्री संगठन बीएल संतोष और बीएल सन्तोष",
    "भारतीय रिज़र्व बैंक ( आरबीआई ) ने मुंबई में कहा",
    "मोदी",
    "| दिल्ली | पुलिस ||",
    "x | y",
]


def _feature_scores(words: list[str]) -> np.ndarray:
    model = weights()
    out = np.zeros((len(words), len(model.labels)))
    for i, feats in enumerate(sentence_features(words)):
        for f in feats:
            if f in model.attributes:
                out[i] += model.state[model.attributes[f]]
    return out


def test_cached_scores_equal_the_sum_over_training_features() -> None:
    sentences = [s.split() for s in SENTENCES]
    keys = [[info.key for info in word_features(words)] for words in sentences]
    scores, bounds = emissions(sentences, [gazetteer_matches(k) for k in keys])
    assert [b - a for a, b in bounds] == [len(s) for s in sentences]
    for words, (a, b) in zip(sentences, bounds, strict=True):
        np.testing.assert_allclose(scores[a:b], _feature_scores(words), atol=1e-9)


def test_tagging_a_sentence_alone_or_with_others_agrees() -> None:
    sentences = [s.split() for s in SENTENCES]
    together = tag_sentences(sentences)
    assert together == [tag_words(words) for words in sentences]
    assert all(len(t) == len(s) for t, s in zip(together, sentences, strict=True))


def test_many_new_words_grow_the_table() -> None:
    rng = random.Random(7)
    letters = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
    words = ["".join(rng.choice(letters) for _ in range(5)) for _ in range(3000)]
    sentences = [words[i : i + 30] for i in range(0, len(words), 30)]
    got = tag_sentences(sentences)
    assert [len(t) for t in got] == [len(s) for s in sentences]
    scores, bounds = emissions(sentences[:2], [None, None])
    np.testing.assert_allclose(scores[bounds[1][0] : bounds[1][1]], _feature_scores(sentences[1]), atol=1e-9)


def test_words_of_one_cluster_lend_the_tagger_the_same_cluster_features() -> None:
    from newscli.extract.entities.features import CONTEXT, build_word_features
    from newscli.extract.entities.lexicon import word_clusters

    table = word_clusters()
    by_cluster: dict[tuple[str, ...], list[str]] = {}
    for key, clusters in table.items():
        by_cluster.setdefault(clusters, []).append(key)
    clusters, (a, b, *_) = next((c, ks) for c, ks in by_cluster.items() if len(ks) > 1)

    def cluster_feats(word: str) -> list[tuple[str, ...]]:
        info = build_word_features(word)
        cells = (info.own, *(info.ctx[o] for o in CONTEXT))
        return [tuple(f for f in cell if "k" in f.partition("=")[0]) for cell in cells]

    assert cluster_feats(a) == cluster_feats(b)
    assert any(cluster_feats(a))
    # A word the text never showed often enough has no cluster, so no such features.
    assert not any(cluster_feats("क्षज्ञत्रखघ"))
