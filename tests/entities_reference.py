"""The entity step's fast paths, written out plainly: each is the definition a
test holds the package's faster code to."""

from __future__ import annotations

from collections.abc import Sequence

from newscli.extract.entities.features import CONTEXT, Match, PhraseMatcher, WordFeatures, is_letter_run, word_shape
from newscli.extract.entities.lexicon import GAZETTEER_TYPE, key_set, name_parts, word_clusters
from newscli.extract.entities.rules import (
    _BODY_HEADS,
    _BODY_LINKS_LIMIT,
    _BODY_WORDS_LIMIT,
    _FILL_CLASSES,
    _GENERIC,
    _LOCATED,
    Mention,
    SentenceView,
    _covered,
    _cues,
    _government_owners,
    _government_words,
    _overlaps,
)
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
    clusters = word_clusters().get(key, ())
    own.extend(f"k{n}={c}" for n, c in enumerate(clusters))
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
            feats.extend(f"{o}k{n}={c}" for n, c in enumerate(clusters))
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
        if any(m.type in ("ORG", "LOC") and m.start < s and e == m.end for m in out):
            continue
        if e < len(view.keys) and view.keys[e] in org_heads and view.keys[e] != "संगठन":
            continue
        kept: list[Mention] = []
        for m in out:
            if not (m.start < e and s < m.end):
                kept.append(m)
            elif m.end > e and m.type == "PER":
                kept.append(Mention(e, m.end, m.type, m.rule))
            elif m.start < s and (m.end <= e or m.type in ("ORG", "LOC")):
                kept.append(Mention(m.start, s, m.type, m.rule))
        kept.append(Mention(s, e, "TITLE", "titles"))
        out = kept
    return out


def governments_by_scan(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """:func:`~newscli.extract.entities.rules.governments` with a pass over every mention
    at each step: the definition it is tested against."""
    out = list(mentions)
    keys = view.keys
    for i in [i for i, k in enumerate(keys) if k in _government_words()]:
        if i == 0:
            continue
        holder = next((m for m in out if m.start < i < m.end), None)
        if holder is not None:  # the tagger's span holds the word: only its type may be wrong
            if holder.type != "ORG" and holder.end == i + 1:
                out = [m for m in out if m is not holder]
                out.append(Mention(holder.start, holder.end, "ORG", "governments"))
            continue
        owner = next((m for m in out if m.end == i and m.type in ("PER", "LOC", "ORG")), None)
        if owner is not None:
            start = owner.start
        elif keys[i - 1] in _government_owners() and not any(_overlaps(m, i - 1, i) for m in out):
            start = i - 1
        else:
            continue
        out = [m for m in out if not _overlaps(m, start, i + 1)]
        out.append(Mention(start, i + 1, "ORG", "governments"))
    return out


def place_bodies_by_scan(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """:func:`~newscli.extract.entities.rules.place_bodies` with a pass over every mention
    at each step: the definition it is tested against."""
    keys = view.keys
    heads = key_set("org_heads.txt")
    function = key_set("function_words.txt")
    party = {i for s, e, classes in view.gazetteer if "PARTY" in classes for i in range(s, e)}
    out = list(mentions)
    for m in [m for m in mentions if m.type == "LOC"]:
        end = None
        for j in range(m.end, min(m.end + _BODY_LINKS_LIMIT + 1, len(keys))):
            k = keys[j]
            if k in heads:
                end = j + 1
                break
            if k in function or not k[:1].isalpha() or j in party or k in _LOCATED:
                break
        if end is None or party.intersection(range(m.end, end)):
            continue
        # The words up to the head may be the tagger's organization (रांची + नगर निगम),
        # never another kind of mention.
        inside = [o for o in out if o is not m and _overlaps(o, m.end, end)]
        if any(o.type != "ORG" or o.start < m.end or o.end != end for o in inside):
            continue
        out = [o for o in out if o is not m and o not in inside]
        out.append(Mention(m.start, end, "ORG", "place_bodies"))
    return out


def function_bodies_by_scan(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """:func:`~newscli.extract.entities.rules.function_bodies` with a pass over every mention
    at each step: the definition it is tested against."""
    keys = view.keys
    function = key_set("function_words.txt")
    out = list(mentions)
    covered = _covered(out)
    for i in [i for i, k in enumerate(keys) if k in _BODY_HEADS]:
        # A listed body (शिक्षा विभाग) may be the end of a longer name: the name
        # runs back from the start of the listed part.
        listed = next((m for m in out if m.type == "ORG" and m.end == i + 1 and m.start < i), None)
        if i in covered and listed is None:
            continue
        if listed is not None:
            covered.difference_update(range(listed.start, i + 1))
        j = listed.start if listed is not None else i
        end_words = j
        while j > 0 and i - j < _BODY_WORDS_LIMIT and j - 1 not in covered:
            k = keys[j - 1]
            joins = k in ("एवं", "व") and j - 2 >= 0 and j < i
            if not joins and (k in function or not k[:1].isalpha() or k in _cues()):
                break
            j -= 1
        while j < end_words and (keys[j] in _GENERIC or keys[j] in ("एवं", "व")):
            j += 1
        if j == i or (listed is not None and j >= listed.start):
            if listed is not None:
                covered.update(range(listed.start, i + 1))
            continue
        out = [m for m in out if m is not listed]
        out.append(Mention(j, i + 1, "ORG", "function_bodies"))
        covered.update(range(j, i + 1))
    return out


def gazetteer_fill_by_scan(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """:func:`~newscli.extract.entities.rules.gazetteer_fill` with a pass over every
    mention per match: the definition it is tested against."""
    out = list(mentions)
    for s, e, classes in view.gazetteer:
        cls = next((c for c in _FILL_CLASSES if c in classes), None)
        if cls is None or any(_overlaps(m, s, e) for m in out):
            continue
        out.append(Mention(s, e, GAZETTEER_TYPE[cls], "gazetteer_fill"))
    return out
