"""Every data file of the text layer: NFC, no duplicates, no stray spaces, the right shape."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from newscli.text.normalize import normalize
from newscli.text.stats import stopwords
from newscli.text.tokenize import abbreviations, letter_names, tokenize

FILES = {"abbreviations.txt": 1, "stopwords.txt": 1, "text_letter_names.tsv": 3}


def entries(name: str) -> list[str]:
    text = resources.files("newscli").joinpath("data", "hi", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


@pytest.mark.parametrize("name", sorted(FILES))
def test_file_is_clean(name: str) -> None:
    lines = entries(name)
    assert lines, name
    keys = []
    for line in lines:
        assert line, f"{name}: blank line"
        assert unicodedata.is_normalized("NFC", line), f"{name}: not NFC: {line!r}"
        fields = line.split("\t")
        assert len(fields) == FILES[name], f"{name}: {line!r}"
        for f in fields:
            assert f and f == f.strip() and "  " not in f, f"{name}: stray space in {line!r}"
        keys.append(fields[0])
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"{name}: duplicates {dupes}"


def test_abbreviations_end_with_one_period_and_are_one_word() -> None:
    for a in abbreviations():
        assert a.endswith(".") and not a.endswith("..") and " " not in a
        assert [t.text for t in tokenize(a)] == [a], a


def test_letter_names() -> None:
    names = letter_names()
    assert len({n for n in names}) >= 26
    for line in entries("text_letter_names.tsv"):
        dev, latin, ambiguous = line.split("\t")
        assert len(latin) == 1 and latin.isupper() and ambiguous in ("yes", "no")
        assert all("\u0900" <= ch <= "\u097f" for ch in dev)


def test_stopwords_are_in_normalized_form() -> None:
    for w in stopwords():
        assert normalize(w) == w, w
