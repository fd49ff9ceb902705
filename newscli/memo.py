"""A bounded memo for functions of one short string.

The parser and the entity tagger compute the same keys of the same words in
article after article; remembering them is cheaper than recomputing them. Long
strings (whole lines) seldom repeat and are not kept, and the memo starts
afresh when it is full, so memory stays bounded over any corpus.
"""

from __future__ import annotations

import functools
from collections.abc import Callable


def short_string_memo(limit: int, longest: int = 64) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    """Remember the results for at most ``limit`` strings of at most ``longest`` characters."""

    def decorate(fn: Callable[[str], str]) -> Callable[[str], str]:
        memo: dict[str, str] = {}

        @functools.wraps(fn)
        def remembered(s: str) -> str:
            got = memo.get(s)
            if got is None:
                got = fn(s)
                if len(s) <= longest:
                    if len(memo) >= limit:
                        memo.clear()
                    memo[s] = got
            return got

        return remembered

    return decorate
