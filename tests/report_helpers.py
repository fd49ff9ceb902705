"""Report parts made by hand, so the report's tests do not move with the extractors."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from newscli.corpus import summarize
from newscli.model import Article, Entity, Quantity, Quote
from newscli.report.data import ReportStats, report_summary


def part(
    rid: str,
    published: str | None = None,
    publisher: str | None = None,
    headline: str | None = None,
    names: tuple[tuple[str, str, str], ...] = (),
    amounts: tuple[tuple[str, float, str | None], ...] = (),
    speakers: tuple[tuple[str | None, str], ...] = (),
) -> ReportStats:
    """The part of an article made by hand: (type, text, norm) names, (kind, value, unit)
    amounts, (speaker, kind) quotes."""
    article = Article(text="पाठ " * 20, headline=headline, publisher=publisher, published=published, body="पाठ " * 20)
    entities = [Entity(i, i + 1, text, etype, norm) for i, (etype, text, norm) in enumerate(names)]
    quantities = [Quantity(i, i + 1, f"{v} {u}", kind, v, u) for i, (kind, v, u) in enumerate(amounts)]
    quotes = [Quote(i, i + 1, "कहा", kind, speaker) for i, (speaker, kind) in enumerate(speakers)]
    return report_summary(
        rid, article, entities, quantities, quotes, summarize(article, [], 0, entities, quantities, [], quotes)
    )


def corpus() -> list[ReportStats]:
    return [
        part(
            "a1",
            "2023-07-24T09:15:00+05:30",
            "ETV Bharat",
            "भाजपा की बैठक",
            names=(("PER", "बीएल संतोष", "बीएल संतोष"), ("PER", "बीएल सन्तोष", "बीएल संतोष"), ("ORG", "बीजेपी", "भाजपा")),
            amounts=(("number", 80, "सीटों"), ("money", 2.5e7, "INR"), ("money", 0.1, "INR")),
            speakers=(("बीएल संतोष", "direct"), ("बीएल संतोष", "indirect"), (None, "direct")),
        ),
        part(
            "a2",
            "2023-07-25",
            "Amar Ujala",
            "लखनऊ में",
            names=(("LOC", "लखनऊ", "लखनऊ"), ("ORG", "भाजपा", "भाजपा")),
            amounts=(("money", 0.2, "INR"), ("number", 75, "सीटों"), ("duration", 9, "year")),
            speakers=(("मोदी", "indirect"),),
        ),
        part("a3", None, None, None, names=(("PER", "मोदी", "मोदी"),), amounts=(("money", 5e6, "INR"),)),
        part("a10", "2023-07-24", "ETV Bharat", "दूसरी खबर", amounts=(("money", 3e7, "USD"),)),
    ]


# Four short articles with dates, publishers, names, amounts and a quote; the last has no date.
ARTICLES = [
    ("2023-07-24", "ETV Bharat", "भाजपा ने लखनऊ में बैठक की। प्रदेश की सभी 80 सीटों पर जीत का लक्ष्य है।"),
    (
        "2023-07-25",
        "Amar Ujala",
        "सरकार ने 2.5 करोड़ रुपये की योजना को मंजूरी दी। मुख्यमंत्री योगी आदित्यनाथ ने कहा कि काम जल्द होगा।",
    ),
    ("2023-07-27", "ETV Bharat", "कांग्रेस नेता राहुल गांधी ने कहा कि लगभग 1100 सदस्य शामिल हुए। दिल्ली में बैठक हुई।"),
    (None, None, "बिना तारीख की खबर: पटना में 5 लाख रुपये जब्त।"),
]


def write_small_corpus(path: Path) -> Path:
    """:data:`ARTICLES` as JSON Lines records at ``path``."""
    with path.open("w", encoding="utf-8") as fh:
        for i, (date, publisher, text) in enumerate(ARTICLES):
            record = {"id": f"n{i}", "text": text, "title": text.split("।")[0], "published": date, "source": publisher}
            fh.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
    return path


class Page(HTMLParser):
    """The ids, the external references and the text of a page, and whether its tags nest."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "rect", "line", "circle", "polyline", "polygon"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}  # id -> tag
        self.inside: dict[str, list[str]] = {}  # id -> tags inside it
        self.refs: list[str] = []
        self.text: list[str] = []
        self.stack: list[tuple[str, str | None]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.csp: str | None = None
        self._raw: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        for _, open_id in self.stack:
            if open_id:
                self.inside[open_id].append(tag)
        for name in ("src", "href", "xlink:href", "action", "data", "poster"):
            if attr.get(name) is not None:
                self.refs.append(attr[name] or "")
        if tag == "meta" and attr.get("http-equiv") == "Content-Security-Policy":
            self.csp = attr.get("content")
        if attr.get("id"):
            assert attr["id"] not in self.ids, f"duplicate id {attr['id']}"
            self.ids[attr["id"] or ""] = tag
            self.inside[attr["id"] or ""] = []
        if tag in ("script", "style"):
            self._raw = tag
        if tag not in self.VOID:
            self.stack.append((tag, attr.get("id")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        opened, _ = self.stack.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>"
        self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw == "script":
            self.scripts.append(data)
        elif self._raw == "style":
            self.styles.append(data)
        else:
            self.text.append(data)
