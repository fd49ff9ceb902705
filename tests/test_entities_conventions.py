"""The news conventions the rules carry over the tagger's spans (ANNOTATION.md):
governments, places with classifiers and directions, place-named bodies, short
forms in brackets, descriptors before a name, one-name organizations."""

from __future__ import annotations

import pytest

from newscli.extract.entities.document import repeated_names
from newscli.extract.entities.rules import Mention, apply_rules
from newscli.extract.entities.spelling import spelling_key
from newscli.extract.entities.words import split_words


def mentions(text: str, tagged: list[tuple[str, str]] = ()) -> set[tuple[str, str]]:  # type: ignore[assignment]
    """The sentence's mentions after every rule, given the tagger's spans as
    (words, type) found in the text."""
    words = split_words(text).texts
    keys = [spelling_key(w) for w in words]
    spans = []
    for phrase, typ in tagged:
        part = phrase.split(" ")
        at = next(i for i in range(len(words)) if words[i : i + len(part)] == part)
        spans.append((at, at + len(part), typ))
    return {(" ".join(words[m.start : m.end]), m.type) for m in apply_rules(words, keys, spans)}


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("केंद्र सरकार ने फैसला लिया।", [], ("केंद्र सरकार", "ORG")),
        ("राज्य सरकार ने फैसला लिया।", [], ("राज्य सरकार", "ORG")),
        ("गहलोत सरकार गिर गई।", [("गहलोत", "PER")], ("गहलोत सरकार", "ORG")),
        ("झारखंड सरकार ने कहा।", [("झारखंड", "LOC")], ("झारखंड सरकार", "ORG")),
        ("यूपीए सरकार के समय", [("यूपीए सरकार", "PER")], ("यूपीए सरकार", "ORG")),
    ],
)
def test_every_x_sarkar_is_an_organization(text: str, tagged: list[tuple[str, str]], expected: tuple[str, str]) -> None:
    found = mentions(text, tagged)
    assert expected in found
    assert not any(t != "ORG" and expected[0].startswith(w) for w, t in found)


def test_bare_sarkar_is_no_entity() -> None:
    assert mentions("सरकार ने कहा कि नई सरकार बनेगी।") == set()


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("फारयाब प्रांत में हमला हुआ।", "फारयाब प्रांत", "फारयाब"),
        ("पुलिस गांव अचलपुर पहुंची।", "गांव अचलपुर", "अचलपुर"),
        ("मुरादाबाद जिले में बारिश", "मुरादाबाद जिले", "मुरादाबाद"),
        ("उत्तरी चीन में बाढ़", "उत्तरी चीन", "चीन"),
        ("पश्चिमी यूरोप में ठंड", "पश्चिमी यूरोप", "यूरोप"),
        ("दक्षिण - पश्चिम गुइझोऊ प्रांत में", "दक्षिण - पश्चिम गुइझोऊ प्रांत", "गुइझोऊ"),
    ],
)
def test_classifiers_and_directions_stay_outside_a_place(text: str, span: str, expected: str) -> None:
    assert mentions(text, [(span, "LOC")]) == {(expected, "LOC")}


@pytest.mark.parametrize("name", ["पूर्वी तिमोर", "दक्षिण अफ्रीका", "मध्य प्रदेश", "उत्तर प्रदेश"])
def test_a_direction_that_is_part_of_the_name_stays(name: str) -> None:
    assert mentions(f"{name} में चुनाव", [(name, "LOC")]) == {(name, "LOC")}


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("गाजियाबाद पुलिस ने बताया।", [("गाजियाबाद", "LOC")], {("गाजियाबाद पुलिस", "ORG")}),
        ("बिहार स्वास्थ्य विभाग ने कहा।", [("बिहार", "LOC")], {("बिहार स्वास्थ्य विभाग", "ORG")}),
        ("रांची नगर निगम ने कहा।", [("रांची", "LOC"), ("नगर निगम", "ORG")], {("रांची नगर निगम", "ORG")}),
        (
            "दिल्ली के स्वास्थ्य विभाग ने कहा।",
            [("दिल्ली", "LOC"), ("स्वास्थ्य विभाग", "ORG")],
            {("दिल्ली", "LOC"), ("स्वास्थ्य विभाग", "ORG")},
        ),
        ("उत्तर प्रदेश भाजपा ने कहा।", [("उत्तर प्रदेश", "LOC")], {("उत्तर प्रदेश", "LOC"), ("भाजपा", "ORG")}),
        ("दिल्ली में पुलिस पहुंची।", [("दिल्ली", "LOC")], {("दिल्ली", "LOC")}),
    ],
)
def test_a_place_that_starts_a_bodys_name_is_part_of_it(
    text: str, tagged: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert mentions(text, tagged) == expected


def test_a_designation_after_a_place_stays_a_designation() -> None:
    found = mentions("मुम्बई पुलिस कमिश्नर ने कहा।", [("मुम्बई", "LOC")])
    assert found == {("मुम्बई", "LOC"), ("पुलिस कमिश्नर", "TITLE")}


@pytest.mark.parametrize(
    ("text", "full", "typ", "short"),
    [
        ("केंद्रीय अन्वेषण ब्यूरो ( सीबीआई ) ने जांच की।", "केंद्रीय अन्वेषण ब्यूरो", "ORG", "सीबीआई"),
        ("विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) ने कहा।", "विश्व स्वास्थ्य संगठन", "ORG", "डब्ल्यूएचओ"),
        ("Central Bureau of Investigation (CBI) ने कहा।", "Central Bureau of Investigation", "ORG", "CBI"),
        ("संयुक्त अरब अमीरात (यूएई) में", "संयुक्त अरब अमीरात", "LOC", "यूएई"),
    ],
)
def test_a_short_form_in_brackets_names_what_it_follows(text: str, full: str, typ: str, short: str) -> None:
    assert mentions(text, [(full, typ)]) == {(full, typ), (short, typ)}


def test_a_bracketed_number_or_word_is_no_short_form() -> None:
    assert mentions("रमेश यादव ( 45 ) ने कहा।", [("रमेश यादव", "PER")]) == {("रमेश यादव", "PER")}
    assert mentions("भारतीय सेना ( थल ) ने कहा।", [("भारतीय सेना", "ORG")]) == {("भारतीय सेना", "ORG")}


def test_a_name_never_takes_a_closing_bracket_alone() -> None:
    assert mentions("संगठन ( डब्ल्यूएचओ ) ने", [("डब्ल्यूएचओ )", "ORG")]) == {("डब्ल्यूएचओ", "ORG")}


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("45 वर्षीय रमेश यादव", "रमेश यादव"),
        ("पीड़िता सुनीता वर्मा", "सुनीता वर्मा"),
        ("अभिनेता सलमान खान", "सलमान खान"),
    ],
)
def test_ages_and_roles_before_a_name_are_not_part_of_it(span: str, name: str) -> None:
    assert (name, "PER") in mentions(f"{span} ने कहा।", [(span, "PER")])


@pytest.mark.parametrize("name", ["ट्विटर", "फेसबुक", "यूट्यूब", "एनडीटीवी", "इसरो", "नाटो"])
def test_a_one_name_organization_is_found_without_the_tagger(name: str) -> None:
    assert mentions(f"उन्होंने {name} पर कहा।") == {(name, "ORG")}


def test_a_given_name_alone_after_the_full_name_is_the_person() -> None:
    keys = [["प्रिया", "मेहता", "ने", "कहा"], ["बाद", "में", "प्रिया", "ने", "बताया"]]
    tagged = [[Mention(0, 2, "PER", "tagger")], []]
    flat = [k for sent in keys for k in sent]
    out = repeated_names(flat, [(0, 4), (4, 9)], tagged)
    assert [(m.start, m.end, m.type) for m in out[1]] == [(2, 3, "PER")]


def test_initials_and_letter_names_alone_are_not_taken_for_a_given_name() -> None:
    keys = [["बीएल", "संतोष", "ने", "कहा"], ["बीएल", "ने", "बताया"]]
    tagged = [[Mention(0, 2, "PER", "tagger")], []]
    out = repeated_names([k for s in keys for k in s], [(0, 4), (4, 7)], tagged)
    assert out[1] == []


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("राहुल , अमित और सुमित घायल हो गए।", "राहुल", {"राहुल", "अमित", "सुमित"}),
        ("रमेश यादव , सुनील वर्मा और उनकी पत्नी घायल हुए।", "रमेश यादव", {"रमेश यादव", "सुनील वर्मा"}),
        ("बैठक में सुनील , मनोज और रमेश यादव शामिल हुए।", "रमेश यादव", {"सुनील", "मनोज", "रमेश यादव"}),
    ],
)
def test_names_listed_next_to_a_person_are_people(text: str, tagged: str, expected: set[str]) -> None:
    assert mentions(text, [(tagged, "PER")]) == {(name, "PER") for name in expected}


def test_words_no_name_list_knows_are_not_taken_into_a_list_of_people() -> None:
    assert mentions("रमेश यादव और उनकी पत्नी घायल हुए।", [("रमेश यादव", "PER")]) == {("रमेश यादव", "PER")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("स्वास्थ्य विभाग ने कहा।", "स्वास्थ्य विभाग"),
        ("आपदा प्रबंधन विभाग ने कहा।", "आपदा प्रबंधन विभाग"),
        ("लोक स्वास्थ्य एवं चिकित्सा शिक्षा विभाग ने कहा।", "लोक स्वास्थ्य एवं चिकित्सा शिक्षा विभाग"),
        ("चुनाव आयोग ने कहा।", "चुनाव आयोग"),
        ("गृह मंत्रालय ने कहा।", "गृह मंत्रालय"),
    ],
)
def test_a_body_named_by_its_function_is_an_organization(text: str, expected: str) -> None:
    assert (expected, "ORG") in mentions(text)


@pytest.mark.parametrize("text", ["विभाग ने कहा।", "संबंधित विभाग को पत्र भेजा।", "इस मंत्रालय के अफसर", "आयोग ने कहा।"])
def test_a_bare_or_pointing_body_is_no_organization(text: str) -> None:
    assert not any(t == "ORG" for _, t in mentions(text))


@pytest.mark.parametrize("name", ["संसद", "लोकसभा", "सुप्रीम कोर्ट", "भारतीय सेना"])
def test_listed_bodies_are_organizations_without_the_tagger(name: str) -> None:
    assert mentions(f"मामला {name} में उठा।") == {(name, "ORG")}


@pytest.mark.parametrize("word", ["सेना", "नौसेना", "सरकार", "पुलिस"])
def test_a_bare_force_or_government_is_no_entity(word: str) -> None:
    assert mentions(f"{word} ने कहा कि जांच होगी।") == set()


def test_x_sthit_y_is_a_place_and_what_stands_there() -> None:
    found = mentions("अटलांटा स्थित डेल्टा एयरलाइंस ने कहा।", [("अटलांटा स्थित डेल्टा एयरलाइंस", "ORG")])
    assert found == {("अटलांटा", "LOC"), ("डेल्टा एयरलाइंस", "ORG")}


def test_a_city_that_plays_is_its_team_and_a_country_stays_a_place() -> None:
    text = "कोलकाता ने टॉस जीतकर मुंबई को बल्लेबाजी के लिए बुलाया। इंग्लैंड ने भारत को हराया।"
    tagged = [("कोलकाता", "LOC"), ("मुंबई", "LOC"), ("इंग्लैंड", "LOC"), ("भारत", "LOC")]
    found = mentions(text, tagged)
    assert {("कोलकाता", "ORG"), ("मुंबई", "ORG"), ("इंग्लैंड", "LOC"), ("भारत", "LOC")} <= found


def test_a_city_outside_a_match_report_stays_a_place() -> None:
    assert mentions("कोलकाता ने नया नियम बनाया।", [("कोलकाता", "LOC")]) == {("कोलकाता", "LOC")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("पुलिस ने मोहित पुत्र जगदीश को गिरफ्तार किया।", {"मोहित", "जगदीश"}),
        ("हादसे में घायल दीपक ( 32 ) पुत्र हरिओम को अस्पताल भेजा गया।", {"दीपक", "हरिओम"}),
        ("आरोपी कमला पुत्री स्व. बद्रीप्रसाद फरार है।", {"कमला", "बद्रीप्रसाद"}),
        ("मृतक के भाई गोलू पुत्र रामखिलावन ने रिपोर्ट लिखाई।", {"गोलू", "रामखिलावन"}),
    ],
)
def test_a_name_on_each_side_of_putra_is_a_person(text: str, expected: set[str]) -> None:
    found = mentions(text)
    assert {w for w, t in found if t == "PER"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "उनके पुत्र की शादी अगले महीने है।",
        "पुत्र के जन्म पर बधाई दी गई।",
        "पिता और पुत्र दोनों घर लौट आए।",
    ],
)
def test_a_relation_word_without_names_on_both_sides_names_nobody(text: str) -> None:
    assert not {w for w, t in mentions(text) if t == "PER"}


def test_a_city_whose_team_plays_innings_is_the_team() -> None:
    found = mentions("इंदौर की टीम ने अच्छी पारियों के दम पर मैच जीता।", [("इंदौर", "LOC")])
    assert ("इंदौर", "ORG") in found


def test_a_designation_inside_a_persons_span_leaves_the_name_after_it() -> None:
    found = mentions("यूनेस्को चीफ मारिया लोपेज ने कहा।", [("यूनेस्को चीफ मारिया लोपेज", "PER")])
    assert ("मारिया लोपेज", "PER") in found
    assert ("चीफ", "TITLE") in found
    assert not any(t == "PER" and "चीफ" in w for w, t in found)


@pytest.mark.parametrize(
    ("span", "body", "post", "person"),
    [
        ("संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस", "संयुक्त राष्ट्र", "महासचिव", "एंटोनियो गुटेरेस"),
        ("डब्ल्यूएचओ चीफ टेड्रोस गेब्रेयेसस", "डब्ल्यूएचओ", "चीफ", "टेड्रोस गेब्रेयेसस"),
        ("भाजपा अध्यक्ष जेपी नड्डा", "भाजपा", "अध्यक्ष", "जेपी नड्डा"),
    ],
)
def test_a_post_inside_a_bodys_span_ends_the_body_before_the_holders_name(
    span: str, body: str, post: str, person: str
) -> None:
    found = mentions(f"{span} ने कहा।", [(span, "ORG")])
    assert {(body, "ORG"), (post, "TITLE")} <= found
    assert not any(span == text for text, _ in found)


def test_a_post_that_ends_a_bodys_span_leaves_the_span() -> None:
    assert ("राज्य महिला आयोग अध्यक्ष", "ORG") in mentions(
        "राज्य महिला आयोग अध्यक्ष ने कहा।", [("राज्य महिला आयोग अध्यक्ष", "ORG")]
    )


@pytest.mark.parametrize(
    ("span", "name"),
    [("मोतीलाल वाधवानी बुजुर्ग किसान", "मोतीलाल वाधवानी"), ("सुनीता देवी शिक्षिका", "सुनीता देवी")],
)
def test_roles_after_a_name_are_not_part_of_it(span: str, name: str) -> None:
    assert (name, "PER") in mentions(f"{span} ने कहा।", [(span, "PER")])


def test_the_doctor_abbreviation_spelled_with_aa_and_candra_e_is_an_honorific() -> None:
    # डाॅ (ड + ा + ॅ) looks like डॉ and is typed for it: the stop after it is no word of its own.
    from newscli.extract.entities import extract_entities

    found = extract_entities("निदेशक डाॅ. पीके दास ने पुष्टि की है. बाद में पीके दास ने कहा.")
    assert [(e.text, e.type) for e in found if e.type == "PER"] == [("पीके दास", "PER"), ("पीके दास", "PER")]


class _Tags:
    """A tagger that tags the words at the given indexes as one-word people."""

    def __init__(self, *indexes: int) -> None:
        self.indexes = indexes

    def tag_text(self, words: object, bounds: object, gazetteer: object = None) -> list[tuple[int, int, str]]:
        return [(i, i + 1, "PER") for i in self.indexes]


def test_a_stop_or_a_mark_alone_is_never_a_mention() -> None:
    from newscli.extract.entities import extract_entities
    from newscli.extract.entities.words import split_words

    text = "रमेश ने कहा . सुरेश आए ।"
    words = split_words(text).texts
    found = extract_entities(text, _Tags(words.index("."), words.index("रमेश")))  # type: ignore[arg-type]
    assert [e.text for e in found] == ["रमेश"]
