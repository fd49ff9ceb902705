"""The entity recognizer's shortcuts against the straightforward paths they replace:
each must give exactly what its definition gives, on any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.entities.words import scan_words, sentence_spans, sentence_spans_by_scan, split_words

# Letters, marks, digits, joiners, separators, periods, brackets and line breaks:
# the characters the splitter and the sentence cutter treat differently.
ALPHABET = "कखबीएलडॉमेंोािः१२३0123456789.,:।॥?!|()-\u200c\u200d\u093c\u0901 \n\t\r॰ABa"
texts = st.text(alphabet=ALPHABET, max_size=60)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_split_words_equals_a_whole_scan(text: str) -> None:
    # Twice: once filling the piece cache (plain pieces skip the scan), once reading it.
    for _ in range(2):
        assert split_words(text) == scan_words(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sentence_spans_equal_the_word_by_word_cut(text: str) -> None:
    words = split_words(text)
    assert sentence_spans(text, words) == sentence_spans_by_scan(text, words)
