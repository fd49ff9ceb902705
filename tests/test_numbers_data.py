"""The word data of the number and date extractor is clean and consistent."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from newscli.extract.numbers.lexicon import _lines, data_files, fold, lexicon, spelling_rules, spelling_variants

# Columns of each file after the first; "word" files have one column.
COLUMNS = {
    "article_context.txt": 1,
    "bounds.tsv": 3,
    "cardinals.tsv": 2,
    "clock.tsv": 2,
    "compound_only.txt": 1,
    "currencies.tsv": 4,
    "dayparts.tsv": 2,
    "dozen.tsv": 2,
    "durations.tsv": 4,
    "english.tsv": 3,
    "eras.tsv": 1,
    "fractions.tsv": 4,
    "idioms.tsv": 1,
    "links.tsv": 2,
    "minus.tsv": 1,
    "months.tsv": 2,
    "money_nouns.txt": 1,
    "not_units.txt": 1,
    "count_heads.txt": 1,
    "ordinal_nouns.txt": 1,
    "ordinal_suffixes.tsv": 2,
    "ordinals.tsv": 3,
    "percent.tsv": 1,
    "periods.tsv": 2,
    "relative_days.tsv": 3,
    "relative_prefixes.tsv": 2,
    "scales.tsv": 3,
    "spellings.tsv": 3,
    "timezones.tsv": 2,
    "vague.txt": 1,
    "weekdays.tsv": 3,
}


def _read(name: str) -> str:
    return resources.files("newscli").joinpath(f"data/hi/numbers/{name}").read_text(encoding="utf-8")


def _rows(name: str) -> list[str]:
    return [line for line in _read(name).splitlines() if line and not line.startswith("#")]


def test_every_data_file_is_known() -> None:
    assert set(data_files()) == set(COLUMNS)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_data_file_is_clean(name: str) -> None:
    text = _read(name)
    assert text.endswith("\n") and "\r" not in text
    assert unicodedata.normalize("NFC", text) == text, "not NFC"
    rows = _rows(name)
    assert rows, "empty"
    assert len(rows) == len(set(rows)), "duplicate lines"
    for row in rows:
        fields = row.split("\t")
        assert len(fields) == COLUMNS[name], row
        for field in fields:
            assert field and field == field.strip(), f"stray space in {row!r}"
            assert "  " not in field, f"double space in {row!r}"


@pytest.mark.parametrize("name", ["cardinals.tsv", "ordinals.tsv", "scales.tsv", "english.tsv", "months.tsv"])
def test_no_word_has_two_values(name: str) -> None:
    values: dict[str, str] = {}
    for row in _rows(name):
        word, value = row.split("\t")[:2]
        key = fold(word)
        assert values.setdefault(key, value) == value, f"{word} folds to {key} with two values"


def test_cardinals_cover_zero_to_ninety_nine() -> None:
    assert set(lexicon().cardinals.values()) == set(range(100))


def test_currency_codes_are_iso_shaped_and_factors_numbers() -> None:
    for row in _rows("currencies.tsv"):
        _, code, place, factor = row.split("\t")
        # ISO 4217 codes have three letters; crypto tickers (USDT) may have four.
        assert len(code) in (3, 4) and code.isupper() and code.isascii(), row
        assert place in ("pre", "post", "both"), row
        assert float(factor) > 0, row


def test_enumerated_columns_hold_known_values() -> None:
    allowed = {
        "bounds.tsv": (1, {"pre", "post"}),
        "ordinals.tsv": (2, {"any", "noun", "word"}),
        "fractions.tsv": (1, {"unit", "add", "part"}),
        "durations.tsv": (1, {"year", "month", "week", "day", "hour", "minute", "second"}),
        "weekdays.tsv": (2, {"full", "short"}),
        "ordinal_suffixes.tsv": (1, {"word", "digit"}),
        "links.tsv": (1, {"decimal", "over", "whole", "and", "of"}),
        "clock.tsv": (1, {"hour", "link", "minute"}),
        "periods.tsv": (1, {"year", "month", "week"}),
        "spellings.tsv": (2, {"start", "end", "any"}),
    }
    for name, (column, values) in allowed.items():
        for row in _rows(name):
            assert row.split("\t")[column] in values, f"{name}: {row}"
    approx = {"about", "over", "under", "at_least", "at_most", "exact"}
    assert all(row.split("\t")[2] in approx for row in _rows("bounds.tsv"))


def test_fold_unifies_the_spellings_the_data_relies_on() -> None:
    assert fold("हज़ार") == fold("हजार")
    assert fold("करोड़") == fold("करोड")
    assert fold("पाँच") == fold("पांच")
    assert fold("पन्द्रह") == fold("पंद्रह")
    assert fold("उन्नीस") == fold("उन्निस")
    assert fold("Rs") == "rs"
    assert fold("दो") != fold("दौ")


def _listed_cardinals() -> dict[str, int]:
    return {fold(w): int(v) for w, v in _lines("cardinals.tsv")}


def test_spelling_alternations_make_the_variants_news_writes() -> None:
    made = spelling_variants(_listed_cardinals())
    known = {
        "एकतालीस": 41,  # इकतालीस
        "एकतीस": 31,
        "एकसठ": 61,
        "एकहत्तर": 71,
        "एक्यानबे": 91,  # इक्यानवे
        "पेंतीस": 35,  # पैंतीस
        "सेंतालीस": 47,
        "अठ्ठाईस": 28,  # अट्ठाईस
        "अठावन": 58,
        "उन्सठ": 59,  # उनसठ
        "बियानवे": 92,  # बयानवे
        "छयानवे": 96,  # छियानवे
        "सतानबे": 97,
    }
    for word, value in known.items():
        assert made.get(fold(word)) == value, word
        assert lexicon().cardinals[fold(word)] == value, word


def test_spelling_variants_are_no_other_word() -> None:
    """A generated spelling is no word of another table, and no ordinary word."""
    lex = lexicon()
    made = spelling_variants(_listed_cardinals())
    others: set[str] = set()
    others.update(lex.not_units, lex.count_heads, lex.durations, lex.scales, lex.ordinals, lex.english, lex.vague)
    others.update(lex.article_context, lex.money_nouns, lex.fractions, lex.weekdays, lex.periods, lex.links)
    for table in (lex.currency_post, lex.currency_pre, lex.months, lex.percent, lex.bounds_post, lex.idioms):
        others.update(table.by_first)
    assert not others & set(made)
    ordinary = "सतर तीतर पाच पद्रह बतर छितर तितर उनका उचास".split()
    assert not {fold(w) for w in ordinary} & set(made)
    # Every alternation makes spellings the others do not: none is dead data.
    rules = spelling_rules()
    for k, rule in enumerate(rules):
        without = spelling_variants(_listed_cardinals(), rules[:k] + rules[k + 1 :])
        assert set(without) < set(made), rule
