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
import itertools
import operator
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .crf import WEIGHTS_FILE, Weights, decode, decode_array, parse_weights, weights
from .features import (
    CONTEXT,
    PAIR_AFTER,
    PAIR_BEFORE,
    SENTENCE_END,
    SENTENCE_START,
    Match,
    WordTraits,
    gazetteer_matches,
    text_gazetteer_matches,
    text_head_distances,
    text_phrase_features,
    word_features,
)
from .wordattrs import AttributeIndex, WordAttributes

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "WEIGHTS_FILE",
    "Tagger",
    "default_tagger",
    "emissions",
    "label_spans",
    "spans_of",
    "tag_sentences",
    "tag_text",
    "tag_words",
    "text_emissions",
]

_OFFSETS = (0, *CONTEXT)  # column 0: the word's own features; then what it lends the word at -3 .. 3
_REACH = max(abs(o) for o in CONTEXT)
_PAD = 0  # the row of a position outside the sentence
_WORD, _FEATURE = operator.itemgetter(0), operator.itemgetter(1)
_TABLE_LIMIT = 1 << 16  # rows of 7 x 7 floats: at most 26 MB


class _WordTable:
    """Per distinct word, its summed weights for each offset: a growing [words, offsets, labels] array.

    New words are only given a row by :meth:`ids_of`; :meth:`fill` sums the weights of
    all of them at once.
    """

    def __init__(self, model: Weights) -> None:
        import numpy as np

        self.model = model
        self.index = AttributeIndex(model.attributes)
        self.np = np
        self._reset()

    def _reset(self) -> None:
        self.ids: dict[str, int] = {}
        self.rows = self.np.zeros((1024, len(_OFFSETS), len(self.model.labels)))
        self.size = 1  # row 0 is _PAD
        self.keys: list[str] = [""]  # by row: what the sentence-level features need
        self.traits: list[WordTraits] = [WordTraits("", False, False)]
        self.heads: set[int] = set()  # rows of organization head words: few texts have one
        # The new words' weights still to be summed, as flat lists since a word has
        # many features and few calls per word can be afforded: the attribute of
        # each feature (-1 for none) in the order of the word's features, which is
        # the order the sums must take, and how many features each cell of each new
        # row has. Rows from _filled on are new.
        self._attrs: list[int] = []
        self._counts: list[int] = []
        self._filled = self.size
        # The padding row lends BOS to the word after it and EOS to the word before
        # it: the features sentence_features gives a sentence's first and last words.
        attrs = self.model.attributes
        for feat, offset in (("BOS", -1), ("EOS", 1)):
            if feat in attrs:
                self.rows[_PAD, _OFFSETS.index(offset)] += self.model.state[attrs[feat]]

    def trim(self) -> None:
        """Start afresh once the table is large: called between texts, never while ids are in use."""
        if self.size >= _TABLE_LIMIT:
            self._reset()

    def ids_of(self, words: Sequence[str]) -> list[int]:
        out = list(map(self.ids.get, words))
        if None in out:
            # Rows are numbered from 1 (0 is _PAD): only the new words are falsy.
            for k in list(itertools.compress(itertools.count(), map(operator.not_, out))):
                out[k] = self.ids.get(words[k]) or self._add(words[k], self.index.of(words[k]))
        return out  # type: ignore[return-value]

    def _add(self, word: str, info: WordAttributes) -> int:
        if self.size == len(self.rows):
            self.rows = self.np.concatenate([self.rows, self.np.zeros_like(self.rows)])
        i = self.size
        self._attrs.extend(info.attrs)  # cell by cell, in _OFFSETS order
        self._counts.extend(info.counts)
        if info.is_head:
            self.heads.add(i)
        self.size += 1
        self.ids[word] = i
        self.keys.append(info.key)
        self.traits.append(WordTraits(info.key, info.is_head, info.is_break))
        return i

    def fill(self) -> None:
        """Sum the weights of the words added since the last call into their rows."""
        if self._filled < self.size:
            np = self.np
            width = len(_OFFSETS)
            new_cells = np.arange(self._filled * width, self.size * width)
            cells = np.repeat(new_cells, np.array(self._counts, dtype=np.intp))
            attrs = np.array(self._attrs, dtype=np.intp)
            known = attrs >= 0
            by_cell = self.rows.reshape(-1, self.rows.shape[-1])  # a view: rows is contiguous
            np.add.at(by_cell, cells[known], self.model.state[attrs[known]])
            self._attrs.clear()
            self._counts.clear()
            self._filled = self.size


PairWeights = dict[tuple[str, str], int]


def _pair_index(model: Weights) -> tuple[PairWeights, PairWeights]:
    """Word-pair attributes by (first key, second key): those that go to the pair's
    first word (``w|w+1``) and those that go to its second (``w-1|w``).

    A key may hold ``|`` itself, so each feature is filed under every way its text
    splits at a ``|``: a pair of the text matches exactly when its feature string does.
    """
    to_first: PairWeights = {}
    to_second: PairWeights = {}
    for feat, index in model.attributes.items():
        for prefix, out in ((PAIR_AFTER, to_first), (PAIR_BEFORE, to_second)):
            if feat.startswith(prefix):
                body = feat[len(prefix) :]
                for cut in (i for i, ch in enumerate(body) if ch == "|"):
                    out[body[:cut], body[cut + 1 :]] = index
    return to_first, to_second


class Tagger:
    """A CRF model with the word table that scores it.

    The table grows with every new word a text brings, so one lock keeps a text's
    look-ups and sums together: threads sharing a tagger wait for each other, and
    each gets what a sequential run gives.  Processes each have their own.
    """

    def __init__(self, model: Weights) -> None:
        self.model = model
        self._table = _WordTable(model)
        self._pairs = _pair_index(model)
        self._lock = threading.Lock()

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Tagger:
        """A tagger for a weights file written by ``scripts/train_ner.py``."""
        with open(path, encoding="utf-8") as f:
            return cls(parse_weights([line for line in f.read().splitlines() if line and not line.startswith("#")]))

    def text_emissions(
        self, words: Sequence[str], bounds: Sequence[tuple[int, int]], gazetteer: Sequence[Match] | None = None
    ) -> npt.NDArray[np.float64]:
        """See :func:`text_emissions`."""
        with self._lock:
            return _text_emissions(self._table, self._pairs, words, bounds, gazetteer)

    def tag_text(
        self, words: Sequence[str], bounds: Sequence[tuple[int, int]], gazetteer: Sequence[Match] | None = None
    ) -> list[tuple[int, int, str]]:
        """See :func:`tag_text`."""
        model = self.model
        best = decode_array(self.text_emissions(words, bounds, gazetteer), bounds, model.transitions)
        return label_spans(best, bounds, model.labels)


_default_lock = threading.Lock()


@functools.cache
def default_tagger() -> Tagger:
    """The tagger of the shipped model, built at first use (once, whichever thread asks first)."""
    with _default_lock:
        return Tagger(weights())


def emissions(
    sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[Match] | None]
) -> tuple[npt.NDArray[np.float64], list[tuple[int, int]]]:
    """The label scores of every word of every sentence, one row a word, and each
    sentence's range of rows (see :func:`text_emissions`)."""
    words = [w for sent in sentences for w in sent]
    bounds = list(itertools.pairwise(itertools.accumulate(map(len, sentences), initial=0)))
    gazetteer: list[Match] | None = None
    if any(m is not None for m in matches):
        gazetteer = []
        for (first, _), sent, found in zip(bounds, sentences, matches, strict=True):
            if found is None:  # as the sentence's features would find them
                found = gazetteer_matches([info.key for info in word_features(sent)])
            gazetteer.extend((s + first, e + first, classes) for s, e, classes in found)
    return text_emissions(words, bounds, gazetteer), bounds


def text_emissions(
    words: Sequence[str], bounds: Sequence[tuple[int, int]], gazetteer: Sequence[Match] | None = None
) -> npt.NDArray[np.float64]:
    """The label scores of every word of a text, one row a word.

    ``bounds`` are its sentences' consecutive word ranges, covering all words;
    ``gazetteer`` its gazetteer matches as word ranges of the text (found from the
    words' keys when not given).  Each row is what the feature strings of
    :func:`~.features.sentence_features` for the word's sentence would sum to,
    added up in the same order, so the scores are the same to the last bit.
    """
    return default_tagger().text_emissions(words, bounds, gazetteer)


def _text_emissions(
    table: _WordTable,
    pairs: tuple[PairWeights, PairWeights],
    words: Sequence[str],
    bounds: Sequence[tuple[int, int]],
    gazetteer: Sequence[Match] | None,
) -> npt.NDArray[np.float64]:
    import numpy as np

    table.trim()
    model = table.model
    ids = table.ids_of(words)
    table.fill()
    if not ids:
        return np.zeros((0, len(model.labels)))
    keys = list(map(table.keys.__getitem__, ids))
    if gazetteer is None:
        gazetteer = text_gazetteer_matches(keys, bounds)
    scores = _word_scores(table, ids, bounds)
    # A word's sentence-level features in the order its sentence's feature list has
    # them: phrases, the head distance, then its pair with the word before it and
    # with the word after it. Sums of floats depend on their order.
    feats = text_phrase_features(keys, bounds, gazetteer)
    if not table.heads.isdisjoint(ids):
        feats += text_head_distances(list(map(table.traits.__getitem__, ids)), bounds)
    if feats:
        # The model's attribute of each feature, and the words of those it knows.
        found = list(map(model.attributes.get, map(_FEATURE, feats)))
        known = list(map(operator.is_not, found, itertools.repeat(None)))
        rows = list(itertools.compress(map(_WORD, feats), known))
        if rows:
            attrs = np.fromiter(itertools.compress(found, known), dtype=np.intp, count=len(rows))
            np.add.at(scores, np.asarray(rows, dtype=np.intp), model.state[attrs])
    for side in _pair_attributes(keys, bounds, pairs):
        hit = np.flatnonzero(side >= 0)  # a word has at most one pair on each side
        if hit.size:
            scores[hit] += model.state[side[hit]]
    return scores


def _word_scores(table: _WordTable, ids: Sequence[int], bounds: Sequence[tuple[int, int]]) -> npt.NDArray[np.float64]:
    """Each word's own weights plus those its neighbours lend it, from the table."""
    import numpy as np

    # Each sentence sits between _REACH padding rows, so no context crosses sentences.
    lengths = np.fromiter((b - a for a, b in bounds), dtype=np.intp, count=len(bounds))
    sentence_of = np.repeat(np.arange(len(bounds)), lengths)
    pos = np.arange(len(ids)) + _REACH * (sentence_of + 1)
    id_arr = np.full(len(ids) + _REACH * (len(bounds) + 1), _PAD, dtype=np.intp)
    id_arr[pos] = ids
    # The word at offset o from each word lends it its column k: cell row * columns + k.
    # One take of all of them is cheaper than a fancy index per column.
    width = len(_OFFSETS)
    cells = id_arr[pos[None, :] + np.array(_OFFSETS, dtype=np.intp)[:, None]] * width
    cells += np.arange(width, dtype=np.intp)[:, None]
    lent = table.rows.reshape(-1, table.rows.shape[-1]).take(cells.ravel(), axis=0).reshape(width, len(ids), -1)
    scores: npt.NDArray[np.float64] = lent[0]
    for k in range(1, width):
        scores += lent[k]  # column by column, in the order the sums have always taken
    return scores


def _pair_attributes(
    keys: list[str], bounds: Sequence[tuple[int, int]], pairs: tuple[PairWeights, PairWeights]
) -> list[npt.NDArray[np.intp]]:
    """Per word, the attribute of its pair with the word before it (or the sentence
    start), then of its pair with the word after it (or the end); -1 for none."""
    import numpy as np

    before = [SENTENCE_START, *keys[:-1]]
    after = [*keys[1:], SENTENCE_END]
    for a, b in bounds:
        if b > a:
            before[a] = SENTENCE_START
            after[b - 1] = SENTENCE_END
    to_first, to_second = pairs
    none = itertools.repeat(-1)
    return [
        np.fromiter(map(to_second.get, zip(before, keys, strict=True), none), dtype=np.intp, count=len(keys)),
        np.fromiter(map(to_first.get, zip(keys, after, strict=True), none), dtype=np.intp, count=len(keys)),
    ]


def tag_text(
    words: Sequence[str], bounds: Sequence[tuple[int, int]], gazetteer: Sequence[Match] | None = None
) -> list[tuple[int, int, str]]:
    """The entities the CRF finds in a text as (start, end, type) word ranges of the
    text, none crossing a sentence (arguments as for :func:`text_emissions`)."""
    return default_tagger().tag_text(words, bounds, gazetteer)


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


_OUTSIDE, _BEGIN, _INSIDE = 0, 1, 2


@functools.cache
def _label_parts(labels: tuple[str, ...]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], tuple[str, ...]]:
    """Per label: begins, continues or is outside a span; its type, as an index into the types."""
    import numpy as np

    parts = [label.partition("-") for label in labels]
    types = tuple(sorted({t for _, _, t in parts}))
    kinds = [_BEGIN if p == "B" else _INSIDE if p == "I" else _OUTSIDE for p, _, _ in parts]
    return np.array(kinds, dtype=np.intp), np.array([types.index(t) for _, _, t in parts], dtype=np.intp), types


def label_spans(
    best: npt.NDArray[np.intp], bounds: Sequence[tuple[int, int]], labels: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """:func:`spans_of` of every sentence's labels at once, as word ranges of the text.

    A word continues the span of the word before it when both are in the same
    sentence and in a span, and it is an I- label of that span's type; every other
    word with a B- or I- label starts a span.
    """
    import numpy as np

    kind_of, type_of, types = _label_parts(labels)
    kind, typ = kind_of[best], type_of[best]
    inside = kind != _OUTSIDE
    goes_on = np.zeros(len(best) + 1, dtype=bool)  # goes_on[i]: word i continues a span
    goes_on[1:-1] = (kind[1:] == _INSIDE) & inside[:-1] & (typ[1:] == typ[:-1])
    goes_on[[a for a, _ in bounds if a < len(best)]] = False
    starts = np.flatnonzero(inside & ~goes_on[:-1])
    ends = np.flatnonzero(inside & ~goes_on[1:]) + 1
    return [(s, e, types[t]) for s, e, t in zip(starts.tolist(), ends.tolist(), typ[starts].tolist(), strict=True)]
