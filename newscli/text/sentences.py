"""Sentences of Hindi news text, as news is written.

``split_sentences(text)`` works on the tokens of :mod:`newscli.text.tokenize`, so
numbers (``७.५``), abbreviations and initials (``डॉ.``, ``पी.``, ``बी.एल.``) have
already taken their periods and cannot end a sentence. A sentence ends:

* after a danda ``।``, double danda ``॥``, ``?``, ``!``, ``|`` (a danda substitute),
  or a run of them (``।।``, ``?!``);
* after a ``.`` token used as a full stop (many outlets end Hindi sentences with
  ``.``), including one glued to the next word (``की.उन्होंने``). A ``.`` between two
  Latin words without spaces (``Node.js``) or before a lower-case Latin word is not
  a full stop. An ellipsis (``...``, ``…``) is not one either;
* at a line break, so a headline, caption or metadata line without final
  punctuation is its own sentence, unless the line ends with a word-joining mark
  (``,`` ``;`` a hyphen or dash, an opening bracket or quote): then the sentence
  goes on over the line break;
* always at a blank line (also one that holds only whitespace).

Closing quotes and brackets written right after the final mark stay with their
sentence (``है।"``, ``दिया.'``); a straight quote counts as closing when no letter
or digit follows it directly. Stray final marks later on the same line stay too
(``है ।  ।``). A final mark or ``.`` that starts a sentence (a bullet, a stray
danda) or a ``.`` after a number that starts one (``1.`` numbering a list item)
does not end it. Sentence spans run from the first token to the last,
so they never include surrounding whitespace; text without tokens has no sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

from newscli.model import Sentence, Token
from newscli.text.tokenize import tokenize

_FINAL_MARKS = frozenset("।॥?!|")
_CLOSERS = frozenset(("”", "’", "»", "›", ")", "]", "}"))
_STRAIGHT_QUOTES = frozenset(('"', "'", "''", "``"))
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_CONTINUES_LINE = frozenset((",", ";", "-", "–", "—", "(", "[", "{", "“", "‘", "«"))
# What split_sentences visits: tokens that start with a final mark or a period, and
# runs of line breaks (which lie between tokens: a token never holds whitespace).
# Plain character sets, so the standard re module: its matches cost less to make than
# those of regex, and an article has a few dozen of them.
_MAY_END_RE = re.compile("[" + re.escape("".join(sorted(_FINAL_MARKS)) + ".") + "]")
_BREAK_RE = re.compile("[" + re.escape(_LINE_BREAKS) + "]+")
_START = itemgetter(0)


def _is_final_run(tok: Token) -> bool:
    return tok.text[0] in _FINAL_MARKS and tok.kind == "punct" and all(ch in _FINAL_MARKS for ch in tok.text)


def _is_full_stop(tokens: Sequence[Token], i: int, first: int) -> bool:
    tok = tokens[i]
    if tok.kind != "punct" or tok.text != "." or i == first:
        return False  # a "." that starts a sentence is a bullet or a stray
    if i == first + 1 and tokens[first].kind == "number" and tokens[first].end == tok.start:
        return False  # "1." numbering a list item
    if i + 1 == len(tokens):
        return True
    nxt = tokens[i + 1]
    if nxt.kind == "latin" and nxt.text[0].islower():
        return False
    glued = nxt.start == tok.end
    prev_latin = i > 0 and tokens[i - 1].kind == "latin" and tokens[i - 1].end == tok.start
    return not (glued and prev_latin and nxt.kind == "latin")


def _closes(text: str, tok: Token) -> bool:
    if tok.text in _CLOSERS or _is_final_run(tok):
        return True
    if tok.text in _STRAIGHT_QUOTES:
        return tok.end == len(text) or not text[tok.end].isalnum()
    return False


def _goes_with_the_end(text: str, tok: Token, nxt: Token) -> bool:
    """Whether ``nxt`` belongs to the sentence that ``tok`` ends: a closing quote or
    bracket right after it, or more final marks on the same line (``है ।  ।``)."""
    if nxt.start == tok.end:
        return _closes(text, nxt)
    if nxt.text[0] in _FINAL_MARKS or nxt.text == ".":
        gap = text[tok.end : nxt.start]
        return (
            nxt.kind == "punct" and all(ch in _FINAL_MARKS or ch == "." for ch in nxt.text) and (_line_breaks(gap) == 0)
        )
    return False


def _line_breaks(gap: str) -> int:
    n = sum(gap.count(ch) for ch in _LINE_BREAKS)
    return n - gap.count("\r\n")


def _end_at(text: str, toks: Sequence[Token], i: int, first: int) -> int:
    """Where the sentence that began at token ``first`` ends if token ``i`` ends it: the index of
    its last token (``i``, or later when closing marks go with it); -1 when ``i`` does not end it."""
    n = len(toks)
    first_char = toks[i].text[0]
    if (first_char in _FINAL_MARKS and i > first and _is_final_run(toks[i])) or (
        first_char == "." and _is_full_stop(toks, i, first)
    ):
        while i + 1 < n and _goes_with_the_end(text, toks[i], toks[i + 1]):
            i += 1
        return i
    if i + 1 == n:
        return i
    gap = text[toks[i].end : toks[i + 1].start]
    if gap and gap != " ":
        breaks = _line_breaks(gap)
        if breaks >= 2 or (breaks == 1 and toks[i].text not in _CONTINUES_LINE):
            return i
    return -1


def split_sentences(text: str, tokens: Sequence[Token] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences; see the module docstring for the rules.

    ``tokens`` may pass the result of ``tokenize(text)`` when the caller has it already.
    Only the tokens that may end a sentence are visited: a final mark or a ``.``, the last
    token, and a token with a line break after it. For any other :func:`_end_at` says no,
    and an article has a thousand tokens to a few dozen of those.
    """
    toks = tokenize(text) if tokens is None else tokens
    n = len(toks)
    if not n:
        return []
    # Both kinds are found in the text, not by visiting every token: a token starts
    # with a mark where one of the text's marks is where a token starts.
    may_end = {n - 1}
    for m in _MAY_END_RE.finditer(text):
        i = bisect_right(toks, m.start(), key=_START) - 1
        if i >= 0 and toks[i].start == m.start():
            may_end.add(i)
    for m in _BREAK_RE.finditer(text):
        may_end.add(bisect_right(toks, m.start(), key=_START) - 1)
    may_end.discard(-1)  # a break before the first token
    sentences: list[Sentence] = []
    first = 0
    for i in sorted(may_end):
        if i < first:
            continue  # taken into the sentence before, with the marks closing it
        last = _end_at(text, toks, i, first)
        if last >= 0:
            start, end = toks[first].start, toks[last].end
            sentences.append(Sentence(start, end, text[start:end]))
            first = last + 1
    return sentences


def scan_sentences(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    """:func:`split_sentences` asking at every token: the definition it is tested against."""
    sentences: list[Sentence] = []
    first = 0
    i = 0
    while i < len(tokens):
        last = _end_at(text, tokens, i, first)
        if last >= 0:
            start, end = tokens[first].start, tokens[last].end
            sentences.append(Sentence(start, end, text[start:end]))
            first = i = last + 1
        else:
            i += 1
    return sentences
