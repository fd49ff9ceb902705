"""Lines and sentence ends of a text, found once and looked up by bisection.

A reported clause runs to the end of its sentence and a quote never runs past its
line, so every rule asks "where does this sentence (line) start or end?": the answers
come from two sorted offset lists, so each question costs a logarithm, not a scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from newscli.datafiles import data_lines

# A danda, a question or exclamation mark, or a full stop (one inside a number, 2.5, is
# dropped by _in_number: a look-behind in the pattern would be tried at every offset).
_END = re.compile(r"[।॥?!.]")
_WORD_BEFORE = re.compile(r"([\u0900-\u0963\u0966-\u097FA-Za-z]+)$")


@cache
def _abbreviations() -> frozenset[str]:
    """Words after which a full stop is an abbreviation's: ``डॉ.``, ``प्रो.``, initials (``एम.``)."""
    words = {line.rstrip(".") for line in data_lines("abbreviations.txt")}
    for line in data_lines("text_letter_names.tsv"):
        name, _latin, ambiguous = line.split("\t")
        if ambiguous == "no":
            words.add(name)
    return frozenset(words)


def _is_abbreviation(text: str, at: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``at`` ends an abbreviation or an initial, not a sentence:
    ``डॉ.``, ``U.``, and short words in a run of initials (``एम.वाय.``, ``एम. वाय.``)."""
    word = _WORD_BEFORE.search(text, max(0, at - 12), at)
    if not word:
        return False
    w = word.group(1)
    if w in abbreviations or (len(w) == 1 and w.isascii()):
        return True
    if len(w) > _INITIAL_CHARS:
        return False
    glued = at + 1 < len(text) and text[at + 1].isalpha()
    before = text[: word.start(1)].rstrip(" ")
    return glued or before.endswith(".")


_INITIAL_CHARS = 3


def _in_number(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` stands between two digits (``2.5``)."""
    return 0 < at < len(text) - 1 and text[at - 1].isdecimal() and text[at + 1].isdecimal()


class Layout:
    """Where the lines and sentences of ``text`` start and end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        abbreviations = _abbreviations()
        ends = []
        for m in _END.finditer(text):
            at = m.start()
            if text[at] == "." and (_in_number(text, at) or _is_abbreviation(text, at, abbreviations)):
                continue
            ends.append(at)
        self.ends = ends

    def line_start(self, pos: int) -> int:
        i = bisect_left(self.newlines, pos)
        return self.newlines[i - 1] + 1 if i else 0

    def line_end(self, pos: int) -> int:
        i = bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

    def sentence_start(self, pos: int) -> int:
        """Just after the sentence end (or line break) before ``pos``."""
        i = bisect_left(self.ends, pos)
        after_end = self.ends[i - 1] + 1 if i else 0
        return max(after_end, self.line_start(pos))

    def sentence_end(self, pos: int) -> int:
        """The offset of the first sentence end (or line break) at or after ``pos``."""
        i = bisect_left(self.ends, pos)
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return min(end, self.line_end(pos))

    def has_end_between(self, start: int, end: int) -> bool:
        return bisect_right(self.ends, end - 1) > bisect_left(self.ends, start)

    def previous_sentence(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one holding ``pos``, when it is on the same line."""
        start = self.sentence_start(pos)
        line = self.line_start(pos)
        if start <= line:
            return None
        prev_end = start - 1  # the terminator
        prev_start = self.sentence_start(prev_end)
        return (prev_start, prev_end) if prev_start < prev_end else None
