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


def _content_words(tokens: Sequence[Token]) -> list[dict[str, object]]:
    # Counter.most_common keeps first-insertion order among equal counts.
    return [{"word": w, "count": n} for w, n in content_word_counts(tokens).most_common(TOP_WORDS)]


def text_stats(text: str, tokens: Sequence[Token], sentences: Sequence[Sentence]) -> dict[str, object]:
    """Statistics of one text; see the module docstring for each key."""
    words = [t for t in tokens if t.kind not in _NOT_WORDS]
    space, devanagari, latin, digits, _ = char_class_counts(text)
    n_visible = len(text) - space
    other = n_visible - devanagari - latin - digits
    return {
        "characters": len(text),
        "non_space_characters": n_visible,
        "tokens": len(tokens),
        "words": len(words),
        "sentences": len(sentences),
        "mean_sentence_words": round(len(words) / len(sentences), 2) if sentences else 0.0,
        "type_token_ratio": _share(len({t.norm for t in words}), len(words)),
        "devanagari_share": _share(devanagari, n_visible),
        "latin_share": _share(latin, n_visible),
        "digit_share": _share(digits, n_visible),
        "other_share": _share(other, n_visible),
        "top_words": _content_words(tokens),
        "reading_time_minutes": round(len(words) / WORDS_PER_MINUTE, 2),
        "words_per_minute": WORDS_PER_MINUTE,
    }
