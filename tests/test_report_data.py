"""The report's aggregate: one article's part, and merging in any grouping equals one pass."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest
from report_helpers import corpus, part

from newscli.model import Record
from newscli.report import data
from newscli.report.data import Amount, ReportStats, day_of, merge_all, shorten


def test_one_article_counts_names_once_per_article_and_keeps_spellings() -> None:
    first = corpus()[0]
    assert first.entity_articles["PER", "बीएल संतोष"] == 1
    assert first.spelling_index()["PER", "बीएल संतोष"] == ["बीएल संतोष", "बीएल सन्तोष"]
    assert first.entity_days == {("PER", "बीएल संतोष", "2023-07-24"): 1, ("ORG", "भाजपा", "2023-07-24"): 1}
    assert first.by_day == {("2023-07-24", "ETV Bharat"): 1}
    assert first.quote_kinds == {("बीएल संतोष", "direct"): 1, ("बीएल संतोष", "indirect"): 1}
    assert first.unattributed == 1 and first.quoted_articles == {"बीएल संतोष": 1}
    assert first.articles[0].names == ("बीएल संतोष", "भाजपा")


def test_spellings_that_differ_only_in_invisible_joiners_are_one() -> None:
    got = part("a", names=(("LOC", "दिल्ली", "दिल्ली"), ("LOC", "दिल्\u200dली", "दिल्ली"), ("LOC", "द\u200cिल्ली", "दिल्ली")))
    assert got.spellings == {("LOC", "दिल्ली", "दिल्ली"): 3}


def test_amounts_are_summed_by_unit_exactly_and_durations_are_left_out() -> None:
    total = merge_all(corpus())
    assert total.unit_totals["INR"] == Fraction(2.5e7) + Fraction(0.1) + Fraction(0.2) + Fraction(5e6)
    assert total.unit_mentions == {"INR": 4, "सीटों": 2, "USD": 1}
    assert total.unit_articles == {"INR": 3, "सीटों": 2, "USD": 1}
    assert [a.value for a in total.largest["INR"]] == [2.5e7, 5e6, 0.2, 0.1]
    assert total.largest["सीटों"][0] == Amount(80, "सीटों", "80 सीटों", "a1", "भाजपा की बैठक")


def test_undated_articles_are_counted_apart_by_publisher() -> None:
    total = merge_all(corpus())
    assert total.undated == {"": 1}
    assert total.dated == 3
    assert total.by_day["2023-07-24", "ETV Bharat"] == 2


def _equal(a: ReportStats, b: ReportStats) -> bool:
    return a.article_rows() == b.article_rows() and a == b


def test_merging_is_associative_and_in_any_order_equals_one_pass() -> None:
    one_pass = merge_all(corpus())
    a, b, c, d = corpus()
    left = ReportStats().merge(a).merge(b).merge(c).merge(d)
    right = ReportStats().merge(a).merge(ReportStats().merge(b).merge(ReportStats().merge(c).merge(d)))
    assert _equal(left, one_pass) and _equal(right, one_pass)
    for order in itertools.permutations(range(4)):
        parts = corpus()
        assert _equal(merge_all(parts[i] for i in order), one_pass), order


def test_the_article_table_keeps_the_newest_in_any_grouping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "ARTICLE_ROWS", 5)
    days = [f"2023-07-{d:02d}" for d in range(1, 29)]

    def parts() -> list[ReportStats]:
        return [part(f"r{i}", days[i % len(days)] if i % 7 else None) for i in range(40)]

    one_pass = merge_all(parts())
    rng = random.Random(4)
    for _ in range(5):
        shuffled = parts()
        rng.shuffle(shuffled)
        chunks = [merge_all(shuffled[i : i + 6]) for i in range(0, len(shuffled), 6)]
        merged = merge_all(chunks)
        assert merged.article_rows() == one_pass.article_rows()
        assert merged.rows_dropped == one_pass.rows_dropped == 35
    assert [r.day for r in one_pass.article_rows()] == [f"2023-07-{d}" for d in (28, 27, 26, 25, 24)]


def test_article_ids_order_naturally_within_a_day() -> None:
    rows = merge_all(part(rid, "2023-01-01") for rid in ("news-10", "news-9", "news-100")).article_rows()
    assert [r.id for r in rows] == ["news-9", "news-10", "news-100"]


def test_an_article_without_a_headline_is_titled_by_its_first_words() -> None:
    row = part("x").articles[0]
    assert row.from_text and row.title.startswith("पाठ पाठ") and row.title.endswith("…")


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2023-07-24T09:15:00+05:30", "2023-07-24"),
        ("2023-07-24", "2023-07-24"),
        ("2023-07", None),
        ("2023-02-30", None),
        ("कल", None),
        (None, None),
    ],
)
def test_the_day_of_a_publication_date(published: str | None, day: str | None) -> None:
    assert day_of(published) == day


def test_shorten_cuts_at_a_space_never_inside_a_conjunct() -> None:
    assert shorten("राष्ट्रीय महामंत्री संगठन", 20) == "राष्ट्रीय महामंत्री …"
    cut = shorten("क्ष" * 30, 10)
    assert not cut.rstrip(" …").endswith("\u094d")


def test_the_report_part_of_a_record_holds_its_stats_part(seed_path: object) -> None:
    from pathlib import Path

    from newscli.pipeline import corpus_part, report_part

    assert isinstance(seed_path, Path)
    record = Record(id="seed", text=seed_path.read_text(encoding="utf-8"))
    got = report_part(record)
    assert got.corpus == corpus_part(record)
    assert got.articles[0].publisher == "ETV Bharat" and got.articles[0].day == "2023-07-24"
    assert got.quoted_articles == {"बीएल संतोष": 1}
