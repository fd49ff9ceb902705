"""Record metadata (JSON Lines keys) wins over guesses from the text; unknown is None, never ""."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.article import parse_article

P1 = "वल्लभ नगर में तेज रफ्तार कार ने ऑटो रिक्शा को टक्कर मार दी। चालक सहित तीन बच्चे घायल हुए हैं।"
P2 = "पुलिस ने कार चला रही महिला के विरुद्ध केस दर्ज किया है। जांच जारी है।"
TITLE = "ब्रेक की जगह एक्सीलेटर दबाया, बच्चों से भरे ऑटो में घुसी कार"
TEXT = f"{TITLE}\n{P1}\nनईदुनिया प्रतिनिधि, इंदौर।{P1} {P2}\n{P2}\n"
FIELDS = ("headline", "summary", "publisher", "author", "published", "updated", "dateline", "body")


def test_rss_record_metadata_wins_and_is_normalised() -> None:
    meta = {
        "title": TITLE,
        "published": "Wed, 16 Jul 2025 21:25:41 +0530",
        "author": "Mukesh Mangal",
        "summary": P1,
        "url": "https://example.invalid/indore-accident-8396635",
    }
    article = parse_article(TEXT, meta)
    assert article.headline == TITLE
    assert article.published == "2025-07-16T21:25:41+05:30"
    assert article.author == "Mukesh Mangal"
    assert article.summary == P1
    # what the record leaves out is still read from the text
    assert article.dateline == "इंदौर"
    assert article.publisher == "Naidunia"


def test_without_metadata_the_text_alone_decides() -> None:
    article = parse_article(TEXT)
    assert article.author is None  # "नईदुनिया प्रतिनिधि" is a staff credit, not a person
    assert article.published is None  # the page prints no date
    assert article.headline == TITLE


@pytest.mark.parametrize(
    ("meta", "field", "value"),
    [
        ({"headline": "शीर्षक एक", "title": "शीर्षक दो"}, "headline", "शीर्षक एक"),
        ({"date": "2024-09-04 16:20:35+05:30"}, "published", "2024-09-04T16:20:35+05:30"),
        ({"published": "22 जुलाई 2019"}, "published", "2019-07-22"),
        ({"updated": "Dec 06, 2024, 10:16 AM IST"}, "updated", "2024-12-06T10:16:00+05:30"),
        ({"source": "AajTak"}, "publisher", "Aaj Tak"),
        ({"publisher": "Some Local Weekly"}, "publisher", "Some Local Weekly"),
        ({"description": "एक छोटा सार।"}, "summary", "एक छोटा सार।"),
        ({"url": "https://example.invalid/news/story-2024-09-04"}, "published", "2024-09-04"),
    ],
)
def test_record_keys_map_to_fields(meta: dict[str, str | None], field: str, value: str) -> None:
    assert getattr(parse_article(TEXT, meta), field) == value


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_record_values_do_not_override(blank: str | None) -> None:
    article = parse_article(TEXT, {"title": blank, "author": blank, "date": blank})
    assert article.headline == TITLE
    assert article.author is None
    assert article.published is None


def test_an_unreadable_record_date_is_not_invented() -> None:
    assert parse_article(TEXT, {"date": "कल सुबह"}).published is None


def test_record_title_printed_in_the_text_is_the_headline_segment() -> None:
    article = parse_article(TEXT, {"title": TITLE})
    heads = [s for s in article.segments if s.role == "headline"]
    assert [article.text[s.start : s.end] for s in heads] == [TITLE]


def test_naidunia_sidecar_record_when_present(shared_dir: Path) -> None:
    raw = shared_dir / "eval" / "articles" / "raw"
    record = json.loads((raw / "naidunia_1.record.json").read_text(encoding="utf-8"))
    text = (raw / "naidunia_1.txt").read_text(encoding="utf-8-sig")
    meta = {k: record.get(k) for k in ("title", "published", "author", "summary")}
    article = parse_article(text, meta)
    assert article.published == "2025-07-16T21:25:41+05:30"
    assert article.author == record["author"]
    assert article.dateline == "इंदौर"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("नई दिल्ली, एजेंसी।:–-|()\n\r\u00a0abc12 .By")), max_size=300))
def test_fields_are_none_or_non_empty(text: str) -> None:
    article = parse_article(text)
    for field in FIELDS:
        value = getattr(article, field)
        assert value is None or value.strip() != ""
    assert all(c.strip() for c in article.captions)
