"""The bounded memo that the parser's fold and the entity spelling keys share."""

from __future__ import annotations

from collections.abc import Callable

from newscli.memo import short_string_memo


def counting_memo(limit: int, longest: int) -> tuple[list[str], Callable[[str], str]]:
    calls: list[str] = []

    @short_string_memo(limit=limit, longest=longest)
    def upper(s: str) -> str:
        calls.append(s)
        return s.upper()

    return calls, upper


def test_a_short_string_is_computed_once() -> None:
    calls, upper = counting_memo(limit=10, longest=5)
    assert [upper("ab"), upper("ab"), upper("cd")] == ["AB", "AB", "CD"]
    assert calls == ["ab", "cd"]


def test_a_long_string_is_not_kept() -> None:
    calls, upper = counting_memo(limit=10, longest=5)
    assert upper("abcdef") == upper("abcdef") == "ABCDEF"
    assert calls == ["abcdef", "abcdef"]


def test_a_full_memo_starts_afresh() -> None:
    calls, upper = counting_memo(limit=2, longest=5)
    for s in ["a", "b", "c", "a"]:
        upper(s)
    # "c" found the memo full and cleared it, so "a" is computed again.
    assert calls == ["a", "b", "c", "a"]
