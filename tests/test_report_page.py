"""The report page: every section and chart, valid when the corpus has little, nothing fetched."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from report_helpers import Page, corpus, part

from newscli.report.data import ReportStats, merge_all
from newscli.report.html import CHART_IDS, SECTION_IDS, amount, grouped, render_page


def sha(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def test_the_page_has_every_section_and_chart_and_tags_nest() -> None:
    page = Page(render_page(merge_all(corpus())))
    for sid in (*SECTION_IDS, *CHART_IDS):
        assert sid in page.ids, sid
    for chart in CHART_IDS[:-1]:
        assert "svg" in page.inside[chart], chart
    assert page.ids["article-table"] == "table"
    assert not page.stack


def test_nothing_is_fetched_and_only_the_pages_own_style_and_script_may_run() -> None:
    page = Page(render_page(merge_all(corpus())))
    assert all(ref.startswith("#") for ref in page.refs), page.refs
    assert page.csp is not None and "default-src 'none'" in page.csp
    assert sha(page.styles[0]) in page.csp and sha(page.scripts[0]) in page.csp
    assert len(page.scripts) == len(page.styles) == 1


def test_markup_in_a_headline_or_a_name_is_text() -> None:
    hostile = '<script>alert("x")</script> & "उद्धरण"'
    stats = merge_all([part("<x>", "2023-07-24", hostile, hostile, names=(("PER", hostile, hostile),))])
    html = render_page(stats, title=hostile)
    page = Page(html)
    assert len(page.scripts) == 1
    assert "<script>alert" not in html
    assert hostile in "".join(page.text)


@pytest.mark.parametrize(
    "stats",
    [
        ReportStats(),
        merge_all([part("a", None, "ETV"), part("b", None, None)]),  # no dates
        merge_all([part("a", "2023-07-24", names=(("PER", "मोदी", "मोदी"),))]),  # no quotes, no amounts
    ],
    ids=["empty", "no dates", "no quotes"],
)
def test_a_corpus_with_little_in_it_still_gives_every_section(stats: ReportStats) -> None:
    page = Page(render_page(stats))
    for sid in (*SECTION_IDS, *CHART_IDS):
        assert sid in page.ids, sid
    assert not page.stack


def test_sections_say_when_there_is_nothing_to_draw() -> None:
    text = " ".join(Page(render_page(merge_all([part("a", None, "ETV")]))).text)
    assert "No article has a publication date" in text
    assert "No quote with a known speaker was found" in text
    assert "No money amounts or counted things were found" in text


def test_undated_articles_are_counted_apart_on_the_timeline() -> None:
    stats = merge_all([*corpus(), part("z", None, "ETV Bharat")])
    text = " ".join(Page(render_page(stats)).text)
    assert "2 without a publication date are not drawn" in text


def test_the_largest_amounts_link_to_their_articles() -> None:
    html = render_page(merge_all(corpus()))
    anchor = re.search(
        r'<tr id="(a\d+)"><td class="d" data-v="2023-07-24">2023-07-24</td><td>ETV Bharat</td><td><span>भाजपा', html
    )
    assert anchor is not None
    assert f'<a href="#{anchor.group(1)}">भाजपा की बैठक</a>' in html


def test_only_money_gets_a_table_of_largest_amounts() -> None:
    stats = merge_all([part("a", amounts=(("number", 198, "FIR"), ("money", 5.0, "INR"), ("money", 2.0, "USD")))])
    html = render_page(stats)
    assert "Largest amounts in INR" in html and "Largest amounts in USD" in html
    assert "Largest amounts in FIR" not in html and "<td>FIR</td>" in html


def test_a_large_corpus_page_stays_small() -> None:
    parts = [
        part(f"news-{i}", f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", f"प्रकाशक {i % 9}", "शीर्षक " * 12)
        for i in range(6000)
    ]
    html = render_page(merge_all(parts))
    assert len(html.encode()) < 5_000_000
    assert "Only the 5000 newest are listed; 1000 older ones are left out." in html


def test_numbers_are_grouped_as_hindi_news_writes_them() -> None:
    assert [grouped(n) for n in (0, 999, 1000, 100000, 12345678, -2500)] == [
        "0",
        "999",
        "1,000",
        "1,00,000",
        "1,23,45,678",
        "-2,500",
    ]
    assert amount(2.5) == "2.50" and amount(0.25) == "0.25" and amount(1e7) == "1,00,00,000"
