"""Entity mentions in a text: split words, tag each sentence with the CRF,
apply the sentence rules and the article-wide repeat rule, then give every
mention its canonical name."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

from ...model import Entity
from .aliases import assign_norms
from .document import repeated_names
from .features import Match, text_gazetteer_matches
from .rules import Mention, apply_rules, rule_index, sentence_class_mask
from .tagger import Tagger, default_tagger
from .words import Words, sentence_spans, split_words

T = TypeVar("T")


def extract_entities(text: str, tagger: Tagger | None = None) -> list[Entity]:
    """Every entity mention in ``text``, in text order.

    Offsets are code points into ``text`` as given (``text[start:end] ==
    entity.text``).  Types: PER, ORG, LOC, TITLE, EVENT.  Designations are
    TITLE mentions of their own, never part of a PER span; honorifics (श्री,
    डॉ.) are part of neither.  ``tagger`` is the statistical model to use: the
    shipped one (:func:`~.tagger.default_tagger`) when not given.
    """
    split = split_words(text)
    sentences = sentence_spans(text, split)
    # The tagger and the matchers take the whole text at once, which costs far
    # fewer Python and numpy calls than a sentence at a time; the rules still see
    # one sentence.
    gazetteer = text_gazetteer_matches(split.keys, sentences)
    tagged = (tagger or default_tagger()).tag_text(split.texts, sentences, gazetteer)
    mentions = _sentence_mentions(split, sentences, tagged, gazetteer)
    found: list[tuple[int, int, str, str]] = []
    for (first, _), sent_mentions in zip(sentences, repeated_names(split.keys, sentences, mentions), strict=True):
        for m in sent_mentions:
            start, end = split.starts[first + m.start], split.ends[first + m.end - 1]
            surface = text[start:end]
            if any(c.isalnum() for c in surface):  # a stop or a mark alone names nothing
                found.append((start, end, surface, m.type))
    return assign_norms(found)


def _sentence_mentions(
    split: Words, sentences: list[tuple[int, int]], tagged: list[tuple[int, int, str]], gazetteer: list[Match]
) -> list[list[Mention]]:
    """Each sentence's mentions after the rules, from the tagger's spans and the
    gazetteer's matches in the text.  Each sentence runs only the rules it triggers
    (see :func:`~.rules.rules_for`), found for the whole text at once."""
    spans = _by_sentence(sentences, tagged)
    matches = _by_sentence(sentences, gazetteer)
    index = rule_index()
    cued = _word_masks(split.keys, sentences)
    out: list[list[Mention]] = []
    for k, (a, b) in enumerate(sentences):
        sent_spans, sent_matches = spans.get(k, []), matches.get(k, [])
        mask = cued.get(k, 0)
        if not sent_spans and not sent_matches and not mask:
            out.append([])  # no rule finds a mention without a match, a mention or a cue
        else:
            rules = index.rules(index.always | mask | sentence_class_mask(sent_matches, sent_spans))
            out.append(apply_rules(split.texts[a:b], split.keys[a:b], sent_spans, sent_matches, rules))
    return out


def _word_masks(keys: list[str], sentences: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Per sentence, the rules its words trigger (:meth:`~.rules.RuleIndex.word_mask`),
    for the sentences with any."""
    starts = [a for a, _ in sentences]
    out: dict[int, int] = {}
    for i, mask in rule_index().word_hits(keys):
        k = bisect.bisect_right(starts, i) - 1
        out[k] = out.get(k, 0) | mask
    return out


def _by_sentence(
    sentences: Sequence[tuple[int, int]], ranges: list[tuple[int, int, T]]
) -> dict[int, list[tuple[int, int, T]]]:
    """Word ranges of a text grouped by sentence, as word ranges of their sentence."""
    starts = [a for a, _ in sentences]
    out: dict[int, list[tuple[int, int, T]]] = {}
    for s, e, value in ranges:
        k = bisect.bisect_right(starts, s) - 1
        out.setdefault(k, []).append((s - starts[k], e - starts[k], value))
    return out
