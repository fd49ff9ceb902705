"""Shortcuts the article parser takes for speed give the results of what they stand for."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.article.captions import _marked, caption_key
from newscli.article.classify import _SENTENCE_END, _byline_label, _has_byline_label
from newscli.article.credits import _CREDIT_HEADS, _credit_then_place, is_generic_credit, is_place_like
from newscli.article.furniture import _window_key, _window_opening
from newscli.article.layout import _WORD_PUNCTUATION, _norm_start, _opening_words
from newscli.article.lines import Line, split_lines, trim
from newscli.article.outlets import _pattern as _outlet_pattern
from newscli.article.outlets import canonical, find_outlets
from newscli.article.resources import alternation, fold, initials, nfc_pieces, word_list


def folded_by_definition(s: str) -> str:
    """NFC, zero-width joiners and nukta dropped, case-folded, whitespace runs collapsed."""
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u200c", "").replace("\u200d", "").replace("\u093c", "").casefold()
    return " ".join(s.split())


# The characters that decide whether a nukta may be dropped before NFC: consonants that compose
# with it (न र ळ) and ones that do not, their precomposed forms (ऩ, and क़ which NFC decomposes),
# other combining marks (virama, Bengali nukta, acute), joiners, spaces and cased Latin letters.
ALPHABET = [*"कडफजनरळलहऩक़ािं़् ", "\u0958", "\u09bc", "\u0301", "\u200c", "\u200d", "\u00a0", "A", "ß", "İ"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=12))
def test_fold_matches_its_definition(s: str) -> None:
    assert fold(s) == folded_by_definition(s)


@pytest.mark.parametrize(
    "s",
    ["बड़ा", "न\u093c", "र\u093c्", "\u093cक", "क\u093c\u093c", "ड\u093c\u0301", "\u0958", "ऩ\u093c", "फ़ैसला  ZEE"],
)
def test_fold_of_nukta_spellings(s: str) -> None:
    assert fold(s) == folded_by_definition(s)


@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*ALPHABET, "e", "\u0302", "\u1100", "\u1161"]), max_size=16),
    st.integers(min_value=0, max_value=6),
)
def test_nfc_by_pieces_is_nfc(s: str, size: int) -> None:
    assert " ".join(nfc_pieces(s, size)) == unicodedata.normalize("NFC", s)


# Ends with a sentence stop not doubled from a full stop ("…" is "..."), closing quotes aside.
SENTENCE_END_AS_WRITTEN = re.compile(r"(?<!\.)[।॥.?!][\"'”’)\]]*\Z")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("क .।॥?!\"')]”’a")), max_size=10))
def test_sentence_end_pattern_matches_its_plain_form(s: str) -> None:
    assert (_SENTENCE_END.search(s) is None) == (SENTENCE_END_AS_WRITTEN.search(s) is None)


def credit_then_place_tried_everywhere(text: str) -> int | None:
    """_credit_then_place as written first: every opening of the part is tried as a credit."""
    words = list(re.finditer(r"\S+", text))
    for i in range(len(words) - 2, -1, -1):
        if fold(words[i].group()) in _CREDIT_HEADS or (i > 0 and is_generic_credit(text[: words[i].end()])):
            rest = text[words[i + 1].start() :]
            return words[i + 1].start() if is_place_like(rest) else None
    return None


# Credits, their heads, places (one-, two-word and joined by '/'), function words, outlet names and
# tokens that are no place words, so that credits are found at every position and places of every length.
CREDIT_PART_WORDS = [
    *"जागरण संवाददाता निज प्रतिनिधि न्यूज डेस्क एजेंसी टीम ब्यूरो अमर उजाला हिन्दुस्तान".split(),
    *"आगरा नई दिल्ली मुम्बई तपा बरनाला के में और न 12 Agra / आगरा/मथुरा /पटना लखनऊ/".split(),
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(CREDIT_PART_WORDS), max_size=9), st.sampled_from([" ", "  ", "\u00a0"]))
def test_credit_then_place_stops_early_with_the_same_answer(words: list[str], space: str) -> None:
    text = space.join(words)
    assert _credit_then_place(text) == credit_then_place_tried_everywhere(text)


def caption_key_as_written(text: str) -> str:
    text = re.sub(r"\([^()]{0,60}\)[ \u00a0.।]*\Z", "", text)
    return fold(unicodedata.normalize("NFC", text).rstrip(" \u00a0.।:!"))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*ALPHABET, ".", "।", ":", "!", "(", ")"]), max_size=14))
def test_caption_key_normalises_once(text: str) -> None:
    assert caption_key(text) == caption_key_as_written(text)


def marker_as_one_pattern() -> re.Pattern[str]:
    markers = alternation(word_list("article_caption_markers.txt"))
    return re.compile(
        rf"\((?:[^()]{{0,40}}[ \u00a0/:-])?(?:{markers})(?:[ \u00a0/:-][^()]{{0,40}})?\)"
        rf"|(?:{markers})[ \u00a0]*:|\A(?:{markers})[ \u00a0]*,",
        re.IGNORECASE,
    )


MARKER_PIECES = [
    "फोटो",
    "फ़ाइल फोटो",
    "photo",
    "FILE PHOTO",
    "Pic",
    "दाएं से",
    "(",
    ")",
    ":",
    ",",
    " ",
    "/",
    "-",
    "क",
    "x",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(MARKER_PIECES), max_size=8))
def test_marker_patterns_find_what_the_single_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _marked(text) == (marker_as_one_pattern().search(text) is not None)


def test_initials_match_every_character_case_insensitive_matching_does() -> None:
    # every ASCII letter opens a word, so every case pairing Python's re knows of is exercised
    words = [*(c + "x" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), "फोटो", ":", "-"]
    hint = initials(words)
    reference = re.compile(f"[{re.escape(''.join({w[0] for w in words}))}]", re.IGNORECASE)
    differ = [hex(cp) for cp in range(0x110000) if bool(hint.match(chr(cp))) != bool(reference.match(chr(cp)))]
    assert differ == []


LABEL_PIECES = ["By", "by ", "EDITED BY", "Reporter", "लेखक", "द्वारा", "रिपोर्ट", ":", "-", " ", "\u00a0", "क", "x", "ſ"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LABEL_PIECES), max_size=8))
def test_byline_label_halves_find_what_the_label_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _has_byline_label(text) == (_byline_label().search(text) is not None)


def opening_as_written(text: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFC", text)).strip()[:40]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*ALPHABET, ".", "।", "-", "_", "1", "x"]), max_size=120))
def test_dek_opening_reads_only_what_it_compares(text: str) -> None:
    assert _norm_start(text) == opening_as_written(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*ALPHABET, ".", "।", "-", "(", "x"]), max_size=120), st.integers(1, 10))
def test_opening_words_read_only_what_they_compare(text: str, n: int) -> None:
    words = (w.strip(_WORD_PUNCTUATION) for w in unicodedata.normalize("NFC", text).split())
    assert _opening_words(text, n) == [w for w in words if w][:n]


# Outlet names whole and in parts, run together or spaced, in both scripts and cases, with letters
# that may glue onto them and nukta spellings.
OUTLET_PIECES = [
    *"अमर उजाला दैनिक जागरण भास्कर लाइव हिन्दुस्तान हिंदुस्तान नई दुनिया नईदुनिया बीबीसी न्यूज़ न्यूज".split(),
    *"Amar Ujala AMAR aaj tak AajTak ETV Bharat BBC Hindi NDTV x".split(),
    " ",
    "  ",
    "\u00a0",
    ",",
    "क",
    "\u093c",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(OUTLET_PIECES), max_size=8))
def test_outlets_found_after_the_cheap_look_are_all_of_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    everywhere = [(m.start(), m.end(), canonical(m.group())) for m in _outlet_pattern().finditer(text)]
    assert [(m.start, m.end, m.name) for m in find_outlets(text)] == [x for x in everywhere if x[2] is not None]


def lines_cut_one_by_one(text: str) -> list[Line]:
    """split_lines as written first: each line matched, then its CRLF, CR or LF stepped over."""
    lines: list[Line] = []
    pos = 0
    while pos <= len(text):
        m = re.compile(r"[^\r\n]*").match(text, pos)
        assert m is not None
        start, end = trim(text, m.start(), m.end())
        lines.append(Line(len(lines), start, end, text[start:end]))
        pos = m.end()
        if pos >= len(text):
            break
        pos += 2 if text.startswith("\r\n", pos) else 1
    return lines


def test_lines_end_where_they_ended() -> None:
    for n in range(6):
        for chars in itertools.product("a \r\n", repeat=n):
            text = "".join(chars)
            assert split_lines(text) == lines_cut_one_by_one(text), repr(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*ALPHABET, "x", "\t", "."]), max_size=90))
def test_window_opening_is_the_first_character_of_the_window_key(text: str) -> None:
    assert _window_opening(text) == _window_key(text)[:1]
