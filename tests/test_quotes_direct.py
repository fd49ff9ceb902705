"""Direct quotes: the words inside quote marks, one quote per outermost pair."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes, said

RAM = ("PER", "रमेश कुमार", "रमेश कुमार")
MINISTER = ("TITLE", "मंत्री", "मंत्री")


@pytest.mark.parametrize(
    ("open_mark", "close_mark"),
    [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("''", "''"), ("‘‘", "’’")],
)
def test_every_kind_of_quote_mark_after_kaha_ki(open_mark: str, close_mark: str) -> None:
    text = f"रमेश कुमार ने कहा कि {open_mark}सड़क का काम दो महीने में पूरा होगा।{close_mark}"
    [q] = quotes(text, RAM)
    assert (q.kind, q.text, q.speaker, q.cue) == ("direct", "सड़क का काम दो महीने में पूरा होगा।", "रमेश कुमार", "कहा")
    assert text[q.start : q.end] == q.text
    assert text[q.speaker_start : q.speaker_end] == "रमेश कुमार"  # type: ignore[index]


def test_several_sentences_in_one_pair_are_one_quote_and_its_cues_start_nothing() -> None:
    text = "रमेश कुमार ने कहा, 'बांध की मरम्मत होगी। किसानों ने कहा कि पानी कम है। हम सुनेंगे।'"
    assert said(text, RAM) == [("direct", "बांध की मरम्मत होगी। किसानों ने कहा कि पानी कम है। हम सुनेंगे।", "रमेश कुमार")]


def test_nested_quotes_stay_inside_the_outer_one() -> None:
    text = "रमेश कुमार ने कहा, “गांव वाले ‘जल ही जीवन’ का नारा लगाते हैं और हम उनके साथ हैं।”"
    assert said(text, RAM) == [("direct", "गांव वाले ‘जल ही जीवन’ का नारा लगाते हैं और हम उनके साथ हैं।", "रमेश कुमार")]


def test_a_quote_before_its_cue_is_attributed_to_the_subject_after_it() -> None:
    text = "'हम हर घर तक पानी पहुंचाएंगे', रमेश कुमार ने कहा।"
    assert said(text, RAM) == [("direct", "हम हर घर तक पानी पहुंचाएंगे", "रमेश कुमार")]


def test_a_headline_quote_names_its_speaker_after_a_colon() -> None:
    text = "'किसानों का हर बकाया चुकाया जाएगा': मंत्री\nमंत्री रमेश कुमार ने सोमवार को सभा की।"
    [q] = quotes(text, RAM, MINISTER)
    assert (q.kind, q.text, q.speaker, q.cue) == ("direct", "किसानों का हर बकाया चुकाया जाएगा", "रमेश कुमार", None)


def test_a_line_that_is_one_quote_has_no_speaker() -> None:
    text = "सभा में भीड़ रही।\n'डरने की कोई बात नहीं'\nअस्पताल में सब ठीक है।"
    assert said(text) == [("direct", "डरने की कोई बात नहीं", None)]


def test_quoted_terms_and_names_are_not_quotes() -> None:
    text = "शहर में \"स्वच्छ गली\" अभियान चला और रमेश कुमार ने इसे 'ऐतिहासिक' बताया। लोग 'जल योजना' से खुश हैं।"
    assert said(text, RAM) == []


def test_an_unclosed_mark_stops_at_the_end_of_its_paragraph() -> None:
    text = "रमेश कुमार ने कहा, 'बाढ़ से बचाव की तैयारी पूरी है।\n\nअगले दिन बारिश हुई और नदी का पानी बढ़ा।"
    assert said(text, RAM) == [("direct", "बाढ़ से बचाव की तैयारी पूरी है।", "रमेश कुमार")]


def test_an_unclosed_mark_stops_before_the_next_cue() -> None:
    text = "रमेश कुमार ने कहा, 'काम जल्द होगा। उन्होंने बताया कि बजट मिल गया है।"
    [first, second] = said(text, RAM)
    assert first == ("direct", "काम जल्द होगा।", "रमेश कुमार")
    assert second == ("indirect", "बजट मिल गया है", "रमेश कुमार")


@pytest.mark.xfail(strict=True, reason="a plural back-reference takes only the quote right before it, not the run")
def test_a_plural_back_reference_takes_the_run_of_sentences() -> None:
    text = "'पानी बचाइए। पेड़ लगाइए।'\n'हर बच्चा स्कूल जाए।' ये बातें रमेश कुमार ने सभा में कहीं।"
    assert len(said(text, RAM)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "रमेश कुमार ने कहा, 'बाढ़ से बचाव की तैयारी पूरी है।'\n'हर गांव में नाव भेजी गई है।'",
        'रमेश कुमार ने सभा में कहा, "किसान हमारी ताकत हैं।"\n\n"उनकी हर मांग पूरी होगी।"',
        "सभा हुई। रमेश कुमार बोले, 'सड़क बनेगी।'\n'स्कूल भी खुलेगा'।",
    ],
)
def test_a_quote_paragraph_after_a_quote_paragraph_goes_on_with_its_speaker(text: str) -> None:
    assert [(q.kind, q.speaker) for q in quotes(text, RAM)] == [("direct", "रमेश कुमार")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # a heading in marks has no stop at its end
        "रमेश कुमार ने कहा, 'बाढ़ से बचाव की तैयारी पूरी है।'\n'डरने की बात नहीं'\nनदी का पानी घटा।",
        # the paragraph before ends in narration, not in a quote
        "रमेश कुमार ने कहा, 'तैयारी पूरी है।' फिर वे लौट गए।\n'हर गांव में नाव भेजी गई है।'",
        # the first line of a text has no paragraph before it
        "'हर गांव में नाव भेजी गई है।'\nरमेश कुमार ने कहा, 'तैयारी पूरी है।'",
    ],
)
def test_other_quote_paragraphs_stay_unattributed(text: str) -> None:
    speakers = [q.speaker for q in quotes(text, RAM)]
    assert speakers.count(None) == 1
