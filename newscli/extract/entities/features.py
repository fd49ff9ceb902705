"""CRF features for a sentence of words.

Features of a word depend only on its own spelling, so they are computed once
per distinct word and cached; a token's feature list is its own features plus
the cached context features of its neighbours and the gazetteer phrases that
cover it.  Nothing identifies a sentence as a whole (no sentence id, no
position-in-document), so the model cannot memorise repeated sentences.

Training (``scripts/train_ner.py``) and tagging call the same
:func:`sentence_features`, so the two can never drift apart.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .lexicon import key_set, known_names, name_parts, phrase_table, word_clusters
from .spelling import spelling_key

CONTEXT = (-3, -2, -1, 1, 2, 3)
_CACHE_LIMIT = 1 << 16  # words; each holds a few dozen feature strings


def word_shape(word: str) -> str:
    """The word's shape from its first character: num, deva, latin, alpha or punct."""
    c = word[0]
    if c.isdigit():
        return "num"
    if "\u0900" <= c <= "\u097f" and (c.isalpha() or len(word) > 1):
        return "deva"
    if c.isascii() and c.isalpha():
        return "latin"
    if c.isalpha():
        return "alpha"
    return "punct"


@functools.cache
def _letters() -> frozenset[str]:
    return key_set("letters.txt")


@functools.lru_cache(maxsize=65536)
def is_letter_run(key: str) -> bool:
    """True for a word spelt as two or more letter names (बीएल, आरबीआई): an
    acronym or a person's initials."""
    letters = _letters()
    # A run starts with a letter name of at most six characters; most words start with none.
    if letters.isdisjoint((key[:1], key[:2], key[:3], key[:4], key[:5], key[:6])):
        return False
    n = len(key)
    # most[i]: the most letter names that spell key[:i] (-1: none do).
    most = [-1] * (n + 1)
    most[0] = 0
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i):
            if most[j] >= 0 and key[j:i] in letters:
                most[i] = max(most[i], most[j] + 1)
    return most[n] >= 2


# The word lists of word_classes, in the order its classes are listed; "common" has two.
_CLASS_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hon", ("honorifics.txt",)),
    ("fw", ("function_words.txt",)),
    ("given", ()),  # name_parts()
    ("surname", ()),
    ("role", ("roles.txt",)),
    ("orghead", ("org_heads.txt",)),
    ("lochead", ("loc_heads.txt",)),
    ("common", ("common_words.txt", "not_names.txt")),
)


@functools.cache
def _class_members() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each list class with the keys of its lists, in word_classes order: one set per
    class instead of a look-up of each of its lists for each new word."""
    given, surnames = name_parts()
    members: list[tuple[str, frozenset[str]]] = []
    for cls, files in _CLASS_LISTS:
        keys = given if cls == "given" else surnames if cls == "surname" else frozenset()
        members.append((cls, keys.union(*map(key_set, files))))
    return tuple(members)


def word_classes(key: str) -> tuple[str, ...]:
    """Closed-class and name-list memberships of one word key."""
    listed = [cls for cls, keys in _class_members() if key in keys]
    if key.endswith(".") and len(key) <= 4:
        listed.append("initial")
    elif is_letter_run(key):
        listed.append("letters")
    return tuple(listed)


class WordFeatures:
    """What one word contributes: its spelling key, its own features, and per context
    offset the features it lends the word at that distance from it."""

    __slots__ = ("ctx", "is_break", "is_head", "key", "own")

    def __init__(self, key: str, own: tuple[str, ...], ctx: dict[int, tuple[str, ...]]) -> None:
        self.key = key
        self.is_head = "c=orghead" in own
        self.is_break = "c=fw" in own or "sh=punct" in own
        self.own = own
        self.ctx = ctx


class WordTraits(NamedTuple):
    """What the sentence-level features need of a word once its weights are summed."""

    key: str
    is_head: bool
    is_break: bool


_cache: dict[str, WordFeatures] = {}


def _word_features(word: str) -> WordFeatures:
    wf = _cache.get(word)
    if wf is not None:
        return wf
    wf = build_word_features(word)
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    _cache[word] = wf
    return wf


def build_word_features(word: str) -> WordFeatures:
    """The features of one word, built afresh (training caches them; tagging keeps only
    the sums of their weights).  The same strings in the same order as
    the definition in ``tests/entities_reference.py``, with the parts that depend only on the
    word's shape or classes made once: a new word costs a few concatenations."""
    key = spelling_key(word) or word
    shape = shape_features(word_shape(word))
    classes = class_features(word_classes(key))
    clusters = cluster_features(word_clusters().get(key, ()))
    s2 = key[-2:]
    own = (
        *("bias", "w=" + key, shape[0], "s1=" + key[-1:], "s2=" + s2, "s3=" + key[-3:], "p3=" + key[:3]),
        *classes[0],
        *clusters[0],
    )
    ctx = {
        -3: classes[1],
        -2: ("-2w=" + key, *classes[2]),
        -1: ("-1w=" + key, shape[1], *classes[3], "-1s2=" + s2, *clusters[1]),
        1: ("1w=" + key, shape[2], *classes[4], "1s2=" + s2, *clusters[2]),
        2: ("2w=" + key, *classes[5]),
        3: classes[6],
    }
    return WordFeatures(key, own, ctx)


@functools.cache
def shape_features(shape: str) -> tuple[str, str, str]:
    """The shape feature a word has itself, and those it lends the word before and the word after it."""
    return "sh=" + shape, "-1sh=" + shape, "1sh=" + shape


@functools.cache
def class_features(classes: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The class features of a word's own and then of each context offset."""
    return (tuple("c=" + c for c in classes), *(tuple(f"{o}c={c}" for c in classes) for o in CONTEXT))


@functools.lru_cache(maxsize=4096)
def cluster_features(clusters: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The cluster features of a word's own, and those it lends the word after and
    the word before it; granularities are told apart by their column (``k0`` is the
    coarsest)."""
    own = tuple(f"k{n}={c}" for n, c in enumerate(clusters))
    return own, tuple("-1" + f for f in own), tuple("1" + f for f in own)


Match = tuple[int, int, frozenset[str]]


class PhraseMatcher:
    """Longest-first, left-to-right, non-overlapping look-up of phrases
    (tuples of word keys) in a sentence."""

    __slots__ = ("lengths", "pairs", "single", "table")

    def __init__(self, table: Mapping[tuple[str, ...], frozenset[str]]) -> None:
        self.table = table
        lengths: dict[str, set[int]] = {}
        for phrase in table:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        # First word key -> the lengths of the phrases starting with it, longest first.
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        # The first two words of the phrases of two words or more, and the one-word
        # phrases by their word.
        self.pairs = frozenset(phrase[:2] for phrase in table if len(phrase) > 1)
        self.single = {phrase[0]: classes for phrase, classes in table.items() if len(phrase) == 1}

    def matches(self, keys: Sequence[str]) -> list[Match]:
        return self.text_matches(keys, [(0, len(keys))])

    def text_matches(self, keys: Sequence[str], bounds: Sequence[tuple[int, int]]) -> list[Match]:
        """The matches of every sentence of a text at once, as word ranges of the text;
        ``bounds`` are the sentences' consecutive word ranges, covering all words,
        which no match crosses (the same as the scan in ``tests/entities_reference.py``).

        A match ends inside its sentence, so the words before the next sentence are
        free again when it starts, just as when each sentence is matched alone.
        """
        lengths, table, pairs, single = self.lengths, self.table, self.pairs, self.single
        # Most words begin no phrase: find the ones that may without a Python loop.
        firsts = list(itertools.compress(itertools.count(), map(lengths.__contains__, keys)))
        out: list[Match] = []
        if not firsts:
            return out
        ends = [b for _, b in bounds]
        sentence = 0  # the sentence of word i: candidates come in order, so it only moves on
        free = 0  # words before this one are inside a match already
        for i in firsts:
            if i < free:
                continue
            while ends[sentence] <= i:
                sentence += 1
            limit = ends[sentence]
            key = keys[i]
            # Most candidates start no longer phrase with the word after them.
            if i + 1 < limit and (key, keys[i + 1]) in pairs:
                for length in lengths[key]:
                    if i + length <= limit:
                        classes = table.get(tuple(keys[i : i + length]))
                        if classes is not None:
                            out.append((i, i + length, classes))
                            free = i + length
                            break
            elif key in single:
                out.append((i, i + 1, single[key]))
        return out


@functools.cache
def _gazetteer() -> PhraseMatcher:
    return PhraseMatcher(phrase_table())


@functools.cache
def _known_names() -> PhraseMatcher:
    return PhraseMatcher(known_names())


def gazetteer_matches(keys: Sequence[str]) -> list[Match]:
    """The gazetteer phrases of a sentence as (start, end, classes) word ranges."""
    return _gazetteer().matches(keys)


def text_gazetteer_matches(keys: Sequence[str], bounds: Sequence[tuple[int, int]]) -> list[Match]:
    """The gazetteer phrases of every sentence of a text, as word ranges of the text."""
    return _gazetteer().text_matches(keys, bounds)


_HEAD_REACH = 6


def head_distances(infos: Sequence[WordFeatures] | Sequence[WordTraits]) -> list[tuple[int, str]]:
    """(word, "orgR=d") for each word that an organization's head word (मंत्रालय,
    आयोग, ...) follows d words later with no function word or punctuation
    between: the words before a head are usually part of the name."""
    out: list[tuple[int, str]] = []
    if not any(info.is_head for info in infos):
        return out
    last_head = -1
    for i in range(len(infos) - 1, -1, -1):
        info = infos[i]
        if info.is_head:
            last_head = i
        elif info.is_break:
            last_head = -1
        if last_head > i and last_head - i <= _HEAD_REACH:
            out.append((i, f"orgR={last_head - i}"))
    return out


def text_head_distances(
    infos: Sequence[WordFeatures] | Sequence[WordTraits], bounds: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    """:func:`head_distances` of every sentence of a text at once, as word indices of
    the text (in no set order): a walk back from each head word, as heads are rare."""
    out: list[tuple[int, str]] = []
    heads = [i for i in range(len(infos)) if infos[i].is_head]
    if heads:
        starts = [a for a, _ in bounds]
        for head in heads:
            first = max(starts[bisect.bisect_right(starts, head) - 1], head - _HEAD_REACH)
            for i in range(head - 1, first - 1, -1):
                if infos[i].is_head or infos[i].is_break:
                    break  # a nearer head covers the words before it; a break ends the name
                out.append((i, f"orgR={head - i}"))
    return out


def sentence_features(
    words: Sequence[str],
    matches: Sequence[Match] | None = None,
    names: PhraseMatcher | None = None,
) -> list[list[str]]:
    """The feature strings of each word of one sentence.

    ``matches`` are its gazetteer matches when the caller has them already;
    ``names`` replaces the shipped list of names seen in the training data
    (training passes a list built without the sentence's own part of the data).
    """
    infos = word_features(words)
    keys = [info.key for info in infos]
    n = len(words)
    head_dist = [""] * n
    for i, feat in head_distances(infos):
        head_dist[i] = feat
    phrases: list[list[str]] = [[] for _ in range(n)]
    for i, feat in phrase_features(keys, matches, names):
        phrases[i].append(feat)
    out: list[list[str]] = []
    for i, pair in enumerate(pair_features(keys)):
        feats = list(infos[i].own)
        if head_dist[i]:
            feats.append(head_dist[i])
        for o in CONTEXT:
            j = i + o
            if 0 <= j < n:
                feats.extend(infos[j].ctx[o])
            elif o == -1:
                feats.append("BOS")
            elif o == 1:
                feats.append("EOS")
        feats.extend(phrases[i])
        feats.extend(pair)
        out.append(feats)
    return out


def word_features(words: Sequence[str]) -> list[WordFeatures]:
    """The cached features of each word: its own and those it lends its neighbours."""
    return [_word_features(w) for w in words]


def phrase_features(
    keys: Sequence[str],
    matches: Sequence[Match] | None = None,
    names: PhraseMatcher | None = None,
) -> list[tuple[int, str]]:
    """(word, feature) for each name-list and gazetteer phrase a word begins, continues
    or borders, in the order training has always listed them."""
    if matches is None:
        matches = gazetteer_matches(keys)
    return text_phrase_features(keys, [(0, len(keys))], matches, names)


def text_phrase_features(
    keys: Sequence[str],
    bounds: Sequence[tuple[int, int]],
    matches: Sequence[Match],
    names: PhraseMatcher | None = None,
) -> list[tuple[int, str]]:
    """:func:`phrase_features` of every sentence of a text at once, as word indices of
    the text; ``matches`` are the text's gazetteer matches.  A word gets its features
    in the order its sentence alone would give them: names, then gazetteer phrases."""
    out: list[tuple[int, str]] = []
    for s, e, types in (names or _known_names()).text_matches(keys, bounds):
        for t in sorted(types):
            out.append((s, "nB=" + t))
            out.extend((j, "nI=" + t) for j in range(s + 1, e))
    if matches:
        starts = [a for a, _ in bounds]
        for s, e, classes in matches:
            first, end = bounds[bisect.bisect_right(starts, s) - 1]
            for cls in sorted(classes):
                out.append((s, "gB=" + cls))
                out.extend((j, "gI=" + cls) for j in range(s + 1, e))
                if s > first:
                    out.append((s - 1, "+1g=" + cls))
                if e < end:
                    out.append((e, "-1g=" + cls))
    return out


SENTENCE_START, SENTENCE_END = "^", "$"
PAIR_BEFORE, PAIR_AFTER = "w-1|w=", "w|w+1="


def pair_features(keys: Sequence[str]) -> list[tuple[str, str]]:
    """For each word, the pair it makes with the word before it and with the word after it."""
    n = len(keys)
    return [
        (
            PAIR_BEFORE + (keys[i - 1] if i else SENTENCE_START) + "|" + key,
            PAIR_AFTER + key + "|" + (keys[i + 1] if i + 1 < n else SENTENCE_END),
        )
        for i, key in enumerate(keys)
    ]
