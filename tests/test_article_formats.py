"""The byline, date and dateline formats of Hindi news outlets, on small synthetic pages.

Each page is written for the test; only the format lines follow what outlets print
(see the catalogue of formats the parser is built for).
"""

from __future__ import annotations

import pytest
from article_pages import HEADLINE, P1, P2, P3, page

from newscli.article import parse_article
from newscli.model import Article
from newscli.pipeline import metadata_row

DEK = "नगर निगम ने बारिश से पहले शहर की सड़कों और नालों को ठीक करने का फैसला किया है।"


def fields(article: Article) -> dict[str, object]:
    row = metadata_row(article)
    del row["body"]
    return row


def check(text: str, **expected: object) -> Article:
    article = parse_article(text)
    got = fields(article)
    for key, value in expected.items():
        assert got[key] == value, (key, got[key])
    return article


def test_etv_bharat_byline_block_dateline_and_repeated_captions() -> None:
    caption = "बैठक में मौजूद पार्षद"
    article = check(
        page(
            HEADLINE,
            DEK,
            "Etv Bharat",
            "By",
            "Published : Mar 3, 2024, 6:05 PM IST",
            "|",
            "Updated : Mar 3, 2024, 7:40 PM IST",
            "देखें पूरी खबर",
            "पटना : " + P1,
            caption,
            P2,
            caption + " (फाइल फोटो)",
            P3,
        ),
        headline=HEADLINE,
        summary=DEK,
        publisher="ETV Bharat",
        author=None,
        published="2024-03-03T18:05:00+05:30",
        updated="2024-03-03T19:40:00+05:30",
        dateline="पटना",
        captions=[caption, caption + " (फाइल फोटो)"],
    )
    assert article.body == "\n\n".join([P1, P2, P3])


def test_etv_bharat_team_byline_is_the_author() -> None:
    check(
        page(HEADLINE, "By ETV Bharat Bihar Team", "Published : Mar 3, 2024, 6:05 PM IST", "पटना : " + P1, P2),
        author="ETV Bharat Bihar Team",
        publisher="ETV Bharat",
    )


def test_dainik_bhaskar_place_glued_to_relative_time() -> None:
    lead_caption = "बैठक के दौरान अधिकारियों से बात करते महापौर।"
    check(
        page(
            "Municipal meeting | " + HEADLINE + " - Patna News | Dainik Bhaskar",
            "होम",
            "वीडियो",
            HEADLINE,
            "पटना2 घंटे पहले",
            "कॉपी लिंक",
            lead_caption,
            P1,
            P2,
            "अधूरा नहीं! पढ़िए पूरा! पढ़ें पूरी खबर दैनिक भास्कर ऐप पर",
            "Trending Topics",
        ),
        headline=HEADLINE,
        publisher="Dainik Bhaskar",
        published=None,
        dateline="पटना",
        captions=[lead_caption],
    )


def test_amar_ujala_web_byline_and_updated_only() -> None:
    check(
        page(HEADLINE, "Published by: राहुल वर्मा", "Updated Mon, 24 Jul 2023 09:15 AM IST", "आगरा : " + P1, P2),
        author="राहुल वर्मा",
        published=None,
        updated="2023-07-24T09:15:00+05:30",
        dateline="आगरा",
    )


def test_amar_ujala_live_blog_stamp() -> None:
    check(page("07:14 AM, 03-APR-2020", P1, P2), published="2020-04-03T07:14:00+05:30")


@pytest.mark.parametrize(
    ("opening", "dateline", "publisher"),
    [
        ("कानपुर, जेएनएन । ", "कानपुर", "Dainik Jagran"),
        ("मेरठ, एजेंसी । ", "मेरठ", None),
        ("वाराणसी, जागरण संवाददाता । ", "वाराणसी", "Dainik Jagran"),
        ("नईदुनिया प्रतिनिधि, इंदौर।", "इंदौर", "Naidunia"),
        ("नईदुनिया प्रतिनिधि,इंदौर।", "इंदौर", "Naidunia"),
        ("इंदौर, नईदुनिया प्रतिनिधि। ", "इंदौर", "Naidunia"),
        ("डिजिटल डेस्क, इंदौर। ", "इंदौर", None),
    ],
)
def test_jagran_and_naidunia_staff_credits(opening: str, dateline: str, publisher: str | None) -> None:
    article = check(page(HEADLINE, opening + P1, P2), dateline=dateline, author=None, publisher=publisher)
    assert article.body is not None and article.body.startswith(P1)


def test_naidunia_reporter_credit_names_the_author() -> None:
    check(page(HEADLINE, "राजेश तिवारी, नईदुनिया, इंदौर। " + P1, P2), author="राजेश तिवारी", dateline="इंदौर")


def test_dek_repeated_as_the_opening_of_the_dateline_paragraph() -> None:
    check(page(HEADLINE, P1, "नईदुनिया प्रतिनिधि, इंदौर।" + P1 + " " + P2, P3), summary=P1, dateline="इंदौर")


def test_navbharat_times_dateline_on_its_own_line() -> None:
    check(page(HEADLINE, DEK, "नई दिल्ली", P1, P2), headline=HEADLINE, summary=DEK, dateline="नई दिल्ली")


def test_navbharat_times_reporter_and_place_on_their_own_line() -> None:
    check(page(HEADLINE, DEK, "अनिल शर्मा, आगरा", P1, P2), author="अनिल शर्मा", dateline="आगरा")


def test_live_hindustan_date_glued_to_author_and_outlet() -> None:
    check(
        page(HEADLINE, "संक्षेप:", DEK, "Jan 5, 2024 08:10 pm ISTRavi Prakash लाइव हिन्दुस्तान", P1, P2),
        headline=HEADLINE,
        summary=DEK,
        author="Ravi Prakash",
        publisher="Live Hindustan",
        published="2024-01-05T20:10:00+05:30",
        dateline=None,
    )


def test_hindustan_team_place_and_date_glued() -> None:
    check(
        page(HEADLINE, "", DEK, "", "हिन्दुस्तान टीम मेरठFri, 4 May 2018 09:12 AM", "share Share", "", P1, "", P2),
        author="हिन्दुस्तान टीम",
        dateline="मेरठ",
        publisher="Hindustan",
        published="2018-05-04T09:12:00+05:30",
        summary=DEK,
    )


def test_syndicated_wire_header_gives_way_to_the_story_dateline() -> None:
    check(page(HEADLINE, "पूर्णिया, दिसम्बर 5 -- अमौर, एक संवाददाता। " + P1, P2), dateline="अमौर", author=None)


def test_bbc_body_only_page_with_footer() -> None:
    article = check(
        page(
            P1,
            "",
            P2 + "(",
            "",
            "बीबीसी मॉनिटरिंग दुनिया भर के टीवी, रेडियो, वेब और प्रिंट माध्यमों की खबरों पर रिपोर्टिंग करता है.",
            "फेसबुक पर भी पढ़ सकते हैं.)",
        ),
        headline=None,
        summary=None,
        publisher="BBC Hindi",
        dateline=None,
    )
    assert article.body == P1 + "\n\n" + P2


def test_aggregator_copy_title_source_dek_body() -> None:
    check(page("", HEADLINE, "AajTak", DEK, P1, P2), headline=HEADLINE, summary=DEK, publisher="Aaj Tak", author=None)


def test_ndtv_archive_banner_and_tweet_signature() -> None:
    article = check(
        page(
            "विज्ञापन",
            "This Article is From Jun 22, 2011",
            "",
            HEADLINE,
            "",
            "लंदन: " + P1,
            "— NDTV India (@ndtvindia) May 19, 2024",
            P2,
        ),
        headline=HEADLINE,
        published="2011-06-22",
        dateline="लंदन",
    )
    assert "@ndtvindia" not in (article.body or "")


def test_news18_kicker_before_the_dateline() -> None:
    check(page(HEADLINE, "UP News : लखनऊ: " + P1, P2), dateline="लखनऊ")


def test_patrika_en_dash_dateline() -> None:
    check(page("कानपुर – " + P1), dateline="कानपुर", headline=None, publisher=None)


def test_patrika_network_byline_and_multi_city_dateline() -> None:
    check(
        page(HEADLINE, "पत्रिका न्यूज नेटवर्क", "अगरतला/ शिलांग/ कोहिमा. " + P1, P2),
        publisher="Patrika",
        author="पत्रिका न्यूज नेटवर्क",
        dateline="अगरतला/ शिलांग/ कोहिमा",
    )


def test_live_blog_kicker_is_no_dateline() -> None:
    kicker = "आज की ताजा खबर (Aaj Ki Taaja Khabar), Hindi News (हिंदी न्यूज़) LIVE: "
    check(page(HEADLINE, kicker + P1, P2), dateline=None)


def test_punjab_kesari_editor_dates_and_visarga_dateline() -> None:
    check(
        page(
            "National News Hindi(देश)",
            "main page",
            HEADLINE,
            "Edited By Seema,",
            "Updated: 09 Apr, 2018 01:50 PM",
            "09 Apr, 2018 01:37 PM",
            "Google plus",
            P1,
            "नई दिल्लीः " + P1 + " " + P2,
            P3,
            "NEXT STORY",
            "PunjabKesari TV",
        ),
        headline=HEADLINE,
        summary=P1,
        author="Seema",
        publisher="Punjab Kesari",
        published="2018-04-09T13:37:00+05:30",
        updated="2018-04-09T13:50:00+05:30",
        dateline="नई दिल्ली",
    )


def test_punjab_kesari_reporter_in_brackets_when_the_editor_is_the_outlet() -> None:
    check(
        page("Edited By Punjab Kesari,", "Updated: 09 Apr, 2018 11:26 AM", "चंडीगढ़(रश्मि) : " + P1, P2),
        author="रश्मि",
        publisher="Punjab Kesari",
        dateline="चंडीगढ़",
    )


def test_prabhasakshi_byline_with_publish_date() -> None:
    check(
        page("By प्रभासाक्षी न्यूज नेटवर्क | Publish Date: Jul 24 2019  4:49PM", "शेयर करें:", P1, P2),
        author="प्रभासाक्षी न्यूज नेटवर्क",
        publisher="Prabhasakshi",
        published="2019-07-24T16:49:00+05:30",
    )


def test_panchjanya_date_and_author_name_line() -> None:
    caption = "कार्यक्रम को संबोधित करते मुख्य अतिथि"
    check(
        page("   दिनांक 22-जुलाई-2019", "सुनील राय", caption, P1, P2),
        published="2019-07-22",
        author="सुनील राय",
        headline=None,
        captions=[caption],
    )


@pytest.mark.parametrize("opening", ["नयी दिल्ली : ", "पटना : ", "धार। ", "जम्मू : "])
def test_prabhat_khabar_and_short_place_datelines(opening: str) -> None:
    place = opening.rstrip(" :।")
    article = check(page(HEADLINE, opening + P1, P2), dateline=place)
    assert article.body is not None and article.body.startswith(P1)


def test_agency_in_brackets_after_a_yearless_date() -> None:
    check(page(HEADLINE, "नयी दिल्ली, सात मार्च (भाषा) " + P1, P2), dateline="नयी दिल्ली", published=None)


@pytest.mark.parametrize(
    "opening",
    [
        "अनिल शर्मा: ",  # a quote, not a dateline
        "सामान्यतः ",  # an adverb ending in visarga
        "डॉ. ",  # an abbreviation
        "पुलिस महानिरीक्षक (आईजी) ",  # a bracket that is no agency credit
        "Bihar Top News Today 21 December: ",  # a kicker in Latin letters
    ],
)
def test_openings_that_are_not_datelines(opening: str) -> None:
    check(page(HEADLINE, opening + P1, P2), dateline=None)


def test_listing_page_has_no_headline_and_promo_dates_are_not_published() -> None:
    promo = "शनि अमावस्या पर करें ये उपाय, दूर होंगी सारी परेशानियां - 4 दिसम्बर, 2021"
    check(
        page("विज्ञापन", "उत्तर प्रदेश", "विज्ञापन", promo, "Myjyotish", promo, "विज्ञापन", HEADLINE, P1),
        headline=None,
        summary=None,
        published=None,
        publisher=None,
    )


def test_topic_page_label_is_no_headline_or_dateline() -> None:
    check(page("  ⁄  टॉपिक", "नरेंद्र मोदी", P1, "जागरण  की खबरें"), headline=None, dateline=None, publisher="Dainik Jagran")


def test_story_about_an_outlet_does_not_make_it_the_publisher() -> None:
    check(page("बंद नहीं होगी बीबीसी हिंदी सेवा", "लंदन: बीबीसी हिंदी सेवा " + P1, P2), publisher=None)


def test_subheads_stay_in_the_body_and_captions_leave_it() -> None:
    subhead = "पानी की कमी पर भी हुई बात"
    caption = "बैठक की जानकारी देते अधिकारी"
    article = check(page(HEADLINE, "पटना : " + P1, caption, P2, subhead, P3), captions=[caption])
    assert article.body == "\n\n".join([P1, P2, subhead, P3])


WEB_BYLINES = [
    (
        "Written By राहुल कुमार|Last Updated: Dec 06, 2024, 10:16 AM IST|Source: Bureau",
        {"author": "राहुल कुमार", "updated": "2024-12-06T10:16:00+05:30", "published": None},
    ),
    (
        "न्यूज डेस्क, अमर उजाला, आगरा Published by: शिव शरण शुक्ला Updated Mon, 24 Jul 2023 09:15 AM IST",
        {"author": "शिव शरण शुक्ला", "publisher": "Amar Ujala", "dateline": "आगरा"},
    ),
    (
        "By Ravi Kumar Edited By: Anil Singh Updated: Mon, 24 Jul 2023 09:15 AM (IST)",
        {"author": "Ravi Kumar", "updated": "2023-07-24T09:15:00+05:30"},
    ),
    (
        "Reported by: अनुराग द्वारी, Edited by: नितेश | Updated: July 24, 2023 9:15 AM IST",
        {"author": "अनुराग द्वारी"},
    ),
    (
        "नई दिल्ली, 24 जुलाई 2023, (अपडेटेड 24 जुलाई 2023, 9:15 AM IST)",
        {"published": "2023-07-24", "updated": "2023-07-24T09:15:00+05:30", "dateline": "नई दिल्ली"},
    ),
    ("बीबीसी न्यूज़, दिल्ली", {"publisher": "BBC Hindi", "dateline": "दिल्ली", "author": None}),
    ("Published: July 24, 2023 09:15:30 am", {"published": "2023-07-24T09:15:30+05:30"}),
    ("Written by जनसत्ता ऑनलाइन | Updated: July 24, 2023 09:15 IST", {"author": None, "publisher": "Jansatta"}),
    ("भास्कर न्यूज | पटना", {"publisher": "Dainik Bhaskar", "dateline": "पटना", "author": None}),
    ("हिन्दुस्तान संवाददाता, पटना", {"publisher": "Hindustan", "dateline": "पटना", "author": None}),
    ("Sudhir Kumar लाइव हिन्दुस्तान, पटना", {"author": "Sudhir Kumar", "dateline": "पटना"}),
    ("Updated on: Jul 24, 2023 | 9:15 AM", {"updated": "2023-07-24T09:15:00+05:30"}),
]


@pytest.mark.parametrize(("byline", "expected"), WEB_BYLINES)
def test_web_bylines(byline: str, expected: dict[str, object]) -> None:
    article = check(page(HEADLINE, byline, P1, P2), headline=HEADLINE, **expected)
    assert article.body == P1 + "\n\n" + P2


@pytest.mark.parametrize(
    ("opening", "dateline", "author"),
    [
        ("लेस्लीगंज (पलामू) : ", "लेस्लीगंज", None),  # town (district)
        ("ददाहू (सिरमौर)। ", "ददाहू", None),
        ("नई दिल्ली, रणविजय सिंह । ", "नई दिल्ली", "रणविजय सिंह"),  # place, then the reporter
        ("संवाद सहयोगी, पटौदी (गुरुग्राम): ", "पटौदी", None),
        ("प्रमुख संवाददाता मुम्बई : ", "मुम्बई", None),
        ("नई दिल्ली, वार्ता/भाषा । ", "नई दिल्ली", None),
        ("बिज़नेस डेस्क, मुंबई : ", "मुंबई", None),
    ],
)
def test_dateline_credit_variants(opening: str, dateline: str, author: str | None) -> None:
    check(page(HEADLINE, opening + P1, P2), dateline=dateline, author=author)


@pytest.mark.parametrize("kicker", ["लाइव अपडेट्स: ", "दूसरा केस: ", "सवाल: ", "कोरोना वायरस अपडेट: "])
def test_kicker_labels_are_not_datelines(kicker: str) -> None:
    check(page(HEADLINE, kicker + P1, P2), dateline=None)


@pytest.mark.parametrize(
    "first_line",
    [
        "लेकिन मीडिया रिपोर्टों के मुताबिक इस बार मुकाबला कड़ा है",  # opens mid-story
        "ये बात अलग है कि",  # breaks off on a function word
        "पैसों के लिहाज से संपन्न माने जाने वाला",
        "विवादों का विस्तार से ब्यौरा.मुंबई की टीम",  # a glued full stop ends a sentence
    ],
)
def test_body_only_page_does_not_promote_a_fragment_to_headline(first_line: str) -> None:
    check(page(first_line, "", P1, "", P2), headline=None)


def test_body_only_page_keeps_a_real_title() -> None:
    check(page(HEADLINE, "", P1, "", P2), headline=HEADLINE)


@pytest.mark.parametrize("alone", ["नई दिल्ली।", "लखनऊ:", "पेइचिंग"])
def test_dateline_alone_with_its_separator(alone: str) -> None:
    check(page(HEADLINE, alone, P1, P2), dateline=alone.rstrip("।:"))


def test_caption_rules_leave_lists_and_clauses_in_the_body() -> None:
    items = ["उत्तराखंड", "देहरादून", "हरिद्वार"]  # a run of short lines is a list
    clause = "बाइक स्टार्ट करते ही मारी गोली"  # a participle with "ही" opens a clause
    article = check(page(HEADLINE, "पटना : " + P1, *items, P2, clause, P3), captions=[])
    assert article.body is not None and clause in article.body and "देहरादून" in article.body


def test_a_bare_photo_marker_line_is_a_caption() -> None:
    check(page(HEADLINE, "पटना : " + P1, "प्रतीकात्मक तस्वीर", P2), captions=["प्रतीकात्मक तस्वीर"])


def test_agency_photo_credit_after_a_dash_marks_a_caption() -> None:
    caption = "जागरूकता अभियान में शामिल लोग - फोटो : पीटीआई"
    check(page(HEADLINE, "पटना : " + P1, caption, P2), captions=[caption])


def test_a_longer_caption_ending_with_the_outlet_credit() -> None:
    caption = "घटनास्थल पर जांच करती पुलिस और आसपास जमा ग्रामीणों की भीड़ तथा मौके पर पहुंचे अधिकारी (ETV Bharat Odisha)"
    check(page(HEADLINE, "भुवनेश्वर : " + P1, caption, P2), captions=[caption])


def test_follow_us_footer_ends_the_body() -> None:
    footer = "(बीबीसी हिन्दी के एंड्रॉयड ऐप के लिए यहां क्लिक करें. आप हमें फ़ेसबुक और ट्विटर पर फ़ॉलो भी कर सकते हैं.)"
    mention = "उन्होंने कहा कि लोग यह वीडियो यूट्यूब पर देख सकते हैं और अपनी राय दे सकते हैं।"
    article = check(page(HEADLINE, "लंदन: " + P1, mention, P2, footer), publisher="BBC Hindi")
    assert article.body == "\n\n".join([P1, mention, P2])


def test_a_dek_without_a_full_stop_is_not_taken_for_the_headline() -> None:
    dek = "नगर निगम ने बारिश से पहले शहर की सड़कों और नालों को ठीक करने का बड़ा फैसला लिया"
    check(
        page(HEADLINE, dek, "Etv Bharat", "Published : Mar 3, 2024, 6:05 PM IST", "पटना : " + P1, P2),
        headline=HEADLINE,
        summary=dek,
    )


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("नयी दिल्ली, 24 जुलाई 2023 (भाषा) ", "2023-07-24"),
        ("नई दिल्ली, 17 अगस्त, 2025: ", "2025-08-17"),
        ("नयी दिल्ली, सात मार्च (भाषा) ", None),  # no year: not a date
    ],
)
def test_a_full_date_in_the_dateline_is_the_publication_date(opening: str, published: str | None) -> None:
    check(page(HEADLINE, opening + P1, P2), dateline=opening.split(",")[0], published=published)


def test_reporter_and_place_set_off_by_a_bar() -> None:
    check(page(HEADLINE, "अमित कुमार | पटना", P1, P2), author="अमित कुमार", dateline="पटना")


def test_navbharat_times_web_byline_then_dateline_alone() -> None:
    check(
        page(
            HEADLINE, DEK, "Edited by अनिल कुमार | नवभारतटाइम्स.कॉम | Updated: 24 Jul 2023, 9:15 am", "नई दिल्ली", P1, P2
        ),
        author="अनिल कुमार",
        publisher="Navbharat Times",
        updated="2023-07-24T09:15:00+05:30",
        dateline="नई दिल्ली",
        summary=DEK,
    )


def test_related_links_and_more_news_marker_are_furniture() -> None:
    article = check(
        page(HEADLINE, "रांची: " + P1, "ये भी पढ़ें- झारखंड में ठंड बढ़ी", P2, "खबरें और भी हैं...", P3),
        dateline="रांची",
    )
    assert article.body == P1 + "\n\n" + P2


def test_highlights_label_then_bullets_then_the_dateline_paragraph() -> None:
    bullets = [
        "पटना में बारिश से पहले सभी नालों की सफाई होगी और इसके लिए निगम ने टीम बनाई है।",
        "शहर की खराब सड़कों की मरम्मत का काम अगले हफ्ते से शुरू हो जाएगा और जल्द पूरा होगा।",
    ]
    article = check(
        page(
            HEADLINE,
            "By Ravi Kumar Edited By: Anil Singh Updated: Mon, 24 Jul 2023 09:15 AM (IST)",
            "Google News",
            "HighLights",
            *bullets,
            "जागरण संवाददाता, पटना: " + P1,
            P2,
        ),
        author="Ravi Kumar",
        dateline="पटना",
        publisher="Dainik Jagran",
    )
    assert article.summary is not None and all(b in article.summary for b in bullets)
    assert article.body == P1 + "\n\n" + P2
