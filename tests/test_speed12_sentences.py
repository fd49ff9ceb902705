"""The patterns that find where a sentence may end hold exactly the characters the rules name."""

from __future__ import annotations

import sys
from collections.abc import Callable

from newscli.text.sentences import _BREAK_RE, _FINAL_MARKS, _LINE_BREAKS, _MAY_END_RE


def _matched_by(fullmatch: Callable[[str], object]) -> set[str]:
    chars = (chr(cp) for cp in range(sys.maxunicode + 1))
    return {ch for ch in chars if fullmatch(ch)}


def test_marks_are_the_final_marks_and_the_period() -> None:
    assert _matched_by(_MAY_END_RE.fullmatch) == _FINAL_MARKS | {"."}


def test_breaks_are_the_line_breaks() -> None:
    assert _matched_by(_BREAK_RE.fullmatch) == set(_LINE_BREAKS)
    assert _BREAK_RE.fullmatch("\r\n\u2028\n") is not None
