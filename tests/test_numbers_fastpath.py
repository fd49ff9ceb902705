"""The number scanner's shortcuts give what the general path gives.

Each shortcut (plain digit runs in the lexer, a cursor taking over the tokens of the one
before, plain digits read without composing a number) is checked against the general
path on generated number-ish text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.numbers.context import Ctx
from newscli.extract.numbers.lexer import (
    _DIGIT_RUN,
    _DIGIT_SET,
    _TOKEN,
    _VALID_NUMBER,
    MAX_NUMBER_CHARS,
    MAX_TOKENS,
    Cursor,
    Tok,
    lex_one,
    to_ascii_digits,
)
from newscli.extract.numbers.lexicon import fold
from newscli.extract.numbers.rules import number, plain_number
from newscli.extract.numbers.scan import _plain_number

# Pieces of text around numbers: digits in both scripts with separators, words that continue
# a number (links, number words, units, months, a spaced k, में से) and words that do not.
_PIECES = [
    "1",
    "25",
    "1,00,000",
    "3.5",
    ".45",
    "12,345",
    "1,2345",
    "192.168.1.2",
    "२५",
    "१,२३४",
    "7.",
    "9,",
    "0" * 45,
    "5" * 41,
    "और",
    "and",
    "दशमलव",
    "बटा",
    "सही",
    "का",
    "के",
    "में",
    "से",
    "तक",
    "k",
    "K",
    "e",
    "दो",
    "सौ",
    "सौवां",
    "हजार",
    "हज़ार",
    "लाख",
    "दर्जन",
    "साढ़े",
    "पहला",
    "twenty",
    "one",
    "लोगों",
    "सीटों",
    "रुपये",
    "फीसदी",
    "अगस्त",
    "बजे",
    "साल",
    "नए",
    "जी",
    "कोविड",
    "-",
    "/",
    ":",
    ".",
    ",",
    "%",
    "(",
    ")",
    "।",
    "₹",
]
_GAPS = ["", " ", " ", "  ", "\n", " \n "]


@st.composite
def numberish(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), min_size=1, max_size=10))
    return "".join(piece + gap for piece, gap in parts)


def _general_lex_one(text: str, pos: int) -> tuple[Tok, bool] | None:
    """The lexer without its shortcut for plain digit runs: every number is trimmed and validated."""
    m = _TOKEN.match(text, pos)
    if m is None:
        return None
    ws = m.group("ws")
    glued = not ws and pos > 0 and not text[pos - 1].isspace()
    newline = "\n" in ws
    kind = m.lastgroup or "sym"
    start, end = m.span(kind)
    if kind == "num":
        while text[end - 1] in ".,":
            end -= 1
    if end - start > MAX_NUMBER_CHARS and kind == "num":
        return Tok(start, end, "", "", "long", glued), newline
    surface = text[start:end]
    if kind == "word":
        return Tok(start, end, surface, fold(surface), "word", glued), newline
    if kind == "sym":
        return Tok(start, end, surface, surface, "sym", glued), newline
    ascii_form = to_ascii_digits(surface)
    inside = start >= 2 and text[start - 1] in ".," and text[start - 2] in _DIGIT_SET
    if inside or not _VALID_NUMBER.fullmatch(ascii_form):
        run = _DIGIT_RUN.match(text, start + (text[start] == "."))  # .45.6: a leading point stays
        assert run is not None
        end = run.end()
        surface = text[start:end]
        ascii_form = to_ascii_digits(surface)
    return Tok(start, end, surface, ascii_form, "num", glued), newline


@settings(max_examples=300, deadline=None)
@given(numberish())
def test_lexer_reads_every_position_like_the_general_path(text: str) -> None:
    for pos in range(len(text) + 1):
        assert lex_one(text, pos) == _general_lex_one(text, pos), (text, pos)


def _all_tokens(cur: Cursor) -> list[Tok]:
    k = 0
    while cur.get(k) is not None:
        k += 1
    return list(cur.toks)


def _token_starts(text: str) -> list[int]:
    starts, pos = [], 0
    while (got := lex_one(text, pos)) is not None:
        starts.append(got[0].start)
        pos = got[0].end
    return starts


@settings(max_examples=300, deadline=None)
@given(numberish(), st.integers(min_value=0, max_value=MAX_TOKENS + 2))
def test_a_moved_cursor_reads_what_a_fresh_one_reads(text: str, depth: int) -> None:
    starts = _token_starts(text)
    for first in starts:
        for start in (s for s in starts if s >= first):
            before = Cursor(text, first)
            before.get(depth)  # read some tokens, maybe to the end of the line or of the window
            moved = before.moved_to(start)
            fresh = Cursor(text, start)
            assert _all_tokens(moved) == _all_tokens(fresh), (text, first, start, depth)


def _digit_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[0-9\u0966-\u096f]+", text)]


@settings(max_examples=400, deadline=None)
@given(numberish())
def test_plain_digits_read_like_the_number_rule(text: str) -> None:
    for start in _digit_starts(text):
        ctx = Ctx(Cursor(text, start), None)
        tok = ctx.tok(0)
        if tok is None or tok.kind != "num" or not _plain_number(ctx, 0):
            continue
        general = number(Ctx(Cursor(text, start), None), 0)
        assert plain_number(ctx, 0) == general, (text, start)


def test_plain_digits_cover_the_common_shapes() -> None:
    """The shortcut is taken, and agrees, for digits before an ordinary word or at a line's end."""
    for text in ["80 सीटों पर", "1,00,000 लोग", "२५ लोगों", "3.5 किलो", "जी20 सम्मेलन", "कुल 7"]:
        start = _digit_starts(text)[0]
        ctx = Ctx(Cursor(text, start), None)
        assert _plain_number(ctx, 0), text
        assert plain_number(ctx, 0) == number(Ctx(Cursor(text, start), None), 0), text
