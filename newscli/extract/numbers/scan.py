"""The scanner: find where quantities may begin, read the longest one there, move on.

A single compiled pattern, built from the word data, finds the places where a quantity
may begin (a digit, a currency sign, a number word, a month, a weekday, ...). At each
place every rule reads what it can; the longest reading wins and the scan continues
after it, so quantities never overlap and come out in text order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from newscli.extract.dates.calendar import parse_reference
from newscli.extract.dates.rules import DATE_RULES
from newscli.extract.numbers.context import Cand, Ctx, Rule
from newscli.extract.numbers.gates import around_bits, mask, start_bits
from newscli.extract.numbers.lexer import DIGITS, LEADING_POINT, WORD_CHARS, Cursor
from newscli.extract.numbers.lexicon import Lexicon, keys, lexicon
from newscli.extract.numbers.rules import AMOUNT_KINDS, BOUND_LINKS, NUMBER_RULES, bounded, plain_number
from newscli.model import Quantity

# Ties go to the earlier rule: an idiom beats the numbers in it, a date (24/07/2023) beats
# an identifier and a range.
RULES: tuple[Rule, ...] = (NUMBER_RULES[0], *DATE_RULES, *NUMBER_RULES[1:])

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
    return re.escape(ch)


def _first_branches(ch: str) -> list[tuple[str, str]]:
    """``_surface(ch)`` as alternatives that each begin with one character or class: (the
    characters that class holds, the alternative).

    re skips an alternative whose first character or class does not match without entering
    it, but must enter a group: at every word start the scanner tries each first letter
    of the trigger words, so the first level of the trie is spelt with these.
    """
    if ch == "\u0902":
        return [("\u0902\u0901", "[\u0902\u0901]"), ("ङञणनम", "[ङञणनम]\u094d")]
    if ch in _NUKTA_FORMS:
        return [(ch, f"{ch}\u093c?"), (_NUKTA_FORMS[ch], _NUKTA_FORMS[ch])]
    if ch in _VOWEL_FORMS:
        return [(_VOWEL_FORMS[ch][1:-1], _VOWEL_FORMS[ch])]
    if ch.isascii() and ch.isalpha():
        return [(ch + ch.upper(), _surface(ch))]
    return [(ch, _surface(ch))]


def _surface_branches(ch: str) -> list[str]:
    return [branch for _, branch in _first_branches(ch)]


_Trie = dict[str, "_Trie"]
# First letters of trigger words per look-ahead group (see _trie_pattern).
_GROUP_SIZE = 16


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
        # (A|B)C is AC|BC, tried in the same order: every letter becomes plain alternatives.
        alts = [branch + build(sub) for ch, sub in sorted(node.items()) if ch for branch in _surface_branches(ch)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    # Hindi words are tried before English ones. Alternatives with different first letters
    # never match the same text, so their order does not change what matches.
    firsts = sorted(trie.items(), key=lambda item: (item[0].isascii(), item[0]))
    branches = [(chars, branch + build(sub)) for ch, sub in firsts for chars, branch in _first_branches(ch)]
    # Skipping an alternative still costs a test of its first letter, and a word start that
    # begins no trigger word fails all of them: runs of alternatives are put behind one
    # test of all their first letters. (A|B)|(C|D) is A|B|C|D, so nothing else changes.
    groups = []
    for k in range(0, len(branches), _GROUP_SIZE):
        run = branches[k : k + _GROUP_SIZE]
        letters = "".join(sorted({c for chars, _ in run for c in chars}))
        groups.append(f"(?=[{re.escape(letters)}])(?:" + "|".join(branch for _, branch in run) + ")")
    return "(?:" + "|".join(groups) + ")"


_LETTER = rf"[^\W\d_]|[{WORD_CHARS}]"


def _single_signs() -> str:
    """Currency signs and bound signs (≥, <) that begin a quantity, as the inside of a class."""
    lex = lexicon()
    signs = {k for k in lex.currency_pre.by_first if len(k) == 1 and not k.isalnum()}
    signs.update(k for k in lex.bounds_pre.by_first if len(k) == 1 and not k.isalnum())
    return re.escape("".join(sorted(signs)))


@functools.cache
def trigger_pattern() -> re.Pattern[str]:
    """Every place where a quantity may begin, as one pattern.

    The scanner finds the same places with two patterns (see ``Triggers``), which re runs
    faster; this one defines them and the tests hold the two to it.
    """
    words = _trie_pattern(lexicon().trigger_words())
    # "No letter before": two one-class look-behinds instead of one over two alternatives;
    # the Devanagari class comes first, as it fails at once inside a Hindi word.
    no_letter_before = rf"(?<![{WORD_CHARS}])(?<![^\W\d_])"
    return re.compile(
        rf"[{DIGITS}][{DIGITS}.,]*"
        rf"|{LEADING_POINT}"
        rf"|[{_single_signs()}]"
        rf"|[-−+](?=\s?[{DIGITS}])"
        rf"|{no_letter_before}{words}(?!{_LETTER})"
        # Links begin with a class, not a group, so that re passes over other letters cheaply.
        r"|[hw](?P<skip>(?<=h)ttps?://\S+|(?<=w)ww\.\S+)"
    )


@functools.cache
def _sign_pattern() -> re.Pattern[str]:
    """The alternatives of ``trigger_pattern`` but words: digits, signs, links.

    Each consumes its first character from one class that comes first, so that re looks
    for that class alone (in C) and tries the pattern only where one of them stands.
    """
    signs = _single_signs()
    return re.compile(
        rf"[{DIGITS}{signs}\-−+hw.]"
        rf"(?:(?<=[{DIGITS}])[{DIGITS}.,]*"
        rf"|(?<![^\s(]\.)(?<=\.)(?=[{DIGITS}])"
        rf"|(?<=[{signs}])"
        rf"|(?<=[-−+])(?=\s?[{DIGITS}])"
        r"|(?<=[hw])(?P<skip>(?<=h)ttps?://\S+|(?<=w)ww\.\S+))"
    )


@functools.cache
def _word_pattern() -> re.Pattern[str]:
    """Trigger words after the character before them.

    A trigger word follows a character that is no letter; that character comes first, as
    a class without Indian letters or ASCII ones, so that re skips the inside of words in
    C and tries the word alternatives only after spaces and punctuation. A word at the
    very start of a text is matched after a space put in front: the trie is large enough
    that compiling it a second time, as a pattern of its own, would cost more start-up
    than all the number scanning of a short article.
    """
    words = _trie_pattern(lexicon().trigger_words())
    return re.compile(rf"[^{WORD_CHARS}a-zA-Z](?<![^\W\d_]){words}(?!{_LETTER})")


_Found = tuple[int, int, bool]  # start, end, and whether it is a link to skip


class Triggers:
    """The places of ``trigger_pattern`` in a text, one after another, found with two patterns.

    Each pattern's next match is kept until the scan passes it: the one that lies further
    on is usually still ahead at the next call. Matches of the two patterns can begin at
    the same place only for a link (http..., www.) and an English word with h or w; the
    word wins there, as in ``trigger_pattern`` where it is the earlier alternative.
    """

    __slots__ = ("_after", "_none", "_sign", "_sign_search", "_word", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._sign_search = _sign_pattern().search
        self._after = _word_pattern()
        self._none: _Found = (len(text) + 1, len(text) + 1, False)  # no more matches: never passed
        self._sign: _Found = (-1, -1, False)  # not searched yet: passed at once
        self._word: _Found = (-1, -1, False)

    def next(self, pos: int) -> _Found | None:
        """The first place at or after ``pos`` (positions only grow from call to call)."""
        sign = self._sign
        if sign[0] < pos:
            sign = self._sign = self._next_sign(pos)
        word = self._word
        if word[0] < pos:
            word = self._word = self._next_word(pos)
        if sign[0] < word[0] or (sign[0] == word[0] and not sign[2]):
            return None if sign is self._none else sign
        return None if word is self._none else word

    def _next_sign(self, pos: int) -> _Found:
        m = self._sign_search(self.text, pos)
        if m is None:
            return self._none
        return m.start(), m.end(), m.group("skip") is not None

    def _next_word(self, pos: int) -> _Found:
        if pos == 0:
            m = self._after.match(" " + self.text)
            if m is not None:
                return 0, m.end() - 1, False
        # The character before ``pos`` may be the one the word follows.
        m = self._after.search(self.text, max(pos - 1, 0))
        if m is None:
            return self._none
        return m.start() + 1, m.end(), False


def _roles(lex: Lexicon, kind: str, key: str) -> set[str]:
    """What a token of this kind and key can begin (the ``starts`` of the rules)."""
    roles = {kind}
    if kind == "word":
        if (
            key in lex.cardinals
            or key in lex.scales
            or key in lex.fractions
            or key in lex.word_ordinals
            or key in lex.dozens
            or key in lex.english
            or key in lex.minus
        ):
            roles.add("numword")
        tables: dict[str, Collection[str]] = {
            "ordword": lex.ordinals,
            "month": lex.months.by_first,
            "weekday": lex.weekdays,
            "relprefix": lex.relative_prefixes.by_first,
            "relday": lex.relative_days.by_first,
            "daypart": lex.dayparts.by_first,
            "era": lex.eras,
            "durword": lex.duration_alone,
            "idiom": lex.idioms.by_first,
        }
        roles.update(role for role, table in tables.items() if key in table)
    if key in lex.currency_pre.by_first:
        roles.add("currency")
    if kind == "sym" and key in "-−+":
        roles.add("sign")
    return roles


class _Route:
    """The rules a start token can begin, and which of them to try given the conditions around it."""

    __slots__ = ("by_bits", "needs", "rules", "static", "varies")

    def __init__(self, rules: tuple[Rule, ...], static: int) -> None:
        self.rules = rules
        self.static = static
        self.needs = tuple(mask(rule.needs) for rule in rules)
        # Whether the tokens around a start can change the choice: not when every rule is
        # ungated or already let through by the start token itself.
        self.varies = any(need and not need & static for need in self.needs)
        self.by_bits: dict[int, tuple[Rule, ...]] = {}

    def select(self, bits: int) -> tuple[Rule, ...]:
        """The rules whose conditions ``bits`` meets, in their order (ties go to the earlier one)."""
        chosen = self.by_bits.get(bits)
        if chosen is None:
            chosen = tuple(rule for rule, need in zip(self.rules, self.needs, strict=True) if not need or need & bits)
            self.by_bits[bits] = chosen
        return chosen


@functools.cache
def _route(kind: str, key: str) -> _Route:
    lex = lexicon()
    roles = _roles(lex, kind, key)
    return _Route(tuple(rule for rule in RULES if roles & rule.starts), start_bits(lex, kind, key))


def _rules_at(ctx: Ctx, i: int, kind: str, key: str) -> tuple[Rule, ...]:
    """The rules that can match at token ``i``, which is of this kind and key."""
    # The roles and start conditions of digits do not depend on which digits they are (no
    # word table holds digits): one route serves them all.
    route = _route(kind, "" if kind == "num" else key)
    if not route.varies:
        return route.rules
    return route.select(route.static | around_bits(ctx, i))


@functools.cache
def _words_after_digits() -> frozenset[str]:
    """Keys of the words that can continue a quantity after digits: a unit, a month, से, बजे, ...

    Bounds (से अधिक, तक, के आसपास) are not among them: they are read after every rule.
    """
    lex = lexicon()
    words: set[str] = {"x", "to", *keys("से तो और and का")}
    words.update(lex.durations, lex.scales, lex.dozens, lex.fractions, lex.clock)
    words.update(k for k, role in lex.links.items() if role in ("decimal", "over", "whole"))
    for table in (lex.currency_post, lex.percent, lex.months, lex.dayparts, lex.timezones):
        words.update(table.by_first)
    return frozenset(words)


_SYMBOLS_AFTER_DIGITS = frozenset("-–—~/:.^%+")


def _plain_number(ctx: Ctx, i: int) -> bool:
    """Digits followed by nothing a longer quantity could use: only the number rule applies."""
    nxt = ctx.tok(i + 1)
    if nxt is None:
        return True
    if nxt.kind == "num":
        return False
    if nxt.kind == "sym":
        # Glued or not: the rules read a symbol after digits only among these (dates, times,
        # ranges, fractions, powers, per cent) or as a currency; "5," and "(5)" are plain.
        return nxt.key not in _SYMBOLS_AFTER_DIGITS and nxt.key not in ctx.lex.currency_post.by_first
    # A spaced "k" is a thousand (2.33 k), and what follows it may be a unit (2023 k साल).
    return not nxt.glued and nxt.text != "k" and nxt.key not in _words_after_digits()


def _core(ctx: Ctx, i: int) -> Cand | None:
    tok = ctx.tok(i)
    if tok is None:
        return None
    if tok.kind == "num" and _plain_number(ctx, i):
        plain = plain_number(ctx, i)
        return bounded(ctx, plain) if plain is not None else None
    best: Cand | None = None
    for rule in _rules_at(ctx, i, tok.kind, tok.key):
        cand = rule.match(ctx, i)
        if cand is not None and (best is None or cand.j > best.j):
            best = cand
    return bounded(ctx, best) if best is not None else None


_OPPOSITE = {"at_least": "at_most", "at_most": "at_least", "over": "under", "under": "over"}
_LOWER = frozenset({"at_least", "over"})


def _bound_pair(ctx: Ctx, first: Cand) -> Cand:
    """Two bounds before their amounts, one each way, are a range: ज़्यादा से ज़्यादा 40 और
    कम से कम 10 = [10, 40], न्यूनतम 5 तथा अधिकतम 8 = [5, 8] (as 50 से ज़्यादा और 80 से कम)."""
    want = _OPPOSITE.get(first.approx or "")
    if want is None or first.kind not in AMOUNT_KINDS or not isinstance(first.value, int | float):
        return first
    k = first.j
    if ctx.key(k) not in BOUND_LINKS:
        return first
    pre = ctx.phrase(ctx.lex.bounds_pre, k + 1)
    if pre is None or pre[0][0] != want:
        return first
    second = _core(ctx, pre[1])
    if second is None or not second.emit or second.approx is not None or not isinstance(second.value, int | float):
        return first
    # The unit may be written once, after the second amount: न्यूनतम 5 और अधिकतम 8 प्रतिशत.
    bare = first.kind == "number" and first.unit is None
    if second.kind not in AMOUNT_KINDS or (second.kind != first.kind and not bare):
        return first
    if second.kind in ("money", "duration") and not bare and second.unit != first.unit:
        return first
    low, high = (first.value, second.value) if first.approx in _LOWER else (second.value, first.value)
    if not high > low:
        return first
    unit = "percent" if second.kind == "percent" else second.unit if second.kind in ("money", "duration") else None
    return Cand(0, second.j, "range", [low, high], unit, None, "range-bounds-before")


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
            timed = core is not None and core.kind in ("time", "datetime") and approx == "about"  # करीब 11 बजे
            if core is not None and core.emit and (core.kind in AMOUNT_KINDS or core.kind == "range" or timed):
                core.i = 0
                if core.approx is None and approx != "exact":
                    core.approx = approx
                return _bound_pair(ctx, core)
    cand = _core(ctx, 0)
    first = ctx.tok(0)
    if first is not None and first.kind == "sym" and first.key in "-−+":
        # A dash before a date or a range is punctuation, not a sign ("-30 जून 2020 तक").
        unsigned = _core(ctx, 1)
        if unsigned is not None and (cand is None or unsigned.j > cand.j):
            return None
    return cand


def extract(text: str, reference: str | None) -> list[Quantity]:
    ref = parse_reference(reference)
    triggers = Triggers(text)
    out: list[Quantity] = []
    pos, n = 0, len(text)
    cur = Cursor(text, 0)
    while pos < n:
        found = triggers.next(pos)
        if found is None:
            break
        start, end, link = found
        if link:
            pos = end
            continue
        cur = cur.moved_to(start)
        ctx = Ctx(cur, ref)
        cand = read_at(ctx)
        if cand is None or cand.j <= cand.i:
            pos = end
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
