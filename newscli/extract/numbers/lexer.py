"""A small forward lexer that reads tokens on demand from a position in the text.

Quantities are short, so the scanner lexes only a few tokens after each place where
one may begin, never the whole text. A token never crosses a line break, and the
lexer stops at one: no quantity spans two lines.
"""

from __future__ import annotations

import bisect
import functools
import re
from operator import itemgetter
from typing import NamedTuple

from newscli.extract.numbers.lexicon import fold

# The standard library's re is used here and in the scanner: on these plain classes and
# alternations it is several times faster than the regex package.
DIGITS = "0-9\u0966-\u096f"
# Letters of any script and the vowel signs and marks of Indian scripts (re has no \p{M}).
WORD_CHARS = "\u0900-\u0963\u0971-\u097f\u0980-\u0dff\u200c\u200d"
_TO_ASCII = str.maketrans("\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789")

# A digit and the digits, dots and commas after it (trailing separators are given back): plain
# character-class loops, which re runs in linear time; a repeated group would not scale as well.
# In a word, the Indian-script class comes first: most letters of the text are in it, and a
# range test is cheaper than the Unicode category test; nothing after the word can make re
# give letters back, so the loop keeps no backtracking state (possessive).
# A decimal may begin with its point (.45) where nothing but a space or "(" comes before it
# (Rs.500 and 24.07 keep their dot apart).
LEADING_POINT = rf"(?<![^\s(])\.(?=[{DIGITS}])"
_TOKEN = re.compile(
    rf"(?P<ws>\s*)(?:(?P<num>(?:{LEADING_POINT})?[{DIGITS}][{DIGITS}.,]*)|(?P<word>(?:[{WORD_CHARS}]|[^\W\d_])++)|(?P<sym>\S))"
)
_VALID_NUMBER = re.compile(
    r"\.[0-9]+|[0-9]+(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?"
)
_DIGIT_RUN = re.compile(rf"[{DIGITS}]+")
_NUM, _WORD, _SYM = (_TOKEN.groupindex[name] for name in ("num", "word", "sym"))
# Longer digit strings are identifiers or noise, never quantities; they are lexed as one opaque token.
MAX_NUMBER_CHARS = 40
MAX_TOKENS = 40


def is_word_char(ch: str) -> bool:
    return (
        (ch.isalpha() and not ch.isdigit())
        or "\u0900" <= ch <= "\u0963"
        or "\u0971" <= ch <= "\u0dff"
        or ch in "\u200c\u200d"
    )


def to_ascii_digits(s: str) -> str:
    return s.translate(_TO_ASCII)


class Tok(NamedTuple):
    """One token; a named tuple because the scanner makes many of them."""

    start: int
    end: int
    text: str
    key: str  # folded word, ASCII digits, or the symbol itself
    kind: str  # num | word | sym | long (a digit run too long to be a quantity; its text is not kept)
    glued: bool  # nothing between this token and the one before it


# A token straight from its fields, without the Python-level __new__ of a named tuple (one
# call frame less for each of the ~180,000 tokens the scanner reads in 2,500 articles).
_new_tok = functools.partial(tuple.__new__, Tok)


def lex_one(text: str, pos: int) -> tuple[Tok, bool] | None:
    """The token at or after ``pos`` and whether a line break came before it."""
    m = _TOKEN.match(text, pos)
    if m is None:
        return None
    # Group numbers, not names: this runs for every token the scanner reads.
    group = m.lastindex or _SYM  # one of the three alternatives always matched
    start, end = m.span(group)
    if start == pos:
        glued, newline = pos > 0 and not text[pos - 1].isspace(), False
    else:
        glued, newline = False, text.find("\n", pos, start) >= 0
    surface = text[start:end]
    if group == _WORD:
        return _new_tok((start, end, surface, fold(surface), "word", glued)), newline
    if group == _SYM:
        return _new_tok((start, end, surface, surface, "sym", glued)), newline
    if surface.isdigit() and end - start <= MAX_NUMBER_CHARS:
        # A plain digit run, the common case: no separator to give back, and it is a valid
        # number however it was reached, so the checks below would keep it as it is.
        key = surface if surface.isascii() else to_ascii_digits(surface)
        return _new_tok((start, end, surface, key, "num", glued)), newline
    return _separated_number(text, start, end, glued), newline


def _separated_number(text: str, start: int, end: int, glued: bool) -> Tok:
    """A digit token with dots or commas in it (or too long): its valid part, or its first digit run."""
    while text[end - 1] in ".,":
        end -= 1
    if end - start > MAX_NUMBER_CHARS:
        return Tok(start, end, "", "", "long", glued)  # not copied: it may be megabytes
    surface = text[start:end]
    ascii_form = to_ascii_digits(surface)
    # Inside a chunk already split (192.168.1.2) every digit run stands alone.
    inside = start >= 2 and text[start - 1] in ".," and text[start - 2] in _DIGIT_SET
    if inside or not _VALID_NUMBER.fullmatch(ascii_form):
        point = 1 if text[start] == "." else 0  # .45.6: the point and the digits after it
        run = _DIGIT_RUN.match(text, start + point)
        assert run is not None
        end = run.end()
        surface = text[start:end]
        ascii_form = to_ascii_digits(surface)
    return Tok(start, end, surface, ascii_form, "num", glued)


_DIGIT_SET = frozenset("0123456789\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f")


def lex_back(text: str, end: int) -> Tok | None:
    """The token that ends at or before ``end`` on the same line, or None."""
    k = end
    while k > 0 and text[k - 1].isspace():
        if text[k - 1] == "\n":
            return None
        k -= 1
    if k == 0:
        return None
    stop = k
    ch = text[k - 1]
    if ch in _DIGIT_SET:
        while k > 0 and (text[k - 1] in _DIGIT_SET or (text[k - 1] in ".," and k > 1 and text[k - 2] in _DIGIT_SET)):
            k -= 1
        kind = "num"
    elif is_word_char(ch):
        while k > 0 and is_word_char(text[k - 1]):
            k -= 1
        kind = "word"
    else:
        k -= 1
        kind = "sym"
    surface = text[k:stop]
    glued = k > 0 and not text[k - 1].isspace()
    key = fold(surface) if kind == "word" else to_ascii_digits(surface) if kind == "num" else surface
    return Tok(k, stop, surface, key, kind, glued)


_start_of = itemgetter(0)


class Cursor:
    """Tokens of one line from a start position, lexed as they are asked for."""

    __slots__ = ("_before", "_done", "_line_end", "_pos", "text", "toks")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.toks: list[Tok] = []
        self._pos = start
        self._done = False
        self._line_end = False  # done because the line or the text ended, not the window
        self._before: list[Tok] | None = None  # zero or one token

    def moved_to(self, start: int) -> Cursor:
        """A new cursor at ``start``, taking over the tokens this one already read from there on.

        The scanner's next start usually lies a token or two after the last quantity, inside
        what its cursor read, and would otherwise be lexed again.
        """
        cur = Cursor(self.text, start)
        toks = self.toks
        k = bisect.bisect_left(toks, start, key=_start_of)
        if k < len(toks) and toks[k].start == start:
            # The same tokens: lexing is a function of the position, and a token lexed
            # after whitespace is not glued, as one lexed from its own start is not.
            cur.toks = toks[k:]
            cur._pos = self._pos
            cur._done = cur._line_end = self._line_end
        return cur

    def get(self, i: int) -> Tok | None:
        toks = self.toks
        if i < len(toks):
            return toks[i]
        return None if self._done else self._read_to(i)

    def _read_to(self, i: int) -> Tok | None:
        """Lex tokens until token ``i`` (or the end of the line or of the window)."""
        # No memo of tokens by position: the scanner's next start lies mostly inside what the
        # last cursor read (see moved_to), and a memo found less than 1 in 500 tokens.
        toks, text = self.toks, self.text
        pos = self._pos
        while len(toks) <= i:
            if len(toks) >= MAX_TOKENS:
                self._done = True
                break
            got = lex_one(text, pos)
            if got is None or (got[1] and toks):
                self._done = self._line_end = True
                break
            tok = got[0]
            toks.append(tok)
            pos = tok.end
        self._pos = pos
        return toks[i] if i < len(toks) else None

    def key(self, i: int) -> str | None:
        toks = self.toks
        if i < len(toks):
            return toks[i].key
        tok = self.get(i)
        return tok.key if tok is not None else None

    def before(self) -> Tok | None:
        """The token before the first one, on the same line."""
        if self._before is None:
            first = self.get(0)
            end = first.start if first is not None else self._pos
            self._before = [tok] if (tok := lex_back(self.text, end)) is not None else []
        return self._before[0] if self._before else None

    def prev_key(self) -> str | None:
        before = self.before()
        return before.key if before is not None else None

    def rest_of_sentence(self, j: int, limit: int = 300) -> str:
        """Text after token ``j - 1`` up to the end of its sentence (for the tense of a clause)."""
        tok = self.get(j - 1)
        if tok is None:
            return ""
        start = tok.end
        chunk = self.text[start : start + limit]
        m = _SENTENCE_END.search(chunk)
        return chunk[: m.start()] if m else chunk


_SENTENCE_END = re.compile(r"[।?!\n|]|\.(?![0-9])")
