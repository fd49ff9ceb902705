"""tokenize() looks space-separated pieces up in a cache; it must give exactly the tokens
of scanning the whole text (scan_tokens), whatever the cache holds."""

from __future__ import annotations

import json
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.model import Token
from newscli.text import tokenize as tokenize_module
from newscli.text.tokenize import clear_cache, scan_tokens, tokenize


@pytest.fixture(autouse=True)
def _cold_cache() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


def same_as_scan(text: str) -> None:
    expected = scan_tokens(text)
    assert tokenize(text) == expected  # pieces entered on the way
    assert tokenize(text) == expected  # pieces looked up
    assert all(type(t) is Token for t in tokenize(text))


# Pieces chosen for their edge cases: initials whose period depends on the neighbours
# (आई, जी, ओ), abbreviations, dotted acronyms, numbers with separators, web things,
# joiners and invisible characters, line breaks and runs of spaces around them.
PIECES = [
    "राम",
    "है।",
    "है.",
    "है,",
    "आई.",
    "आई",
    "जी.",
    "ओ.",
    "पी.",
    "के.",
    "डॉ.",
    "बी.एल.",
    "U.S.",
    "A.",
    "Dr.",
    "1,00,000",
    "7.5",
    "9:15",
    "24,2023",
    "8वीं",
    "www.example.com/a.",
    "etvbharat.com",
    "a@b.co",
    "@user",
    "#tag",
    "@ँ",
    "x@ँ",
    "\u200bराम",
    "राम\u200b",
    "स्\u200dथान",
    "\n",
    "\nराम",
    "राम\n",
    "।\nकोरोना",
    "''",
    "...",
    "—",
    "(राम)",
    "नवभारतटाइम्स.कॉम",
    "\t",
    "\u00a0",
    "\u200e",
    "",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_pieces_in_any_order_tokenize_as_the_whole_text_scans(pieces: list[str]) -> None:
    same_as_scan(" ".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.sampled_from(PIECES), max_size=12))
def test_a_cache_filled_by_one_text_does_not_change_another(first: list[str], second: list[str]) -> None:
    tokenize(" ".join(first))
    same_as_scan(" ".join(second))


ALPHABET = list("कपीआईजओडॉबएल़ंँ्ा।.॰,:-'@#/aAZs0१ \n\t\u00a0\u200b\u200c\u200d\ufeff")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_any_text_tokenizes_as_it_scans(text: str) -> None:
    same_as_scan(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_tokenizes_as_it_scans(text: str) -> None:
    same_as_scan(text)


def test_an_ambiguous_initial_follows_its_neighbours_each_time() -> None:
    assert [t.text for t in tokenize("वह आई.")] == ["वह", "आई", "."]
    assert [t.text for t in tokenize("पी. आई. राम")] == ["पी.", "आई.", "राम"]
    assert [t.text for t in tokenize("आई. पी. राम")] == ["आई.", "पी.", "राम"]
    assert [t.text for t in tokenize("वह आई.")] == ["वह", "आई", "."]


def test_offsets_step_over_runs_of_spaces_and_line_breaks() -> None:
    text = "  राम   है।\n\n \nयह  \u200bसच\u200b है  "
    same_as_scan(text)
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_a_full_cache_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokenize_module, "_CACHE_LIMIT", 5)
    text = " ".join(f"शब्द{i} है।" for i in range(40))
    same_as_scan(text)
    assert len(tokenize_module._cache) <= 5


def test_long_pieces_are_not_kept() -> None:
    piece = "क" * 500
    same_as_scan(f"{piece} राम")
    assert piece not in tokenize_module._cache


def test_tokens_are_named_tuples_that_pickle() -> None:
    toks = tokenize("डॉ. राम ने 1,00,000 रुपये दिए।")
    assert toks[0] == Token(0, 3, "डॉ.", "abbrev", "डॉ.")
    assert toks[0].start == 0 and toks[0].kind == "abbrev"
    assert pickle.loads(pickle.dumps(toks)) == toks
    assert Token._fields == ("start", "end", "text", "kind", "norm")


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        clear_cache()
        t0 = time.perf_counter()
        tokenize(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("unit", ["आई. ", "जी. ओ. ", "  ", " \n", "राम\u200b "])
def test_time_is_linear_in_pieces_scanned_where_they_stand(unit: str) -> None:
    n = max(1, 2000 // len(unit))
    _seconds(unit * n)
    ratio = _seconds(unit * 10 * n) / max(_seconds(unit * n), 1e-6)
    assert ratio < 40, f"{unit!r}: 10x input took {ratio:.1f}x time"


def test_time_is_linear_in_distinct_pieces() -> None:
    def text(n: int) -> str:
        return " ".join(f"क{i}ख" for i in range(n))

    _seconds(text(500))
    ratio = _seconds(text(5000)) / max(_seconds(text(500)), 1e-6)
    assert ratio < 40, f"10x input took {ratio:.1f}x time"


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "bench" / "hindi_news.jsonl"


def test_news_articles_tokenize_as_they_scan() -> None:
    if not CORPUS.is_file():
        pytest.skip("../shared (the benchmark corpus) is not present in this checkout")
    with CORPUS.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(150), fh, strict=False)]
    for text in texts:
        assert tokenize(text) == scan_tokens(text)
    for text in texts:  # now from the cache
        assert tokenize(text) == scan_tokens(text)
