"""Segments point into the text as given; everything outside them is furniture."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.article import parse_article
from newscli.model import Article

HEADLINE = "लोकसभा चुनाव 2024 जीतने के लिए कार्यकर्ताओं को मंत्र, प्रशिक्षण टोली के साथ बैठक"
DEK = "भाजपा के संगठन महामंत्री ने दूसरे दिन लखनऊ में बैठक की."
P1 = "भाजपा ने रविवार को एक महत्वपूर्ण बैठक की और आगामी रणनीति पर चर्चा की. बैठक में कई नेता शामिल हुए."
P2 = "उन्होंने कहा कि प्रदेश की सभी 80 सीटों पर जीत का लक्ष्य है. कार्यक्रम 7 अगस्त से शुरू होगा."
CAPTION = "प्रशिक्षण टोली के साथ की बैठक"
TEXT = "\ufeff" + "\r\n".join(
    [
        HEADLINE,
        DEK,
        "Etv Bharat",
        "By",
        "Published : Jul 24, 2023, 9:15 AM IST",
        "|",
        "Updated : Jul 24, 2023, 10:14 AM IST",
        "लखनऊ : " + P1,
        CAPTION,
        "\u00a0" + P2 + "  ",
        CAPTION + " (फाइल फोटो)",
    ]
)


def _roles(article: Article) -> list[tuple[str, str]]:
    return [(s.role, article.text[s.start : s.end]) for s in article.segments]


def test_segments_are_the_content_as_printed() -> None:
    article = parse_article(TEXT)
    assert _roles(article) == [
        ("headline", HEADLINE),
        ("summary", DEK),
        ("dateline", "लखनऊ"),
        ("body", P1),
        ("caption", CAPTION),
        ("body", P2),
        ("caption", CAPTION + " (फाइल फोटो)"),
    ]
    assert article.body == P1 + "\n\n" + P2


def test_furniture_is_blanked_in_content_text() -> None:
    article = parse_article(TEXT)
    content = article.content_text()
    assert len(content) == len(TEXT)
    assert "2024" in content and "दूसरे" in content and "लखनऊ" in content
    for furniture in ("Published", "Updated", "Etv Bharat", "Jul 24"):
        assert furniture not in content


def test_no_segments_for_an_empty_page() -> None:
    article = parse_article("\n \n\u00a0\n")
    assert article.segments == ()
    assert article.body is None and article.headline is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [HEADLINE, DEK, P1, P2, CAPTION, "लखनऊ : " + P1, "By", "Published : Jul 24, 2023, 9:15 AM IST", "", "|"]
        ),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n", "\r\r\n", "\n\n"]),
)
def test_segments_are_ordered_disjoint_and_inside_the_text(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    article = parse_article(text)
    previous_end = 0
    for seg in article.segments:
        assert previous_end <= seg.start < seg.end <= len(text)
        assert text[seg.start : seg.end] == text[seg.start : seg.end].strip()
        previous_end = seg.end
    body = [text[s.start : s.end] for s in article.segments if s.role == "body"]
    assert article.body == ("\n\n".join(body) or None)


def _parse_seconds(text: str) -> float:
    import time

    start = time.perf_counter()
    parse_article(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", ["नई दिल्ली, \n", "फोटो \n", "By X\n", CAPTION + "\n", P1 + "\n\n", "डेस्क-"])
def test_long_pages_take_linear_time(unit: str) -> None:
    small, large = unit * 300, unit * 3000
    _parse_seconds(small)
    ratio = _parse_seconds(large) / max(_parse_seconds(small), 1e-4)
    assert ratio < 40  # quadratic behaviour would be about 100
