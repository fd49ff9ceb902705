"""Metadata of saved pages: entities decoded, the site's name kept out of the headline, the
publisher from the site's name, JSON-LD, the title or the host, and a page's date-time kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscli.article.metadata import Fields, merge
from newscli.io.sources import iter_records
from newscli.model import Record
from newscli.pipeline import parse_record

pytest.importorskip("trafilatura", reason="the html extra (newscli[html]) is not installed")

HEADLINE = "नई परिवहन नीति को मंजूरी"
PARAGRAPHS = [
    "लखनऊ : प्रदेश सरकार ने सोमवार को नई परिवहन नीति को मंजूरी दे दी, जिससे शहरों में बसों की संख्या बढ़ेगी।",
    "परिवहन मंत्री ने कहा कि अगले दो वर्षों में पांच सौ नई बसें सड़कों पर उतारी जाएंगी और किराया नहीं बढ़ेगा।",
    "विपक्ष ने नीति का स्वागत किया, लेकिन ग्रामीण इलाकों के लिए अलग योजना की मांग की है।",
]


def page(head: str = "", title: str = HEADLINE, byline: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{HEADLINE}</h1><div class='byline'>{byline}</div>{body}</article></body></html>"
    )


def json_ld(**article: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **article})}</script>'


def parsed(tmp_path: Path, html: str) -> dict[str, str | None]:
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    (record,) = list(iter_records([str(path)]))
    assert isinstance(record, Record), record
    art = parse_record(record)
    return {"headline": art.headline, "publisher": art.publisher, "published": art.published}


def test_html_entities_in_json_ld_are_decoded(tmp_path: Path) -> None:
    got = parsed(tmp_path, page(json_ld(headline="मोदी का &#039;मन की बात&#039; &amp;amp; &lsquo;संदेश&rsquo;")))
    assert got["headline"] == "मोदी का 'मन की बात' & ‘संदेश’"


def test_a_site_name_added_to_the_json_ld_headline_is_dropped(tmp_path: Path) -> None:
    head = json_ld(headline=f"उदाहरण टाइम्स {HEADLINE}") + f'<meta property="og:title" content="{HEADLINE}">'
    assert parsed(tmp_path, page(head))["headline"] == HEADLINE


def test_a_different_og_title_does_not_replace_the_headline(tmp_path: Path) -> None:
    head = json_ld(headline=HEADLINE) + '<meta property="og:title" content="परिवहन नीति">'
    assert parsed(tmp_path, page(head))["headline"] == HEADLINE


def test_og_site_name_wins_over_json_ld_publisher(tmp_path: Path) -> None:
    head = json_ld(headline=HEADLINE, publisher={"@type": "Organization", "name": "Example Media Pvt Ltd"})
    head += '<meta property="og:site_name" content="उदाहरण टाइम्स">'
    assert parsed(tmp_path, page(head))["publisher"] == "उदाहरण टाइम्स"


@pytest.mark.parametrize("title", [f"{HEADLINE} - Dainik Bhaskar", f"Dainik Bhaskar | {HEADLINE}"])
def test_a_title_naming_a_known_outlet_gives_the_publisher(tmp_path: Path, title: str) -> None:
    assert parsed(tmp_path, page(title=title))["publisher"] == "Dainik Bhaskar"


def test_the_canonical_host_gives_the_publisher(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="https://www.bhaskar.com/local/story-123.html">'
    assert parsed(tmp_path, page(head))["publisher"] == "Dainik Bhaskar"


def test_an_unknown_host_names_no_publisher(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="https://www.example-news.in/story-123.html">'
    assert parsed(tmp_path, page(head))["publisher"] is None


def test_a_date_alone_from_the_page_meta_yields_to_the_bylines_date_time(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2025-03-01">'
    got = parsed(tmp_path, page(head, byline="Published : Mar 1, 2025, 9:15 AM IST"))
    assert got["published"] == "2025-03-01T09:15:00+05:30"


def test_htmldate_gives_a_date_alone_and_the_byline_keeps_its_time(tmp_path: Path) -> None:
    # No date in the metadata: htmldate finds the day (and only the day, as newscli asks it to).
    from newscli.io.html import _htmldate

    html = page('<meta name="date" content="2025-03-01T09:15:00+05:30">', byline="Published : Mar 1, 2025, 9:15 AM IST")
    found = _htmldate(html)
    assert found is None or len(found) == 10
    assert parsed(tmp_path, html)["published"] == "2025-03-01T09:15:00+05:30"


@pytest.mark.parametrize(
    ("record", "guess", "kept"),
    [
        ("2025-03-01", "2025-03-01T09:15:00+05:30", "2025-03-01T09:15:00+05:30"),
        ("2025-03-01", "2025-03-02T09:15:00+05:30", "2025-03-01"),
        ("2025-03-01T08:00:00+05:30", "2025-03-01T09:15:00+05:30", "2025-03-01T08:00:00+05:30"),
    ],
)
def test_a_records_date_alone_yields_only_to_a_time_on_the_same_day(record: str, guess: str, kept: str) -> None:
    assert merge(Fields(published=record), Fields(published=guess)).published == kept
