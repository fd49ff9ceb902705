from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.text.sentences import scan_sentences, split_sentences
from newscli.text.tokenize import tokenize


def texts(s: str) -> list[str]:
    return [x.text for x in split_sentences(s)]


def test_danda_question_exclamation() -> None:
    assert texts("भाजपा ने बैठक की। क्या यह सही है? हाँ! ठीक ॥ अंत") == [
        "भाजपा ने बैठक की।",
        "क्या यह सही है?",
        "हाँ!",
        "ठीक ॥",
        "अंत",
    ]


def test_full_stop_used_as_danda() -> None:
    assert texts("बैठक की. उन्होंने कहा. 7 अगस्त से शुरू") == ["बैठक की.", "उन्होंने कहा.", "7 अगस्त से शुरू"]


def test_full_stop_glued_to_next_word() -> None:
    assert texts("कमी आई.वो बोले") == ["कमी आई.", "वो बोले"]


def test_pipe_as_danda() -> None:
    assert texts("बैठक हुई | चर्चा हुई|") == ["बैठक हुई |", "चर्चा हुई|"]


def test_abbreviations_initials_decimals_and_ellipsis_do_not_split() -> None:
    assert texts("डॉ. मनमोहन सिंह और पी. चिदंबरम ने ७.५ प्रतिशत कहा... फिर बी.एल. संतोष आए।") == [
        "डॉ. मनमोहन सिंह और पी. चिदंबरम ने ७.५ प्रतिशत कहा... फिर बी.एल. संतोष आए।",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts('उन्होंने कहा, "यह सही है।" फिर चले गए।') == ['उन्होंने कहा, "यह सही है।"', "फिर चले गए।"]
    assert texts("कहा कि 'काम करना है.' इसके साथ") == ["कहा कि 'काम करना है.'", "इसके साथ"]
    assert texts("“सरकार चाहती है।” उन्होंने") == ["“सरकार चाहती है।”", "उन्होंने"]
    assert texts("(यह सच है।) अगला") == ["(यह सच है।)", "अगला"]


def test_quote_opening_the_next_sentence_is_not_taken() -> None:
    assert texts("यह सही है.'अगला' वाक्य") == ["यह सही है.", "'अगला' वाक्य"]


def test_line_without_final_punctuation_is_a_sentence() -> None:
    text = "लोकसभा चुनाव की तैयारी\nबीएल संतोष ने बैठक की.\nप्रशिक्षण टोली के साथ की बैठक (फाइल फोटो)"
    assert texts(text) == [
        "लोकसभा चुनाव की तैयारी",
        "बीएल संतोष ने बैठक की.",
        "प्रशिक्षण टोली के साथ की बैठक (फाइल फोटो)",
    ]


def test_line_ending_with_a_comma_goes_on() -> None:
    assert texts("राम, श्याम,\nमोहन आए।") == ["राम, श्याम,\nमोहन आए।"]


def test_blank_line_always_ends_a_sentence() -> None:
    assert texts("राम,\n\nश्याम") == ["राम,", "श्याम"]
    assert texts("राम,\n   \t\nश्याम") == ["राम,", "श्याम"]
    assert texts("राम,\r\n\r\nश्याम") == ["राम,", "श्याम"]


def test_whitespace_only_lines_give_nothing() -> None:
    assert split_sentences("   \n\n \t \n") == []
    assert texts("   \n          \nबैठक की.\n     \n") == ["बैठक की."]


def test_latin_full_stops() -> None:
    assert texts("He said so. Then he left. Visit Node.js now.") == [
        "He said so.",
        "Then he left.",
        "Visit Node.js now.",
    ]
    assert texts("approx. five people") == ["approx. five people"]


def test_tokens_may_be_passed() -> None:
    text = "पहला वाक्य। दूसरा वाक्य।"
    assert split_sentences(text, tokenize(text)) == split_sentences(text)


def test_seed_article(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    got = texts(text)
    assert got[0].startswith("लोकसभा चुनाव 2024 जीतने के लिए") and got[0].endswith("महामंत्री संगठन")
    assert got[1].endswith("लखनऊ में बैठक की.")
    assert "Published : Jul 24, 2023, 9:15 AM IST" in got
    assert "देखें पूरी खबर" in got
    # Each "."-ended sentence of the body is its own, quotes included.
    assert "7 अगस्त से भाजपा के प्रशिक्षण कार्यक्रम को हरियाणा में राष्ट्रीय स्तर पर शुरू कराया जाएगा." in got
    assert "उन्होंने कार्यकर्ताओं को मिशन 2024 को जीतने का मंत्र भी दिया.'" in got
    assert (
        got[-1] == "इसके साथ ही लोकसभा प्रवास योजना के तहत विगत चुनाव में प्रतिकूल परिणाम वाली 14 लोकसभा सीटों में "
        "चलाये गये कार्यक्रम, अभियान, प्रवास सहित विभिन्न विषयों की समीक्षा भी की गई."
    )
    for s in got:  # no metadata line glued to body text
        assert "\n" not in s


def test_blanked_furniture_keeps_lines_apart(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    start = text.index("Etv Bharat")
    end = text.index("लखनऊ : ")
    blanked = text[:start] + "".join(c if c == "\n" else " " for c in text[start:end]) + text[end:]
    got = split_sentences(blanked)
    assert all(s.text.strip() == s.text and s.text for s in got)
    assert not any("Published" in s.text for s in got)
    assert got[1].text.endswith("लखनऊ में बैठक की.")
    assert got[2].text.startswith("लखनऊ : लोकसभा")


def check_sentences(text: str) -> None:
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    pos = 0
    for s in sentences:
        assert pos <= s.start < s.end
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        pos = s.end
    # every token lies inside exactly one sentence
    covered = iter(sentences)
    current = next(covered, None)
    for tok in tokens:
        while current is not None and tok.start >= current.end:
            current = next(covered, None)
        assert current is not None and current.start <= tok.start and tok.end <= current.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sentences_cover_all_tokens(text: str) -> None:
    check_sentences(text)


ALPHABET = list("कमसाीेंा।॥.?!|,'\"”’)(0123456789ab \n\t\u00a0")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_sentences_cover_all_tokens_in_hindi_like_text(text: str) -> None:
    check_sentences(text)


def test_list_numbers_and_bullets_do_not_end_a_sentence() -> None:
    assert texts("उपाय:\n1. हाथ धोएं.\n2. मास्क पहनें.\n. दूरी रखें") == [
        "उपाय:",
        "1. हाथ धोएं.",
        "2. मास्क पहनें.",
        ". दूरी रखें",
    ]


def test_stray_final_marks_on_the_same_line_stay_with_the_sentence() -> None:
    assert texts("वह जा सकता है ।  । अगला वाक्य ।\n। नया") == ["वह जा सकता है ।  ।", "अगला वाक्य ।", "। नया"]


def test_danda_and_full_stop_in_one_text() -> None:
    assert texts("पहला वाक्य। दूसरा वाक्य. तीसरा वाक्य") == ["पहला वाक्य।", "दूसरा वाक्य.", "तीसरा वाक्य"]


_PIECES = [
    "राम",
    "ने",
    "कहा",
    "है",
    "।",
    "॥",
    "?",
    "!",
    "|",
    ".",
    "...",
    "1",
    "2.5",
    "डॉ.",
    "बी.",
    "Node",
    "js",
    '"',
    "'",
    "”",
    ")",
    "(",
    ",",
    "-",
    "—",
    "“",
    "x",
    "A",
]
_GAPS = ["", " ", "  ", "\n", "\n\n", " \n ", "\r\n", "\t", "\u2028", "\x85"]


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=40))
def test_visiting_only_tokens_that_may_end_a_sentence_changes_nothing(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    tokens = tokenize(text)
    assert split_sentences(text, tokens) == scan_sentences(text, tokens)
