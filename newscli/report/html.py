"""The report page: one HTML file with everything inline, readable offline and without JavaScript.

Charts are SVG from :mod:`newscli.report.svg`; every number a chart shows is also in a
plain table, so the page reads without script and without pictures. The only script
sorts the article table when a column's heading is clicked. A Content-Security-Policy
allows nothing but the page's own style sheet and that script (by their hashes), so the
page cannot fetch anything, even if a headline held markup that escaped escaping.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction

from newscli.corpus import TOP
from newscli.report.data import ArticleRow, ReportStats
from newscli.report.periods import Timeline
from newscli.report.svg import COLOURS, Bar, Series, bar_chart, escape, small_multiples, stacked_columns

TOP_NAMES = 15
TOP_TRENDS = 12
TOP_SPEAKERS = 15
TOP_UNITS = 15
TOP_PUBLISHERS = 30
PUBLISHER_SERIES = COLOURS - 2  # and a colour each for "other publishers" and "no publisher"
SPELLINGS_SHOWN = 5
NAME_TYPES = (("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places"))
NAMED = frozenset(t for t, _ in NAME_TYPES)
# The ids of the page's charts, which the browser test looks for.
CHART_IDS = (
    "chart-timeline",
    "chart-entities-per",
    "chart-entities-org",
    "chart-entities-loc",
    "chart-trends",
    "chart-quotes",
    "chart-quantities",
    "article-table",
)
SECTION_IDS = ("overview", "timeline", "entities", "trends", "quotes", "quantities", "articles")

_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")

STYLE = (
    """
body{font-family:"Noto Sans Devanagari","Noto Sans","Lohit Devanagari","Nirmala UI",Mangal,sans-serif;
margin:0 auto;max-width:1000px;padding:0 16px 40px;color:#222;line-height:1.45}
h1{font-size:1.6em;margin:.8em 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .4em;border-bottom:1px solid #ddd}
h3{font-size:1em;margin:1em 0 .3em}
.note,.empty,figcaption{color:#666;font-size:.9em}
figure{margin:.5em 0}svg.chart{max-width:100%;height:auto;display:block}
svg text{font-size:12px;fill:#333}svg .tick{font-size:10px;fill:#777}svg .value{fill:#555}
svg .grid{stroke:#e4e4e4}svg .panel{fill:#fafafa;stroke:#eee}svg .inner{fill:#000;opacity:.35}
svg .line{fill:none;stroke-width:1.6}svg .area{opacity:.18}
.grid3{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
table{border-collapse:collapse;font-size:.9em;margin:.4em 0}th,td{padding:2px 8px;text-align:left;vertical-align:top}
th{border-bottom:2px solid #ccc}tr:nth-child(even) td{background:#f7f7f7}td.n,th.n{text-align:right}
table.sortable th{cursor:pointer}td.d{white-space:nowrap}
.id{color:#888;font-size:.85em}.from-text{font-style:italic;color:#555}
.legend{list-style:none;padding:0;margin:.2em 0;font-size:.9em}.legend li{display:inline-block;margin-right:14px}
.swatch{display:inline-block;width:10px;height:10px;margin-right:4px}
"""
    + "".join(
        f".c{i}{{fill:{c}}}.line.c{i}{{stroke:{c}}}.swatch.c{i}{{background:{c}}}" for i, c in enumerate(_PALETTE)
    )
    + "\n"
)

# Sorts the article table by the clicked column (its cells' data-v, else their text);
# a second click reverses. Without script the table stays in date order.
SCRIPT = """
const collate = new Intl.Collator("hi", {numeric: true}).compare;
for (const th of document.querySelectorAll("table.sortable th")) th.addEventListener("click", () => {
  const body = th.closest("table").tBodies[0], i = th.cellIndex, up = th.dataset.dir !== "up";
  const key = (row) => row.cells[i].dataset.v ?? row.cells[i].textContent;
  const rows = [...body.rows].sort((a, b) => collate(key(a), key(b)));
  if (!up) rows.reverse();
  th.dataset.dir = up ? "up" : "down";
  body.append(...rows);
});
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def render_page(stats: ReportStats, title: str = "newscli report", note: str | None = None) -> str:
    """The whole page for ``stats``; ``note`` is a line shown under the heading (an interrupted run)."""
    rows = stats.article_rows()
    anchors: dict[str, str] = {}
    for i, row in enumerate(rows):
        anchors.setdefault(row.id, f"a{i + 1}")
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{escape(note)}</p>' if note else "",
        _overview(stats),
        _timeline(stats),
        _entities(stats),
        _trends(stats),
        _quotes(stats),
        _quantities(stats, anchors),
        _articles(stats, rows),
        '<p class="note">Made by newscli. Every chart is drawn by the browser from this file alone; '
        "the tables hold the same numbers.</p>",
    ]
    policy = f"default-src 'none'; style-src {_hash(STYLE)}; script-src {_hash(SCRIPT)}"
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            "\n".join(part for part in body if part),
            f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        ]
    )


def grouped(n: int) -> str:
    """``n`` with Indian digit grouping, as Hindi news writes it: 12,34,567."""
    digits = str(abs(n))
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ("-" if n < 0 else "") + ",".join([*groups, tail])


def amount(value: int | Fraction | float) -> str:
    """A total or an amount for reading: whole numbers grouped, others to two decimals."""
    if isinstance(value, int):
        return grouped(value)
    if isinstance(value, Fraction) and value.denominator == 1:
        return grouped(value.numerator)
    number = float(value)
    if number.is_integer():
        return grouped(int(number))
    whole = int(number)
    return grouped(whole) + f"{abs(number - whole):.2f}".lstrip("0") if abs(number) >= 1 else f"{number:.2f}"


def _articles_count(n: int) -> str:
    return "1 article" if n == 1 else f"{grouped(n)} articles"


def _section(sid: str, heading: str, *parts: str) -> str:
    return f'<section id="{sid}">\n<h2>{escape(heading)}</h2>\n' + "\n".join(p for p in parts if p) + "\n</section>"


def _figure(fid: str, content: str, caption: str = "") -> str:
    cap = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
    return f'<figure id="{fid}">{content}{cap}</figure>'


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = (), cls: str = "") -> str:
    """A table of already escaped cells; the columns in ``numeric`` are right-aligned."""
    right = set(numeric)

    def cell(tag: str, i: int, value: str) -> str:
        return f'<{tag} class="n">{value}</{tag}>' if i in right else f"<{tag}>{value}</{tag}>"

    out = [f'<table class="{cls}">' if cls else "<table>", "<thead><tr>"]
    out += [cell("th", i, escape(h)) for i, h in enumerate(head)]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    # The corpus's words are tens of thousands: a heap finds the top few without sorting them all.
    return heapq.nsmallest(n, counter.items(), key=lambda kv: (-kv[1], kv[0]))


def _overview(stats: ReportStats) -> str:
    c = stats.corpus
    undated = sum(stats.undated.values())
    facts = [
        ("articles", grouped(c.articles)),
        ("characters", grouped(c.characters)),
        ("tokens", grouped(c.tokens)),
        ("sentences", grouped(c.sentences)),
        ("first date", c.first_date or "—"),
        ("last date", c.last_date or "—"),
        ("without a date", grouped(undated)),
        ("publishers", grouped(len(c.publishers))),
        ("quotes", grouped(sum(c.quoted.values()) + stats.unattributed)),
    ]
    words = ", ".join(f"{escape(w)} ({n})" for w, n in _top(c.words, TOP))
    return _section(
        "overview",
        "Overview",
        _table(("", ""), ((escape(k), v) for k, v in facts), numeric=(1,)),
        f'<p class="note">Most frequent content words: {words}</p>' if words else "",
    )


def _timeline(stats: ReportStats) -> str:
    undated = sum(stats.undated.values())
    publishers: Counter[str] = Counter()
    for (_, publisher), n in stats.by_day.items():
        publishers[publisher] += n
    for publisher, n in stats.undated.items():
        publishers[publisher] += n
    named = [p for p, _ in _top(Counter({p: n for p, n in publishers.items() if p}), len(publishers))]
    shown = named[:PUBLISHER_SERIES]
    table = _table(
        ("publisher", "articles", "with a date", "without"),
        (
            (
                escape(p or "(no publisher)"),
                grouped(publishers[p]),
                grouped(publishers[p] - stats.undated[p]),
                grouped(stats.undated[p]),
            )
            for p in [*named[:TOP_PUBLISHERS], *([""] if "" in publishers else [])]
        ),
        numeric=(1, 2, 3),
    )
    if len(named) > TOP_PUBLISHERS:
        table += _empty(f"And {len(named) - TOP_PUBLISHERS} more publishers.")
    if not stats.by_day:
        chart = _empty("No article has a publication date, so there is nothing to draw over time.")
        return _section("timeline", "Articles over time", _figure("chart-timeline", chart), table)
    timeline = Timeline(day for day, _ in stats.by_day)
    drawn = {publisher for _, publisher in stats.by_day}
    other = bool(drawn - {"", *shown})
    names = [*shown, *(["other publishers"] if other else []), *(["no publisher"] if "" in drawn else [])]
    slot = {p: i for i, p in enumerate(shown)}
    values = [[0] * len(timeline) for _ in names]
    for (day, publisher), n in stats.by_day.items():
        k = slot.get(publisher, len(shown) if publisher else len(names) - 1)
        values[k][timeline.index(day)] += n
    series = [Series(name, vals) for name, vals in zip(names, values, strict=True)]
    chart = stacked_columns(timeline.labels(), series, "Articles per " + timeline.unit + " by publisher")
    legend = "".join(
        f'<li><span class="swatch c{k % COLOURS}"></span>{escape(s.name)}</li>' for k, s in enumerate(series)
    )
    caption = f"Articles per {timeline.unit}" + (" (weeks start on Monday)" if timeline.unit == "week" else "")
    if undated:
        caption += f"; {undated} without a publication date are not drawn (see the table)"
    return _section(
        "timeline",
        "Articles over time",
        _figure("chart-timeline", f'<ul class="legend">{legend}</ul>' + chart, caption + "."),
        table,
    )


def _spelling_text(spellings: list[str]) -> str:
    shown = " · ".join(spellings[:SPELLINGS_SHOWN])
    more = len(spellings) - SPELLINGS_SHOWN
    return shown + (f" (+{more} more)" if more > 0 else "")


def _top_names(stats: ReportStats, etype: str, n: int) -> list[tuple[str, int]]:
    of_type = Counter({norm: k for (t, norm), k in stats.corpus.entities.items() if t == etype})
    return _top(of_type, n)


def _entities(stats: ReportStats) -> str:
    index = stats.spelling_index()
    figures = []
    rows = []
    for etype, heading in NAME_TYPES:
        top = _top_names(stats, etype, TOP_NAMES)
        bars = []
        for norm, mentions in top:
            articles = stats.entity_articles[etype, norm]
            spellings = index.get((etype, norm), [])
            bars.append(
                Bar(
                    norm,
                    mentions,
                    inner=articles,
                    text=f"{mentions} ({articles})",
                    hover=f"{norm}: {mentions} mentions in {articles} articles; written {_spelling_text(spellings)}",
                )
            )
            rows.append(
                (escape(heading), escape(norm), grouped(mentions), grouped(articles), escape(_spelling_text(spellings)))
            )
        chart = (
            # A third of the page each: drawn at the size it is shown, so the labels stay legible.
            bar_chart(bars, f"Most mentioned {heading.lower()}", width=320, label_width=120, value_room=60)
            if bars
            else _empty(f"No {heading.lower()} found.")
        )
        figures.append(
            f"<div><h3>{escape(heading)}</h3>" + _figure(f"chart-entities-{etype.lower()}", chart) + "</div>"
        )
    return _section(
        "entities",
        "People, organisations and places",
        '<p class="note">Names are merged by their canonical form (norm). Bars and the first number: mentions; '
        "the dark line inside and the number in brackets: articles that name it. Hover a bar for its spellings.</p>",
        '<div class="grid3">' + "".join(figures) + "</div>",
        _table(("type", "name", "mentions", "articles", "spellings"), rows, numeric=(2, 3)) if rows else "",
    )


def _trends(stats: ReportStats) -> str:
    dated: Counter[tuple[str, str]] = Counter()
    for (etype, norm, _), n in stats.entity_days.items():
        if etype in NAMED:
            dated[etype, norm] += n
    if not dated:
        chart = _empty("No dated article names anyone, so there is no rise and fall to draw.")
        return _section("trends", "Rise and fall of the top names", _figure("chart-trends", chart))
    mentions = stats.corpus.entities
    top = sorted(dated.items(), key=lambda kv: (-kv[1], -mentions[kv[0]], kv[0]))[:TOP_TRENDS]
    timeline = Timeline(day for day, _ in stats.by_day)  # the same periods as the chart of articles
    wanted = {key: i for i, (key, _) in enumerate(top)}
    values = [[0] * len(timeline) for _ in top]
    for (etype, norm, day), n in stats.entity_days.items():
        i = wanted.get((etype, norm))
        if i is not None:
            values[i][timeline.index(day)] += n
    series = [Series(norm, vals) for ((_, norm), _), vals in zip(top, values, strict=True)]
    labels = timeline.labels()
    chart = small_multiples(labels, series, f"Articles per {timeline.unit} naming each of the top names")
    caption = (
        f"Articles per {timeline.unit} that name each of the {len(series)} people, organisations and places in "
        "the most dated articles; each panel has its own scale, its peak at the top right."
    )
    return _section("trends", "Rise and fall of the top names", _figure("chart-trends", chart, caption))


def _quotes(stats: ReportStats) -> str:
    quotes = stats.corpus.quoted
    if not quotes:
        chart = _empty("No quote with a known speaker was found.")
        unattributed = _empty(f"{stats.unattributed} quotes without a named speaker.") if stats.unattributed else ""
        return _section("quotes", "Most quoted", _figure("chart-quotes", chart), unattributed)
    top = _top(quotes, TOP_SPEAKERS)
    bars = []
    rows = []
    for speaker, n in top:
        articles = stats.quoted_articles[speaker]
        direct = stats.quote_kinds[speaker, "direct"]
        bars.append(
            Bar(
                speaker,
                n,
                inner=articles,
                text=f"{n} · {_articles_count(articles)}",
                hover=f"{speaker}: {n} quotes ({direct} in quote marks) in {articles} articles",
            )
        )
        rows.append((escape(speaker), grouped(n), grouped(direct), grouped(n - direct), grouped(articles)))
    note = _empty(f"Besides these, {stats.unattributed} quotes have no named speaker.") if stats.unattributed else ""
    return _section(
        "quotes",
        "Most quoted",
        _figure("chart-quotes", bar_chart(bars, "Most quoted speakers"), "Bars: quotes; the dark line: articles."),
        _table(("speaker", "quotes", "direct", "reported", "articles"), rows, numeric=(1, 2, 3, 4)),
        note,
    )


def _article_link(anchors: dict[str, str], article: str, text: str) -> str:
    anchor = anchors.get(article)
    return f'<a href="#{anchor}">{escape(text)}</a>' if anchor else escape(text)


def _quantities(stats: ReportStats, anchors: dict[str, str]) -> str:
    units = _top(stats.unit_mentions, TOP_UNITS)
    if not units:
        chart = _empty("No money amounts or counted things were found.")
        return _section("quantities", "Money and counted things", _figure("chart-quantities", chart))
    bars = []
    rows = []
    for unit, mentions in units:
        total = stats.unit_totals[unit]
        articles = stats.unit_articles[unit]
        bars.append(
            Bar(
                unit,
                mentions,
                inner=articles,
                text=f"{mentions} · total {amount(total)}",
                hover=f"{unit}: {mentions} mentions in {articles} articles, adding up to {amount(total)}",
            )
        )
        biggest = stats.largest[unit][0]
        rows.append(
            (
                escape(unit),
                grouped(mentions),
                grouped(articles),
                amount(total),
                escape(biggest.text) + " — " + _article_link(anchors, biggest.article, biggest.title),
            )
        )
    largest = []
    for unit, _ in _top(Counter({u: stats.unit_mentions[u] for u in stats.currencies}), len(stats.currencies)):
        amounts = stats.largest[unit]
        largest.append(f"<h3>Largest amounts in {escape(unit)}</h3>")
        largest.append(
            _table(
                ("amount", "as written", "article"),
                ((amount(a.value), escape(a.text), _article_link(anchors, a.article, a.title)) for a in amounts),
                numeric=(0,),
            )
        )
    return _section(
        "quantities",
        "Money and counted things",
        _figure(
            "chart-quantities",
            bar_chart(bars, "Most mentioned units", label_width=120, width=640, value_room=220),
            "Bars: mentions of each currency or counted noun; the dark line: articles. Totals add every amount.",
        ),
        _table(("unit", "mentions", "articles", "total", "largest"), rows, numeric=(1, 2, 3)),
        *largest,
    )


def _articles(stats: ReportStats, rows: list[ArticleRow]) -> str:
    shown = []
    for i, row in enumerate(rows):
        title_cls = ' class="from-text"' if row.from_text else ""
        shown.append(
            f'<tr id="a{i + 1}"><td class="d" data-v="{row.day or "9999"}">{row.day or "—"}</td>'
            f"<td>{escape(row.publisher or '')}</td>"
            f'<td><span{title_cls}>{escape(row.title)}</span> <span class="id">{escape(row.id)}</span></td>'
            f"<td>{escape(', '.join(row.names))}</td></tr>"
        )
    note = "Newest first; articles without a date at the end. Click a column's heading to sort by it."
    if stats.rows_dropped:
        note += f" Only the {len(rows)} newest are listed; {stats.rows_dropped} older ones are left out."
    if any(row.from_text for row in rows):
        note += " A title in italics is the article's first words: it has no headline."
    table = (
        '<table id="article-table" class="sortable"><thead><tr><th>date</th><th>publisher</th>'
        "<th>headline</th><th>most named</th></tr></thead><tbody>\n" + "\n".join(shown) + "\n</tbody></table>"
    )
    return _section("articles", "Articles", f'<p class="note">{escape(note)}</p>', table)
