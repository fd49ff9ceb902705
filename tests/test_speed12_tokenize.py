"""Line feeds separate pieces of the token cache as spaces do: the tokens stay those of scanning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.text.tokenize import clear_cache, scan_tokens, tokenize

# Pieces whose tokens could depend on what stands next to them: initials that take their
# period only beside another, abbreviations, dotted acronyms, numbers, web things, final
# marks, invisible characters, and other line breaks that are not separators.
PIECES = [
    "राम",
    "है।",
    "है.",
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
    "24,2023",
    "www.example.com/a.",
    "etvbharat.com",
    "नवभारतटाइम्स.कॉम",
    "a@b.co",
    "@user",
    "#tag",
    "\u200bराम",
    "स्\u200dथान",
    "\r",
    "राम\r",
    "\t",
    "\u00a0",
    "\u2028",
    "''",
    "...",
    "—",
    "(राम)",
    "",
]
SEPARATORS = [" ", "\n", "  ", "\n\n", " \n", "\r\n", "\n\t"]


@pytest.fixture(autouse=True)
def _cold_cache() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=30))
def test_pieces_between_spaces_and_line_feeds(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + sep for piece, sep in parts)
    expected = scan_tokens(text)
    assert tokenize(text) == expected  # pieces entered on the way
    assert tokenize(text) == expected  # pieces looked up


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.sampled_from(PIECES), max_size=12))
def test_a_piece_seen_after_a_space_then_after_a_line_feed(first: list[str], second: list[str]) -> None:
    tokenize(" ".join(first + second))
    text = "\n".join(second + first)
    assert tokenize(text) == scan_tokens(text)
