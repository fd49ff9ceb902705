"""extract_numbers as the rest of newscli uses it: spans, order, references, speed growth."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.numbers import extract_numbers
from newscli.model import Quantity

REF = "2023-07-24T09:15:00+05:30"
CORPUS = Path(__file__).resolve().parent / "corpus" / "numbers"
KINDS = {"number", "ordinal", "percent", "money", "date", "time", "datetime", "duration", "range"}
APPROX = {None, "about", "over", "under", "at_least", "at_most"}
_WORDS = (
    "एक दो सौ हजार लाख साढ़े सवा से तक अधिक और के बीच रुपये ₹ $ % फीसदी 7 १२ 1,00,000 2.5 - / : . , अगस्त"
    " रविवार कल बजे सुबह साल वां वें पहले दूसरे माइनस दशमलव बटा लगभग x k"
)
PIECES = [*_WORDS.split(), " ", "\n"]


def _check_spans(text: str, found: list[Quantity]) -> None:
    end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
        assert q.start >= end, "overlapping or out of order"
        end = q.end
        assert q.kind in KINDS and q.approx in APPROX


def test_spans_of_the_whole_corpus_are_exact_sorted_and_disjoint() -> None:
    for path in CORPUS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            _check_spans(text, extract_numbers(text, REF))


def test_offsets_are_code_points_of_the_text_as_given() -> None:
    # Decomposed nukta, a zero-width joiner and an emoji before the number.
    text = "🙂 हज\u093cार लोग, \u200d25 सीटें और पाँच हज़ार रुपये"
    found = extract_numbers(text)
    _check_spans(text, found)
    assert [q.value for q in found] == [1000, 25, 5000]
    assert found[-1].kind == "money" and found[-1].unit == "INR"


def test_values_by_kind_follow_the_contract() -> None:
    text = "7 अगस्त को सुबह 9 बजे 5 लाख रुपये, 40 फीसदी, 10 से 15 लोग, 9 साल और तीसरा दिन।"
    found = {q.kind: q for q in extract_numbers(text, REF)}
    assert found["datetime"].value == "2023-08-07T09:00:00"
    assert found["money"].value == 500000 and found["money"].unit == "INR"
    assert found["percent"].value == 40
    assert found["range"].value == [10, 15]
    assert found["duration"].value == 9 and found["duration"].unit == "year"
    assert found["ordinal"].value == 3


def test_without_a_reference_relative_dates_are_null_but_found() -> None:
    text = "रविवार को बैठक हुई, कल रैली होगी, पिछले साल चुनाव हुए और 7 अगस्त को नतीजे आए।"
    without = extract_numbers(text)
    assert [q.kind for q in without] == ["date"] * 4
    assert all(q.value is None for q in without)
    with_ref = extract_numbers(text, REF)
    assert [q.value for q in with_ref] == ["2023-07-23", "2023-07-25", "2022", "2023-08-07"]
    assert [q.text for q in with_ref] == [q.text for q in without]


def test_a_date_alone_is_a_reference_and_a_bad_one_is_ignored() -> None:
    assert extract_numbers("रविवार को", "2023-07-24")[0].value == "2023-07-23"
    assert extract_numbers("रविवार को", "not a date")[0].value is None
    assert extract_numbers("रविवार को", "")[0].value is None


def test_blanked_furniture_lines_change_nothing_else() -> None:
    lines = ["लखनऊ : 80 सीटों पर चुनाव", "Published : Jul 24, 2023, 9:15 AM IST", "7 अगस्त से प्रशिक्षण शुरू होगा"]
    text = "\n".join(lines)
    blanked = "\n".join([lines[0], " " * len(lines[1]), lines[2]])
    full = extract_numbers(text, REF)
    kept = extract_numbers(blanked, REF)
    _check_spans(blanked, kept)
    second_line = range(len(lines[0]) + 1, len(lines[0]) + 1 + len(lines[1]))
    assert kept == [q for q in full if q.start not in second_line]
    assert len(kept) == 2


def test_quantities_do_not_cross_line_breaks() -> None:
    found = extract_numbers("कुल 5\nलाख लोग")
    assert [(q.text, q.value) for q in found] == [("5", 5), ("लाख", 100000)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(PIECES),
        max_size=30,
    ),
    st.sampled_from([None, REF, "2023-01-01"]),
)
def test_any_mix_of_number_pieces_gives_valid_spans(pieces: list[str], reference: str | None) -> None:
    for joiner in ("", " "):
        text = joiner.join(pieces)
        _check_spans(text, extract_numbers(text, reference))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_valid_spans(text: str) -> None:
    _check_spans(text, extract_numbers(text))


def _growth(unit: str, size: int) -> float:
    """Time of 10x the input over time of 1x: about 10 when linear, 100 when quadratic.

    The bound the tests use (40) leaves room for a busy machine and for the garbage
    collector, which slows down as the results pile up.
    """
    small = (unit * (size // len(unit) + 1))[:size]
    large = small * 10

    def best(fn: Callable[[], object], runs: int) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    extract_numbers("१", REF)
    t_small = best(lambda: extract_numbers(small, REF), 3)
    t_large = best(lambda: extract_numbers(large, REF), 2)
    return t_large / t_small


def test_digits_and_commas_grow_linearly() -> None:
    # One run of a megabyte and more, then runs that each give a number.
    assert _growth("1,00,000,12,3,456,7890,", 1_000_000) < 40
    assert _growth("9", 1_000_000) < 40
    assert _growth("1,00,000 12,345 ", 20_000) < 40


def test_repeated_number_words_grow_linearly() -> None:
    assert _growth("एक सौ दो हजार तीन लाख चार करोड़ साढ़े ", 20_000) < 40


def test_dates_dashes_and_spaced_digits_grow_linearly() -> None:
    assert _growth("रविवार 7 अगस्त 2023 सुबह 9 बजे, ", 20_000) < 40
    assert _growth("1-2/3-4/5-6 12 345 678 ", 20_000) < 40


def test_importing_the_package_loads_no_data_or_rules() -> None:
    code = (
        "import sys\n"
        "import newscli.extract.numbers\n"
        "print(sorted(m for m in sys.modules if m.startswith('newscli.extract.') or m == 'regex'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['newscli.extract.numbers']"


def test_an_exponent_beyond_a_float_is_no_quantity_and_no_crash() -> None:
    assert extract_numbers("5e400") == []
    assert extract_numbers("2e308") == []  # overflows to inf without an error
    assert [(q.text, q.value) for q in extract_numbers("3e5 लोग")] == [("3e5", 300000)]


def test_a_decimal_before_a_dash_is_not_taken_for_a_year() -> None:
    got = [(q.text, q.kind) for q in extract_numbers("9.30-07")]
    # 07, written with a leading zero, is a code of its own (see is_code), never a year.
    assert got == [("9.30", "number")]
    assert [q.value for q in extract_numbers("2023-24")] == [[2023, 2024]]


def test_a_spaced_thousand_after_digits_keeps_its_unit() -> None:
    (q,) = extract_numbers("2023 k साल")
    assert (q.kind, q.value, q.unit) == ("duration", 2023000, "year")


def test_a_dotted_date_with_a_huge_part_is_no_date_and_no_crash() -> None:
    got = extract_numbers("5257.41720077863.9")
    assert got and all(q.kind != "date" for q in got)
