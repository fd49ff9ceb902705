"""Text statistics for ``analyze``: counts, vocabulary, script shares, reading time.

``text_stats(text, tokens, sentences)`` returns only JSON-serialisable values:

``characters``            code points of ``text``.
``non_space_characters``  code points that are not whitespace.
``tokens``                all tokens.
``words``                 tokens that are read as words: every kind except ``punct`` and
                          ``symbol`` (numbers, abbreviations, URLs count as one word each).
``sentences``             sentences.
``mean_sentence_words``   words per sentence (0 without sentences), 2 decimals.
``type_token_ratio``      distinct word norms / words (0 without words), 4 decimals.
``devanagari_share``, ``latin_share``, ``digit_share``, ``other_share``
                          shares of the non-space characters that are Devanagari letters
                          and signs, Latin letters, decimal digits (any script), or anything
                          else (punctuation, symbols); 4 decimals, summing to 1 up to rounding (all 0 for
                          empty text).
``top_words``             the 10 most frequent content words as ``{"word": norm, "count": n}``:
                          tokens of kind ``word`` or ``latin`` whose norm is not in the stop-word
                          list (``data/hi/stopwords.txt``) and has at least two letters; ties
                          keep the order of first occurrence.
``reading_time_minutes``  words / ``words_per_minute``, 2 decimals.
``words_per_minute``      the assumed reading speed: 200 words a minute, a usual figure for
                          adults reading news on a screen (Hindi readers are commonly measured
                          between 150 and 250).
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from newscli.model import Sentence, Token
from newscli.text.tokenize import read_list

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

WORDS_PER_MINUTE = 200
TOP_WORDS = 10
_NOT_WORDS = frozenset(("punct", "symbol"))
_CONTENT_KINDS = frozenset(("word", "latin"))
_SPACE = regex.compile(r"\s")
_DEVANAGARI = regex.compile(r"[\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF]")
_LATIN = regex.compile(r"\p{Latin}")
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_CLASSES = ((_SPACE, "space"), (_DEVANAGARI, "devanagari"), (_LATIN, "latin"), (_DIGIT, "digit"))


@functools.cache
def stopwords() -> frozenset[str]:
    """Hindi stop words, in normalized form."""
    return frozenset(read_list("stopwords.txt"))


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def content_word_counts(tokens: Sequence[Token]) -> Counter[str]:
    """Norms of the content words (not stop words, at least two letters) with their counts."""
    stop = stopwords()
    counts = Counter(t.norm for t in tokens if t.kind in _CONTENT_KINDS and t.norm not in stop)
    for norm in [n for n in counts if not _has_two_letters(n)]:
        del counts[norm]
    return counts


@functools.lru_cache(maxsize=65536)
def _has_two_letters(norm: str) -> bool:
    return len(_LETTER.findall(norm)) >= 2


@functools.lru_cache(maxsize=4096)
def _char_class(ch: str) -> str:
    return next((name for pattern, name in _CLASSES if pattern.match(ch)), "other")


def _char_classes(text: str) -> Counter[str]:
    """How many characters of ``text`` are whitespace, Devanagari, Latin, digits or other.

    Characters are counted first and classified once per distinct character: a text
    has a few hundred distinct characters among thousands. :func:`char_class_counts`
    gives the same counts faster; this is the definition it is tested against.
    """
    out: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        out[_char_class(ch)] += n
    return out


_CLASS_NAMES = (*(name for _, name in _CLASSES), "other")
_UNSEEN = 255  # not classified yet


@functools.cache
def _class_table() -> npt.NDArray[np.uint8]:
    """The class of every code point seen so far, as an index into ``_CLASS_NAMES``.

    Filled in as code points come: a corpus uses a few hundred of them.
    """
    import numpy as np

    return np.full(sys.maxunicode + 1, _UNSEEN, np.uint8)


def char_class_counts(text: str) -> tuple[int, ...]:
    """How many characters of ``text`` fall in each class of ``_CLASS_NAMES``.

    Counting characters one at a time (``Counter(text)``) costs more than the rest of
    the statistics together; numpy looks up every code point's class at once.
    """
    import numpy as np

    table = _class_table()
    # surrogatepass: JSON input may hold a lone surrogate, which is one character like any other
    code_points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    classes = table[code_points]
    counts = np.bincount(classes, minlength=_UNSEEN + 1)
    if counts[_UNSEEN]:
        for cp in np.unique(code_points[classes == _UNSEEN]).tolist():
            table[cp] = _CLASS_NAMES.index(_char_class(chr(cp)))
        counts = np.bincount(table[code_points], minlength=_UNSEEN + 1)
    return tuple(counts[: len(_CLASS_NAMES)].tolist())


def text_stats(text: str, tokens: Sequence[Token], sentences: Sequence[Sentence]) -> dict[str, object]:
    """Statistics of one text; see the module docstring for each key."""
    counts = TextCounts()
    counts.add(text, tokens, len(sentences))
    return counts.stats()


class TextCounts:
    """The counts :func:`text_stats` is made of, added up over the pieces of a long
    text (:mod:`newscli.pieces`) and merged, so the pieces' statistics are the whole's."""

    __slots__ = (
        "characters",
        "content",
        "devanagari",
        "digits",
        "latin",
        "norms",
        "sentences",
        "space",
        "tokens",
        "words",
    )

    def __init__(self) -> None:
        self.characters = self.space = self.devanagari = self.latin = self.digits = 0
        self.tokens = self.words = self.sentences = 0
        self.norms: set[str] = set()
        self.content: Counter[str] = Counter()

    def add(self, text: str, tokens: Sequence[Token], sentences: int) -> None:
        words = [t for t in tokens if t.kind not in _NOT_WORDS]
        space, devanagari, latin, digits, _ = char_class_counts(text)
        self.characters += len(text)
        self.space += space
        self.devanagari += devanagari
        self.latin += latin
        self.digits += digits
        self.tokens += len(tokens)
        self.words += len(words)
        self.sentences += sentences
        self.norms.update(t.norm for t in words)
        self.content.update(content_word_counts(tokens))

    def merge(self, other: TextCounts) -> None:
        """Add the counts of the text that follows this one."""
        for name in ("characters", "space", "devanagari", "latin", "digits", "tokens", "words", "sentences"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.norms |= other.norms
        self.content.update(other.content)  # new words after the old: first-seen order holds

    def stats(self) -> dict[str, object]:
        n_visible = self.characters - self.space
        other = n_visible - self.devanagari - self.latin - self.digits
        words = self.words
        return {
            "characters": self.characters,
            "non_space_characters": n_visible,
            "tokens": self.tokens,
            "words": words,
            "sentences": self.sentences,
            "mean_sentence_words": round(words / self.sentences, 2) if self.sentences else 0.0,
            "type_token_ratio": _share(len(self.norms), words),
            "devanagari_share": _share(self.devanagari, n_visible),
            "latin_share": _share(self.latin, n_visible),
            "digit_share": _share(self.digits, n_visible),
            "other_share": _share(other, n_visible),
            # Counter.most_common keeps first-insertion order among equal counts.
            "top_words": [{"word": w, "count": n} for w, n in self.content.most_common(TOP_WORDS)],
            "reading_time_minutes": round(words / WORDS_PER_MINUTE, 2),
            "words_per_minute": WORDS_PER_MINUTE,
        }
