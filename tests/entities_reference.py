"""The entity step's fast paths, written out plainly: each is the definition a
test holds the package's faster code to."""

from __future__ import annotations

from collections.abc import Sequence

from newscli.extract.entities.features import CONTEXT, Match, PhraseMatcher, WordFeatures, is_letter_run, word_shape
from newscli.extract.entities.lexicon import key_set, name_parts
from newscli.extract.entities.rules import Mention, SentenceView
from newscli.extract.entities.spelling import spelling_key
from newscli.extract.entities.words import SENTENCE_ENDS, Words


def word_classes_by_lists(key: str) -> tuple[str, ...]:
    """:func:`~newscli.extract.entities.features.word_classes` list by list: the definition it is tested against."""
    given, surnames = name_parts()
    out: list[str] = []
    if key in key_set("honorifics.txt"):
        out.append("hon")
    if key in key_set("function_words.txt"):
        out.append("fw")
    if key in given:
        out.append("given")
    if key in surnames:
        out.append("surname")
    if key in key_set("roles.txt"):
        out.append("role")
    if key in key_set("org_heads.txt"):
        out.append("orghead")
    if key in key_set("loc_heads.txt"):
        out.append("lochead")
    if key in key_set("common_words.txt") or key in key_set("not_names.txt"):
        out.append("common")
    if key.endswith(".") and len(key) <= 4:
        out.append("initial")
    elif is_letter_run(key):
        out.append("letters")
    return tuple(out)


def word_features_by_definition(word: str) -> WordFeatures:
    """The features of one word, offset by offset: the definition
    :func:`~newscli.extract.entities.features.build_word_features` is tested against."""
    key = spelling_key(word) or word
    shape = word_shape(word)
    classes = word_classes_by_lists(key)
    own = [
        "bias",
        "w=" + key,
        "sh=" + shape,
        "s1=" + key[-1:],
        "s2=" + key[-2:],
        "s3=" + key[-3:],
        "p3=" + key[:3],
    ]
    own.extend("c=" + c for c in classes)
    ctx: dict[int, tuple[str, ...]] = {}
    for o in CONTEXT:
        if abs(o) == 1:
            feats = [f"{o}w={key}", f"{o}sh={shape}"]
        elif abs(o) == 2:
            feats = [f"{o}w={key}"]
        else:
            feats = []
        feats.extend(f"{o}c={c}" for c in classes)
        if abs(o) == 1:
            feats.append(f"{o}s2={key[-2:]}")
        ctx[o] = tuple(feats)
    return WordFeatures(key, tuple(own), ctx)


def text_matches_by_scan(matcher: PhraseMatcher, keys: Sequence[str], bounds: Sequence[tuple[int, int]]) -> list[Match]:
    """:meth:`PhraseMatcher.text_matches` candidate by candidate: the definition it is tested against."""
    lengths, table = matcher.lengths, matcher.table
    ends = [b for _, b in bounds]
    out: list[Match] = []
    sentence = 0
    free = 0
    for i in range(len(keys)):
        if i < free or keys[i] not in lengths:
            continue
        while ends[sentence] <= i:
            sentence += 1
        for length in lengths[keys[i]]:
            if i + length <= ends[sentence]:
                classes = table.get(tuple(keys[i : i + length]))
                if classes is not None:
                    out.append((i, i + length, classes))
                    free = i + length
                    break
    return out


def sentence_spans_by_scan(text: str, words: Words) -> list[tuple[int, int]]:
    """:func:`~newscli.extract.entities.words.sentence_spans` word by word: the definition it is tested against."""
    spans: list[tuple[int, int]] = []
    start = 0
    starts, ends, texts = words.starts, words.ends, words.texts
    n = len(texts)
    for i in range(n):
        if i > start and "\n" in text[ends[i - 1] : starts[i]]:
            spans.append((start, i))
            start = i
        if texts[i] in SENTENCE_ENDS:
            spans.append((start, i + 1))
            start = i + 1
    if start < n:
        spans.append((start, n))
    return spans


def titles_by_scan(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """:func:`~newscli.extract.entities.rules.titles` designation by designation over
    every mention: the definition it is tested against."""
    out = list(mentions)
    org_heads = key_set("org_heads.txt")
    for s, e, classes in view.gazetteer:
        if "TITLE" not in classes:
            continue
        if any(m.type in ("ORG", "LOC") and m.start < s and e <= m.end for m in out):
            continue
        if e < len(view.keys) and view.keys[e] in org_heads and view.keys[e] != "संगठन":
            continue
        kept: list[Mention] = []
        for m in out:
            if not (m.start < e and s < m.end):
                kept.append(m)
            elif m.start >= s and m.end > e and m.type == "PER":
                kept.append(Mention(e, m.end, m.type, m.rule))
            elif m.start < s and m.end <= e:
                kept.append(Mention(m.start, s, m.type, m.rule))
        kept.append(Mention(s, e, "TITLE", "titles"))
        out = kept
    return out
