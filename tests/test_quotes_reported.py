"""Reported speech: the clause a cue introduces, to the end of its sentence."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes, said

SITA = ("PER", "सीता वर्मा", "सीता वर्मा")
BOARD = ("ORG", "जल बोर्ड", "जल बोर्ड")


def test_ne_kaha_ki_gives_the_clause_without_the_cue_or_the_danda() -> None:
    text = "सीता वर्मा ने मंगलवार को कहा कि नहर का काम अगले महीने शुरू होगा। बाकी काम बाद में होगा।"
    [q] = quotes(text, SITA)
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", "नहर का काम अगले महीने शुरू होगा", "सीता वर्मा", "कहा")
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("cue", "written"),
    [
        ("बताया", "बताया"),
        ("दावा किया", "दावा किया"),
        ("आरोप लगाया", "आरोप लगाया"),
        ("स्पष्ट किया", "स्पष्ट किया"),
        ("चेतावनी दी", "चेतावनी दी"),
        ("अपील की", "अपील भी की"),
    ],
)
def test_speech_acts_with_a_ki_clause(cue: str, written: str) -> None:
    text = f"सीता वर्मा ने {written} कि बिजली की दरें नहीं बढ़ेंगी।"
    [q] = quotes(text, SITA)
    assert (q.text, q.speaker, q.cue) == ("बिजली की दरें नहीं बढ़ेंगी", "सीता वर्मा", cue)


def test_ka_kahna_hai_ki() -> None:
    text = "सीता वर्मा का कहना है कि स्कूलों में शिक्षक कम हैं।"
    assert [(q.text, q.speaker, q.cue) for q in quotes(text, SITA)] == [("स्कूलों में शिक्षक कम हैं", "सीता वर्मा", "कहना है")]


def test_ke_mutabik_with_an_issuer_and_a_report_of_an_issuer() -> None:
    text = "जल बोर्ड के मुताबिक, शहर में पानी की कमी नहीं है। जल बोर्ड की रिपोर्ट के अनुसार बारिश इस साल कम हुई।"
    assert said(text, BOARD) == [
        ("indirect", "शहर में पानी की कमी नहीं है", "जल बोर्ड"),
        ("indirect", "बारिश इस साल कम हुई", "जल बोर्ड"),
    ]


def test_sources_without_an_issuer_are_not_quotes() -> None:
    text = "आंकड़ों के मुताबिक बारिश कम हुई। जानकारी के अनुसार बांध भरा है। नियम के मुताबिक फीस जमा होगी।"
    assert said(text) == []


def test_kaha_with_a_comma_and_no_marks_is_indirect() -> None:
    text = "सीता वर्मा ने कहा, सड़क जल्द बनेगी।"
    assert said(text, SITA) == [("indirect", "सड़क जल्द बनेगी", "सीता वर्मा")]


def test_only_the_first_sentence_without_marks_is_the_quote() -> None:
    text = "सीता वर्मा ने बताया कि मैं अब गांव लौटना चाहती हूं। रोज चार घंटे सफर करना पड़ता है।"
    assert said(text, SITA) == [("indirect", "मैं अब गांव लौटना चाहती हूं", "सीता वर्मा")]


def test_the_clause_stops_before_a_narrators_coordinated_clause() -> None:
    text = "सीता वर्मा ने माना कि योजना में देर हुई , लेकिन उन्होंने किसी गड़बड़ी से इनकार किया।"
    assert said(text, SITA) == [("indirect", "योजना में देर हुई", "सीता वर्मा")]


def test_an_agentless_passive_is_speech_with_no_speaker() -> None:
    text = "आदेश में कहा गया है कि दुकानें शाम सात बजे बंद होंगी।"
    assert said(text) == [("indirect", "दुकानें शाम सात बजे बंद होंगी", None)]


@pytest.mark.parametrize(
    "text",
    [
        "जांच में पता चला कि पुल कमजोर था।",
        "माना जा रहा है कि चुनाव जल्द होंगे।",
        "बता दें कि मेला हर साल लगता है।",
        "निर्देश दिया गया है कि सभी दफ्तर खुले रहें।",
        "सीता वर्मा ने इस योजना को ऐतिहासिक बताया।",
        "जब उनसे पूछा गया कि देर क्यों हुई तो वे चुप रहे।",
        "सीता वर्मा ने बजट बढ़ाने के लिए कहा।",
    ],
)
def test_non_speech_and_cues_without_a_clause_are_not_quotes(text: str) -> None:
    assert said(text, SITA) == []


def test_a_sentence_ending_in_its_cue_points_back() -> None:
    text = "नहर का पानी खेतों तक पहुंच गया है। जल बोर्ड ने सोमवार को यह जानकारी दी।"
    assert said(text, BOARD) == [("indirect", "नहर का पानी खेतों तक पहुंच गया है", "जल बोर्ड")]


def test_a_source_yields_to_a_cue_inside_its_clause() -> None:
    text = "सूत्रों के अनुसार बैठक में सीता वर्मा ने अफसरों से कहा कि काम समय पर हो।"
    assert said(text, SITA) == [("indirect", "काम समय पर हो", "सीता वर्मा")]


@pytest.mark.xfail(strict=True, reason="a habitual or threatening verb (डरा रहा था कि) is not in the cue list")
def test_a_threat_reported_with_a_progressive_verb() -> None:
    text = "फोन पर सीता वर्मा से एक ठग बात कर रहा था। वह धमका रहा था कि पैसा भेजो।"
    assert said(text, SITA) == [("indirect", "पैसा भेजो", "ठग")]


@pytest.mark.parametrize(
    ("text", "said_words"),
    [
        (
            "सीता वर्मा गांव पहुंचीं। गांव में पानी की किल्लत है। सड़कें टूटी हैं। ये बातें सीता वर्मा ने कहीं।",
            "सीता वर्मा गांव पहुंचीं। गांव में पानी की किल्लत है। सड़कें टूटी हैं",
        ),
        (
            "सभा हुई।\nस्कूल में शिक्षक कम हैं। बच्चे जमीन पर बैठते हैं। उक्त बातें सीता वर्मा ने सभा में कहीं।",
            "स्कूल में शिक्षक कम हैं। बच्चे जमीन पर बैठते हैं",
        ),
        (
            "सीता वर्मा ने कहा कि बजट कम है। अस्पताल में डॉक्टर नहीं हैं। दवाएं भी नहीं हैं। ये बातें उन्होंने बैठक में कहीं।",
            "अस्पताल में डॉक्टर नहीं हैं। दवाएं भी नहीं हैं",
        ),
    ],
)
def test_a_plural_back_reference_takes_its_paragraphs_run_of_sentences(text: str, said_words: str) -> None:
    assert said(text, SITA)[-1] == ("indirect", said_words, "सीता वर्मा")


def test_a_singular_back_reference_takes_one_sentence() -> None:
    text = "सीता वर्मा गांव पहुंचीं। नहर का पानी खेतों तक पहुंच गया है। सीता वर्मा ने यह बात कही।"
    assert said(text, SITA) == [("indirect", "नहर का पानी खेतों तक पहुंच गया है", "सीता वर्मा")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'हमें अब तक मुआवजा नहीं मिला है।' यह कहना है किसान सीता वर्मा का।",
            [("direct", "हमें अब तक मुआवजा नहीं मिला है।", "सीता वर्मा")],
        ),
        (
            "गांव में बस नहीं आती। बच्चों को पैदल स्कूल जाना पड़ता है। ऐसा कहना है सरपंच सीता वर्मा का।",
            [("indirect", "बच्चों को पैदल स्कूल जाना पड़ता है", "सीता वर्मा")],
        ),
        (
            "जल बोर्ड ने नई पाइपलाइन बिछाई। अब गर्मी में पानी की कमी नहीं होगी। यह मानना है जल बोर्ड का।",
            [("indirect", "अब गर्मी में पानी की कमी नहीं होगी", "जल बोर्ड")],
        ),
    ],
)
def test_yah_kahna_hai_x_ka_points_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text, SITA, BOARD) == expected


@pytest.mark.parametrize(
    "text",
    [
        "यह कहना मुश्किल है कि चुनाव कब होंगे।",
        "बारिश कम हुई। यह कहना गलत होगा कि सूखा पड़ेगा।",
        "नहर सूख गई। ऐसा कहना है तो कहिए।",
    ],
)
def test_yah_kahna_without_a_possessor_points_nowhere(text: str) -> None:
    assert said(text, SITA) == []


def test_a_clause_in_text_without_sentence_ends_stops_within_the_clause_limit() -> None:
    from newscli.extract.quotes.find import CLAUSE_LIMIT

    # A list without a danda: the clause is cut at a word, never taken to the text's end.
    text = "सीता वर्मा ने कहा कि " + "नहर का काम और " * 400
    [q] = quotes(text, SITA)
    assert q.end - q.start <= CLAUSE_LIMIT
    assert text[q.end - 1] != " " and text[q.end] == " "
