"""Every word list of the article parser is clean: NFC, no duplicates, no stray spaces, valid columns."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

DATA = resources.files("newscli").joinpath("data", "hi")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.startswith("article_"))
TSV_VALUES = {
    "article_months.tsv": {str(n) for n in range(1, 13)},
    "article_date_labels.tsv": {"published", "updated"},
}


def _entries(name: str) -> list[str]:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def test_there_are_article_word_lists() -> None:
    assert {"article_months.tsv", "article_outlets.tsv", "article_furniture.txt"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_entries_are_clean(name: str) -> None:
    entries = _entries(name)
    assert entries, name
    keys = []
    for entry in entries:
        assert entry == unicodedata.normalize("NFC", entry), entry
        columns = entry.split("\t")
        assert all(c == c.strip() and c and "  " not in c for c in columns), repr(entry)
        if name.endswith(".tsv"):
            assert len(columns) == 2, repr(entry)
            if name in TSV_VALUES:
                assert columns[1] in TSV_VALUES[name], repr(entry)
        else:
            assert len(columns) == 1, repr(entry)
        keys.append(columns[0].casefold())
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, duplicates


def test_outlet_aliases_name_known_canonical_publishers() -> None:
    canonical = {e.split("\t")[1] for e in _entries("article_outlets.tsv")}
    aliases = {e.split("\t")[0] for e in _entries("article_outlets.tsv")}
    # every canonical name is also an alias of itself, so a record's "source" maps back to it
    assert canonical <= aliases


def test_whole_line_furniture_is_short() -> None:
    # lines longer than this are read as text without a furniture look-up
    from newscli.article.furniture import _LONGEST_FURNITURE

    assert max(len(e) for e in _entries("article_furniture.txt")) <= _LONGEST_FURNITURE
