"""The comparison key ``fold`` takes shortcuts for speed; its result is still its definition's."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.article.resources import fold


def folded_by_definition(s: str) -> str:
    """NFC, zero-width joiners and nukta dropped, case-folded, whitespace runs collapsed."""
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u200c", "").replace("\u200d", "").replace("\u093c", "").casefold()
    return " ".join(s.split())


# The characters that decide whether a nukta may be dropped before NFC: consonants that compose
# with it (न र ळ) and ones that do not, their precomposed forms (ऩ, and क़ which NFC decomposes),
# other combining marks (virama, Bengali nukta, acute), joiners, spaces and cased Latin letters.
ALPHABET = [*"कडफजनरळलहऩक़ािं़् ", "\u0958", "\u09bc", "\u0301", "\u200c", "\u200d", "\u00a0", "A", "ß", "İ"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=12))
def test_fold_matches_its_definition(s: str) -> None:
    assert fold(s) == folded_by_definition(s)


@pytest.mark.parametrize(
    "s",
    ["बड़ा", "न\u093c", "र\u093c्", "\u093cक", "क\u093c\u093c", "ड\u093c\u0301", "\u0958", "ऩ\u093c", "फ़ैसला  ZEE"],
)
def test_fold_of_nukta_spellings(s: str) -> None:
    assert fold(s) == folded_by_definition(s)
