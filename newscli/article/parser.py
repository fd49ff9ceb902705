"""Text -> Article: classify lines, find the layout, collect metadata candidates, choose, validate."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newscli.article.classify import META, OUTLET, TAIL, LineInfo, classify, join_split_labels
from newscli.article.credits import Span, known_places
from newscli.article.layout import Layout, find_layout
from newscli.article.lines import split_lines, trim
from newscli.article.metadata import Fields, from_record, merge
from newscli.article.resources import fold
from newscli.model import Article, Segment

# Rank added to an unlabelled date printed above the headline: below any date of the byline block.
_HEADER_CLOCK = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """One guess for a field: where it came from (rule) and how much it is trusted (lower wins)."""

    field: str
    value: str
    rank: int
    rule: str
    span: Span | None = None


def parse_article(text: str, meta: Mapping[str, str | None] | None = None) -> Article:
    """Metadata and content segments of a plain-text news page; ``meta`` (record keys) wins over guesses."""
    infos = join_split_labels([classify(line) for line in split_lines(text)])
    record = from_record(meta)
    layout = _prefer_record_lines(find_layout(infos), infos, record)
    candidates = collect_candidates(infos, layout)
    guessed = choose(candidates)
    fields = merge(record, guessed)
    spans = _content_spans(text, infos, layout)
    body = "\n\n".join(text[s:e] for s, e, role in spans if role == "body") or None
    captions = tuple(text[s:e] for s, e, role in spans if role == "caption")
    dateline_span = _best(candidates, "dateline")
    if dateline_span is not None and dateline_span.span is not None and fields.dateline == dateline_span.value:
        sp = dateline_span.span
        spans.append((sp.start, sp.end, "dateline"))
    segments = tuple(Segment(s, e, role) for s, e, role in sorted(spans) if e > s)
    return Article(
        text=text,
        headline=fields.headline,
        summary=fields.summary,
        publisher=fields.publisher,
        author=fields.author,
        published=fields.published,
        updated=fields.updated,
        dateline=fields.dateline,
        body=body,
        captions=captions,
        segments=segments,
    )


def _prefer_record_lines(layout: Layout, infos: Sequence[LineInfo], record: Fields) -> Layout:
    """When the record's title is printed as a head line, that line is the headline segment."""
    if record.headline is None:
        return layout
    key = fold(record.headline)
    limit = layout.body[0] if layout.body else len(infos)
    for info in infos[:limit]:
        if fold(info.text) == key and info.index not in layout.summary:
            return _with_headline(layout, info.index)
    return layout


def _with_headline(layout: Layout, index: int) -> Layout:
    from dataclasses import replace

    return replace(layout, headline=index)


def collect_candidates(infos: Sequence[LineInfo], layout: Layout) -> list[Candidate]:
    out: list[Candidate] = []
    text_of = {i.index: i.text for i in infos}
    if layout.headline is not None:
        info = infos[layout.headline]
        out.append(Candidate("headline", _own_text(info), 0, "headline-line"))
        if info.starred_author is not None:
            out.append(Candidate("author", info.starred_author.text, 1, "starred-name", info.starred_author))
    if layout.summary:
        out.append(Candidate("summary", "\n\n".join(text_of[i] for i in layout.summary), 0, "dek"))
    head_limit = max(layout.head_end, layout.body[0] - 1 if layout.body else layout.head_end)
    for info in infos:
        if info.kind == META and info.index <= head_limit:
            out += _meta_candidates(info, above_headline=layout.headline is not None and info.index < layout.headline)
        elif info.kind == OUTLET:
            rank = 1 if info.index <= head_limit else 3
            out += [Candidate("publisher", name, rank, "outlet-line") for name in info.outlets]
        elif info.kind == TAIL or (info.kind == META and info.index >= layout.tail):
            out += [Candidate("publisher", name, 3, "tail") for name in info.outlets]
    out += _dateline_candidates(infos, layout)
    return out


def _own_text(info: LineInfo) -> str:
    return info.text[_headline_start(info) - info.line.start :]


# "लखनऊ / …", "पटना | …": a city kicker printed before the headline on its line.
_KICKER = re.compile(r"(?P<city>[^\s/|]{2,20}(?: [^\s/|]{2,20})?)[ \u00a0]+[/|][ \u00a0]+(?=\S)")


def _headline_start(info: LineInfo) -> int:
    """Where the headline's own text starts: after a footnoted byline name, or a city kicker."""
    start = info.content_start if info.content_start is not None else info.line.start
    m = _KICKER.match(info.text, start - info.line.start)
    if m is not None and fold(m["city"]) in known_places() and len(info.text[m.end() :].split()) >= 3:
        return info.line.start + m.end()
    return start


def _meta_candidates(info: LineInfo, above_headline: bool = False) -> list[Candidate]:
    """Candidates of a metadata line; an unlabelled date above the headline ranks below the byline's:
    a page header prints today's date and clock there ("Friday, February 14, 2020 10:18 PM")."""
    out: list[Candidate] = []
    for claim in info.dates:
        if claim.role == "updated":
            out.append(Candidate("updated", claim.iso, 0 if claim.has_time else 1, "labelled-date"))
        else:
            rank = (0 if claim.has_time else 2) + (0 if claim.role == "published" else 1)
            if above_headline and claim.role == "unlabelled":
                rank += _HEADER_CLOCK
            out.append(Candidate("published", claim.iso, rank, f"{claim.role}-date"))
    credit = info.byline
    if credit is not None:
        if credit.person is not None:
            out.append(Candidate("author", credit.person.text, 0, "byline", credit.person))
        if credit.place is not None:
            out.append(Candidate("dateline", credit.place.text, 2, "byline-place", credit.place))
        bylined = credit.person is not None or info.labelled_byline
        out += [Candidate("publisher", name, 0 if bylined else 2, "byline-outlet") for name in credit.outlets]
    if info.stamp_place is not None:
        out.append(Candidate("dateline", info.stamp_place.text, 3, "stamped-place", info.stamp_place))
    return out


def _dateline_candidates(infos: Sequence[LineInfo], layout: Layout) -> list[Candidate]:
    out: list[Candidate] = []
    credits = []
    if layout.dateline is not None:
        credits.append((layout.dateline.credit, 0))
    if layout.dateline_line is not None:
        credits.append((layout.dateline_line[1], 1))
    for credit, rank in credits:
        if credit.place is not None:
            out.append(Candidate("dateline", credit.place.text, rank, "dateline", credit.place))
        if credit.person is not None:
            out.append(Candidate("author", credit.person.text, 1, "dateline-reporter", credit.person))
        out += [Candidate("publisher", name, 1, "dateline-credit") for name in credit.outlets]
        if credit.date is not None:
            out.append(Candidate("published", credit.date, 5, "dateline-date"))
    if layout.author_line is not None:
        info = infos[layout.author_line]
        out.append(Candidate("author", info.text, 2, "name-under-date"))
    return out


def _best(candidates: Sequence[Candidate], field: str) -> Candidate | None:
    found = [c for c in candidates if c.field == field and c.value]
    return min(found, key=lambda c: c.rank) if found else None


def choose(candidates: Sequence[Candidate]) -> Fields:
    """The best-ranked candidate of each field (the first printed among equals)."""
    values = {}
    for field in ("headline", "summary", "publisher", "author", "published", "updated", "dateline"):
        best = _best(candidates, field)
        values[field] = best.value if best is not None else None
    return Fields(**values)


def _content_spans(text: str, infos: Sequence[LineInfo], layout: Layout) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    if layout.headline is not None:
        info = infos[layout.headline]
        spans.append((_headline_start(info), info.line.end, "headline"))
    for i in layout.summary:
        line = infos[i].line
        spans.append((line.start, line.end, "summary"))
    for n, i in enumerate(layout.body):
        line = infos[i].line
        start = line.start
        if n == 0 and layout.dateline is not None:
            start = layout.dateline.text_start
        start, end = trim(text, start, line.end)
        end = _drop_open_bracket(text, start, end)
        if end > start:
            spans.append((start, end, "body"))
    for i in layout.captions:
        line = infos[i].line
        spans.append((line.start, line.end, "caption"))
    return spans


def _drop_open_bracket(text: str, start: int, end: int) -> int:
    """A footer's opening bracket glued to the last paragraph ("… है.(") is not part of it."""
    if end > start and text[end - 1] == "(":
        return trim(text, start, end - 1)[1]
    return end
