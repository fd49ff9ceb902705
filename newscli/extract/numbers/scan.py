"""The scanner: find where quantities may begin, read the longest one there, move on.

A single compiled pattern, built from the word data, finds the places where a quantity
may begin (a digit, a currency sign, a number word, a month, a weekday, ...). At each
place every rule reads what it can; the longest reading wins and the scan continues
after it, so quantities never overlap and come out in text order.
"""

from __future__ import annotations

import functools

import regex

from newscli.extract.dates.calendar import parse_reference
from newscli.extract.dates.rules import DATE_RULES
from newscli.extract.numbers.context import Cand, Ctx, Rule
from newscli.extract.numbers.lexer import Cursor
from newscli.extract.numbers.lexicon import lexicon
from newscli.extract.numbers.rules import AMOUNT_KINDS, NUMBER_RULES, bounded
from newscli.model import Quantity

# Ties go to the earlier rule: an idiom beats the numbers in it, a date beats a range.
RULES: tuple[Rule, ...] = (NUMBER_RULES[0], NUMBER_RULES[1], *DATE_RULES, *NUMBER_RULES[2:])

_NUKTA_FORMS = {
    "क": "\u0958",
    "ख": "\u0959",
    "ग": "\u095a",
    "ज": "\u095b",
    "ड": "\u095c",
    "ढ": "\u095d",
    "फ": "\u095e",
    "य": "\u095f",
}
_VOWEL_FORMS = {"ि": "[िी]", "ु": "[ुू]", "इ": "[इई]", "उ": "[उऊ]"}


def _surface(ch: str) -> str:
    """A pattern for every spelling whose folded form is ``ch`` (see lexicon.fold)."""
    if ch == "\u0902":
        return "(?:[\u0902\u0901]|[ङञणनम]\u094d)"
    if ch in _VOWEL_FORMS:
        return _VOWEL_FORMS[ch]
    if ch in _NUKTA_FORMS:
        return f"(?:{ch}\u093c?|{_NUKTA_FORMS[ch]})"
    if ch.isascii() and ch.isalpha():
        return f"[{ch}{ch.upper()}]"
    return regex.escape(ch)


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: set[str]) -> str:
    """One alternation that shares prefixes, so matching a word costs its length, not the list's."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        ends = "" in node
        alts = [_surface(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return build(trie)


@functools.cache
def trigger_pattern() -> regex.Pattern[str]:
    words = _trie_pattern(lexicon().trigger_words())
    digits = "0-9\u0966-\u096f"
    return regex.compile(
        r"(?P<skip>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+)"
        rf"|[{digits}]+(?:[.,][{digits}]+)*"
        r"|[₹$£€¥₩₺₦৳₾<>≥≤]"
        rf"|[-−+](?=\s?[{digits}])"
        rf"|(?<![\p{{L}}\p{{M}}])(?:{words})(?![\p{{L}}\p{{M}}])"
    )


def _core(ctx: Ctx, i: int) -> Cand | None:
    best: Cand | None = None
    for rule in RULES:
        cand = rule.match(ctx, i)
        if cand is not None and (best is None or cand.j > best.j):
            best = cand
    return bounded(ctx, best) if best is not None else None


def read_at(ctx: Ctx) -> Cand | None:
    """The longest quantity that begins at the cursor's first token."""
    pre = ctx.phrase(ctx.lex.bounds_pre, 0)
    if pre is not None:
        (approx,), k = pre
        first, prev = ctx.tok(0), ctx.prev_tok(0)
        # "=>30" is not a bound: a comparison sign glued after another one.
        glued_sign = (
            first is not None and first.kind == "sym" and first.glued and prev is not None and prev.key in "=<>"
        )
        if not glued_sign:
            core = _core(ctx, k)
            if core is not None and core.emit and (core.kind in AMOUNT_KINDS or core.kind == "range"):
                core.i = 0
                if core.approx is None and approx != "exact":
                    core.approx = approx
                return core
    return _core(ctx, 0)


def extract(text: str, reference: str | None) -> list[Quantity]:
    ref = parse_reference(reference)
    pattern = trigger_pattern()
    out: list[Quantity] = []
    pos, n = 0, len(text)
    while pos < n:
        m = pattern.search(text, pos)
        if m is None:
            break
        if m.group("skip") is not None:
            pos = m.end()
            continue
        cur = Cursor(text, m.start())
        ctx = Ctx(cur, ref)
        cand = read_at(ctx)
        if cand is None or cand.j <= cand.i:
            pos = m.end()
            continue
        first, last = cur.get(cand.i), cur.get(cand.j - 1)
        assert first is not None and last is not None
        if cand.emit:
            out.append(
                Quantity(
                    start=first.start,
                    end=last.end,
                    text=text[first.start : last.end],
                    kind=cand.kind,
                    value=cand.value,
                    unit=cand.unit,
                    approx=cand.approx,
                )
            )
        pos = last.end
    return out
