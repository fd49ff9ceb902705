"""The scanner's routing drops no match: it tries fewer rules, never a rule that would match.

Each rule's ``needs`` (numbers/gates.py) must hold wherever the rule matches; this is
checked rule by rule at every token of generated number-ish text, and the routed scan
is compared with one that runs every rule a start token can begin at every start.
"""

from __future__ import annotations

import dataclasses
import random
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.datafiles import data_lines
from newscli.extract.dates.calendar import parse_reference
from newscli.extract.numbers import scan, values
from newscli.extract.numbers.context import Ctx, Rule
from newscli.extract.numbers.gates import BIT, CONDITIONS, mask, start_bits
from newscli.extract.numbers.lexer import Cursor, lex_one
from newscli.extract.numbers.lexicon import MANY_PHRASES, PhraseTable, data_files, lexicon

REFERENCE = "2020-04-15T10:00:00+05:30"


def _data_words() -> list[str]:
    """The first column of every number data file: every word and phrase a rule looks for."""
    words: set[str] = set()
    for name in data_files():
        words.update(line.split("\t")[0] for line in data_lines("numbers", name))
    return sorted(words)


# Digits in both scripts and with separators, number words, the words and signs that
# follow numbers or join them, ordinary words; and, less often, any word of the data.
_DIGITS = ["1", "7", "01", "07", "12", "24", "31", "2023", "1995", "100", "1,00,000", "3.5", "9.30", "12,345", "२५"]
_DIGITS += ["98765", "43210", "0" * 45]
_NUMBER_WORDS = "एक दो तीन सात बीस सौ हजार लाख करोड़ साढ़े डेढ़ आधा पहला दूसरे सातवां सौवां twenty one first third".split()
_AFTER_NUMBERS = "मार्च Jul बजे बजकर सुबह pm IST फीसदी % रुपये ₹ Rs साल घंटे वां th तारीख K सन् इस पिछले सोमवार करीब".split()
_AFTER_NUMBERS += ["=", "(", "^", "+", "−", "।"]
_JOINS = "- - / : . से और to तक लेकर के बीच".split()
_OTHER = ["लोगों", "सीटें", "जीतने", "है", "होगी", "हुई", "कोविड", "COVID"]
_DATA = _data_words()


def _phrase(rng: random.Random) -> str:
    """An optional word, a number, an optional link and number, optional words after.

    The shape of most quantities (सुबह 9 बजे, ₹5 से 10 लाख, 24/07/2023, 7 जुलाई, 20-20 घंटे,
    एक सौ पहला), with every slot also filled with unrelated words, glued or spaced.
    """

    def maybe(chance: float, *pools: list[str]) -> str:
        return rng.choice([word for pool in pools for word in pool]) if rng.random() < chance else ""

    linked = rng.random() < 0.5
    slots = [
        maybe(0.4, _AFTER_NUMBERS, _NUMBER_WORDS),
        rng.choice(_DIGITS if rng.random() < 0.7 else _NUMBER_WORDS),
        maybe(0.2, _DIGITS, _NUMBER_WORDS),
        rng.choice(_JOINS) if linked else "",
        maybe(0.8 if linked else 0.1, _DIGITS, _DIGITS, _NUMBER_WORDS),
        maybe(0.7, _AFTER_NUMBERS, _NUMBER_WORDS),
        maybe(0.3, _AFTER_NUMBERS, _DIGITS, _JOINS),
    ]
    return "".join(slot + rng.choice(["", " ", " "]) for slot in slots if slot)


_GAPS = ["", " ", " ", " ", "  ", "\n"]


@st.composite
def numberish(draw: st.DrawFn) -> str:
    # Built by a random generator that hypothesis seeds, not from hypothesis's own draws,
    # which favour the first entries of a list: every link should meet every kind of number.
    rng = draw(st.randoms(use_true_random=True))
    pieces = [_phrase(rng) if rng.random() < 0.7 else rng.choice(_DATA + _OTHER) for _ in range(rng.randint(1, 5))]
    text = "".join(piece + rng.choice(_GAPS) for piece in pieces)
    return text


def _token_starts(text: str) -> list[int]:
    starts, pos = [], 0
    while (got := lex_one(text, pos)) is not None:
        starts.append(got[0].start)
        pos = got[0].end
    return starts


def _all_rules_at(ctx: Ctx, i: int, kind: str, key: str) -> tuple[Rule, ...]:
    """What the scanner tried before routing: every rule the start token can begin."""
    return scan._route(kind, "" if kind == "num" else key).rules


_GATED = [rule for rule in scan.RULES if rule.needs]


def test_every_condition_is_named_once_and_every_need_is_known() -> None:
    assert len(set(CONDITIONS)) == len(CONDITIONS)
    for rule in scan.RULES:
        assert mask(rule.needs) or not rule.needs, rule.name
    with pytest.raises(KeyError):
        mask(["next:no-such-thing"])


def test_digit_starts_share_one_route() -> None:
    """Routes of digits are keyed by "" : no table that gives a role or a start condition holds digits."""
    lex = lexicon()
    tables = [
        lex.scales,
        lex.currency_pre.by_first,
        lex.months.by_first,
        lex.dayparts.by_first,
        lex.duration_alone,
        lex.ordinals,
        lex.english,
    ]
    for table in tables:
        assert not [key for key in table if key[:1].isdigit()]
    for key in ["1", "25", "2023", "1,000", "3.5"]:
        assert scan._roles(lex, "num", key) == scan._roles(lex, "num", "")
        assert start_bits(lex, "num", key) == start_bits(lex, "num", "")


def _check_rule(rule: Rule, text: str, dated: bool) -> None:
    """Wherever ``rule`` matches, at any token read from any start, routing tries it."""
    ref = parse_reference(REFERENCE if dated else None)
    for start in _token_starts(text):
        cur = Cursor(text, start)
        k = 0
        while (tok := cur.get(k)) is not None and k < 6:
            if rule in _all_rules_at(Ctx(cur, ref), k, tok.kind, tok.key):
                found = rule.match(Ctx(Cursor(text, start), ref), k)
                if found is not None:
                    routed = scan._rules_at(Ctx(Cursor(text, start), ref), k, tok.kind, tok.key)
                    assert rule in routed, (rule.name, text, start, k, found)
            k += 1


@pytest.mark.parametrize("rule", _GATED, ids=[rule.name for rule in _GATED])
@settings(max_examples=300, deadline=None)
@given(text=numberish(), dated=st.booleans())
def test_a_rule_matches_only_where_its_conditions_let_it(rule: Rule, text: str, dated: bool) -> None:
    _check_rule(rule, text, dated)


# Quantities that each need one condition and no other, so that a condition missing from a
# rule's needs is noticed even when random text does not happen to spell it.
_SHAPES = [
    "सुबह 9 बजे",
    "शाम 5 बजे, 7 अगस्त को",
    "साढ़े 9 बजे, 7 अगस्त",
    "9:15 AM IST",
    "9.30 बजे",
    "06:15 PM, 28-MAR-2020",
    "24/07/2023",
    "2023-07-24T10:15",
    "1995-01",
    "22-जुलाई-2019",
    "7 अगस्त",
    "24th July, 2023",
    "मई के चौथे दिन",
    "98765-43210",
    "1/2/3",
    "+91 98765",
    "COVID -19",
    "₹5 से 10 लाख",
    "$5",
    "5 लाख रुपये",
    "40 फीसदी",
    "10 का 5 प्रतिशत",
    "दो-दो",
    "20-20 घंटे",
    "5 से 10",
    "18 से लेकर 25 साल",
    "10 और 20 के बीच",
    "5वां",
    "24th",
    "पहला",
    "thirty third",
    "एक सौ पहला",
    "twenty-first",
    "घंटा",
    "2 साल 3 महीने",
    "-5 डिग्री",
]


@pytest.mark.parametrize("rule", _GATED, ids=[rule.name for rule in _GATED])
def test_a_rule_matches_only_where_its_conditions_let_it_on_known_shapes(rule: Rule) -> None:
    for shape in _SHAPES:
        for text in (shape, f"कुल {shape} तक", f"({shape})"):
            _check_rule(rule, text, True)


@settings(max_examples=400, deadline=None)
@given(text=numberish(), dated=st.booleans())
def test_the_routed_scan_finds_what_every_rule_finds(text: str, dated: bool) -> None:
    ref = REFERENCE if dated else None
    routed = scan.extract(text, ref)
    # Every rule at every start: no routing, and no shortcut for digits that stand alone.
    with mock.patch.object(scan, "_rules_at", _all_rules_at), mock.patch.object(scan, "_plain_number", _never):
        every = scan.extract(text, ref)
    assert routed == every, text


def _never(ctx: Ctx, i: int) -> bool:
    return False


def test_routing_skips_what_cannot_match() -> None:
    """The gates do cut: digits before an ordinary noun go to the number rule alone."""
    ref = parse_reference(None)
    text = "5 लाख लोगों"  # not plain digits (a scale follows), so the rules are routed
    ctx = Ctx(Cursor(text, 0), ref)
    tok = ctx.tok(0)
    assert tok is not None
    names = [rule.name for rule in scan._rules_at(ctx, 0, tok.kind, tok.key)]
    assert names == ["number"]
    for text, name in [("5 लाख रुपये", "money"), ("5 मार्च", "date"), ("5 बजे", "time"), ("5 से 10", "range")]:
        ctx = Ctx(Cursor(text, 0), ref)
        tok = ctx.tok(0)
        assert tok is not None
        assert name in [rule.name for rule in scan._rules_at(ctx, 0, tok.kind, tok.key)], text


def test_bits_are_distinct() -> None:
    assert len(set(BIT.values())) == len(BIT)


def _phrase_in_full(table: PhraseTable, keys: list[str]) -> tuple[tuple[str, ...], int] | None:
    """The longest phrase of ``table`` at the start of ``keys``, trying every phrase of its first key."""
    for ph in table.by_first.get(keys[0], []):
        if tuple(keys[: len(ph.keys)]) == ph.keys:
            return ph.value, len(ph.keys)
    return None


def test_phrases_narrowed_by_their_second_word_are_found_as_before() -> None:
    lex = lexicon()
    tables = [table for field in dataclasses.fields(lex) if isinstance(table := getattr(lex, field.name), PhraseTable)]
    assert any(len(entries) > MANY_PHRASES for table in tables for entries in table.by_first.values())
    for table in tables:
        for first, entries in table.by_first.items():
            seconds = {ph.keys[1] for ph in entries if len(ph.keys) > 1} | {"लोग", ","}
            for ph in entries:
                for second in seconds:
                    for keys in ([first, second, *ph.keys[2:]], [*ph.keys, "लोग"], [first, second]):
                        text = " ".join(keys)
                        ctx = Ctx(Cursor(text, 0), None)
                        if [ctx.key(k) for k in range(len(keys))] != keys:
                            continue  # a key that does not lex back to itself (". m .")
                        assert ctx.phrase(table, 0) == _phrase_in_full(table, keys), (first, keys)


@settings(max_examples=300, deadline=None)
@given(text=numberish())
def test_digits_standing_alone_read_as_the_general_path_reads_them(text: str) -> None:
    lex = lexicon()
    for start in _token_starts(text):
        cur = Cursor(text, start)
        for k in range(4):
            tok = cur.get(k)
            if tok is None:
                break
            for glued_ok in (False, True):
                general = values._parse_num(Cursor(text, start), k, tok, lex, glued_ok, 0)
                assert values.parse_num(Cursor(text, start), k, glued_ok) == general, (text, start, k)
