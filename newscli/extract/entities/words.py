"""A small word splitter for the tagger: words, numbers and punctuation with
their offsets into the text as given.

Whitespace separates words; punctuation is split off, except the period of a
known abbreviation or an initial (``डॉ.``, ``बी.``), which stays on its word as
in the IL-NER training data.  A number written with separators (``1,00,000``,
``2.5``) is one word.
"""

from __future__ import annotations

import functools

import regex

from ...model import Token
from .spelling import spelling_key

# Alternatives are tried in order at one position and none can re-enter
# itself, so matching stays linear in the length of the text.
_WORD_RE = regex.compile(
    r"\p{Nd}+(?:[.,:]\p{Nd}+)+[\p{L}\p{M}]*"  # 1,00,000  2.5  9:15
    r"|[\p{L}\p{M}\p{Nd}\u200c\u200d]+"  # a word, 19वीं
    r"|\S"  # any other character on its own
)

# "॰" is the Devanagari abbreviation sign (डॉ॰).
_PERIODS = frozenset({".", "॰"})

SENTENCE_ENDS = frozenset({"।", "॥", "?", "!", ".", "|"})


@functools.cache
def _keeps_period() -> frozenset[str]:
    from .lexicon import key_set

    return key_set("abbreviations.txt") | key_set("letters.txt")


def _kind(s: str) -> str:
    c = s[0]
    if c.isdigit():
        return "number"
    if c.isalnum() or len(s) > 1:
        return "word"
    return "punct"


# Spelling keys of the words seen so far: news text repeats its words.
_keys: dict[str, str] = {}


def split_words(text: str) -> list[Token]:
    """The words of ``text`` in order, each with ``text[start:end] == token.text``."""
    out: list[Token] = []
    keeps = None
    for m in _WORD_RE.finditer(text):
        s, e = m.span()
        if m.group() in _PERIODS and out and out[-1].end == s and out[-1].kind == "word":
            if keeps is None:
                keeps = _keeps_period()
            prev = out[-1]
            if prev.norm in keeps or (len(prev.text) == 1 and prev.text.isascii()):
                out[-1] = Token(prev.start, e, text[prev.start : e], "abbrev", prev.norm + ".")
                continue
        tok = m.group()
        key = _keys.get(tok)
        if key is None:
            if len(_keys) >= 200_000:
                _keys.clear()
            key = _keys[tok] = spelling_key(tok)
        out.append(Token(s, e, tok, _kind(tok), key))
    return out


def sentence_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of the sentences: cut at sentence-final
    punctuation and at line breaks."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if i > start and "\n" in text[tokens[i - 1].end : tok.start]:
            spans.append((start, i))
            start = i
        if tok.text in SENTENCE_ENDS:
            spans.append((start, i + 1))
            start = i + 1
    if start < n:
        spans.append((start, n))
    return spans
