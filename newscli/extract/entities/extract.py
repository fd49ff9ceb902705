"""Entity mentions in a text: split words, tag each sentence with the CRF,
apply the sentence rules and the article-wide repeat rule, then give every
mention its canonical name."""

from __future__ import annotations

from ...model import Entity
from .aliases import assign_norms
from .document import repeated_names
from .features import gazetteer_matches
from .rules import Mention, apply_rules
from .tagger import spans_of, tag_sentences
from .words import sentence_spans, split_words


def extract_entities(text: str) -> list[Entity]:
    """Every entity mention in ``text``, in text order.

    Offsets are code points into ``text`` as given (``text[start:end] ==
    entity.text``).  Types: PER, ORG, LOC, TITLE, EVENT.  Designations are
    TITLE mentions of their own, never part of a PER span; honorifics (श्री,
    डॉ.) are part of neither.
    """
    split = split_words(text)
    sentences = sentence_spans(text, split)
    words = [split.texts[a:b] for a, b in sentences]
    keys = [split.keys[a:b] for a, b in sentences]
    matches = [gazetteer_matches(k) for k in keys]
    mentions: list[list[Mention]] = [
        apply_rules(w, k, spans_of(tags), m)
        for w, k, tags, m in zip(words, keys, tag_sentences(words, matches), matches, strict=True)
    ]
    found: list[tuple[int, int, str, str]] = []
    for (first, _), sent_mentions in zip(sentences, repeated_names(keys, mentions), strict=True):
        for m in sent_mentions:
            start, end = split.starts[first + m.start], split.ends[first + m.end - 1]
            found.append((start, end, text[start:end], m.type))
    return assign_norms(found)
