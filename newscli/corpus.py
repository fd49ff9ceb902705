"""Corpus totals for ``newscli stats``: per-article summaries that merge associatively.

Each article is reduced to a small ``CorpusStats`` where it is analysed (in this
process, a worker or a cluster node), and summaries are merged in any grouping,
so only totals travel, never token lists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, Self

from newscli.model import Article, Entity, Quantity, Quote, Token

TOP = 10
ENTITY_TYPES = ("PER", "ORG", "LOC", "TITLE", "EVENT", "MISC")


class Totals(Protocol):
    """A corpus summary: made per article, merged in any grouping (``stats``, ``report``)."""

    def merge(self, other: Self) -> Self: ...


@dataclass(slots=True)
class CorpusStats:
    articles: int = 0
    characters: int = 0
    tokens: int = 0
    sentences: int = 0
    first_date: str | None = None
    last_date: str | None = None
    publishers: Counter[str] = field(default_factory=Counter)
    entities: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, norm)
    quantities: Counter[str] = field(default_factory=Counter)  # "80 सीटों", "5 लाख INR"
    words: Counter[str] = field(default_factory=Counter)
    quoted: Counter[str] = field(default_factory=Counter)  # speaker -> quotes

    def merge(self, other: CorpusStats) -> CorpusStats:
        self.articles += other.articles
        self.characters += other.characters
        self.tokens += other.tokens
        self.sentences += other.sentences
        for date in (other.first_date, other.last_date):
            self._see_date(date)
        self.publishers.update(other.publishers)
        self.entities.update(other.entities)
        self.quantities.update(other.quantities)
        self.words.update(other.words)
        self.quoted.update(other.quoted)
        return self

    def _see_date(self, date: str | None) -> None:
        if not date:
            return
        day = date[:10]
        if self.first_date is None or day < self.first_date:
            self.first_date = day
        if self.last_date is None or day > self.last_date:
            self.last_date = day

    def rows(self, top: int = TOP) -> list[dict[str, Any]]:
        """Rows of (section, item, value): totals first, then the top items of each kind."""
        out: list[dict[str, Any]] = [
            {"section": "corpus", "item": name, "value": value}
            for name, value in (
                ("articles", self.articles),
                ("characters", self.characters),
                ("tokens", self.tokens),
                ("sentences", self.sentences),
                ("first date", self.first_date),
                ("last date", self.last_date),
            )
        ]
        out += [{"section": "publisher", "item": p, "value": n} for p, n in _top(self.publishers, top)]
        for etype in ENTITY_TYPES:
            of_type = Counter({norm: n for (t, norm), n in self.entities.items() if t == etype})
            out += [{"section": f"entity:{etype}", "item": k, "value": n} for k, n in _top(of_type, top)]
        out += [{"section": "quantity", "item": q, "value": n} for q, n in _top(self.quantities, top)]
        out += [{"section": "word", "item": w, "value": n} for w, n in _top(self.words, top)]
        out += [{"section": "quoted", "item": s, "value": n} for s, n in _top(self.quoted, top)]
        return out


def _top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    # Ties broken by the item itself so that merged results do not depend on order.
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def merge_all(parts: Iterable[CorpusStats]) -> CorpusStats:
    total = CorpusStats()
    for part in parts:
        total.merge(part)
    return total


def summarize(
    article: Article,
    tokens: Sequence[Token],
    sentence_count: int,
    entities: Sequence[Entity],
    quantities: Sequence[Quantity],
    content_words: Iterable[str],
    quotes: Sequence[Quote] = (),
) -> CorpusStats:
    """One article's contribution to the corpus totals."""
    stats = CorpusStats(articles=1, characters=len(article.text), tokens=len(tokens), sentences=sentence_count)
    stats._see_date(article.published)
    if article.publisher:
        stats.publishers[article.publisher] += 1
    stats.entities.update((e.type, e.norm) for e in entities)
    stats.quantities.update(_quantity_key(q) for q in quantities if q.unit and q.value is not None)
    stats.words.update(content_words)
    stats.quoted.update(q.speaker for q in quotes if q.speaker)
    return stats


def _quantity_key(q: Quantity) -> str:
    value = q.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {q.unit}"
