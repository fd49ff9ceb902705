"""The entity recognizer's second round of shortcuts against the straightforward paths
they replace: each must give exactly what its definition gives, on any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.entities import words as words_mod
from newscli.extract.entities.words import scan_words, split_words

# Letters, marks, digits, joiners, separators, periods, brackets and line breaks:
# the characters the splitter treats differently, and spaces to make empty pieces.
ALPHABET = "कखबीएलडॉमेंोािः१२३0123456789.,:।॥?!|()-\u200c\u200d\u093c\u0901  \n\t\r॰ABa"
texts = st.text(alphabet=ALPHABET, max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_chained_piece_entries_split_as_a_whole_scan(batch: list[str]) -> None:
    # Texts that share pieces, split with some pieces known and some new, then all known.
    for text in [*batch, *batch]:
        assert split_words(text) == scan_words(text)


@settings(max_examples=100, deadline=None)
@given(texts, texts)
def test_a_cache_that_starts_afresh_mid_text_changes_nothing(seen: str, text: str) -> None:
    split_words(seen)
    limit = words_mod._PIECE_LIMIT
    words_mod._PIECE_LIMIT = len(words_mod._pieces)  # the next new piece clears the cache
    try:
        assert split_words(text) == scan_words(text)
    finally:
        words_mod._PIECE_LIMIT = limit
