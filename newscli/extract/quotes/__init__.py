"""Quotes in Hindi news: who said what.

``extract_quotes(text, entities)`` returns :class:`newscli.model.Quote` rows, in text order:

* ``direct``: the words inside quote marks (``"…"``, ``“…”``, ``‘…’``, ``'…'``, ``''…''``),
  however many sentences they hold; nested marks stay inside the outer quote.
* ``indirect``: reported speech: the clause after ``X ने कहा कि``, ``X का कहना है कि``,
  ``X के मुताबिक/अनुसार``, ``X ने बताया/दावा किया/आरोप लगाया/... कि``, up to its sentence's end.

``speaker`` is the canonical name (an entity ``norm``) of who said it, with pronouns
(``उन्होंने``) and bare titles (``मुख्यमंत्री ने``) resolved to the person they refer to;
``speaker_start``/``speaker_end`` span the mention; ``cue`` is the reporting verb or
phrase. The conventions are those of the project's quote gold (see the README).

The cue words (``newscli/data/hi/quotes_*.tsv``) load on the first call, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscli.model import Entity, Quote

__all__ = ["extract_quotes"]


def extract_quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    """Every quote in ``text``, in text order; quotes do not overlap.

    ``entities`` are the text's entity mentions (``newscli.extract.entities.extract_entities``),
    found here when not given. Offsets are code points into ``text`` as given.
    """
    from newscli.extract.quotes.find import find

    if entities is None:
        from newscli.extract.entities import extract_entities

        entities = extract_entities(text)
    return find(text, entities)
