"""The model attributes of a new word's features, found from its spelling key.

Tagging wants only the attribute (the row of the state weights) of each of a word's
features, never the feature strings: building every string (``"w=" + key``, ...)
only to look it up cost about as much as the rest of a new word's row.  The
attributes are filed here by what follows the feature's prefix, so a word's are a
few look-ups of its key and its key's ends, in the order
:func:`~.features.build_word_features` lists the features (the order the weights
are summed in), with -1 for a feature the model does not know.
"""

from __future__ import annotations

from typing import NamedTuple

from .features import class_features, cluster_features, shape_features, word_classes, word_shape
from .lexicon import word_clusters
from .spelling import spelling_key

_UNKNOWN = -1
# The prefixes of the features that hold the key or one of its ends, and those that
# share one look-up: a word's key with the word at each offset, its last two letters.
_KEY_PREFIXES = ("w", "-2w", "-1w", "1w", "2w")
_END_PREFIXES = ("s2", "-1s2", "1s2")
_OTHER_PREFIXES = ("s1", "s3", "p3")


class WordAttributes(NamedTuple):
    """A word's key, the attributes of its features cell by cell (its own, then what it
    lends each context offset), the number of features in each cell, and its traits."""

    key: str
    attrs: tuple[int, ...]
    counts: tuple[int, ...]
    is_head: bool
    is_break: bool


class AttributeIndex:
    """The model's attributes by the part of the feature a word supplies."""

    __slots__ = ("_attributes", "_by_classes", "_by_clusters", "_by_shape", "bias", "ends", "keys", "p3", "s1", "s3")

    def __init__(self, attributes: dict[str, int]) -> None:
        self._attributes = attributes
        bodies: dict[str, dict[str, int]] = {p: {} for p in (*_KEY_PREFIXES, *_END_PREFIXES, *_OTHER_PREFIXES)}
        for feat, index in attributes.items():
            # No prefix holds "=", so the body is all that follows the first one.
            prefix, eq, body = feat.partition("=")
            if eq and prefix in bodies:
                bodies[prefix][body] = index
        self.bias = attributes.get("bias", _UNKNOWN)
        self.keys = _grouped(bodies, _KEY_PREFIXES)
        self.ends = _grouped(bodies, _END_PREFIXES)
        self.s1, self.s3, self.p3 = (bodies[p] for p in _OTHER_PREFIXES)
        self._by_shape: dict[str, tuple[int, ...]] = {}
        self._by_classes: dict[tuple[str, ...], tuple[tuple[int, ...], ...]] = {}
        self._by_clusters: dict[tuple[str, ...], tuple[tuple[int, ...], ...]] = {}

    def of(self, word: str) -> WordAttributes:
        key = spelling_key(word) or word
        classes = word_classes(key)
        shape = word_shape(word)
        sh, sh_before, sh_after = self._shape_attrs(shape)
        c0, c_3, c_2, c_1, c1, c2, c3 = self._class_attrs(classes)
        clusters = word_clusters().get(key, ())
        k0, k_1, k1 = self._cluster_attrs(clusters)
        w, w_2, w_1, w1, w2 = self.keys.get(key, _NO_KEY)
        s2, s2_1, s21 = self.ends.get(key[-2:], _NO_END)
        s1, s3, p3 = self.s1.get(key[-1:], _UNKNOWN), self.s3.get(key[-3:], _UNKNOWN), self.p3.get(key[:3], _UNKNOWN)
        attrs = (
            *(self.bias, w, sh, s1, s2, s3, p3, *c0, *k0),
            *c_3,
            *(w_2, *c_2),
            *(w_1, sh_before, *c_1, s2_1, *k_1),
            *(w1, sh_after, *c1, s21, *k1),
            *(w2, *c2),
            *c3,
        )
        n, m = len(classes), len(clusters)
        counts = (7 + n + m, n, 1 + n, 3 + n + m, 3 + n + m, 1 + n, n)
        return WordAttributes(key, attrs, counts, "orghead" in classes, "fw" in classes or shape == "punct")

    def _shape_attrs(self, shape: str) -> tuple[int, ...]:
        found = self._by_shape.get(shape)
        if found is None:
            found = self._by_shape[shape] = self._lookup(shape_features(shape))
        return found

    def _class_attrs(self, classes: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
        found = self._by_classes.get(classes)
        if found is None:
            found = self._by_classes[classes] = tuple(map(self._lookup, class_features(classes)))
        return found

    def _cluster_attrs(self, clusters: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
        found = self._by_clusters.get(clusters)
        if found is None:
            found = self._by_clusters[clusters] = tuple(map(self._lookup, cluster_features(clusters)))
        return found

    def _lookup(self, feats: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(self._attributes.get(f, _UNKNOWN) for f in feats)


_NO_KEY = (_UNKNOWN,) * len(_KEY_PREFIXES)
_NO_END = (_UNKNOWN,) * len(_END_PREFIXES)


def _grouped(bodies: dict[str, dict[str, int]], prefixes: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Per body, its attribute under each of ``prefixes``: one look-up instead of one per prefix."""
    out: dict[str, tuple[int, ...]] = {}
    for body in set().union(*(bodies[p] for p in prefixes)):
        out[body] = tuple(bodies[p].get(body, _UNKNOWN) for p in prefixes)
    return out
