"""The numbers lexer's token pattern reads what its plain spelling reads.

The pattern tries the Indian-script class before the Unicode letter class in a word and
repeats it possessively; the plain spelling (letter class first, greedy) is the reference.
Both are run at every position of generated text that mixes scripts, marks, joiners,
digits of several scripts, underscores and punctuation.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.numbers.lexer import _TOKEN, DIGITS, LEADING_POINT, WORD_CHARS, Cursor, lex_one

_PLAIN_TOKEN = re.compile(
    rf"(?P<ws>\s*)(?:(?P<num>(?:{LEADING_POINT})?[{DIGITS}][{DIGITS}.,]*)|(?P<word>(?:[^\W\d_]|[{WORD_CHARS}])+)|(?P<sym>\S))"
)

# Devanagari letters, vowel signs, virama, nukta, anusvara, Devanagari and Bengali digits,
# joiners, Latin with and without accents, Greek, underscore, digits, spaces, punctuation.
_CHARS = "कखसहअआािीुूेैोौ़्ंँःक़०५৫abcZéßΩ_09 \n\t\u00a0\u200c\u200d\u200b.,-/:%₹।()"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=30))
def test_token_pattern_matches_its_plain_spelling(text: str) -> None:
    for pos in range(len(text) + 1):
        new, plain = _TOKEN.match(text, pos), _PLAIN_TOKEN.match(text, pos)
        assert (new is None) == (plain is None), (text, pos)
        if new is not None and plain is not None:
            assert new.lastgroup == plain.lastgroup and new.span() == plain.span(), (text, pos)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=30))
def test_a_cursor_reads_the_chain_of_lex_one(text: str) -> None:
    """A cursor's tokens are lex_one from its start, each from the end of the last, up to a line break."""
    cur = Cursor(text, 0)
    k = 0
    while cur.get(k) is not None:
        k += 1
    chain, pos = [], 0
    while (got := lex_one(text, pos)) is not None and not (got[1] and chain) and len(chain) < 40:
        chain.append(got[0])
        pos = got[0].end
    assert cur.toks == chain, text
