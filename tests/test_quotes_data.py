"""The quote finder's word data is clean: NFC, no stray spaces, no duplicates, known flags."""

from __future__ import annotations

import unicodedata

import pytest

from newscli.datafiles import data_lines
from newscli.extract.quotes.lexicon import cue_verbs, past_forms, words

FLAGS = {"comma", "passive", "backref", "inverted", "progressive"}
ROLES = {"pronoun", "self", "refers", "spokesman", "source", "document", "title", "head"}


@pytest.mark.parametrize("name", ["quotes_cues.tsv", "quotes_words.tsv"])
def test_data_file_is_clean(name: str) -> None:
    lines = data_lines(name)
    keys = [line.split("\t")[0] for line in lines]
    assert len(keys) == len(set(keys)), "duplicate entries"
    for line in lines:
        assert unicodedata.normalize("NFC", line) == line, line
        assert line == line.strip() and "  " not in line, line
        assert len(line.split("\t")) == 2, line


def test_cue_flags_and_word_roles_are_known() -> None:
    for line in data_lines("quotes_cues.tsv"):
        phrase, flags = line.split("\t")
        assert phrase.endswith("ना"), phrase
        assert flags == "-" or set(flags.split(",")) <= FLAGS, line
    assert set(words().values()) <= ROLES


def test_past_forms_of_regular_and_light_verbs() -> None:
    assert past_forms("कहना")[:2] == ("कहा", "कही")
    assert "बताया" in past_forms("बताना") and "बताई" in past_forms("बताना")
    assert "किया" in past_forms("करना") and "दी" in past_forms("देना")
    forms = cue_verbs()
    assert forms["दावा किया"].lemma == "दावा करना"
    assert forms["बता रहे"].allows("progressive")
