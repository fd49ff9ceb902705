"""Hindi typed in the Kruti Dev 010 font's encoding is detected and converted to Unicode."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from newscli.io.legacy import kruti_dev_to_unicode, looks_like_kruti_dev, repair_legacy_font

# Word pairs from the Devanagari test vectors of JujuAdams/Scribble
# (objects/obj_test_devangari_basic/Create_0.gml @ 0f3c779, MIT licence), written by a
# Unicode-to-Kruti-Dev converter; the pairs whose Unicode side mixes in Latin letters, a
# doubled vowel sign or a nukta the Kruti side lacks are left out.
SCRIBBLE_PAIRS = [
    ("गया", "x;k"),
    ("बोधगया", "cks/kx;k"),
    ("अतिया", "vfr;k"),
    ("मोचारीम", "ekspkjhe"),
    ("बकरौर", "cdjkSj"),
    ("बसाढ़ी", "clk<+h"),
    ("मोराटाल", "eksjkVky"),
    ("कन्हौल", "dUgkSy"),
    ("गंफाखुर्द", "xaQk[kqnZ"),
    ("कुरमावां", "dqjekoka"),
    ("इटरा", "bVjk"),
    ("झिकटिया", "f>dfV;k"),
    ("मोरामर्दाना", "eksjkenkZuk"),
    ("ईलरा", "bZyjk"),
    ("पड़रिया", "iM+fj;k"),
    (" शेखवारा", " 'ks[kokjk"),
    ("गफा खूर्द", "xQk [kwnZ"),
    ("नवाँ", "uok¡"),
    ("धनावाँ", "/kukok¡"),
    ("न0 पंचायत", "u0 iapk;r"),
    ("रिक्त", "fjDr"),
    ("जुड़ता", "tqM+rk"),
    ("और", "vkSj"),
    ("हम्म्...", "gEe~---"),
]

# Sentences typed for these tests with the font's layout (ि before its consonant, reph after).
SENTENCES = [
    (
        "jkT; ljdkj us lkseokj dks ubZ ifjogu uhfr dks eatwjh ns nhA",
        "राज्य सरकार ने सोमवार को नई परिवहन नीति को मंजूरी दे दी।",
    ),
    ("izns'k ds eq[;ea=h us dgk fd fLFkfr fu;a=.k esa gSA", "प्रदेश के मुख्यमंत्री ने कहा कि स्थिति नियंत्रण में है।"),
    ("lkekftd U;k; vkSj lqj{kk dk dk;Z tkjh gSA", "सामाजिक न्याय और सुरक्षा का कार्य जारी है।"),
]


@pytest.mark.parametrize(("unicode", "kruti"), SCRIBBLE_PAIRS)
def test_words_written_by_a_converter_convert_back(unicode: str, kruti: str) -> None:
    assert kruti_dev_to_unicode(kruti) == unicodedata.normalize("NFC", unicode)


@pytest.mark.parametrize(("kruti", "unicode"), SENTENCES)
def test_sentences_convert_with_their_vowel_signs_and_rephs_in_place(kruti: str, unicode: str) -> None:
    repair = repair_legacy_font(kruti)
    assert repair is not None
    assert repair.text == unicode


@pytest.mark.parametrize(
    "text",
    [
        "The council said that the roads in the city will be repaired before the rains, and the mayor agreed.",
        "राज्य सरकार ने सोमवार को नई परिवहन नीति को मंजूरी दे दी। ds dh dk esa gS",
        "ds dh",
        "",
    ],
)
def test_english_unicode_hindi_and_short_text_are_left_alone(text: str) -> None:
    assert not looks_like_kruti_dev(text)
    assert repair_legacy_font(text) is None


def test_a_kruti_dev_file_is_converted_with_a_warning_naming_it(tmp_path: Path) -> None:
    legacy = tmp_path / "purana.txt"
    legacy.write_text(SENTENCES[0][0] + " " + SENTENCES[1][0] + "\n", encoding="utf-8")
    english = tmp_path / "english.txt"
    english.write_text("The council met on Monday and said the roads will be repaired.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "sentences", "--raw", "--format", "tsv", str(legacy), str(english)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"{legacy}: text is in the Kruti Dev 010 font's encoding; converted to Unicode" in proc.stderr
    assert "english.txt" not in proc.stderr
    assert SENTENCES[0][1] in proc.stdout and SENTENCES[1][1] in proc.stdout
