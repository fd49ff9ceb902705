"""Gazetteer phrases split all at once give the words each splits to alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscli.extract.entities.lexicon import GAZETTEERS, data_lines, phrase_tokens, phrases_tokens

# Letters, marks, digits, periods of abbreviations, punctuation and the spaces that
# decide where words end, as gazetteer lines may hold them.
ALPHABET = st.sampled_from(list("डॉ.॰बीएलसंतोष्ट्रीयक़ौ1२,:-()'A b  \u200c\u200d"))
lines = st.text(alphabet=ALPHABET, max_size=30).filter(lambda s: "\n" not in s)


@given(st.lists(lines, max_size=8))
def test_one_split_of_many_phrases_is_each_split_alone(phrases: list[str]) -> None:
    assert phrases_tokens(phrases) == [phrase_tokens(p) for p in phrases]


def test_every_gazetteer_line_splits_as_it_does_alone() -> None:
    for name in GAZETTEERS:
        phrases = data_lines(name)
        assert phrases_tokens(phrases) == [phrase_tokens(p) for p in phrases], name
