"""Cheap tests of what a rule needs around a start, so that the scanner tries only the rules that can match.

Most places where a quantity may begin hold a number (digits or a number word) that a
dozen rules could extend: into a date, a time, money, a percentage, a range, a duration.
Each of those rules reads the number and then gives up unless a particular word or sign
comes next: a month, बजे, रुपये, फीसदी, से. A rule names these needs as *conditions*
(``Rule.needs``); it cannot match where none of them holds, so the scanner skips it.

A condition is read from at most three places: the start token itself (``start:``,
known from its key alone, so computed once per key), the token after it (``next:``) and
the token after the number read at the start (``num:``, ``after:``; the rules read that
number through ``Ctx.num``, which keeps it for them). Conditions are over-approximations
of what the rules check: a condition may hold where the rule still finds nothing, never
the reverse (tests/test_numbers_routing.py checks this against every rule on generated
text).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable

from newscli.extract.numbers.context import Ctx
from newscli.extract.numbers.lexicon import Lexicon, lexicon
from newscli.extract.numbers.rules import AND_WORDS, OF_WORDS, RANGE_LINKS

# Every condition a rule may name, each one bit of a mask.
CONDITIONS: tuple[str, ...] = (
    "start:sign",  # - − + (a sign, or a dash before digit groups)
    "start:currency",  # the first word of a currency written before its amount
    "start:month",  # the first word of a month name
    "start:daypart",  # सुबह, शाम, ... before a clock time
    "start:duration-word",  # a unit of time that is a duration alone (घंटा)
    "start:ordinal-word",  # पहला, दूसरे, or an English number word (thirty third)
    "next:glued-sep",  # / - . glued after the start (dates, identifiers, दो-दो)
    "next:date",  # a month, or the st/nd/rd/th of a day, after the start
    "next:clock",  # बजे, a colon, a.m./p.m. after the start (9:15, 9.30 बजे)
    "next:digit-suffix",  # वां, th, ... glued after digits
    "num:amount",  # a number begins at the start and is not an ordinal
    "num:ordinal",  # a number that ends in an ordinal word begins at the start
    "after:clock",  # बजे, a day part or a.m./p.m. after that number
    "after:duration",  # a unit of time after it
    "after:currency",  # a currency after it
    "after:percent",  # फीसदी, %, or का before one
    "after:range-link",  # से, -, to, और: the link to a range's second end
)
BIT: dict[str, int] = {name: 1 << k for k, name in enumerate(CONDITIONS)}
_NEXT_GLUED_SEP, _NEXT_DIGIT_SUFFIX = BIT["next:glued-sep"], BIT["next:digit-suffix"]
_AMOUNT, _ORDINAL = BIT["num:amount"], BIT["num:ordinal"]
_DAY_SUFFIXES = ("st", "nd", "rd", "th")  # as dates.rules._day reads them


def mask(names: Iterable[str]) -> int:
    """The bits of the named conditions (an unknown name is an error, not a silent miss)."""
    bits = 0
    for name in names:
        bits |= BIT[name]
    return bits


def _bits_by_key(tables: dict[str, Iterable[Collection[str]]]) -> dict[str, int]:
    """For each key, the bits of the conditions whose tables hold it."""
    out: dict[str, int] = {}
    for name, sets in tables.items():
        for table in sets:
            for key in table:
                out[key] = out.get(key, 0) | BIT[name]
    return out


@functools.cache
def _next_bits() -> dict[str, int]:
    """``next:`` conditions that the key of the token after a start decides alone."""
    lex = lexicon()
    return _bits_by_key(
        {
            "next:date": (lex.months.by_first, _DAY_SUFFIXES),
            "next:clock": ((":",), lex.clock, lex.dayparts.by_first),
        }
    )


@functools.cache
def _after_bits() -> dict[str, int]:
    """``after:`` conditions, by the key of the token after the number read at a start."""
    lex = lexicon()
    return _bits_by_key(
        {
            "after:clock": (lex.clock, lex.dayparts.by_first),
            "after:duration": (lex.durations,),
            "after:currency": (lex.currency_post.by_first,),
            "after:percent": (lex.percent.by_first, OF_WORDS),
            "after:range-link": (RANGE_LINKS, AND_WORDS),
        }
    )


def start_bits(lex: Lexicon, kind: str, key: str) -> int:
    """``start:`` conditions, which depend on the start token alone."""
    bits = 0
    if kind == "sym" and key in "-−+":
        bits |= BIT["start:sign"]
    if key in lex.currency_pre.by_first:
        bits |= BIT["start:currency"]
    if key in lex.months.by_first:
        bits |= BIT["start:month"]
    if key in lex.dayparts.by_first:
        bits |= BIT["start:daypart"]
    if key in lex.duration_alone:
        bits |= BIT["start:duration-word"]
    if kind == "word" and (key in lex.ordinals or key in lex.english):
        bits |= BIT["start:ordinal-word"]
    return bits


def around_bits(ctx: Ctx, i: int) -> int:
    """``next:``, ``num:`` and ``after:`` conditions at token ``i``."""
    bits = 0
    nxt = ctx.tok(i + 1)
    if nxt is not None:
        key = nxt.key
        bits = _next_bits().get(key, 0)
        if nxt.glued:
            # The same test as the rules', with its quirk: the empty key of a long digit
            # run is "in" every string, so it counts as a separator here as it does there.
            if key in "/-.":
                bits |= _NEXT_GLUED_SEP
            if key in ctx.lex.digit_suffixes:
                bits |= _NEXT_DIGIT_SUFFIX
    num = ctx.num(i)
    if num is not None:
        bits |= _ORDINAL if num.ordinal else _AMOUNT
        after = ctx.key(num.j)
        if after is not None:
            bits |= _after_bits().get(after, 0)
    return bits
