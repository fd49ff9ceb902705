"""Entity mentions in a text: split words, tag each sentence with the CRF,
apply the sentence rules and the article-wide repeat rule, then give every
mention its canonical name."""

from __future__ import annotations

from ...model import Entity, Token
from .aliases import assign_norms
from .document import repeated_names
from .features import gazetteer_matches
from .rules import Mention, apply_rules
from .tagger import tag_spans
from .words import sentence_spans, split_words


def extract_entities(text: str) -> list[Entity]:
    """Every entity mention in ``text``, in text order.

    Offsets are code points into ``text`` as given (``text[start:end] ==
    entity.text``).  Types: PER, ORG, LOC, TITLE, EVENT.  Designations are
    TITLE mentions of their own, never part of a PER span; honorifics (श्री,
    डॉ.) are part of neither.
    """
    tokens = split_words(text)
    sentences: list[list[Token]] = []
    keys: list[list[str]] = []
    mentions: list[list[Mention]] = []
    for a, b in sentence_spans(text, tokens):
        sent = tokens[a:b]
        words = [t.text for t in sent]
        sent_keys = [t.norm for t in sent]
        matches = gazetteer_matches(sent_keys)
        sentences.append(sent)
        keys.append(sent_keys)
        mentions.append(apply_rules(words, sent_keys, tag_spans(words, matches), matches))
    found: list[tuple[int, int, str, str]] = []
    for sent, sent_mentions in zip(sentences, repeated_names(keys, mentions), strict=True):
        for m in sent_mentions:
            start, end = sent[m.start].start, sent[m.end - 1].end
            found.append((start, end, text[start:end], m.type))
    return assign_norms(found)
