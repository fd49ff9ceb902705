"""Quotes found with entities given by hand, so that these tests do not move with the tagger."""

from __future__ import annotations

from newscli.extract.quotes import extract_quotes
from newscli.model import Entity, Quote


def entities(text: str, *names: tuple[str, str, str]) -> list[Entity]:
    """Every occurrence of each (type, surface, norm) in ``text``, as the tagger would give it."""
    out = []
    for etype, surface, norm in names:
        at = text.find(surface)
        while at >= 0:
            out.append(Entity(at, at + len(surface), surface, etype, norm))
            at = text.find(surface, at + len(surface))
    return sorted(out, key=lambda e: e.start)


def quotes(text: str, *names: tuple[str, str, str]) -> list[Quote]:
    return extract_quotes(text, entities(text, *names))


def said(text: str, *names: tuple[str, str, str]) -> list[tuple[str, str, str | None]]:
    """(kind, words said, speaker) of each quote."""
    return [(q.kind, q.text, q.speaker) for q in quotes(text, *names)]
