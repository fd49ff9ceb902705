"""Named entities in Hindi news: people, organizations, places, titles, events.

Importing this package is cheap: the word lists and the CRF model are loaded
on the first call of :func:`extract_entities` and kept for later calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...model import Entity
    from .tagger import Tagger

__all__ = ["extract_entities"]


def extract_entities(text: str, tagger: Tagger | None = None) -> list[Entity]:
    """Every entity mention in ``text``, sorted by position; see
    :func:`newscli.extract.entities.extract.extract_entities`."""
    from .extract import extract_entities as _extract

    return _extract(text, tagger)
