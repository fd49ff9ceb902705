"""Rules found by running the parser on pages it was not tuned on, checked on synthetic pages.

Each page is written for the test; only the format lines follow what outlets print.
"""

from __future__ import annotations

import pytest
from article_pages import HEADLINE, P1, P2, P3, page

from newscli.article import parse_article


@pytest.mark.parametrize(
    ("opening", "place", "author"),
    [
        ("मुजफ्फरपुर, बिहार।", "मुजफ्फरपुर", None),
        ("पटना, बिहार :", "पटना", None),
        ("लाहौर, पाकिस्तान।", "लाहौर", None),
        # a reporter before a city is still the author; a city alone is still the place
        ("अनिल शर्मा, आगरा।", "आगरा", "अनिल शर्मा"),
        ("नई दिल्ली, एजेंसी ।", "नई दिल्ली", None),
    ],
)
def test_city_qualified_by_state_or_country(opening: str, place: str, author: str | None) -> None:
    article = parse_article(page(f"{opening} {P1}", P2, P3))
    assert article.dateline == place
    assert article.author == author


LEAD = "शहर में शनिवार को नगर निगम की बैठक हुई और सड़कों की मरम्मत पर लंबी चर्चा की गई।"
# The dek as a desk re-edits it from the lead: a word changed, a word doubled.
EDITED_DEK = "शहर में शनिवार को नगर निगम की की बैठक हुई और सड़कों के मरम्मत पर चर्चा की गई।"


@pytest.mark.parametrize("dateline", ["नई दिल्लीः", "लंदनः", "नईदुनिया प्रतिनिधि, इंदौर।"])
def test_an_edited_dek_before_the_dateline_paragraph_is_the_summary(dateline: str) -> None:
    text = page(HEADLINE, "Updated: 09 Apr, 2018 01:50 PM", EDITED_DEK, f"{dateline} {LEAD} {P2}", P3)
    article = parse_article(text)
    assert article.summary == EDITED_DEK
    assert article.dateline == dateline.split(",")[-1].strip(" ।ः")
    assert article.body is not None and article.body.startswith(LEAD)


def test_a_different_first_paragraph_is_not_taken_for_a_dek() -> None:
    text = page(HEADLINE, "Updated: 09 Apr, 2018 01:50 PM", P3, f"नई दिल्लीः {LEAD} {P2}", P2)
    article = parse_article(text)
    assert article.summary is None
    assert article.body is not None and article.body.startswith(P3)


@pytest.mark.parametrize(
    ("dateline", "place", "author"),
    [
        ("नईदुनिया प्रतिनिधि, इंदौर।", "इंदौर", None),
        ("अनिल शर्मा, आगरा।", "आगरा", "अनिल शर्मा"),
        ("नई दिल्ली, एजेंसी ।", "नई दिल्ली", None),
    ],
)
def test_a_credited_dateline_under_a_teaser_paragraph_opens_the_body(
    dateline: str, place: str, author: str | None
) -> None:
    # the page's teaser does not repeat the lead; the credit shows where the story starts
    text = page(HEADLINE, "Updated: 09 Apr, 2018 01:50 PM", P3, f"{dateline}{LEAD} {P2}", P2)
    article = parse_article(text)
    assert article.dateline == place
    assert article.author == author
    assert article.summary == P3
    assert article.body is not None and article.body.startswith(LEAD)


def test_a_new_story_in_a_day_file_does_not_swallow_the_paragraph_before_it() -> None:
    # a paragraph of the previous story, then the next story's title and credited dateline
    text = page(P3, "", "बारिश से पहले नालों की सफाई शुरू", "", f"नई दिल्ली, एजेंसी । {LEAD} {P2}", "", P2)
    article = parse_article(text)
    assert article.body is not None and article.body.startswith(P3)


@pytest.mark.parametrize(
    ("opening", "author"),
    [("नईदुनिया इंदौर:", None), ("कपीश दुबे, नईदुनिया इंदौर।", "कपीश दुबे")],
)
def test_an_outlet_glued_to_the_city_is_not_part_of_the_place(opening: str, author: str | None) -> None:
    article = parse_article(page(HEADLINE, "Updated: 09 Apr, 2018 01:50 PM", f"{opening}{LEAD} {P2}", P3))
    assert article.dateline == "इंदौर"
    assert article.author == author


@pytest.mark.parametrize("opener", ["जिससे", "ताकि", "जबकि"])
def test_a_dependent_clause_is_not_a_headline_even_on_a_dated_page(opener: str) -> None:
    clause = f"{opener} शहर की सड़कें बारिश से पहले ठीक हो सकें"
    article = parse_article(page("2018-09-09 08:32:41", clause, f"डेस्क-{LEAD} {P2}", P3))
    assert article.headline is None


def test_a_title_after_the_date_line_is_still_the_headline() -> None:
    article = parse_article(page("2018-09-09 08:32:41", HEADLINE, f"डेस्क-{LEAD} {P2}", P3))
    assert article.headline == HEADLINE


@pytest.mark.parametrize(
    ("opening", "place"),
    [("संवाद सूत्र तपा, बरनाला :", "बरनाला"), ("संवाद सूत्र, बरनाला :", "बरनाला"), ("प्रमुख संवाददाता मुम्बई।", "मुम्बई")],
)
def test_a_stringer_credit_with_his_town_names_nobody(opening: str, place: str) -> None:
    article = parse_article(page(f"{opening} {LEAD} {P2}", P3))
    assert article.dateline == place
    assert article.author is None


@pytest.mark.parametrize(
    ("opening", "place", "author"),
    [
        ("पटना [जेएनएन]।", "पटना", None),
        ("अलीगढ़[संतोष शर्मा]:", "अलीगढ़", "संतोष शर्मा"),
        ("काबुल [रायटर/एएफपी]।", "काबुल", None),
    ],
)
def test_a_credit_in_square_brackets_closes_the_dateline(opening: str, place: str, author: str | None) -> None:
    article = parse_article(page(f"{opening} {LEAD} {P2}", P3))
    assert article.dateline == place
    assert article.author == author
    assert article.body is not None and article.body.startswith(LEAD)
