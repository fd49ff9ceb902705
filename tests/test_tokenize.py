from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.text.tokenize import INVISIBLE, SPACES, tokenize


def texts(s: str) -> list[str]:
    return [t.text for t in tokenize(s)]


def kinds(s: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(s)]


@pytest.mark.parametrize(
    "number",
    ["1,00,000", "४,३२,०००", "७.५", "२४.५", "9:15", "10:14:30", "100,000", "24/07/2023", "8वीं", "१०वीं", "25ए", "10th"],
)
def test_numbers_with_separators_stay_whole(number: str) -> None:
    assert kinds(f"कुल {number} लोग") == [("कुल", "word"), (number, "number"), ("लोग", "word")]


def test_date_and_time_do_not_fuse() -> None:
    assert texts("Published : Jul 24, 2023, 9:15 AM IST") == [
        "Published",
        ":",
        "Jul",
        "24",
        ",",
        "2023",
        ",",
        "9:15",
        "AM",
        "IST",
    ]


def test_comma_groups_need_two_or_three_digits() -> None:
    assert texts("24,2023") == ["24", ",", "2023"]
    assert texts("1,2") == ["1", ",", "2"]


def test_number_then_full_stop() -> None:
    assert texts("सीटें 80. अगले साल 2024.इसके") == ["सीटें", "80", ".", "अगले", "साल", "2024", ".", "इसके"]


@pytest.mark.parametrize(
    "abbrev", ["डॉ.", "प्रो.", "स्व.", "पं.", "बी.एल.", "जी.डी.पी.", "उ.प्र.", "कि.मी.", "U.S.", "e.g.", "Dr.", "डॉ॰"]
)
def test_abbreviations_keep_their_period(abbrev: str) -> None:
    assert kinds(f"{abbrev} संतोष") == [(abbrev, "abbrev"), ("संतोष", "word")]


def test_abbreviation_glued_to_the_name() -> None:
    assert kinds("डॉ.मनमोहन") == [("डॉ.", "abbrev"), ("मनमोहन", "word")]


def test_initials_with_spaces() -> None:
    assert texts("वित्त मंत्री पी. चिदंबरम और ए. एस. रॉय") == [
        "वित्त",
        "मंत्री",
        "पी.",
        "चिदंबरम",
        "और",
        "ए.",
        "एस.",
        "रॉय",
    ]


def test_ambiguous_letter_names_are_initials_only_in_a_row() -> None:
    assert texts("कोई कमी आई. इस बार") == ["कोई", "कमी", "आई", ".", "इस", "बार"]
    assert texts("बोले जी. मैंने") == ["बोले", "जी", ".", "मैंने"]
    assert texts("के. जी. बालकृष्ण") == ["के.", "जी.", "बालकृष्ण"]
    assert texts("आई. ए. एस. अधिकारी") == ["आई.", "ए.", "एस.", "अधिकारी"]


def test_ordinary_words_do_not_take_the_period() -> None:
    assert texts("बैठक की. भाजपा") == ["बैठक", "की", ".", "भाजपा"]
    assert texts("Modi said. Then") == ["Modi", "said", ".", "Then"]


def test_ellipsis_is_one_token() -> None:
    assert texts("समूह...जो") == ["समूह", "...", "जो"]
    assert texts("चुना…") == ["चुना", "…"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'प्रशिक्षण टीम'", ["'", "प्रशिक्षण", "टीम", "'"]),
        ("“सरकार”", ["“", "सरकार", "”"]),
        ('"योग्यता"', ['"', "योग्यता", '"']),
        ("‘हाँ’", ["‘", "हाँ", "’"]),
    ],
)
def test_quotes_split_off(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_hyphens_and_dashes_are_tokens() -> None:
    assert texts("रीति-नीति") == ["रीति", "-", "नीति"]
    assert texts("बी-29 -- 2017") == ["बी", "-", "29", "--", "2017"]
    assert texts("COVID-19") == ["COVID", "-", "19"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("https://www.etvbharat.com/hindi/news?id=1", "url"),
        ("www.bhaskar.com", "url"),
        ("etvbharat.com", "url"),
        ("news.desk@example.co.in", "email"),
        ("@narendramodi", "mention"),
        ("#लोकसभा_चुनाव", "hashtag"),
    ],
)
def test_web_things_stay_whole(text: str, kind: str) -> None:
    assert kinds(f"देखें {text} पर") == [("देखें", "word"), (text, kind), ("पर", "word")]


def test_url_leaves_trailing_punctuation() -> None:
    assert texts("(https://x.com/a).") == ["(", "https://x.com/a", ")", "."]


@pytest.mark.parametrize("sep", ["\n", "\u00a0", "\u200b", "\u2060", "\ufeff", "\r\n", "\u3000"])
def test_separators_are_boundaries(sep: str) -> None:
    assert texts(f"संगठन{sep}लोकसभा") == ["संगठन", "लोकसभा"]


def test_joiners_stay_inside_words() -> None:
    assert texts("स्\u200dथान महत्\u200cव") == ["स्\u200dथान", "महत्\u200cव"]
    assert tokenize("स्\u200dथान")[0].norm == "स्थान"


def test_kinds() -> None:
    assert kinds("BJP ने 80% सीटें ₹500 में।") == [
        ("BJP", "latin"),
        ("ने", "word"),
        ("80", "number"),
        ("%", "symbol"),
        ("सीटें", "word"),
        ("₹", "symbol"),
        ("500", "number"),
        ("में", "word"),
        ("।", "punct"),
    ]
    assert kinds("Modi's | ।। ?!") == [("Modi's", "latin"), ("|", "punct"), ("।।", "punct"), ("?!", "punct")]
    assert kinds("ঢাকা") == [("ঢাকা", "word")]


def test_script_change_is_a_boundary() -> None:
    assert texts("भाजपाBJP") == ["भाजपा", "BJP"]


def test_norms() -> None:
    toks = tokenize("बीएल सन्तोष ४,३२,००० BJP")
    assert [t.norm for t in toks] == ["बीएल", "संतोष", "4,32,000", "bjp"]


def test_offsets_are_into_the_text_as_given() -> None:
    text = "\ufeff  ज़िंदगी\u00a0हिन्दी"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert texts(text) == ["ज़िंदगी", "हिन्दी"]


GAP = set(SPACES + INVISIBLE)


def check_tokens(text: str) -> None:
    pos = 0
    for tok in tokenize(text):
        assert pos <= tok.start < tok.end
        assert text[tok.start : tok.end] == tok.text
        assert all(ch in GAP for ch in text[pos : tok.start]), (text, tok)
        assert tok.text[0] not in GAP
        pos = tok.end
    assert all(ch in GAP for ch in text[pos:])


def test_space_set_matches_str_isspace() -> None:
    assert {chr(c) for c in range(0x110000) if chr(c).isspace()} == set(SPACES)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tokens_cover_every_visible_character(text: str) -> None:
    check_tokens(text)


ALPHABET = list("कखगमनसहािीुेोंँ़्।॥.,:;-–—'\"“”‘’()%₹$@#/|?!…0123456789०१२३४५६७८९aAbZ \n\t\u00a0\u200b\u200c\u200d")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_tokens_cover_hindi_like_text(text: str) -> None:
    check_tokens(text)


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        tokenize(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "1,",
        "1,00",
        "1.",
        "9:1",
        "१,००,",
        "।",
        "ा",
        "\u0301",
        "a.",
        "क.",
        "डॉ.",
        "की. ",
        ".",
        "a@",
        "a.b",
        "@",
        "#",
        "http://",
        "www.",
        "x.com.",
        "a-",
        "'",
        "स्\u200d",
        "\u200b",
        "$1",
    ],
)
def test_time_is_linear_in_adversarial_input(unit: str) -> None:
    n = max(1, 2000 // len(unit))
    small, large = unit * n, unit * (10 * n)
    _seconds(small)  # warm caches
    ratio = _seconds(large) / max(_seconds(small), 1e-6)
    assert ratio < 40, f"{unit!r}: 10x input took {ratio:.1f}x time"


def test_devanagari_domain() -> None:
    assert kinds("इसे नवभारतटाइम्स.कॉम पर") == [("इसे", "word"), ("नवभारतटाइम्स.कॉम", "url"), ("पर", "word")]
    assert texts("नवभारतटाइम्स.कॉमिक") == ["नवभारतटाइम्स", ".", "कॉमिक"]
