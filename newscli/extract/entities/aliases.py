"""Canonical names: one ``norm`` for the spellings of one entity in a text.

Mentions share a norm when their spelling keys are equal (संतोष / सन्तोष,
nukta, chandrabindu), when the alias table maps them to one name (बीजेपी →
भाजपा, यूपी → उत्तर प्रदेश), or when a person's single word repeats the last
word of a fuller name mentioned before it (मोदी after नरेंद्र मोदी).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Entity
from .lexicon import key_map
from .spelling import spelling_key


def _display(text: str) -> str:
    return " ".join(text.split())


def assign_norms(mentions: Sequence[tuple[int, int, str, str]]) -> list[Entity]:
    """Entities with their norms, from (start, end, text, type) in text order."""
    aliases = key_map("aliases.tsv")
    first_form: dict[tuple[str, str], str] = {}  # (type, key) -> norm
    # Surname key -> norm of the latest fuller name ending in it.
    surname_of: dict[str, str] = {}
    out: list[Entity] = []
    for start, end, text, typ in mentions:
        key = spelling_key(text)
        alias = aliases.get(key)
        if alias is not None:
            key = spelling_key(alias)
            first_form.setdefault((typ, key), alias)
        if typ == "PER" and " " not in key and (typ, key) not in first_form and key in surname_of:
            norm = surname_of[key]
        else:
            norm = first_form.setdefault((typ, key), _display(text))
        if typ == "PER" and " " in key:
            surname_of[key.rsplit(" ", 1)[1]] = norm
        out.append(Entity(start, end, text, typ, norm))
    return out
