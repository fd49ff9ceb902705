from __future__ import annotations

import unicodedata

import pytest

from newscli.text.normalize import normalize

# Pairs of spellings that must share one norm.
SAME = [
    ("सन्तोष", "संतोष"),  # half-nasal before a dental stop
    ("हिन्दी", "हिंदी"),
    ("कम्पनी", "कंपनी"),  # labial
    ("गङ्गा", "गंगा"),  # velar
    ("खण्ड", "खंड"),  # retroflex
    ("कन्टेनर", "कंटेनर"),  # across classes, in a loanword
    ("पहुँच", "पहुंच"),  # chandrabindu
    ("हाँ", "हां"),
    ("ज़िंदगी", "जिंदगी"),  # nukta
    ("\u095bिंदगी", "जिंदगी"),  # precomposed nukta letter (composition exclusion)
    ("फ़ैसला", "फैसला"),
    ("स्\u200dथान", "स्थान"),  # ZWJ
    ("स्\u200cथान", "स्थान"),  # ZWNJ
    ("BJP", "bjp"),
    ("“", '"'),
    ("’", "'"),
    ("…", "..."),
    ("|", "।"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spelling_variants_share_a_norm(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(
    "word",
    ["सम्मान", "अन्य", "उन्हें", "कन्या", "डॉक्टर", "कॉलेज", "ओर"],
)
def test_real_consonant_clusters_and_vowels_are_kept(word: str) -> None:
    assert normalize(word) == word


def test_oo_and_candra_o_stay_distinct() -> None:
    assert normalize("कॉल") != normalize("कोल")


@pytest.mark.parametrize(
    ("text", "norm"),
    [("४,३२,०००", "4,32,000"), ("७.५", "7.5"), ("१०वीं", "10वीं"), ("2024", "2024")],
)
def test_digits_become_ascii(text: str, norm: str) -> None:
    assert normalize(text) == norm


def test_colon_is_never_visarga() -> None:
    assert normalize("लखनऊ :") == "लखनऊ :"
    assert normalize("कहा:") == "कहा:"


def test_phrases_keep_their_spaces() -> None:
    assert normalize("बीएल सन्तोष") == normalize("बीएल संतोष") == "बीएल संतोष"


def test_result_is_nfc_and_stable() -> None:
    for a, _ in SAME:
        n = normalize(a)
        assert unicodedata.is_normalized("NFC", n)
        assert normalize(n) == n


def test_empty_and_invisible_only() -> None:
    assert normalize("") == ""
    assert normalize("\u200d") == ""
