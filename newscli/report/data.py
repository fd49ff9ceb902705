"""What ``newscli report`` keeps of a corpus: aggregates that merge associatively.

A :class:`ReportStats` is made for each article where it is analysed (this process, a
worker or a cluster node), from the same extracted values as the article's ``stats``
summary, and merged in any grouping; its :attr:`~ReportStats.corpus` is that summary, so
the page and ``stats`` agree. What it holds grows with the vocabulary (names, spellings,
units) and the days covered, not with the articles, except for the article table, which
keeps one short row per article up to :data:`ARTICLE_ROWS` (the newest).
"""

from __future__ import annotations

import datetime
import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import NamedTuple, TypeGuard

from newscli.corpus import CorpusStats
from newscli.model import Article, Entity, Quantity, Quote

# The article table is the one part that grows with the corpus: a row is a few hundred
# bytes of HTML, so this many keep the page of a large corpus well under 5 MB.
ARTICLE_ROWS = 5000
LARGEST = 5  # largest amounts kept per unit
ROW_ENTITIES = 3  # names shown per article in the article table
ROW_ENTITY_TYPES = ("PER", "ORG", "LOC")
TITLE_CHARS = 140
OPENING_WORDS = 12
# Kinds whose unit is a currency or a counted noun: durations and dates have units too,
# but their totals mean nothing.
AMOUNT_KINDS = ("money", "number")

VIRAMA = "\u094d"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DIGITS = re.compile(r"(\d+)")
_JOINERS = str.maketrans("", "", "\u200c\u200d")


class ArticleRow(NamedTuple):
    """One line of the article table: what the article is and where it appeared."""

    id: str
    title: str  # the headline, or the article's first words when it has none
    from_text: bool  # the title is the first words, not a headline
    publisher: str | None
    day: str | None  # YYYY-MM-DD
    names: tuple[str, ...]  # its most mentioned people, organisations and places


class Amount(NamedTuple):
    """One money amount or count as the text gives it, and the article it is in."""

    value: int | float
    unit: str
    text: str
    article: str  # the article's id
    title: str


@dataclass(slots=True)
class ReportStats:
    corpus: CorpusStats = field(default_factory=CorpusStats)
    by_day: Counter[tuple[str, str]] = field(default_factory=Counter)  # (day, publisher or "") -> articles
    undated: Counter[str] = field(default_factory=Counter)  # publisher or "" -> articles without a date
    entity_articles: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, norm) -> articles
    # (type, norm, text) -> mentions; one flat counter merges faster than a counter per name
    spellings: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    entity_days: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (type, norm, day) -> articles
    quote_kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (speaker, kind) -> quotes
    quoted_articles: Counter[str] = field(default_factory=Counter)  # speaker -> articles
    unattributed: int = 0  # quotes whose speaker the text does not say
    unit_mentions: Counter[str] = field(default_factory=Counter)
    unit_articles: Counter[str] = field(default_factory=Counter)
    # Exact sums (whole numbers as ints, the rest as fractions): float addition is not
    # associative, and a merged total must equal one pass's.
    unit_totals: dict[str, int | Fraction] = field(default_factory=dict)
    largest: dict[str, list[Amount]] = field(default_factory=dict)  # unit -> its LARGEST amounts
    currencies: set[str] = field(default_factory=set)  # the units that are money
    articles: list[ArticleRow] = field(default_factory=list)
    rows_dropped: int = 0  # articles left out of the table (beyond ARTICLE_ROWS)

    def merge(self, other: ReportStats) -> ReportStats:
        self.corpus.merge(other.corpus)
        self.by_day.update(other.by_day)
        self.undated.update(other.undated)
        self.entity_articles.update(other.entity_articles)
        self.spellings.update(other.spellings)
        self.entity_days.update(other.entity_days)
        self.quote_kinds.update(other.quote_kinds)
        self.quoted_articles.update(other.quoted_articles)
        self.unattributed += other.unattributed
        self.unit_mentions.update(other.unit_mentions)
        self.unit_articles.update(other.unit_articles)
        totals = self.unit_totals
        for unit, total in other.unit_totals.items():
            totals[unit] = totals.get(unit, 0) + total
        for unit, amounts in other.largest.items():
            mine = self.largest.get(unit)
            if mine is None:
                self.largest[unit] = list(amounts)
            elif len(mine) < LARGEST or amounts[0].value >= mine[-1].value:  # else none of them is among the largest
                self.largest[unit] = largest_first([*mine, *amounts])[:LARGEST]
        self.currencies |= other.currencies
        self.articles.extend(other.articles)
        self.rows_dropped += other.rows_dropped
        # Trimmed only now and then: sorting on every merge of one article would cost
        # the square of the table.
        if len(self.articles) > ARTICLE_ROWS + ARTICLE_ROWS // 4:
            self._trim_articles()
        return self

    def _trim_articles(self) -> None:
        rows = newest_first(self.articles)
        self.rows_dropped += max(0, len(rows) - ARTICLE_ROWS)
        self.articles = rows[:ARTICLE_ROWS]

    def article_rows(self) -> list[ArticleRow]:
        """The table's rows, newest first (undated last), at most :data:`ARTICLE_ROWS`."""
        self._trim_articles()
        return self.articles

    def spelling_index(self) -> dict[tuple[str, str], list[str]]:
        """The spellings of each (type, norm), the most used first (ties in text order)."""
        index: dict[tuple[str, str], list[str]] = {}
        for etype, norm, text in sorted(self.spellings, key=lambda k: (-self.spellings[k], k[2])):
            index.setdefault((etype, norm), []).append(text)
        return index

    @property
    def dated(self) -> int:
        return sum(self.by_day.values())


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """``text`` as a key that puts ``news-9`` before ``news-10``."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in _DIGITS.split(text) if part)


def _day_number(day: str | None) -> int:
    return datetime.date.fromisoformat(day).toordinal() if day else 0


def newest_first(rows: Iterable[ArticleRow]) -> list[ArticleRow]:
    # The whole row breaks ties, so which rows are kept does not depend on merge order.
    return sorted(rows, key=lambda r: (-_day_number(r.day), natural_key(r.id), r.title, r.publisher or "", r.names))


def largest_first(amounts: Iterable[Amount]) -> list[Amount]:
    return sorted(amounts, key=lambda a: (-a.value, natural_key(a.article), a.text, a.title))


def day_of(published: str | None) -> str | None:
    """The calendar day of an ISO 8601 date or date-time, or None when it has no whole date."""
    if not published or not _DAY.match(published):
        return None
    day = published[:10]
    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        return None
    return day


def report_summary(
    record_id: str,
    article: Article,
    entities: Sequence[Entity],
    quantities: Sequence[Quantity],
    quotes: Sequence[Quote],
    corpus: CorpusStats,
) -> ReportStats:
    """One article's contribution to the report; ``corpus`` is its ``stats`` summary."""
    part = ReportStats(corpus=corpus)
    day = day_of(article.published)
    publisher = article.publisher or ""
    if day is None:
        part.undated[publisher] += 1
    else:
        part.by_day[day, publisher] += 1
    mentions = Counter((e.type, e.norm) for e in entities)
    part.spellings.update((e.type, e.norm, _visible(e.text)) for e in entities)
    part.entity_articles.update(mentions.keys())
    if day is not None:
        part.entity_days.update((etype, norm, day) for etype, norm in mentions)
    _add_quotes(part, quotes)
    title, from_text = _title(article)
    _add_amounts(part, quantities, record_id, title)
    part.articles.append(ArticleRow(record_id, title, from_text, article.publisher, day, _row_names(mentions)))
    return part


@functools.lru_cache(maxsize=65536)
def _visible(text: str) -> str:
    # Spellings that differ only in zero-width joiners or in Unicode composition look the
    # same on the page: they are one spelling there.
    return unicodedata.normalize("NFC", text.translate(_JOINERS))


def _add_quotes(part: ReportStats, quotes: Sequence[Quote]) -> None:
    for q in quotes:
        if q.speaker:
            part.quote_kinds[q.speaker, q.kind] += 1
        else:
            part.unattributed += 1
    part.quoted_articles.update({q.speaker for q in quotes if q.speaker})


def _add_amounts(part: ReportStats, quantities: Sequence[Quantity], record_id: str, title: str) -> None:
    for q in quantities:
        value = q.value
        if q.kind not in AMOUNT_KINDS or not q.unit or not _finite(value):
            continue
        unit = q.unit
        if q.kind == "money":
            part.currencies.add(unit)
        part.unit_mentions[unit] += 1
        exact = value if isinstance(value, int) else int(value) if value.is_integer() else Fraction(value)
        part.unit_totals[unit] = part.unit_totals.get(unit, 0) + exact
        amounts = part.largest.setdefault(unit, [])
        amounts.append(Amount(value, unit, q.text, record_id, title))
    for unit, amounts in part.largest.items():
        if len(amounts) > 1:
            # One article's amounts: the same id, so largest_first's order without its natural key.
            part.largest[unit] = sorted(amounts, key=lambda a: (-a.value, a.text))[:LARGEST]
    part.unit_articles.update(part.unit_mentions.keys())


def _finite(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _row_names(mentions: Counter[tuple[str, str]]) -> tuple[str, ...]:
    # most_common keeps first-mention order among equal counts
    named = Counter({key: n for key, n in mentions.items() if key[0] in ROW_ENTITY_TYPES})
    return tuple(norm for (_, norm), _ in named.most_common(ROW_ENTITIES))


def _title(article: Article) -> tuple[str, bool]:
    if article.headline and article.headline.strip():
        return shorten(" ".join(article.headline.split()), TITLE_CHARS), False
    # A page the parser found no content in (all furniture) is still named by its first words.
    words = (article.body or article.content_text()).split() or article.text.split()
    opening = " ".join(words[:OPENING_WORDS])
    if len(words) > OPENING_WORDS:
        opening += " …"
    return shorten(opening, TITLE_CHARS), True


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a space to at most ``limit`` characters (and an ellipsis), never
    inside a word, so no conjunct or vowel sign is split from its letter."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut <= 0:
        cut = limit
        while cut > 0 and (_is_mark(text[cut]) or text[cut - 1] == VIRAMA):
            cut -= 1
    return text[:cut].rstrip() + " …"


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M" or ch in "\u200c\u200d"


def merge_all(parts: Iterable[ReportStats]) -> ReportStats:
    total = ReportStats()
    for part in parts:
        total.merge(part)
    return total
