"""What every rule sees: the tokens after a candidate start, the lexicon, the reference date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from newscli.extract.numbers.lexer import Cursor, Tok
from newscli.extract.numbers.lexicon import MANY_PHRASES, Lexicon, PhraseTable, lexicon
from newscli.extract.numbers.values import Num, parse_num
from newscli.model import Value

# Punctuation that ends a clause: a word across it is not context for a number.
CLAUSE_PUNCT = frozenset("।॥.,;:!?|-–—()[]{}\"'“”‘’")


@dataclass(frozen=True, slots=True)
class Reference:
    """The article's publication moment, against which relative dates resolve."""

    date: dt.date
    tz: str | None  # "+05:30" when the reference gave an offset


@dataclass(slots=True)
class Cand:
    """A quantity found between tokens ``i`` and ``j`` (exclusive) of the cursor."""

    i: int
    j: int
    kind: str
    value: Value
    unit: str | None = None
    approx: str | None = None
    rule: str = ""
    emit: bool = True  # False: a phrase that holds number words but no quantity (an idiom)


class Ctx:
    """The tokens from a candidate start, the lexicon and the reference date, for the rules."""

    __slots__ = ("_nums", "cur", "lex", "ref", "times", "toks")

    def __init__(self, cur: Cursor, ref: Reference | None) -> None:
        self.cur = cur
        self.toks = cur.toks  # the cursor's list, which it only appends to: one look-up less per token
        self.ref = ref
        self.lex: Lexicon = lexicon()
        self._nums: dict[tuple[int, bool], Num | None] = {}
        # Clock times read at a token (dates.rules.clock_time): the time rule, the time+date
        # rule and dates followed by a time all read the same one. Callers only read them.
        self.times: dict[int, Cand | None] = {}

    def num(self, i: int, glued_ok: bool = False) -> Num | None:
        k = (i, glued_ok)
        if k not in self._nums:
            self._nums[k] = parse_num(self.cur, i, glued_ok=glued_ok)
        return self._nums[k]

    def tok(self, i: int) -> Tok | None:
        toks = self.toks
        return toks[i] if i < len(toks) else self.cur.get(i)

    def key(self, i: int) -> str | None:
        toks = self.toks
        if i < len(toks):
            return toks[i].key
        return self.cur.key(i)

    def phrase(self, table: PhraseTable, i: int) -> tuple[tuple[str, ...], int] | None:
        """The longest phrase of ``table`` at token ``i``: (its value columns, end)."""
        toks = self.toks
        first = toks[i].key if i < len(toks) else self.cur.key(i)
        if first is None:
            return None
        entries = table.by_first.get(first)
        if not entries:
            return None
        if len(entries) > MANY_PHRASES:
            # Many phrases begin with this word (idioms with एक, bounds with से): only those
            # with the next word second, or of one word, can match.
            second = toks[i + 1].key if i + 1 < len(toks) else self.cur.key(i + 1)
            entries = table.by_two.get((first, second)) or table.by_two[first, None]
        # The keys after the first are read from the token list in place rather than
        # through a call each.
        for ph in entries:
            keys = ph.keys
            n = len(keys)
            m = 1
            while m < n:
                j = i + m
                if (toks[j].key if j < len(toks) else self.cur.key(j)) != keys[m]:
                    break
                m += 1
            if m == n:
                return ph.value, i + n
        return None

    def is_clause_end(self, j: int) -> bool:
        tok = self.tok(j)
        return tok is None or (tok.kind == "sym" and tok.key in CLAUSE_PUNCT)

    def is_clause_start(self, i: int) -> bool:
        if i > 0:
            prev = self.tok(i - 1)
            return prev is not None and prev.kind == "sym" and prev.key in CLAUSE_PUNCT
        before = self.cur.before()
        return before is None or (before.kind == "sym" and before.key in CLAUSE_PUNCT)

    def isolated(self, i: int, j: int) -> bool:
        """Nothing else in the clause: a word then takes its dictionary reading."""
        return self.is_clause_start(i) and self.is_clause_end(j)

    def prev_tok(self, i: int) -> Tok | None:
        if i > 0:
            return self.tok(i - 1)
        return self.cur.before()

    def span_text(self, i: int, j: int) -> str:
        a, b = self.tok(i), self.tok(j - 1)
        assert a is not None and b is not None
        return self.cur.text[a.start : b.end]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named way of reading a quantity that begins at a token.

    ``starts`` names the tokens it can begin with (num: digits, numword: a number word,
    sym, sign, currency, month, weekday, ...), so that the scanner tries only these.
    ``needs`` names conditions of gates.py of which at least one holds wherever the rule
    matches; the scanner skips it where none does. Empty: it is tried at every start.
    """

    name: str
    match: Callable[[Ctx, int], Cand | None]
    starts: frozenset[str]
    needs: frozenset[str] = frozenset()
