"""The whole-article call of the library: ``analyze(text)`` and the value it returns.

It runs exactly what ``newscli analyze`` runs (``pipeline.parse_record`` and
``pipeline.extract_all``), and :meth:`Analysis.to_dict` builds the command's JSON
row with the same functions, so the library and the CLI cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newscli.model import Article, Entity, Quantity, Quote, Record, Sentence, Token

__all__ = ["Analysis", "analyze"]


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article analysed: its layout and metadata, statistics, and what each extractor found.

    Offsets everywhere are code points into :attr:`text`.
    """

    id: str
    article: Article
    stats: Mapping[str, Any]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]
    numbers: tuple[Quantity, ...]
    quotes: tuple[Quote, ...]

    @property
    def text(self) -> str:
        return self.article.text

    def to_dict(self) -> dict[str, Any]:
        """The ``analyze`` command's JSON row for this article (see CLI-CONTRACT.md)."""
        from newscli.pipeline import extracted_rows, metadata_row

        lists = extracted_rows(self.sentences, self.tokens, self.entities, self.numbers, self.quotes)
        return {"id": self.id, "metadata": metadata_row(self.article), "stats": dict(self.stats), **lists}


def analyze(
    text: str,
    *,
    published: str | None = None,
    raw: bool = False,
    id: str = "-",
    meta: Mapping[str, str | None] | None = None,
) -> Analysis:
    """Analyse one article given as its text.

    ``published`` (ISO 8601 date or date-time) anchors dates without a year and relative
    days, as a record's ``published`` does; ``meta`` gives other record keys (``headline``,
    ``author``, ...), which win over what the text suggests. With ``raw`` the whole text
    is content and no metadata is parsed from it.

    >>> from newscli import analyze
    >>> result = analyze("लखनऊ में 80 सीटों पर बैठक हुई.", published="2023-07-24")
    >>> [(e.text, e.type) for e in result.entities]
    [('लखनऊ', 'LOC')]
    >>> [(q.text, q.value, q.unit) for q in result.numbers]
    [('80', 80, 'सीटों')]
    >>> result.to_dict()["numbers"][0]["unit"]
    'सीटों'
    """
    from newscli.pipeline import extract_all, parse_record

    if not isinstance(text, str):
        raise TypeError(f"analyze() takes the article's text as a str, not {type(text).__name__}")
    fields: dict[str, str | None] = dict(meta or {})
    if published is not None:
        fields["published"] = published
    article = parse_record(Record(id=id, text=text, meta=fields), raw)
    found = extract_all(article)
    return Analysis(
        id=id,
        article=article,
        stats=found.counts.stats(),
        sentences=tuple(found.sentences),
        tokens=tuple(found.tokens),
        entities=tuple(found.entities),
        numbers=tuple(found.numbers),
        quotes=tuple(found.quotes),
    )
