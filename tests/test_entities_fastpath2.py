"""The entity recognizer's second round of shortcuts against the straightforward paths
they replace: each must give exactly what its definition gives, on any input."""

from __future__ import annotations

import itertools

import numpy as np
from entities_reference import text_matches_by_scan
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.entities import words as words_mod
from newscli.extract.entities.spelling import spelling_key
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


marks = st.text(alphabet="()\"'“”‘’-,:;।॥?!|[]{}/\u00ad", max_size=3)


@settings(max_examples=300, deadline=None)
@given(marks, st.text(alphabet="कखबीएलडॉमेंोाि१२09Aa\u200c\u093c", min_size=1, max_size=8), marks)
def test_a_word_with_marks_around_it_splits_as_a_scan_does(before: str, word: str, after: str) -> None:
    text = before + word + after
    for _ in range(2):  # a new piece, then a known one
        assert split_words(text) == scan_words(text)


# --- rules chosen by their triggers ----------------------------------------------


def _vocabulary() -> list[str]:
    """Words the rules react to, read from the word lists (so the test follows the
    data), and everyday words, punctuation, years and initials."""
    from newscli.extract.entities.lexicon import data_lines

    files = (
        "honorifics.txt",
        "roles.txt",
        "titles.txt",
        "org_heads.txt",
        "loc_heads.txt",
        "loc_states.txt",
        "loc_cities_india.txt",
        "loc_countries.txt",
        "org_parties.txt",
        "per_politicians.txt",
        "given_names.txt",
        "surnames.txt",
        "function_words.txt",
    )
    words = {w for name in files for line in data_lines(name)[:20] for w in line.split()}
    words.update(["(", ")", ",", "-", "।", "और", "ने", "जी", "1911", "1955", "बी.", "बीएल", "लोकसभा", "चुनाव", "कहा"])
    return sorted(words)


VOCABULARY = _vocabulary()
TYPES = ["PER", "LOC", "ORG", "TITLE", "EVENT"]


@st.composite
def tagged_sentences(draw: st.DrawFn) -> tuple[list[str], list[tuple[int, int, str]]]:
    words = draw(st.lists(st.sampled_from(VOCABULARY), max_size=14))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(words)), max_size=6))))
    types = st.sampled_from(TYPES)
    return words, [(a, b, draw(types)) for a, b in itertools.pairwise(cuts) if draw(st.booleans())]


def _keys(words: list[str]) -> list[str]:
    return [spelling_key(w) or w for w in words]


@settings(max_examples=600, deadline=None)
@given(tagged_sentences(), st.booleans())
def test_the_rules_a_sentence_triggers_act_as_all_rules(
    problem: tuple[list[str], list[tuple[int, int, str]]], with_matches: bool
) -> None:
    from newscli.extract.entities.features import gazetteer_matches
    from newscli.extract.entities.rules import RULES, apply_rules

    words, tagged = problem
    keys = _keys(words)
    matches = gazetteer_matches(keys) if with_matches else []
    assert apply_rules(words, keys, tagged, matches) == apply_rules(words, keys, tagged, matches, RULES)


@settings(max_examples=600, deadline=None)
@given(tagged_sentences(), st.booleans(), st.sampled_from(range(10)))
def test_a_rule_not_triggered_changes_nothing(
    problem: tuple[list[str], list[tuple[int, int, str]]], with_matches: bool, which: int
) -> None:
    # Stronger than the test above: each rule on its own, given any mentions at all.
    from newscli.extract.entities.features import gazetteer_matches
    from newscli.extract.entities.rules import RULES, Mention, SentenceView, rules_for

    words, tagged = problem
    keys = _keys(words)
    matches = gazetteer_matches(keys) if with_matches else []
    rule = RULES[which % len(RULES)]
    if rule not in rules_for(keys, matches, tagged):
        mentions = [Mention(s, e, t, "tagger") for s, e, t in tagged]
        assert rule.apply(SentenceView(words, keys, matches), mentions) == mentions


@settings(max_examples=300, deadline=None)
@given(st.lists(tagged_sentences(), max_size=5))
def test_rules_found_for_a_whole_text_are_those_of_each_sentence(
    problems: list[tuple[list[str], list[tuple[int, int, str]]]],
) -> None:
    from newscli.extract.entities.extract import _word_masks
    from newscli.extract.entities.rules import cue_free, rule_index

    index = rule_index()
    keys = [k for words, _ in problems for k in _keys(words)]
    bounds, start = [], 0
    for words, _ in problems:
        bounds.append((start, start + len(words)))
        start += len(words)
    masks = _word_masks(keys, bounds)
    for k, (a, b) in enumerate(bounds):
        assert masks.get(k, 0) == index.word_mask(keys[a:b])
        assert cue_free(keys[a:b]) == (k not in masks)


# --- word features ---------------------------------------------------------------

words = st.one_of(st.sampled_from(VOCABULARY), st.text(alphabet=ALPHABET, min_size=1, max_size=12))


@settings(max_examples=500, deadline=None)
@given(words)
def test_word_features_are_those_of_the_definition(word: str) -> None:
    from entities_reference import word_features_by_definition

    from newscli.extract.entities.features import CONTEXT, build_word_features

    fast, plain = build_word_features(word), word_features_by_definition(word)
    assert (fast.key, fast.own, fast.is_head, fast.is_break) == (plain.key, plain.own, plain.is_head, plain.is_break)
    assert list(fast.ctx) == list(CONTEXT)
    assert fast.ctx == plain.ctx


@settings(max_examples=500, deadline=None)
@given(words)
def test_word_classes_are_those_of_the_lists(word: str) -> None:
    from entities_reference import word_classes_by_lists

    from newscli.extract.entities.features import word_classes

    key = spelling_key(word) or word
    assert word_classes(key) == word_classes_by_lists(key)


def _letter_run(key: str) -> bool:
    """Two or more letter names spell the key, found by trying every split."""
    from newscli.extract.entities.features import _letters

    letters = _letters()
    reach = {0: 0}  # end of a prefix spelt by letter names -> the most names spelling it
    for i in range(1, len(key) + 1):
        counts = [reach[j] + 1 for j in range(max(0, i - 6), i) if j in reach and key[j:i] in letters]
        if counts:
            reach[i] = max(counts)
    return reach.get(len(key), 0) >= 2


letter_names = st.lists(st.sampled_from(["बी", "एल", "जे", "पी", "आर", "आई", "एस", "डब्ल्यू", "के", "ए"]), max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.one_of(words, letter_names.map("".join), st.tuples(letter_names, words).map(lambda p: "".join(p[0]) + p[1])))
def test_letter_runs_are_found_as_by_every_split(key: str) -> None:
    from newscli.extract.entities.features import is_letter_run

    assert is_letter_run(key) == _letter_run(key)


# --- the decoder -------------------------------------------------------------------


def _viterbi(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    """One sentence's best path, word by word, the first best label winning ties."""
    delta = list(scores[0])
    back = []
    n = len(delta)
    for t in range(1, len(scores)):
        cand = [[delta[f] + transitions[f, y] for f in range(n)] for y in range(n)]
        best = [max(range(n), key=lambda f, c=c: (c[f], -f)) for c in cand]  # first of equals
        back.append(best)
        delta = [cand[y][best[y]] + scores[t, y] for y in range(n)]
    y = max(range(n), key=lambda k: (delta[k], -k))
    path = [y]
    for best in reversed(back):
        y = best[y]
        path.append(y)
    return path[::-1]


Problem = tuple[np.ndarray, list[tuple[int, int]], np.ndarray]  # emissions, sentence bounds, transitions


@st.composite
def decoding_problems(draw: st.DrawFn) -> Problem:
    labels = draw(st.integers(1, 4))
    # Many sentences of many lengths: the decoder's views change each time one ends.
    lengths = draw(st.lists(st.integers(0, 12), max_size=9))
    values = st.integers(-2, 2).map(float)  # small integers: ties are frequent and sums exact
    transitions = np.array(draw(st.lists(values, min_size=labels**2, max_size=labels**2))).reshape(labels, labels)
    total = sum(lengths)
    scores = np.array(draw(st.lists(values, min_size=total * labels, max_size=total * labels))).reshape(total, labels)
    bounds, start = [], 0
    for n in lengths:
        bounds.append((start, start + n))
        start += n
    return scores, bounds, transitions


@settings(max_examples=400, deadline=None)
@given(decoding_problems())
def test_decoding_all_sentences_at_once_is_decoding_each(problem: Problem) -> None:
    from newscli.extract.entities.crf import decode

    scores, bounds, transitions = problem
    expected = [k for a, b in bounds for k in (_viterbi(scores[a:b], transitions) if b > a else [])]
    assert decode(scores, bounds, transitions) == expected


# --- phrase matching -------------------------------------------------------------

small_words = st.sampled_from(["क", "ख", "ग", "घ", "ङ"])
phrase_tables = st.dictionaries(
    st.lists(small_words, min_size=1, max_size=4).map(tuple),
    st.frozensets(st.sampled_from(["A", "B"]), min_size=1),
    max_size=12,
)


def _sentences(draw: st.DrawFn, words: st.SearchStrategy[str]) -> tuple[list[str], list[tuple[int, int]]]:
    sents = draw(st.lists(st.lists(words, max_size=10), max_size=5))
    keys = [k for s in sents for k in s]
    bounds, start = [], 0
    for s in sents:
        bounds.append((start, start + len(s)))
        start += len(s)
    return keys, bounds


@settings(max_examples=500, deadline=None)
@given(phrase_tables, st.data())
def test_phrases_matched_longer_first_then_single_words_as_by_a_scan(
    table: dict[tuple[str, ...], frozenset[str]], data: st.DataObject
) -> None:
    # A few words and many overlapping phrases: longer phrases that start inside one
    # another, one-word phrases inside longer ones, phrases cut by sentence ends.
    from newscli.extract.entities.features import PhraseMatcher

    keys, bounds = _sentences(data.draw, small_words)
    matcher = PhraseMatcher(table)
    assert matcher.text_matches(keys, bounds) == text_matches_by_scan(matcher, keys, bounds)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_shipped_phrase_lists_match_as_by_a_scan(data: st.DataObject) -> None:
    from newscli.extract.entities.features import _gazetteer, _known_names

    keys, bounds = _sentences(data.draw, st.sampled_from(VOCABULARY).map(lambda w: spelling_key(w) or w))
    for matcher in (_gazetteer(), _known_names()):
        assert matcher.text_matches(keys, bounds) == text_matches_by_scan(matcher, keys, bounds)


@settings(max_examples=600, deadline=None)
@given(tagged_sentences())
def test_titles_by_the_words_under_them_equal_the_scan_over_every_mention(
    problem: tuple[list[str], list[tuple[int, int, str]]],
) -> None:
    from entities_reference import titles_by_scan

    from newscli.extract.entities.features import gazetteer_matches
    from newscli.extract.entities.rules import Mention, SentenceView, titles

    words, tagged = problem
    keys = _keys(words)
    view = SentenceView(words, keys, gazetteer_matches(keys))
    mentions = [Mention(s, e, t, "tagger") for s, e, t in tagged]
    assert titles(view, mentions) == titles_by_scan(view, mentions)


# Words the neighbour rules turn on, so that hypothesis puts them next to mentions often.
NEIGHBOUR_WORDS = [
    *"सरकार सरकारों केंद्र राज्य प्रदेश विभाग मंत्रालय आयोग निदेशालय स्थित एवं व पुलिस निगम नगर".split(),
    *"संबंधित इस स्वास्थ्य बिजली दिल्ली बिहार भाजपा के ने , ( )".split(),
]


@st.composite
def neighbour_sentences(draw: st.DrawFn) -> tuple[list[str], list[tuple[int, int, str]]]:
    words = draw(st.lists(st.sampled_from(NEIGHBOUR_WORDS) | st.sampled_from(VOCABULARY), max_size=16))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(words)), max_size=8))))
    types = st.sampled_from(TYPES)
    return words, [(a, b, draw(types)) for a, b in itertools.pairwise(cuts) if draw(st.booleans())]


@settings(max_examples=1000, deadline=None)
@given(neighbour_sentences(), st.booleans())
def test_the_neighbour_rules_by_index_equal_their_scans_over_every_mention(
    problem: tuple[list[str], list[tuple[int, int, str]]], with_matches: bool
) -> None:
    from entities_reference import (
        function_bodies_by_scan,
        gazetteer_fill_by_scan,
        governments_by_scan,
        place_bodies_by_scan,
    )

    from newscli.extract.entities.features import gazetteer_matches
    from newscli.extract.entities.rules import (
        Mention,
        SentenceView,
        function_bodies,
        gazetteer_fill,
        governments,
        place_bodies,
    )

    words, tagged = problem
    keys = _keys(words)
    view = SentenceView(words, keys, gazetteer_matches(keys) if with_matches else [])
    mentions = [Mention(s, e, t, "tagger") for s, e, t in tagged]
    for fast, scan in (
        (governments, governments_by_scan),
        (place_bodies, place_bodies_by_scan),
        (function_bodies, function_bodies_by_scan),
        (gazetteer_fill, gazetteer_fill_by_scan),
    ):
        assert fast(view, mentions) == scan(view, mentions), fast.__name__
