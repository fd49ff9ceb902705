"""Page shapes of outlets the parser was not written against, checked on synthetic pages.

Each page is written for the test; only the shapes (widgets, bylines, header clocks) follow
what news sites print.
"""

from __future__ import annotations

import pytest
from article_pages import HEADLINE, P1, P2, P3, page

from newscli.article import parse_article
from newscli.article.dates import parse_datetime


@pytest.mark.parametrize(
    "widget",
    [
        ["Exit mobile version"],
        ["What’s your Reaction?", "+1", "+1", "+1"],
        ["Read more at:", "https://example.com/news/story-123.html"],
        ["Don't Miss"],
    ],
)
def test_latin_widget_lines_after_a_hindi_story_are_not_body(widget: list[str]) -> None:
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", P3, "", *widget))
    assert article.body is not None
    assert article.body.endswith(P3)


def test_a_story_cut_off_after_a_few_words_keeps_them() -> None:
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", "आज पूर्व प्रधानमंत्"))
    assert article.body is not None
    assert article.body.endswith("आज पूर्व प्रधानमंत्")


def test_a_run_of_english_lines_after_the_story_starts_the_tail() -> None:
    footer = ["Keyword: roads, drains", "Advertisements", "Post your comment", "आपका मत", "हां", "नहीं"]
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", P3, "", *footer))
    assert article.body is not None
    assert article.body.endswith(P3)
    assert "आपका मत" not in article.body
    assert article.captions == ()


def test_one_english_line_inside_the_story_stays() -> None:
    article = parse_article(page(HEADLINE, "", P1, "", "Smart City Mission", "", P2, "", P3))
    assert article.body is not None
    assert "Smart City Mission" in article.body


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("OCTOBER 21, 2025 / 3:11 PM IST", "2025-10-21T15:11:00+05:30"),
        ("सोमवार, 26 मई 2025 (08:37 IST)", "2025-05-26T08:37:00+05:30"),
        ("Modified Date: November 29, 2022 / 08:47 PM IST", "2022-11-29T20:47:00+05:30"),
    ],
)
def test_a_time_after_a_slash_or_in_brackets_belongs_to_the_date(printed: str, iso: str) -> None:
    assert parse_datetime(printed) == iso


def test_the_header_clock_above_the_headline_is_not_the_publication_date() -> None:
    article = parse_article(
        page(
            "Friday, February 14, 2020 10:18 PM", "होम", "|", "देश", "", HEADLINE, "राम कुमार, February 12, 2020", P1, P2
        )
    )
    assert article.published == "2020-02-12"


def test_a_date_above_the_headline_is_used_when_the_page_has_no_other() -> None:
    article = parse_article(page("February 12, 2020 10:18 AM", "", HEADLINE, "", P1, "", P2))
    assert article.published == "2020-02-12T10:18:00+05:30"


def test_an_edition_switcher_beside_the_date_is_no_byline() -> None:
    article = parse_article(page("Friday, February 14, 2020 10:18 PM  English | हिंदी", HEADLINE, "", P1, "", P2))
    assert article.author is None
    assert article.dateline is None


@pytest.mark.parametrize(
    ("byline", "author", "place"),
    [
        ("शुभायन चक्रवर्ती / नई दिल्ली February 14, 2020", "शुभायन चक्रवर्ती", "नई दिल्ली"),
        ("अनिल शर्मा / आगरा 5 मार्च 2022", "अनिल शर्मा", "आगरा"),
    ],
)
def test_a_spaced_slash_separates_the_reporter_from_the_place(byline: str, author: str, place: str) -> None:
    article = parse_article(page(HEADLINE, byline, P1, "", P2))
    assert (article.author, article.dateline) == (author, place)


@pytest.mark.parametrize(
    ("credit", "author", "publisher"),
    [
        ("समाचार4मीडिया ब्यूरो by", "समाचार4मीडिया ब्यूरो", "समाचार4मीडिया"),
        ("जनवाणी ब्यूरो |", "जनवाणी ब्यूरो", "जनवाणी"),
        ("वेबदुनिया न्यूज डेस्क", "वेबदुनिया न्यूज डेस्क", "Webdunia"),
    ],
)
def test_an_outlets_own_bureau_or_desk_is_the_author_and_names_the_outlet(
    credit: str, author: str, publisher: str
) -> None:
    article = parse_article(page(HEADLINE, credit, "5 मार्च 2022", P1, "", P2))
    assert (article.author, article.publisher) == (author, publisher)
    assert article.headline == HEADLINE


@pytest.mark.parametrize("credit", ["खेल डेस्क", "राज्य ब्यूरो", "लखनऊ ब्यूरो", "डिजिटल टीम"])
def test_a_section_or_city_desk_names_no_outlet(credit: str) -> None:
    article = parse_article(page(HEADLINE, credit, "5 मार्च 2022", P1, "", P2))
    assert article.publisher is None
    assert article.author is None


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2026 बहल झलक — खबर आपकी, नज़र हमारी", "बहल झलक"),
        ("Business Standard Private Ltd. Copyright & Disclaimer feedback@example.com", "Business Standard"),
        ("Copyright © 2023-24 DB Corp ltd., All Rights Reserved", "DB Corp"),
        ("© Copyright 2020 - 2025 News Nazar. All Rights Reserved.", "News Nazar"),
    ],
)
def test_a_copyright_footer_ends_the_body_and_names_the_publisher(notice: str, holder: str) -> None:
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", P3, "शेयर करें", notice))
    assert article.publisher == holder
    assert article.body is not None
    assert article.body.endswith(P3)


def test_a_sentence_that_mentions_copyright_stays_in_the_body() -> None:
    mention = "कंपनी ने copyright के उल्लंघन की शिकायत दर्ज कराई।"
    article = parse_article(page(HEADLINE, "", P1, "", mention, "", P2))
    assert article.body is not None
    assert mention in article.body and article.body.endswith(P2)
    assert article.publisher is None


def test_of_two_title_lines_above_the_byline_the_first_is_the_headline_and_the_second_the_dek() -> None:
    title = "सीबीआई एक ऐसा तोता है जिसे सभी राजनीतिक दल आजाद तो रखना चाहते हैं लेकिन तभी जब विपक्ष में हों"
    dek = "इन दिनों सीबीआई की हालत किसी फुटबॉल सरीखी दिखती है जिस पर सब अपने-अपने हिसाब से किक मार रहे हैं"
    article = parse_article(page(title, "", dek, "", "राम कुमार | 02 November 2020", "", P1, "", P2))
    assert (article.headline, article.summary) == (title, dek)


@pytest.mark.parametrize("name", ["विकास बहुगुणा", "सुधीर कुमार"])
def test_an_unknown_two_word_name_in_a_dated_byline_is_the_author(name: str) -> None:
    article = parse_article(page(HEADLINE, f"{name} | 02 November 2020", P1, "", P2))
    assert (article.author, article.dateline) == (name, None)


def test_a_known_two_word_place_in_a_dated_byline_stays_the_place() -> None:
    article = parse_article(page(HEADLINE, "नई दिल्ली | 02 November 2020", P1, "", P2))
    assert (article.author, article.dateline) == (None, "नई दिल्ली")


def test_a_name_between_the_title_and_the_first_paragraph_is_the_author() -> None:
    article = parse_article(page(HEADLINE, "प्रकाश शुक्ला", f"उन्नाव | {P1}", P2))
    assert article.author == "प्रकाश शुक्ला"
    assert article.dateline == "उन्नाव"


def test_a_topic_name_over_the_first_paragraph_without_a_title_is_no_author() -> None:
    article = parse_article(page("प्रकाश शुक्ला", P1, "", P2))
    assert article.author is None


@pytest.mark.parametrize("strip", ["Keyword: सेबी, म्युचुअल फंड, निवेश,", "Tags: नगर निगम, बारिश", "टैग्स: नगर निगम"])
def test_a_tag_or_keyword_strip_ends_the_story(strip: str) -> None:
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", P3, strip, "नगर निगम की और खबरें पढ़ें"))
    assert article.body is not None
    assert article.body.endswith(P3)


def test_a_closing_run_of_short_link_lines_is_not_body() -> None:
    links = ["🔗 इस खबर से जुड़े पेज", "← वापस मुख्य पृष्ठ", "📤 खबर शेयर करें", "सोशल मीडिया पर शेयर करें"]
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", P3, *links))
    assert article.body is not None
    assert article.body.endswith(P3)


def test_two_short_lines_closing_a_cut_off_copy_stay() -> None:
    article = parse_article(page(HEADLINE, "", P1, "", P2, "", "आंखों देखी:", "", "मौत खीं"))
    assert article.body is not None
    assert article.body.endswith("मौत खीं")


@pytest.mark.parametrize(
    ("opening", "publisher"),
    [("जनवाणी प्रतिनिधि, मेरठ।", "जनवाणी"), ("जनवाणी संवाददाता, मेरठ :", "जनवाणी")],
)
def test_an_outlets_staff_credit_in_the_dateline_names_the_outlet_and_nobody(opening: str, publisher: str) -> None:
    article = parse_article(page(HEADLINE, "", f"{opening} {P1}", P2))
    assert (article.publisher, article.author, article.dateline) == (publisher, None, "मेरठ")


@pytest.mark.parametrize("opening", ["विशेष संवाददाता, मेरठ।", "निज संवाददाता, मेरठ।"])
def test_a_staff_title_names_no_outlet(opening: str) -> None:
    article = parse_article(page(HEADLINE, "", f"{opening} {P1}", P2))
    assert article.publisher is None
    assert article.author is None


@pytest.mark.parametrize(
    ("opening", "place"), [("Jaipur News ।", "Jaipur"), ("Patna :", "Patna"), ("New Delhi -", "New Delhi")]
)
def test_a_latin_script_dateline_before_hindi_text(opening: str, place: str) -> None:
    article = parse_article(page(HEADLINE, "", f"{opening} {P1}", P2))
    assert article.dateline == place
    assert article.body is not None and article.body.startswith(P1)


@pytest.mark.parametrize("opening", ["Breaking News :", "Video :", "BJP :", "Indore News:", "School Admission:"])
def test_a_latin_kicker_is_no_dateline(opening: str) -> None:
    assert parse_article(page(HEADLINE, "", f"{opening} {P1}", P2)).dateline is None


@pytest.mark.parametrize(
    ("label", "value", "field", "expected"),
    [
        ("By", "Ram Kumar", "author", "Ram Kumar"),
        ("लेखक:", "राम कुमार", "author", "राम कुमार"),
        ("Written by", "Ram Kumar", "author", "Ram Kumar"),
        ("Published", "March 5th, 2022 14:20 IST", "published", "2022-03-05T14:20:00+05:30"),
        ("Updated:", "March 6, 2022 09:00 IST", "updated", "2022-03-06T09:00:00+05:30"),
        ("प्रकाशित:", "5 मार्च 2022, 11:20 AM IST", "published", "2022-03-05T11:20:00+05:30"),
    ],
)
def test_a_label_on_its_own_line_labels_the_value_on_the_next(
    label: str, value: str, field: str, expected: str
) -> None:
    text = page(HEADLINE, label, "", value, P1, "", P2)
    article = parse_article(text)
    assert getattr(article, field) == expected
    assert article.body is not None and article.body.startswith(P1)
    if field == "author":
        span = next(s for s in article.segments if s.role == "body")
        assert text[span.start : span.end].startswith(P1)


def test_a_bare_by_over_a_paragraph_names_nobody() -> None:
    article = parse_article(page(HEADLINE, "By", P1, "", P2))
    assert article.author is None
    assert article.body is not None and article.body.startswith(P1)


@pytest.mark.parametrize(
    ("opening", "place"), [("उत्तर प्रदेश(UTTAR PRADESH):", "उत्तर प्रदेश"), ("लखनऊ (Lucknow):", "लखनऊ")]
)
def test_an_english_gloss_in_a_dateline_is_no_reporter(opening: str, place: str) -> None:
    article = parse_article(page(HEADLINE, "", f"{opening} {P1}", P2))
    assert (article.dateline, article.author) == (place, None)


def test_a_reporter_in_brackets_after_the_city_is_still_the_author() -> None:
    article = parse_article(page(HEADLINE, "", f"चंडीगढ़(रश्मि) : {P1}", P2))
    assert (article.dateline, article.author) == ("चंडीगढ़", "रश्मि")


@pytest.mark.parametrize("kicker", ["लखनऊ / ", "नई दिल्ली | "])
def test_a_city_kicker_before_the_headline_is_not_part_of_it(kicker: str) -> None:
    text = page(kicker + HEADLINE, "", P1, "", P2)
    article = parse_article(text)
    assert article.headline == HEADLINE
    span = next(s for s in article.segments if s.role == "headline")
    assert text[span.start : span.end] == HEADLINE


def test_a_headline_with_a_slash_between_words_keeps_them() -> None:
    headline = "सरकार / विपक्ष में टकराव, बैठक बेनतीजा रही"
    assert parse_article(page(headline, "", P1, "", P2)).headline == headline


def test_a_name_over_the_date_line_is_the_author() -> None:
    article = parse_article(page(HEADLINE, "सुनील शर्मा", "5 मार्च 2022", "", P1, "", P2))
    assert (article.author, article.published, article.headline) == ("सुनील शर्मा", "2022-03-05", HEADLINE)


def test_a_weather_widget_between_paragraphs_is_not_body() -> None:
    widget = ["दिल्ली", "32°C", "मुंबई", "29°C", "पटना", "31°C"]
    article = parse_article(page(HEADLINE, "", P1, *widget, P2, P3))
    assert article.body is not None
    assert article.body.split("\n\n") == [P1, P2, P3]
    assert article.captions == ()


@pytest.mark.parametrize("widget", [["A-", "A", "A+"], ["@ramkumar"], ["#नगरनिगम"]])
def test_font_size_buttons_and_lone_handles_are_not_body(widget: list[str]) -> None:
    article = parse_article(page(HEADLINE, "", P1, *widget, "", P2, P3))
    assert article.body is not None
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_the_line_under_a_gallery_counter_is_a_caption() -> None:
    article = parse_article(page(HEADLINE, "", P1, "1/10", "बैठक में मौजूद पार्षद", "2/10", "महापौर का स्वागत", P2, P3))
    assert article.captions == ("बैठक में मौजूद पार्षद", "महापौर का स्वागत")
    assert article.body is not None and article.body.split("\n\n") == [P1, P2, P3]


def test_english_lines_of_an_embed_inside_the_story_do_not_end_it() -> None:
    embed = ["We will repair every road before the monsoon.", "Work starts on Monday", "Thank you all"]
    article = parse_article(page(HEADLINE, "", P1, *embed, "", P2, "", P3))
    assert article.body is not None
    assert article.body.endswith(P3)


@pytest.mark.parametrize("label", ["ये भी पढ़ें –", "यह भी देखें:", "Also Read:"])
def test_the_title_under_a_see_also_label_is_another_storys_link(label: str) -> None:
    link = "दिल्ली में बारिश से कई इलाकों में जलभराव, यातायात ठप"
    article = parse_article(page(HEADLINE, "", P1, label, link, "", P2, "", P3))
    assert article.body is not None
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_subhead_under_a_bare_see_also_label_stays() -> None:
    subhead = "बीजिंग में मरीजों की संख्या 428"
    article = parse_article(page(HEADLINE, "", P1, "यह भी पढ़ें", subhead, "", P2, "", P3))
    assert article.body is not None
    assert article.body.split("\n\n") == [P1, subhead, P2, P3]


def test_a_paragraph_under_a_see_also_label_stays() -> None:
    article = parse_article(page(HEADLINE, "", P1, "ये भी पढ़ें –", P2, "", P3))
    assert article.body is not None
    assert article.body.split("\n\n") == [P1, P2, P3]
