"""One record in, rows out: the pure per-article function every command shares.

Everything here is a plain top-level function of picklable values, so the same
code runs in this process, in worker processes or on a cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from newscli.model import Article, Entity, Quantity, Quote, Record, Segment, Sentence, Token

if TYPE_CHECKING:
    from newscli.corpus import CorpusStats
    from newscli.report.data import ReportStats
    from newscli.text.stats import TextCounts

Row = dict[str, Any]

COMMANDS = ("parse", "tokens", "sentences", "numbers", "entities", "quotes", "analyze")


def parse_record(record: Record, raw: bool = False) -> Article:
    """The article layout of a record; with ``raw`` the whole text is content and nothing is metadata.

    A raw record's own ``published`` (or ``date``) still anchors its dates: it is given with the
    record, not parsed from the text.
    """
    if raw:
        text = record.text
        body = text.strip() or None
        return Article(text=text, body=body, segments=(Segment(0, len(text), "text"),), anchor=_given_date(record))
    from newscli.article import parse_article

    return parse_article(record.text, record.meta)


def _given_date(record: Record) -> str | None:
    if not record.meta:
        return None
    from newscli.article.metadata import from_record

    return from_record(record.meta).published


def metadata_row(article: Article) -> Row:
    return {
        "headline": article.headline,
        "summary": article.summary,
        "publisher": article.publisher,
        "author": article.author,
        "published": article.published,
        "updated": article.updated,
        "dateline": article.dateline,
        "body": article.body,
        "captions": list(article.captions),
    }


# Each extractor takes the article and, when the caller has it, the article's
# content text, so one article's content is built once however many run.


def tokens_of(article: Article, content: str | None = None) -> list[Token]:
    from newscli.text.tokenize import tokenize

    return tokenize(article.content_text() if content is None else content)


def sentences_of(article: Article, tokens: list[Token] | None = None, content: str | None = None) -> list[Sentence]:
    """Sentences of the article's content; pass its tokens when they are at hand to save a pass.

    No sentence crosses a segment boundary: a dateline (``लखनऊ :``) is not glued to the
    body sentence after it, and every sentence's text is the original text at its span.
    """
    from newscli.text.sentences import split_sentences

    sentences = split_sentences(article.content_text() if content is None else content, tokens)
    return _within_segments(article, sentences)


def _within_segments(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    text = article.text
    segments = sorted(article.segments, key=lambda seg: seg.start)
    out: list[Sentence] = []
    k = 0
    for sent in sentences:
        while k < len(segments) and segments[k].end <= sent.start:
            k += 1
        if k < len(segments) and segments[k].start <= sent.start and sent.end <= segments[k].end:
            out.append(sent)  # most sentences lie inside one segment, already trimmed
            continue
        j = k
        while j < len(segments) and segments[j].start < sent.end:
            start = max(sent.start, segments[j].start)
            end = min(sent.end, segments[j].end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                out.append(Sentence(start, end, text[start:end]))
            j += 1
    return out


def numbers_of(article: Article, content: str | None = None) -> list[Quantity]:
    from newscli.extract.numbers import extract_numbers

    reference = article.published or article.anchor
    found = extract_numbers(article.content_text() if content is None else content, reference)
    return _inside_segments(article, found)


def entities_of(article: Article, content: str | None = None) -> list[Entity]:
    from newscli.extract.entities import extract_entities

    return _inside_segments(article, extract_entities(article.content_text() if content is None else content))


def quotes_of(article: Article, content: str | None = None, entities: list[Entity] | None = None) -> list[Quote]:
    """The article's quotes; pass its entities when they are at hand, so they are found once."""
    from newscli.extract.quotes import extract_quotes

    content = article.content_text() if content is None else content
    if entities is None:
        entities = entities_of(article, content)
    return _inside_segments(article, extract_quotes(content, entities))


_Span = TypeVar("_Span", Quantity, Entity, Quote)


def _inside_segments(article: Article, spans: list[_Span]) -> list[_Span]:
    """The spans that lie within one segment: one that bridges blanked furniture is not in the text."""
    if len(article.segments) <= 1:
        return spans
    segments = sorted(article.segments, key=lambda seg: seg.start)
    kept: list[_Span] = []
    k = 0
    for span in sorted(spans, key=lambda sp: sp.start):
        while k < len(segments) and segments[k].end <= span.start:
            k += 1
        if k < len(segments) and segments[k].start <= span.start and span.end <= segments[k].end:
            kept.append(span)
    return kept


def _token_rows(tokens: Sequence[Token]) -> list[Row]:
    # Built by hand: dataclasses.asdict deep-copies and is slow over a million tokens.
    # Token is a named tuple: unpacking it is cheaper than reading its fields by name.
    return [
        {"index": i, "start": start, "end": end, "text": text, "kind": kind, "norm": norm}
        for i, (start, end, text, kind, norm) in enumerate(tokens)
    ]


def _token_rows_of(record_id: str, tokens: list[Token], first: int = 0, offset: int = 0) -> list[Row]:
    """The ``tokens`` command's rows: :func:`_token_rows` with the id first, indexes from
    ``first`` and offsets moved on by ``offset``, built in one pass, since a row per
    token is most of what a long text's run allocates."""
    return [
        {"id": record_id, "index": i, "start": s + offset, "end": e + offset, "text": text, "kind": kind, "norm": norm}
        for i, (s, e, text, kind, norm) in enumerate(tokens, first)
    ]


def _sentence_rows(sentences: Sequence[Sentence]) -> list[Row]:
    return [{"index": i, "start": s.start, "end": s.end, "text": s.text} for i, s in enumerate(sentences)]


def token_rows(article: Article) -> list[Row]:
    return _token_rows(tokens_of(article))


def sentence_rows(article: Article) -> list[Row]:
    return _sentence_rows(sentences_of(article))


def _number_rows(quantities: Sequence[Quantity]) -> list[Row]:
    return [
        {
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "kind": q.kind,
            "value": list(q.value) if isinstance(q.value, (list, tuple)) else q.value,
            "unit": q.unit,
            "approx": q.approx,
        }
        for q in quantities
    ]


def _entity_rows(entities: Sequence[Entity]) -> list[Row]:
    return [{"start": e.start, "end": e.end, "text": e.text, "type": e.type, "norm": e.norm} for e in entities]


def entity_group_rows(mentions: list[Row]) -> list[Row]:
    """Each entity once, in order of first mention: its canonical name, type, mention count,
    the spellings seen and the span of its first mention."""
    groups = EntityGroups()
    groups.add(mentions)
    return groups.rows()


class EntityGroups:
    """:func:`entity_group_rows` built up from mentions given a batch at a time (the
    pieces of a long text), holding one row per entity, not the mentions."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], Row] = {}

    def add(self, mentions: list[Row]) -> None:
        groups = self._groups
        for m in mentions:
            key = (m["norm"], m["type"])
            group = groups.get(key)
            if group is None:
                groups[key] = {
                    "norm": m["norm"],
                    "type": m["type"],
                    "mentions": 1,
                    "spellings": [m["text"]],
                    "start": m["start"],
                    "end": m["end"],
                }
                continue
            group["mentions"] += 1
            if m["text"] not in group["spellings"]:
                group["spellings"].append(m["text"])

    def rows(self) -> list[Row]:
        return list(self._groups.values())


def _quote_rows(quotes: Sequence[Quote]) -> list[Row]:
    return [
        {
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "kind": q.kind,
            "speaker": q.speaker,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "cue": q.cue,
        }
        for q in quotes
    ]


QUOTE_PREVIEW_WORDS = 8


def quote_preview(text: str, words: int = QUOTE_PREVIEW_WORDS) -> str:
    """The first few words of a quote, with an ellipsis when there are more."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def speaker_rows(quotes: list[Row]) -> list[Row]:
    """Each speaker once, in order of first quote: the number of quotes and the first words of
    each (unattributed quotes are grouped under a null speaker)."""
    groups: dict[str | None, Row] = {}
    for q in quotes:
        group = groups.get(q["speaker"])
        if group is None:
            group = groups[q["speaker"]] = {
                "speaker": q["speaker"],
                "quotes": 0,
                "first_words": [],
                "start": q["start"],
            }
        group["quotes"] += 1
        group["first_words"].append(quote_preview(q["text"]))
    return list(groups.values())


def number_rows(article: Article) -> list[Row]:
    return _number_rows(numbers_of(article))


def entity_rows(article: Article) -> list[Row]:
    return _entity_rows(entities_of(article))


def quote_rows(article: Article) -> list[Row]:
    return _quote_rows(quotes_of(article))


def analysis(article: Article) -> Row:
    """Metadata, statistics and every extractor's rows for one article (no ``id``)."""
    lists, counts = analysis_parts(article)
    return {"metadata": metadata_row(article), "stats": counts.stats(), **lists}


class Extracted(NamedTuple):
    """Everything the extractors find in one article, as values, and the counts its
    statistics come from (which add up over the pieces of a long text)."""

    sentences: list[Sentence]
    tokens: list[Token]
    entities: list[Entity]
    numbers: list[Quantity]
    quotes: list[Quote]
    counts: TextCounts


def extract_all(article: Article) -> Extracted:
    """Run every extractor on the article's content, built once for all of them."""
    from newscli.text.stats import TextCounts

    content = article.content_text()
    tokens = tokens_of(article, content)
    sentences = sentences_of(article, tokens, content)
    counts = TextCounts()
    counts.add(content, tokens, len(sentences))
    entities = entities_of(article, content)
    numbers = numbers_of(article, content)
    return Extracted(sentences, tokens, entities, numbers, quotes_of(article, content, entities), counts)


def extracted_rows(
    sentences: Sequence[Sentence],
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    numbers: Sequence[Quantity],
    quotes: Sequence[Quote],
) -> Row:
    """The lists of an ``analyze`` row, in its order: sentences, tokens, entities, numbers, quotes."""
    return {
        "sentences": _sentence_rows(sentences),
        "tokens": _token_rows(tokens),
        "entities": _entity_rows(entities),
        "numbers": _number_rows(numbers),
        "quotes": _quote_rows(quotes),
    }


def analysis_parts(article: Article) -> tuple[Row, TextCounts]:
    """The lists of an ``analyze`` row and the counts its statistics come from."""
    found = extract_all(article)
    return extracted_rows(found.sentences, found.tokens, found.entities, found.numbers, found.quotes), found.counts


_PER_ROW: dict[str, Callable[[Article], list[Row]]] = {
    "tokens": token_rows,
    "sentences": sentence_rows,
    "numbers": number_rows,
    "entities": entity_rows,
    "entity-groups": lambda article: entity_group_rows(entity_rows(article)),
    "quotes": quote_rows,
    "quote-speakers": lambda article: speaker_rows(quote_rows(article)),
}


# The commands whose rows a long article gives a window of its text at a time.
WINDOWED = frozenset({"tokens", "sentences", "numbers", "entities", "entity-groups", "quotes"})
# The commands (and analyze lists) whose rows carry an index that counts on across pieces.
NUMBERED = frozenset({"tokens", "sentences"})


def rows_for(command: str, record: Record, raw: bool = False) -> list[Row]:
    """The output rows of ``command`` for one record, each starting with the record's id."""
    batches = list(row_batches(command, record, raw))
    return batches[0] if len(batches) == 1 else [row for batch in batches for row in batch]


def row_batches(command: str, record: Record, raw: bool = False, offset: int = 0) -> Iterator[list[Row]]:
    """:func:`rows_for` in batches, one per window of a long text, with offsets counted
    from ``offset`` (where a piece of a longer text starts in it).

    An article longer than :data:`newscli.pieces.PIECE_CHARS` is analysed a window at a
    time (:func:`newscli.pieces.windows`, cut at paragraph, line or sentence ends), so a
    caller that writes each batch as it comes holds one window's objects, not a whole
    text's; offsets are the whole text's and indexes count on across windows.  What
    looks across an article (a name's later short mentions) looks across one window, as
    with the pieces of a long raw text; entity groups are merged over all windows.
    ``parse`` and ``analyze`` give their one row; ``offset`` moves only the rows of
    the :data:`WINDOWED` commands.
    """
    article = parse_record(record, raw)
    rid = record.id
    if command == "parse":
        yield [{"id": rid, **metadata_row(article)}]
        return
    if command == "analyze":
        yield [{"id": rid, **analysis(article)}]
        return
    if command not in _PER_ROW:
        raise ValueError(f"unknown command {command!r}")
    if command not in WINDOWED:
        yield [{"id": rid, **row} for row in _PER_ROW[command](article)]
        return
    from newscli.pieces import windows

    if command == "entity-groups":
        groups = EntityGroups()
        for start, window in windows(article):
            groups.add(shift_rows(entity_rows(window), offset + start))
        yield [{"id": rid, **row} for row in groups.rows()]
        return
    base = 0
    for start, window in windows(article):
        if command == "tokens":
            rows = _token_rows_of(rid, tokens_of(window), base, offset + start)
        else:
            rows = shift_rows([{"id": rid, **row} for row in _PER_ROW[command](window)], offset + start)
            if base and command in NUMBERED:
                for row in rows:
                    row["index"] += base
        base += len(rows)
        yield rows


def shift_rows(rows: list[Row], offset: int) -> list[Row]:
    """``rows`` (changed in place) with their offsets moved on by ``offset``."""
    if offset:
        for row in rows:
            row["start"] += offset
            row["end"] += offset
            if row.get("speaker_start") is not None:  # a quote's speaker mention
                row["speaker_start"] += offset
                row["speaker_end"] += offset
    return rows


class _TotalsInput(NamedTuple):
    """What the corpus totals of one article are made from."""

    article: Article
    tokens: list[Token]
    sentence_count: int
    entities: list[Entity]
    numbers: list[Quantity]
    quotes: list[Quote]


def _totals_input(record: Record, raw: bool) -> _TotalsInput:
    article = parse_record(record, raw)
    content = article.content_text()
    tokens = tokens_of(article, content)
    entities = entities_of(article, content)
    return _TotalsInput(
        article,
        tokens,
        len(sentences_of(article, tokens, content)),
        entities,
        numbers_of(article, content),
        quotes_of(article, content, entities),
    )


def _corpus_summary(found: _TotalsInput) -> CorpusStats:
    from newscli.corpus import summarize
    from newscli.text.stats import content_word_counts

    return summarize(
        found.article,
        found.tokens,
        found.sentence_count,
        found.entities,
        found.numbers,
        content_word_counts(found.tokens),
        found.quotes,
    )


def corpus_part(record: Record, raw: bool = False) -> CorpusStats:
    """One record's contribution to ``stats``: counts only, no token lists."""
    return _corpus_summary(_totals_input(record, raw))


def report_part(record: Record, raw: bool = False) -> ReportStats:
    """One record's contribution to ``report``: its ``stats`` summary and what the page
    shows besides, from one run of the extractors."""
    from newscli.report.data import report_summary

    found = _totals_input(record, raw)
    return report_summary(record.id, found.article, found.entities, found.numbers, found.quotes, _corpus_summary(found))


def analyze(record: Record | Mapping[str, Any], raw: bool = False) -> Row:
    """The ``analyze`` row of one record, given as a Record or a JSON Lines-style mapping."""
    if not isinstance(record, Record):
        from newscli.io.records import record_from_object

        record = record_from_object(dict(record), str(record.get("id", "-")), "record")
    return rows_for("analyze", record, raw)[0]
