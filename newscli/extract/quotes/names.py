"""A speaker's canonical name: the fullest name the article gives for the entity.

The entity tagger's ``norm`` unifies spellings; a speaker is named more fully still:
titles and honorifics come off a person's name (``डीसीपी दंडोतिया`` -> ``दंडोतिया``), a
short form takes the article's longer name that ends or starts with it (``यादव`` ->
``मोहन यादव``, ``ममता`` -> ``ममता बनर्जी``), and an organisation is the longest way
the article writes it (``उच्च न्यायालय`` -> ``दिल्ली उच्च न्यायालय``, ``WHO`` ->
``विश्व स्वास्थ्य संगठन``). Built once per article from its entities, in linear time.
"""

from __future__ import annotations

from newscli.extract.quotes.lexicon import words_with
from newscli.model import Entity


def _strip_titles(name: str, titles: frozenset[str]) -> str:
    parts = name.split()
    while len(parts) > 1 and parts[0] in titles:
        parts.pop(0)
    return " ".join(parts)


class Names:
    """Canonical names of one article's people and organisations."""

    def __init__(self, entities: list[Entity]) -> None:
        self.titles = words_with("title")
        # Short form -> the longest full name it is part of (first seen wins a tie).
        self.person_of: dict[str, str] = {}
        self.org_of: dict[str, str] = {}
        for e in entities:
            if e.type == "PER":
                full = _strip_titles(e.norm, self.titles)
                parts = full.split()
                keys = {full, parts[0]} | {" ".join(parts[i:]) for i in range(1, len(parts))}
                _keep_longest(self.person_of, keys, full)
            elif e.type in ("ORG", "LOC"):
                parts = e.text.split()
                keys = {e.norm} | {" ".join(parts[i:]) for i in range(len(parts))}
                _keep_longest(self.org_of, keys, " ".join(parts))

    def person(self, norm: str) -> str:
        short = _strip_titles(norm, self.titles)
        return self.person_of.get(short, short)

    def organisation(self, norm: str, surface: str) -> str:
        surface = " ".join(surface.split())
        by_norm = self.org_of.get(norm, norm)
        by_surface = self.org_of.get(surface)
        return by_norm if by_surface is None else max((by_surface, by_norm), key=len)

    def of(self, norm: str, etype: str | None, surface: str) -> str:
        if etype == "PER":
            return self.person(norm)
        if etype in ("ORG", "LOC"):
            return self.organisation(norm, surface)
        return norm


def _keep_longest(table: dict[str, str], keys: set[str], full: str) -> None:
    for key in keys:
        old = table.get(key)
        if old is None or len(full) > len(old):
            table[key] = full
