"""A small forward lexer that reads tokens on demand from a position in the text.

Quantities are short, so the scanner lexes only a few tokens after each place where
one may begin, never the whole text. A token never crosses a line break, and the
lexer stops at one: no quantity spans two lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newscli.extract.numbers.lexicon import fold

_DIGITS = "0-9\u0966-\u096f"
_TO_ASCII = str.maketrans("\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789")

# A run of digits with single separators between digit groups: deterministic, so linear.
_TOKEN = regex.compile(
    rf"(?P<ws>\s*)(?:(?P<num>[{_DIGITS}]+(?:[.,][{_DIGITS}]+)*)|(?P<word>[\p{{L}}\p{{M}}\u200c\u200d]+)|(?P<sym>\S))"
)
_VALID_NUMBER = regex.compile(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_DIGIT_RUN = regex.compile(rf"[{_DIGITS}]+")
# Longer digit strings are identifiers or noise, never quantities; they are lexed as one opaque token.
MAX_NUMBER_CHARS = 40
MAX_TOKENS = 40


def to_ascii_digits(s: str) -> str:
    return s.translate(_TO_ASCII)


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    key: str  # folded word, ASCII digits, or the symbol itself
    kind: str  # num | word | sym | long
    glued: bool  # nothing between this token and the one before it


def lex_one(text: str, pos: int) -> tuple[Tok, bool] | None:
    """The token at or after ``pos`` and whether a line break came before it."""
    m = _TOKEN.match(text, pos)
    if m is None:
        return None
    ws = m.group("ws")
    glued = not ws and pos > 0 and not text[pos - 1].isspace()
    newline = "\n" in ws
    if m.group("num") is not None:
        start, end = m.span("num")
        surface = m.group("num")
        if len(surface) > MAX_NUMBER_CHARS:
            return Tok(start, end, surface, "", "long", glued), newline
        ascii_form = to_ascii_digits(surface)
        # Inside a chunk already split (192.168.1.2) every digit run stands alone.
        inside = start >= 2 and text[start - 1] in ".," and _DIGIT_RUN.match(text, start - 2) is not None
        if inside or not _VALID_NUMBER.fullmatch(ascii_form):
            run = _DIGIT_RUN.match(text, start)
            assert run is not None
            end = run.end()
            surface = text[start:end]
            ascii_form = to_ascii_digits(surface)
        return Tok(start, end, surface, ascii_form, "num", glued), newline
    if m.group("word") is not None:
        start, end = m.span("word")
        surface = m.group("word")
        return Tok(start, end, surface, fold(surface), "word", glued), newline
    start, end = m.span("sym")
    surface = m.group("sym")
    return Tok(start, end, surface, surface, "sym", glued), newline


class Cursor:
    """Tokens of one line from a start position, lexed as they are asked for."""

    __slots__ = ("_before", "_done", "_pos", "text", "toks")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.toks: list[Tok] = []
        self._pos = start
        self._done = False
        self._before: list[Tok] | None = None

    def get(self, i: int) -> Tok | None:
        toks = self.toks
        while len(toks) <= i and not self._done:
            if len(toks) >= MAX_TOKENS:
                self._done = True
                break
            got = lex_one(self.text, self._pos)
            if got is None or (got[1] and toks):
                self._done = True
                break
            tok = got[0]
            toks.append(tok)
            self._pos = tok.end
        return toks[i] if i < len(toks) else None

    def key(self, i: int) -> str | None:
        tok = self.get(i)
        return tok.key if tok is not None else None

    def before(self, n: int = 1) -> list[Tok]:
        """Up to ``n`` tokens before the first one, on the same line, nearest last."""
        if self._before is None:
            first = self.get(0)
            end = first.start if first is not None else self._pos
            lo = max(0, end - 120)
            window = self.text[lo:end]
            cut = window.rfind("\n")
            if cut >= 0:
                lo += cut + 1
            toks: list[Tok] = []
            pos = lo
            while True:
                got = lex_one(self.text, pos)
                if got is None or got[0].start >= end:
                    break
                toks.append(got[0])
                pos = got[0].end
            # The window may begin inside a word; drop that fragment.
            if toks and lo > 0 and toks[0].start == lo and not self.text[lo - 1].isspace():
                toks = toks[1:]
            self._before = toks
        return self._before[-n:] if n else []

    def prev_key(self) -> str | None:
        before = self.before(1)
        return before[-1].key if before else None

    def rest_of_sentence(self, j: int, limit: int = 300) -> str:
        """Text after token ``j - 1`` up to the end of its sentence (for the tense of a clause)."""
        tok = self.get(j - 1)
        if tok is None:
            return ""
        start = tok.end
        chunk = self.text[start : start + limit]
        m = _SENTENCE_END.search(chunk)
        return chunk[: m.start()] if m else chunk


_SENTENCE_END = regex.compile(r"[।?!\n|]|\.(?!\d)")
