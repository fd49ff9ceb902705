"""The scanner's trigger pattern, spelt for speed, against the plain form it replaced."""

from __future__ import annotations

import random
import re

from newscli.extract.numbers.lexer import DIGITS, LEADING_POINT, WORD_CHARS
from newscli.extract.numbers.lexicon import lexicon
from newscli.extract.numbers.scan import _NUKTA_FORMS, _surface, _surface_branches, trigger_pattern


def _plain_trie(words: set[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = [_surface(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return build(trie)


def _plain_pattern() -> re.Pattern[str]:
    lex = lexicon()
    letter = rf"[^\W\d_]|[{WORD_CHARS}]"
    signs = {k for k in lex.currency_pre.by_first if len(k) == 1 and not k.isalnum()}
    signs.update(k for k in lex.bounds_pre.by_first if len(k) == 1 and not k.isalnum())
    return re.compile(
        rf"[{DIGITS}][{DIGITS}.,]*"
        rf"|{LEADING_POINT}"
        rf"|[{re.escape(''.join(sorted(signs)))}]"
        rf"|[-−+](?=\s?[{DIGITS}])"
        rf"|(?<!{letter})(?:{_plain_trie(lex.trigger_words())})(?!{letter})"
        r"|(?P<skip>(?:https?://|www\.)\S+)"
    )


def _reading(m: re.Match[str] | None) -> tuple[int, int, bool] | None:
    return None if m is None else (m.start(), m.end(), m.group("skip") is not None)


def test_surface_branches_spell_the_same_strings() -> None:
    chars = ["\u0902", "\u0901", "म", "\u094d", "\u093c", "a", "A", "इ", "ई", *_NUKTA_FORMS, *_NUKTA_FORMS.values()]
    samples = [a + b for a in chars for b in ["", *chars]]
    for ch in ["\u0902", "a", "इ", "म", *_NUKTA_FORMS]:
        plain = re.compile(_surface(ch))
        split = re.compile("|".join(_surface_branches(ch)))
        for s in samples:
            assert bool(plain.fullmatch(s)) == bool(split.fullmatch(s)), (ch, s)


def test_trigger_pattern_matches_like_the_plain_form_at_every_position() -> None:
    plain, fast = _plain_pattern(), trigger_pattern()
    words = sorted(lexicon().trigger_words())
    rng = random.Random(7)
    noise = [
        " ",
        "  ",
        "\n",
        "-",
        "−",
        "+",
        "₹",
        "৳",
        "$",
        ".",
        ",",
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
        "a",
        "Q",
        "_",
        "\u200d",
        "बड़ी",
    ]
    for _ in range(300):
        parts = [rng.choice(words) if rng.random() < 0.5 else rng.choice(noise) for _ in range(12)]
        text = "".join(p if rng.random() < 0.3 else p + " " for p in parts)
        for pos in range(len(text) + 1):
            assert _reading(fast.match(text, pos)) == _reading(plain.match(text, pos)), (text, pos)
            assert _reading(fast.search(text, pos)) == _reading(plain.search(text, pos)), (text, pos)
