"""A new word's attributes found from its key against those of its feature strings."""

from __future__ import annotations

import functools
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.entities.crf import weights
from newscli.extract.entities.features import CONTEXT, build_word_features
from newscli.extract.entities.wordattrs import AttributeIndex, WordAttributes

ALPHABET = "कखबीएलडॉमेंोािः१२0129.,:।?!|()-=\u200c\u200d\u093c\u0901 ABa"


@functools.cache
def _model_bodies() -> list[str]:
    """Keys and key ends the model has features for, so that known attributes come up."""
    bodies = {feat.partition("=")[2] for feat in weights().attributes if "|" not in feat}
    return sorted(b for b in bodies if b)


def _by_strings(word: str) -> WordAttributes:
    """The definition: look up each feature string of the word, in its order."""
    info = build_word_features(word)
    cells = (info.own, *(info.ctx[o] for o in CONTEXT))
    attributes = weights().attributes
    attrs = tuple(attributes.get(f, -1) for f in itertools.chain.from_iterable(cells))
    return WordAttributes(info.key, attrs, tuple(map(len, cells)), info.is_head, info.is_break)


words = st.one_of(
    st.text(alphabet=ALPHABET, min_size=1, max_size=10),
    st.sampled_from(_model_bodies()),
    st.tuples(st.sampled_from(_model_bodies()), st.text(alphabet=ALPHABET, max_size=3)).map("".join),
)


@settings(max_examples=1000, deadline=None)
@given(words)
def test_attributes_from_the_key_are_those_of_the_feature_strings(word: str) -> None:
    assert _index().of(word) == _by_strings(word)


def test_the_shipped_lists_words_have_the_attributes_of_their_strings() -> None:
    for word in _model_bodies():
        assert _index().of(word) == _by_strings(word)


@functools.cache
def _index() -> AttributeIndex:
    return AttributeIndex(weights().attributes)
