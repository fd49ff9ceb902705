"""The entity recognizer's shortcuts against the straightforward paths they replace:
each must give exactly what its definition gives, on any input."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.entities.crf import decode
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


def _viterbi(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    """One sentence's best path, step by step, the first best label winning ties."""
    delta = scores[0]
    back = []
    for t in range(1, len(scores)):
        cand = delta[:, None] + transitions  # [from, to]
        back.append(cand.argmax(axis=0))
        delta = cand.max(axis=0) + scores[t]
    y = int(delta.argmax())
    path = [y]
    for best in reversed(back):
        y = int(best[y])
        path.append(y)
    return path[::-1]


Problem = tuple[np.ndarray, list[tuple[int, int]], np.ndarray]  # emissions, sentence bounds, transitions


@st.composite
def tagging_problems(draw: st.DrawFn) -> Problem:
    labels = draw(st.integers(1, 5))
    lengths = draw(st.lists(st.integers(0, 9), min_size=0, max_size=6))
    # Small integers make ties frequent, and their sums exact, so tie-breaking is tested too.
    values = st.integers(-3, 3).map(float)
    transitions = np.array(draw(st.lists(values, min_size=labels * labels, max_size=labels * labels)))
    scores = np.array(draw(st.lists(values, min_size=sum(lengths) * labels, max_size=sum(lengths) * labels)))
    bounds, start = [], 0
    for n in lengths:
        bounds.append((start, start + n))
        start += n
    return scores.reshape(sum(lengths), labels), bounds, transitions.reshape(labels, labels)


@settings(max_examples=300, deadline=None)
@given(tagging_problems())
def test_batched_decode_equals_one_sentence_at_a_time(problem: Problem) -> None:
    scores, bounds, transitions = problem
    got = decode(scores, bounds, transitions)
    assert len(got) == len(scores)
    for a, b in bounds:
        if b > a:
            assert got[a:b] == _viterbi(scores[a:b], transitions)
