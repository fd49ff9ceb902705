"""The entity recognizer's shortcuts against the straightforward paths they replace:
each must give exactly what its definition gives, on any input."""

from __future__ import annotations

import itertools

import numpy as np
from entities_reference import sentence_spans_by_scan
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.entities.crf import decode
from newscli.extract.entities.rules import Mention
from newscli.extract.entities.spelling import spelling_key
from newscli.extract.entities.words import scan_words, sentence_spans, split_words

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


@settings(max_examples=200, deadline=None)
@given(texts)
def test_remembered_spelling_keys_equal_fresh_ones(text: str) -> None:
    from newscli.extract.entities.spelling import _make_key

    for _ in range(2):  # once remembering the key, once reading it
        assert spelling_key(text) == _make_key(text)


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


# --- whole-text tagging against a sentence at a time -----------------------------


def _vocabulary() -> list[str]:
    """Words the features and rules react to, read from the word lists (so the test
    follows the data), and everyday words, punctuation, years and initials."""
    from newscli.extract.entities.lexicon import data_lines

    files = (
        "honorifics.txt",
        "roles.txt",
        "titles.txt",
        "org_heads.txt",
        "loc_heads.txt",
        "loc_states.txt",
        "org_parties.txt",
        "per_politicians.txt",
        "given_names.txt",
        "surnames.txt",
        "function_words.txt",
    )
    words = {w for name in files for line in data_lines(name)[:25] for w in line.split()}
    words.update(["(", ")", ",", "-", "।", "और", "ने", "1911", "1955", "बी.", "बीएल", "लोकसभा", "चुनाव", "कहा"])
    return sorted(words)


VOCABULARY = _vocabulary()
sentences = st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=14), min_size=0, max_size=5)


def _bounds(sents: list[list[str]]) -> list[tuple[int, int]]:
    out, start = [], 0
    for s in sents:
        out.append((start, start + len(s)))
        start += len(s)
    return out


def _keys(words: list[str]) -> list[str]:
    return [spelling_key(w) or w for w in words]


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_text_matches_equal_matching_each_sentence(sents: list[list[str]]) -> None:
    from newscli.extract.entities.features import gazetteer_matches, text_gazetteer_matches

    keys = [k for s in sents for k in _keys(s)]
    alone = [
        (s + a, e + a, c)
        for (a, _), sent in zip(_bounds(sents), sents, strict=True)
        for s, e, c in gazetteer_matches(_keys(sent))
    ]
    assert text_gazetteer_matches(keys, _bounds(sents)) == alone


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_text_features_equal_each_sentence_features(sents: list[list[str]]) -> None:
    from newscli.extract.entities.features import (
        gazetteer_matches,
        head_distances,
        phrase_features,
        text_gazetteer_matches,
        text_head_distances,
        text_phrase_features,
        word_features,
    )

    bounds = _bounds(sents)
    keys = [k for s in sents for k in _keys(s)]
    infos = word_features([w for s in sents for w in s])
    # Each word's features in the order its sentence gives them.
    alone: dict[int, list[str]] = {}
    heads: set[tuple[int, str]] = set()
    for (a, b), sent in zip(bounds, sents, strict=True):
        sent_keys = _keys(sent)
        for i, feat in phrase_features(sent_keys, gazetteer_matches(sent_keys)):
            alone.setdefault(a + i, []).append(feat)
        heads.update((a + i, feat) for i, feat in head_distances(infos[a:b]))
    together: dict[int, list[str]] = {}
    for i, feat in text_phrase_features(keys, bounds, text_gazetteer_matches(keys, bounds)):
        together.setdefault(i, []).append(feat)
    assert together == alone
    assert sorted(text_head_distances(infos, bounds)) == sorted(heads)


@settings(max_examples=100, deadline=None)
@given(sentences)
def test_text_emissions_equal_each_sentence_scored_alone(sents: list[list[str]]) -> None:
    from newscli.extract.entities.tagger import emissions, text_emissions

    words = [w for s in sents for w in s]
    together = text_emissions(words, _bounds(sents))
    for (a, b), sent in zip(_bounds(sents), sents, strict=True):
        alone, _ = emissions([sent], [None])
        assert np.array_equal(together[a:b], alone)  # the same sums in the same order: equal bits


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.integers(0, 50), max_size=12), max_size=5))
def test_label_spans_equal_spans_of_each_sentence(labels: list[list[int]]) -> None:
    from newscli.extract.entities.crf import weights
    from newscli.extract.entities.tagger import label_spans, spans_of

    names = weights().labels
    sents = [[k % len(names) for k in s] for s in labels]
    best = np.array([k for s in sents for k in s], dtype=np.intp)
    alone = [
        (s + a, e + a, t)
        for (a, _), sent in zip(_bounds(sents), sents, strict=True)
        for s, e, t in spans_of([names[k] for k in sent])
    ]
    assert label_spans(best, _bounds(sents), names) == alone


# --- rules and the article-wide repeats -------------------------------------------


@st.composite
def tagged_words(draw: st.DrawFn) -> tuple[list[str], list[tuple[int, int, str]]]:
    words = draw(st.lists(st.sampled_from(VOCABULARY), max_size=14))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(words)), max_size=6))))
    types = st.sampled_from(["PER", "LOC", "ORG", "TITLE"])
    return words, [(a, b, draw(types)) for a, b in itertools.pairwise(cuts) if draw(st.booleans())]


@settings(max_examples=500, deadline=None)
@given(tagged_words())
def test_rules_chosen_for_a_sentence_act_as_all_rules(problem: tuple[list[str], list[tuple[int, int, str]]]) -> None:
    from newscli.extract.entities.rules import RULES, apply_rules, cue_free

    words, tagged = problem
    keys = _keys(words)
    # Without gazetteer matches, as most sentences are; with them all rules run anyway.
    assert apply_rules(words, keys, tagged, []) == apply_rules(words, keys, tagged, [], RULES)
    if cue_free(keys):  # the sentences the recognizer skips when the tagger found nothing
        assert apply_rules(words, keys, [], [], RULES) == []


def _repeats_one_sentence_at_a_time(keys: list[list[str]], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """repeated_names as it was written first: a matcher run over each sentence."""
    from collections import Counter

    from newscli.extract.entities.document import _everyday, _given_name
    from newscli.extract.entities.features import PhraseMatcher

    votes: dict[tuple[str, ...], Counter[str]] = {}
    for sent_keys, sent_mentions in zip(keys, mentions, strict=True):
        for m in sent_mentions:
            if m.type not in ("PER", "LOC", "ORG"):
                continue
            phrase = tuple(sent_keys[m.start : m.end])
            if len(phrase) == 1 and _everyday(phrase[0]):
                continue
            votes.setdefault(phrase, Counter())[m.type] += 1
            if m.type == "PER" and len(phrase) >= 2 and not _everyday(phrase[-1]):
                votes.setdefault(phrase[-1:], Counter())["PER"] += 0
            if m.type == "PER" and len(phrase) == 2 and _given_name(phrase[0]):
                votes.setdefault(phrase[:1], Counter())["PER"] += 0
    if not votes:
        return [sorted(m, key=lambda m: (m.start, m.end)) for m in mentions]
    table = {p: frozenset({c.most_common(1)[0][0]} if sum(c.values()) else {"PER"}) for p, c in votes.items()}
    matcher = PhraseMatcher(table)
    out = []
    for sent_keys, sent_mentions in zip(keys, mentions, strict=True):
        covered = {i for m in sent_mentions for i in range(m.start, m.end)}
        added = [
            Mention(s, e, next(iter(types)), "document")
            for s, e, types in matcher.matches(sent_keys)
            if not any(i in covered for i in range(s, e))
        ]
        out.append(sorted([*sent_mentions, *added], key=lambda m: (m.start, m.end)))
    return out


@st.composite
def tagged_sentences(draw: st.DrawFn) -> tuple[list[list[str]], list[list[Mention]]]:
    names = st.sampled_from(["राम", "सिंह", "दिल्ली", "भाजपा", "ने", "कहा", "और"])
    sents = draw(st.lists(st.lists(names, max_size=8), max_size=5))
    mentions = []
    for sent in sents:
        cuts = sorted(set(draw(st.lists(st.integers(0, len(sent)), max_size=4))))
        spans = [(a, b) for a, b in itertools.pairwise(cuts) if draw(st.booleans())]
        types = st.sampled_from(["PER", "LOC", "ORG", "TITLE"])
        mentions.append([Mention(a, b, draw(types), "tagger") for a, b in spans])
    return sents, mentions


@settings(max_examples=300, deadline=None)
@given(tagged_sentences())
def test_repeats_over_the_text_equal_repeats_sentence_by_sentence(
    problem: tuple[list[list[str]], list[list[Mention]]],
) -> None:
    from newscli.extract.entities.document import repeated_names

    sents, mentions = problem
    keys = [_keys(s) for s in sents]
    flat = [k for s in keys for k in s]
    assert repeated_names(flat, _bounds(sents), mentions) == _repeats_one_sentence_at_a_time(keys, mentions)
