"""Every data file of the entity recognizer: NFC, no duplicates, no stray spaces."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from newscli.extract.entities.crf import WEIGHTS_FILE, weights
from newscli.extract.entities.lexicon import GAZETTEERS, phrase_table
from newscli.extract.entities.spelling import spelling_key

DATA = resources.files("newscli").joinpath("data", "hi", "entities")
# Word lists; the model's weights file has a format of its own, checked below.
TEXT_FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv")) and p.name != WEIGHTS_FILE)


def test_data_files_are_found() -> None:
    assert set(GAZETTEERS) <= set(TEXT_FILES)
    assert "aliases.tsv" in TEXT_FILES


# A word key and its cluster at each granularity.
_FIELDS = {"word_clusters.tsv": 4}


@pytest.mark.parametrize("name", TEXT_FILES)
def test_data_file_is_clean(name: str) -> None:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    lines = text[:-1].split("\n")
    assert unicodedata.normalize("NFC", text) == text
    assert len(lines) == len(set(lines)), "duplicate lines"
    for line in lines:
        assert line, "blank line"
        fields = line.split("\t")
        assert len(fields) == _FIELDS.get(name, 2 if name.endswith(".tsv") else 1), line
        for f in fields:
            assert f == " ".join(f.split()), f"stray spaces in {line!r}"
            assert "\u200c" not in f and "\u200d" not in f


def test_aliases_point_away_from_themselves() -> None:
    for line in DATA.joinpath("aliases.tsv").read_text(encoding="utf-8").splitlines():
        variant, canonical = line.split("\t")
        assert spelling_key(variant) != spelling_key(canonical), line


def test_everyday_words_do_not_name_places() -> None:
    # नगर ("town") is a GeoNames place name too; alone it must not match.
    classes = phrase_table().get((spelling_key("नगर"),), frozenset())
    assert not classes - {"TITLE"}


def test_model_is_shipped_and_small() -> None:
    model = DATA.joinpath(WEIGHTS_FILE)
    assert model.is_file()
    assert len(model.read_bytes()) < 5_000_000
    w = weights()
    assert set(w.labels) == {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}
    assert w.state.shape == (len(w.attributes), len(w.labels)) and len(w.attributes) > 1000
    assert w.transitions.shape == (len(w.labels), len(w.labels)) and w.transitions.any()


def test_word_clusters_are_keyed_by_spelling_key_and_run_coarse_to_fine() -> None:
    from newscli.extract.entities.lexicon import word_clusters

    table = word_clusters()
    assert len(table) > 10_000
    sizes = [set() for _ in range(3)]  # type: list[set[int]]
    for key, clusters in table.items():
        assert spelling_key(key) == key
        assert len(clusters) == 3
        for seen, c in zip(sizes, clusters, strict=True):
            seen.add(int(c))
    # Each column is a finer cut than the one before it.
    assert len(sizes[0]) < len(sizes[1]) < len(sizes[2])
    assert all(min(s) == 0 for s in sizes)
