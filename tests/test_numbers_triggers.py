"""The scanner's two trigger patterns find what the one trigger pattern finds, at every position."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.numbers.lexicon import lexicon
from newscli.extract.numbers.scan import Triggers, trigger_pattern

_NOISE = [
    " ",
    "  ",
    "\n",
    "-",
    "−",
    "+",
    "₹",
    "$",
    "≥",
    ".",
    ",",
    "।",
    "(",
    "1",
    "२५",
    "3.5",
    "क़",
    "ज़ि",
    "ं",
    "ा",
    "https://x.in/2020",
    "xhttp://a",
    "www.b.com",
    "wwww.c",
    "hundred",
    "a",
    "Q",
    "é",
    "_",
    "\u200d",
    "बड़ी",
]


def _reading(m: re.Match[str] | None) -> tuple[int, int, bool] | None:
    return None if m is None else (m.start(), m.end(), m.group("skip") is not None)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    rng = draw(st.randoms(use_true_random=True))
    words = sorted(lexicon().trigger_words())
    parts = [rng.choice(words) if rng.random() < 0.5 else rng.choice(_NOISE) for _ in range(rng.randint(1, 12))]
    return "".join(p if rng.random() < 0.3 else p + rng.choice([" ", "\n", ", "]) for p in parts)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_triggers_match_the_one_pattern_from_every_position(text: str) -> None:
    pattern = trigger_pattern()
    for pos in range(len(text) + 1):
        assert Triggers(text).next(pos) == _reading(pattern.search(text, pos)), (text, pos)


@settings(max_examples=300, deadline=None)
@given(_texts(), st.randoms(use_true_random=True))
def test_triggers_keep_agreeing_as_the_scan_moves_on(text: str, rng: random.Random) -> None:
    """One finder asked again and again with growing positions, as the scanner asks it."""
    pattern = trigger_pattern()
    triggers = Triggers(text)
    pos = 0
    while pos <= len(text):
        assert triggers.next(pos) == _reading(pattern.search(text, pos)), (text, pos)
        pos += rng.choice([0, 1, 1, 2, 5])


def test_a_word_at_the_start_and_a_link_beside_a_word() -> None:
    assert Triggers("दो लोग").next(0) == (0, 2, False)
    assert Triggers("लोग दो").next(1) == (4, 6, False)
    link = "http://x.in/5"
    assert Triggers(link).next(0) == (0, len(link), True)
    assert Triggers("5 करोड़").next(1) == _reading(trigger_pattern().search("5 करोड़", 1))
