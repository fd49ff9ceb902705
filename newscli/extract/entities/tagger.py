"""The statistical tagger: a linear-chain CRF trained on IL-NER by
``scripts/train_ner.py`` and shipped as its weights (see ``crf.py``).

The features are those of :func:`~.features.sentence_features`, which training
uses, but scored without building their strings token by token: what a word
contributes (its own features and those it lends each neighbour) depends only on
the word, so it is summed once per distinct word into a row of a table, and a
sentence's scores are a few shifted look-ups in that table plus the features that
depend on the sentence (phrases, word pairs).  All sentences of a text are scored
in one pass.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .crf import WEIGHTS_FILE, Weights, decode, weights
from .features import (
    CONTEXT,
    PAIR_AFTER,
    PAIR_BEFORE,
    SENTENCE_END,
    SENTENCE_START,
    Match,
    WordFeatures,
    WordTraits,
    build_word_features,
    head_distances,
    phrase_features,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["WEIGHTS_FILE", "emissions", "spans_of", "tag_sentences", "tag_words"]

_OFFSETS = (0, *CONTEXT)  # column 0: the word's own features; then what it lends the word at -3 .. 3
_REACH = max(abs(o) for o in CONTEXT)
_PAD = 0  # the row of a position outside the sentence
_TABLE_LIMIT = 1 << 16  # rows of 7 x 7 floats: at most 26 MB


class _WordTable:
    """Per distinct word, its summed weights for each offset: a growing [words, offsets, labels] array.

    New words are only given a row by :meth:`ids_of`; :meth:`fill` sums the weights of
    all of them at once.
    """

    def __init__(self, model: Weights) -> None:
        import numpy as np

        self.model = model
        self.np = np
        self._reset()

    def _reset(self) -> None:
        self.ids: dict[str, int] = {}
        self.rows = self.np.zeros((1024, len(_OFFSETS), len(self.model.labels)))
        self.size = 1  # row 0 is _PAD
        self.keys: list[str] = [""]  # by row: what the sentence-level features need
        self.traits: list[WordTraits] = [WordTraits("", False, False)]
        self._pending: list[tuple[int, int, int]] = []  # (row, column, attribute)
        # The padding row lends BOS to the word after it and EOS to the word before
        # it: the features sentence_features gives a sentence's first and last words.
        attrs = self.model.attributes
        for feat, offset in (("BOS", -1), ("EOS", 1)):
            if feat in attrs:
                self._pending.append((_PAD, _OFFSETS.index(offset), attrs[feat]))
        self.fill()

    def trim(self) -> None:
        """Start afresh once the table is large: called between texts, never while ids are in use."""
        if self.size >= _TABLE_LIMIT:
            self._reset()

    def ids_of(self, words: Sequence[str]) -> list[int]:
        out = list(map(self.ids.get, words))
        if None in out:
            for k, i in enumerate(out):
                if i is None:
                    out[k] = self.ids.get(words[k]) or self._add(words[k], build_word_features(words[k]))
        return out  # type: ignore[return-value]

    def _add(self, word: str, info: WordFeatures) -> int:
        if self.size == len(self.rows):
            self.rows = self.np.concatenate([self.rows, self.np.zeros_like(self.rows)])
        i = self.size
        attrs = self.model.attributes
        pending = self._pending
        for k, feats in enumerate((info.own, *(info.ctx[o] for o in CONTEXT))):
            for f in feats:
                a = attrs.get(f)
                if a is not None:
                    pending.append((i, k, a))
        self.size += 1
        self.ids[word] = i
        self.keys.append(info.key)
        self.traits.append(WordTraits(info.key, info.is_head, info.is_break))
        return i

    def fill(self) -> None:
        """Sum the weights of the words added since the last call into their rows."""
        if self._pending:
            np = self.np
            row, col, attr = np.asarray(self._pending, dtype=np.intp).T
            np.add.at(self.rows, (row, col), self.model.state[attr])
            self._pending.clear()


@functools.cache
def _table() -> _WordTable:
    return _WordTable(weights())


PairWeights = dict[tuple[str, str], tuple[int | None, int | None]]


@functools.cache
def _pairs() -> PairWeights:
    """Word-pair attributes by (first key, second key): the one that goes to the pair's
    first word (``w|w+1``) and the one that goes to its second (``w-1|w``).

    A key may hold ``|`` itself, so each feature is filed under every way its text
    splits at a ``|``: a pair of the text matches exactly when its feature string does.
    """
    out: PairWeights = {}
    for feat, index in weights().attributes.items():
        for prefix, side in ((PAIR_AFTER, 0), (PAIR_BEFORE, 1)):
            if feat.startswith(prefix):
                body = feat[len(prefix) :]
                for cut in (i for i, ch in enumerate(body) if ch == "|"):
                    pair = (body[:cut], body[cut + 1 :])
                    first, second = out.get(pair, (None, None))
                    out[pair] = (index, second) if side == 0 else (first, index)
    return out


def emissions(
    sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[Match] | None]
) -> tuple[npt.NDArray[np.float64], list[tuple[int, int]]]:
    """The label scores of every word of every sentence, one row a word, and each
    sentence's range of rows."""
    import numpy as np

    table = _table()
    table.trim()
    model = table.model
    attrs = model.attributes
    pairs = _pairs()
    words = [w for sent in sentences for w in sent]
    ids = table.ids_of(words)
    table.fill()
    keys = list(map(table.keys.__getitem__, ids))
    traits = list(map(table.traits.__getitem__, ids))
    # Features that depend on the sentence, as (word, attribute): the phrases, the
    # head distances and the word pairs. Few words have any but the pairs.
    extra_rows: list[int] = []
    extra_attrs: list[int] = []
    bounds: list[tuple[int, int]] = []
    first = 0
    for sent, sent_matches in zip(sentences, matches, strict=True):
        end = first + len(sent)
        bounds.append((first, end))
        sent_keys = keys[first:end]
        for i, feat in [*phrase_features(sent_keys, sent_matches), *head_distances(traits[first:end])]:
            a = attrs.get(feat)
            if a is not None:
                extra_rows.append(first + i)
                extra_attrs.append(a)
        # Pair j joins word j - 1 (or the sentence start) and word j (or the end).
        joined = zip([SENTENCE_START, *sent_keys], [*sent_keys, SENTENCE_END], strict=True)
        found = [(j, pair) for j, pair in enumerate(map(pairs.get, joined)) if pair is not None]
        for j, (to_first, to_second) in found:
            if to_first is not None and j > 0:
                extra_rows.append(first + j - 1)
                extra_attrs.append(to_first)
            if to_second is not None and first + j < end:
                extra_rows.append(first + j)
                extra_attrs.append(to_second)
        first = end
    # Each sentence sits between _REACH padding rows, so no context crosses sentences.
    lengths = np.array([len(sent) for sent in sentences], dtype=np.intp)
    sentence_of = np.repeat(np.arange(len(sentences)), lengths)
    pos = np.arange(len(words)) + _REACH * (sentence_of + 1)
    id_arr = np.full(len(words) + _REACH * (len(sentences) + 1), _PAD, dtype=np.intp)
    id_arr[pos] = ids
    rows = table.rows
    scores = rows[id_arr[pos], 0]
    for k, o in enumerate(CONTEXT, start=1):
        # The word at offset o from each word lends it its column k.
        scores += rows[id_arr[pos + o], k]
    if extra_rows:
        np.add.at(scores, np.asarray(extra_rows, dtype=np.intp), model.state[np.asarray(extra_attrs, dtype=np.intp)])
    return scores, bounds


def tag_sentences(
    sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[Match] | None] | None = None
) -> list[list[str]]:
    """IOB2 tags (B-PER, I-LOC, O, ...) for each sentence of words."""
    if matches is None:
        matches = [None] * len(sentences)
    scores, bounds = emissions(sentences, matches)
    model = weights()
    best = decode(scores, bounds, model.transitions)
    labels = model.labels
    return [[labels[k] for k in best[a:b]] for a, b in bounds]


def tag_words(words: Sequence[str], matches: Sequence[Match] | None = None) -> list[str]:
    """IOB2 tags for one sentence of words."""
    return tag_sentences([words], [matches])[0]


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """The entities of one sentence's IOB2 tags as (start, end, type) word ranges."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    if start >= 0:
        spans.append((start, len(tags), typ))
    return spans
