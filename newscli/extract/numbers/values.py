"""The value of a number expression: digits, Hindi and English number words, and fractions.

``parse_num`` reads one number from a token and says where it ends. Words compose
the Indian way: units 0-99, then सौ, then हज़ार / लाख / करोड़ / अरब / खरब, where a
larger multiplier after a smaller one multiplies everything before it
(चार हज़ार चार सौ करोड़ = 4400 crore, चार लाख करोड़ = 4 lakh crore).
Fraction words (सवा, साढ़े, पौने, डेढ़, ढाई) modify the first group.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from newscli.extract.numbers.lexer import Cursor, Tok
from newscli.extract.numbers.lexicon import Lexicon, fold, keys, lexicon

Number = int | float

_IN = fold("में")
_COPULA = keys("है हैं था थे थी थीं")
_FROM = fold("से")
_EVERY = keys("हर प्रत्येक")


class Num(NamedTuple):
    """A number read from the text and where it lies."""

    value: Number
    i: int  # first token
    j: int  # one past the last token
    words: bool  # spelled (at least partly) with number words
    lead: Number  # the first group before its multiplier: 5 in "5 लाख"
    scale: int  # the largest multiplier, 1 without one
    ordinal: bool = False  # ends in an ordinal word (एक सौ एकवां)
    fraction: bool = False  # a fraction or decimal in words or with a slash
    plain_digits: bool = False  # one run of digits and nothing else


def tidy(value: float | int) -> Number:
    """Integral floats become ints so that 150.0 prints as 150."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def _letter(ch: str) -> bool:
    return ch.isalpha() or "\u0900" <= ch <= "\u0963" or "\u0971" <= ch <= "\u097f"


def glued_to_word_before(text: str, start: int) -> bool:
    """Digits stuck to a word before them are part of a name (जी20, कोविड-19, NH-24)."""
    if start == 0:
        return False
    ch = text[start - 1]
    if _letter(ch):
        return True
    return ch in "-–" and start >= 2 and _letter(text[start - 2])


def _digit_value(key: str) -> Number:
    plain = key.replace(",", "")
    if "." in plain:
        return float(plain)
    return int(plain)


def _is_num(tok: Tok | None) -> bool:
    return tok is not None and tok.kind == "num"


def _glued_num(cur: Cursor, k: int) -> bool:
    tok = cur.get(k)
    return tok is not None and tok.kind == "num" and tok.glued


def _right_glue_ok(lex: Lexicon, key: str) -> bool:
    return (
        key in lex.digit_suffixes
        or key in lex.scales
        or key == "k"
        or key in lex.durations
        or key in lex.currency_post.by_first
        or key in lex.percent.by_first
        or key in lex.months.by_first
    )


def _digits_atom(cur: Cursor, j: int, lex: Lexicon, glued_ok: bool) -> tuple[Number, int, bool, bool] | None:
    """A number written with digits at token ``j``: (value, end, is_fraction, is_plain)."""
    tok = cur.get(j)
    if tok is None or tok.kind != "num":
        return None
    if not glued_ok and glued_to_word_before(cur.text, tok.start):
        return None
    value: Number = _digit_value(tok.key)
    end = j + 1
    fraction = False
    plain = True
    nxt = cur.get(end)
    if nxt is not None and nxt.glued:
        if nxt.kind == "word":
            if nxt.key == "k":
                return value * 1000, end + 1, False, False
            if nxt.key == "e":
                # 3.5e6, 3.5e+6, 1.2e-3: scientific notation, the sign glued between.
                sign_tok = cur.get(end + 1)
                signed = sign_tok is not None and sign_tok.glued and sign_tok.key in "+-" and sign_tok.kind == "sym"
                k = end + 2 if signed else end + 1
                if _glued_num(cur, k):
                    exp = _digit_value(cur.get(k).key)  # type: ignore[union-attr]
                    if signed and sign_tok is not None and sign_tok.key == "-":
                        exp = -exp
                    try:
                        scaled = value * 10.0**exp
                    except OverflowError:
                        return None
                    # 2e308 overflows to inf without an error: no quantity, as for 5e400.
                    return (scaled, k + 1, False, False) if math.isfinite(scaled) else None
            if not _right_glue_ok(lex, nxt.key):
                return None
        elif nxt.key == "/" and _glued_num(cur, end + 1):
            after = cur.get(end + 2)
            if after is not None and after.glued and after.key in "/-":
                return value, end, False, True  # a date or an identifier, read by other rules
            den = _digit_value(cur.get(end + 1).key)  # type: ignore[union-attr]
            if den == 0:
                return None
            return value / den, end + 2, True, False
        elif nxt.key == "^":
            k = end + 1
            sign = 1
            s = cur.get(k)
            if s is not None and s.glued and s.key in "+-":
                sign = -1 if s.key == "-" else 1
                k += 1
            if _glued_num(cur, k):
                exp = sign * _digit_value(cur.get(k).key)  # type: ignore[union-attr]
                try:
                    return float(value) ** exp, k + 1, False, False
                except (OverflowError, ZeroDivisionError):
                    return None
    elif nxt is not None and nxt.kind == "word" and nxt.text == "k":  # "2.33 k"; a spaced K is kelvin
        after = cur.get(end + 1)
        if after is None or not (after.glued and after.kind == "word"):
            return value * 1000, end + 1, False, False
    # 1 414 021 100: groups of three digits after a short head, at least two of them.
    if nxt is not None and not nxt.glued and nxt.kind == "num" and tok.key.isdigit() and len(tok.key) <= 3:
        k = end
        groups: list[str] = []
        while True:
            g = cur.get(k)
            if g is None or g.glued or g.kind != "num" or len(g.key) != 3 or not g.key.isdigit():
                break
            if cur.text[g.start - 1] != " " or cur.text[g.start - 2] == " ":
                break
            groups.append(g.key)
            k += 1
        if len(groups) >= 2:
            after = cur.get(k)
            if after is None or not after.glued:
                return int(tok.key + "".join(groups)), k, False, False
    # 2 2/7: a whole number and a fraction.
    if (
        nxt is not None
        and not nxt.glued
        and nxt.kind == "num"
        and tok.key.isdigit()
        and nxt.key.isdigit()
        and cur.key(end + 1) == "/"
        and cur.get(end + 1).glued  # type: ignore[union-attr]
        and _glued_num(cur, end + 2)
    ):
        after = cur.get(end + 3)
        den = _digit_value(cur.get(end + 2).key)  # type: ignore[union-attr]
        if den != 0 and (after is None or not (after.glued and after.key in "/-")):
            return value + _digit_value(nxt.key) / den, end + 3, True, False
    return value, end, fraction, plain


@dataclass(slots=True)
class _State:
    total: Number = 0
    group: Number = 0
    phase: str = "empty"  # empty | unit | hundred | hundred_unit | closed
    last_big: int = 0
    add: float | None = None
    lead: Number | None = None
    scale: int = 1
    words: bool = False
    english_tens: bool = False

    def value(self) -> Number:
        return self.total + self.group


def _compose(cur: Cursor, i: int, lex: Lexicon, glued_ok: bool) -> Num | None:
    st = _State()
    best: Num | None = None
    fraction = False
    plain = False
    j = i
    while True:
        tok = cur.get(j)
        if tok is None or (j > i and tok.glued and tok.key not in lex.scales and tok.key != "-"):
            break
        complete = True
        ordinal = False
        if tok.kind == "num":
            if st.phase != "empty":
                break
            atom = _digits_atom(cur, j, lex, glued_ok or j > i)
            if atom is None:
                break
            v, end, is_fraction, is_plain = atom
            if st.add is not None:
                v = v + st.add
                st.add = None
            # "13 हजार 941 लोग" is 13941, but in "5 लाख 2020 में" the year stands apart: after a
            # multiplier, digits belong to it when under a thousand or when a smaller one follows.
            complete = not st.total or (is_plain and isinstance(v, int) and 0 < v < min(1000, st.last_big))
            st.group, st.phase = v, ("closed" if is_fraction else "unit")
            if st.lead is None:
                st.lead = v
            fraction = fraction or is_fraction
            plain = is_plain and j == i
            j = end
        elif tok.kind == "word":
            kind, v = _word_atom(lex, tok.key)
            if kind is None and tok.key in lex.ordinals and (st.phase == "hundred" or st.last_big):
                # एक सौ पहला (101st), दो हजार दूसरा: an irregular ordinal ends a longer number.
                kind, v = "ord", lex.ordinals[tok.key][0]
            if kind is None:
                break
            if kind == "ord":
                ordinal = True
                kind = "unit" if v < 100 else "scale"
            if kind == "english":
                if st.phase == "unit" and st.english_tens and v < 10:
                    st.group += v
                    st.english_tens = False
                    st.words = True
                    j += 1
                    best = _num(st, i, j, fraction, plain, ordinal)
                    continue
                kind = "unit"
                st.english_tens = v >= 20 and v % 10 == 0
            elif kind == "unit":
                st.english_tens = False
            if not _apply(st, kind, v, j == i, tok.key, lex):
                break
            if kind == "part":
                fraction = True
            if st.add is not None and tok.key not in lex.fraction_alone:
                complete = False
            st.words = True
            j += 1
        elif tok.key == "-" and st.english_tens and st.phase == "unit" and tok.glued:
            # twenty-one, twenty-first
            nxt = cur.get(j + 1)
            if nxt is None or not nxt.glued:
                break
            ones = lex.english.get(nxt.key)
            if ones is None and nxt.key in lex.ordinals:
                ones, ordinal = lex.ordinals[nxt.key][0], True
            if ones is None or not 0 < ones < 10:
                break
            st.group += ones
            st.english_tens = False
            j += 2
        else:
            break
        if complete:
            best = _num(st, i, j, fraction, plain, ordinal)
        if ordinal:
            break
    return best


def _apply(st: _State, kind: str, v: Number, first: bool, key: str, lex: Lexicon) -> bool:
    """Add one word to the number being composed; False when it cannot continue it."""
    if kind == "unit":
        if st.phase == "empty":
            if st.add is not None:
                v = v + st.add
                st.add = None
            st.group, st.phase = v, "unit"
            if st.lead is None:
                st.lead = v
        elif st.phase == "hundred" and v < 100 and float(v).is_integer():
            st.group += v
            st.phase = "hundred_unit"
        else:
            return False
    elif kind == "funit":  # डेढ़, ढाई, आधा
        if not first:
            return False
        st.group, st.phase, st.lead = v, "unit", v
    elif kind == "add":  # सवा, साढ़े, पौने
        if not first:
            return False
        st.add = float(v)
        if key in lex.fraction_alone:
            st.group = 1 + v
    elif kind == "part":  # तिहाई, चौथाई
        if first and key in lex.fraction_alone:
            st.group, st.phase, st.lead = v, "closed", v  # चौथाई हिस्सा
            return True
        if st.phase != "unit" or st.add is not None:
            return False
        st.group = st.group * v
        st.phase = "closed"
    elif kind == "dozen":
        if st.phase == "unit":
            st.group = st.group * v
        elif first:
            st.group = v
        else:
            return False
        st.phase = "closed"
    elif kind == "scale" and v == 100:
        if first:
            base = 1 + st.add if st.add is not None else 1
            st.group, st.lead = base * 100, base
        elif st.phase == "unit" and st.group < 100:
            st.group = st.group * 100
        elif st.phase == "empty" and st.add is not None and not st.total:
            base = 1 + st.add
            st.group, st.lead = base * 100, base
        else:
            return False
        st.add = None
        st.phase = "hundred"
        st.scale = max(st.scale, 100)
    elif kind == "scale":
        big = int(v)
        grp: Number
        if st.phase == "empty":
            if st.total and big > st.last_big:
                grp = 0
            elif not st.total:
                grp = 1 + st.add if st.add is not None else 1
                if st.lead is None:
                    st.lead = grp
            else:
                return False
        elif st.phase == "closed" and st.group != int(st.group):
            return False
        else:
            grp = st.group
        if not st.last_big or big < st.last_big:
            st.total = st.total + grp * big
        elif big > st.last_big:
            st.total = (st.total + grp) * big
        else:
            return False
        st.add = None
        st.last_big = big
        st.scale = max(st.scale, big)
        st.group, st.phase = 0, "empty"
    else:
        return False
    return True


def _word_atom(lex: Lexicon, key: str) -> tuple[str | None, Number]:
    if key in lex.cardinals:
        return "unit", lex.cardinals[key]
    if key in lex.scales:
        return "scale", lex.scales[key]
    if key in lex.fractions:
        role, v = lex.fractions[key]
        return ("funit" if role == "unit" else role), v
    if key in lex.word_ordinals:
        return "ord", lex.word_ordinals[key]
    if key in lex.dozens:
        return "dozen", lex.dozens[key]
    if key in lex.english:
        return "english", lex.english[key]
    return None, 0


def _num(st: _State, i: int, j: int, fraction: bool, plain: bool, ordinal: bool) -> Num:
    lead = st.lead if st.lead is not None else st.value()
    return Num(
        value=tidy(st.value()),
        i=i,
        j=j,
        words=st.words,
        lead=lead,
        scale=st.scale,
        ordinal=ordinal,
        fraction=fraction,
        plain_digits=plain and j == i + 1,
    )


def _lowest_place(value: Number) -> int:
    """10 for 20, 100 for 300, 1 for 23: a smaller number after और adds to it."""
    if not float(value).is_integer() or value <= 0:
        return 0
    n = int(value)
    place = 1
    while n % 10 == 0:
        n //= 10
        place *= 10
    return place


def _decimal_digits(cur: Cursor, k: int, lex: Lexicon) -> tuple[str, int]:
    """Digits spelled one by one after दशमलव (शून्य आठ चार = 084)."""
    digits = ""
    while True:
        tok = cur.get(k)
        if tok is None:
            break
        if tok.kind == "word" and tok.key in lex.cardinals and lex.cardinals[tok.key] < 10:
            digits += str(lex.cardinals[tok.key])
            k += 1
            continue
        if tok.kind == "num" and tok.key.isdigit() and not digits:
            digits = tok.key
            k += 1
        break
    return digits, k


def parse_num(cur: Cursor, i: int, glued_ok: bool = False, depth: int = 0) -> Num | None:
    """The number that begins at token ``i``, or None."""
    lex = lexicon()
    tok = cur.get(i)
    if tok is None:
        return None
    if tok.kind == "num":
        nxt = cur.get(i + 1)
        if nxt is None or (not nxt.glued and nxt.kind != "num" and digits_stand_alone(lex, nxt)):
            return _digits_alone(cur, tok, i, glued_ok)
    return _parse_num(cur, i, tok, lex, glued_ok, depth)


def _digits_alone(cur: Cursor, tok: Tok, i: int, glued_ok: bool) -> Num | None:
    """What ``_parse_num`` reads at digits that nothing after them continues, without its loops.

    Most digits in news stand so (5 मार्च, 5 से, 5 नए मामले), and the rules that read them
    ask for their number before looking at the word after it.
    """
    if not glued_ok and glued_to_word_before(cur.text, tok.start):
        return None
    value = _digit_value(tok.key)
    return Num(tidy(value), i, i + 1, False, value, 1, plain_digits=True)


def _parse_num(cur: Cursor, i: int, tok: Tok, lex: Lexicon, glued_ok: bool, depth: int) -> Num | None:
    """``parse_num`` in general: signs, number words, digits with what continues them."""
    if tok.kind == "word" and tok.key in lex.minus:
        inner = parse_num(cur, i + 1, depth=depth + 1)
        if inner is None or inner.ordinal:
            return None
        return inner._replace(value=-inner.value, i=i, lead=-inner.lead)
    if tok.kind == "sym" and tok.key in "-−+":
        nxt = cur.get(i + 1)
        if nxt is None or nxt.kind != "num":
            return None
        # A dash that begins a line is a list bullet ("- 1536 लोगों", "-30 जून"), unless the
        # number is all the line holds ("- 1 4/5"); elsewhere the sign is glued to the digits.
        line_start = i == 0 and cur.before() is None
        if not (nxt.glued or line_start):
            return None
        if tok.glued and not glued_ok:
            return None
        prev = cur.get(i - 1) if i > 0 else cur.before()
        if prev is not None and prev.kind == "word" and prev.text.isascii():
            return None  # COVID -19, Su -30: a name and its number
        inner = parse_num(cur, i + 1, glued_ok=True, depth=depth + 1)
        if inner is None or inner.ordinal or (line_start and cur.get(inner.j) is not None):
            return None
        sign = -1 if tok.key != "+" else 1
        return inner._replace(value=sign * inner.value, i=i, lead=sign * inner.lead, plain_digits=False)
    num = _compose(cur, i, lex, glued_ok)
    if num is None:
        return None
    if i == 0 and tok.key in lex.scales and cur.prev_key() in lex.vague:
        return None  # दसियों हज़ार, कुछ हजार: a vague amount
    return _extend(cur, num, lex, depth)


def _extend(cur: Cursor, num: Num, lex: Lexicon, depth: int) -> Num:
    """Decimals, fractions and joined parts after a number."""
    link = cur.key(num.j)
    role = lex.links.get(link) if link is not None else None
    if role is None and link == _IN and cur.key(num.j + 1) == _FROM and not num.ordinal and depth <= 2:
        # तीन में से एक: one out of three.
        part = parse_num(cur, num.j + 2, depth=depth + 1)
        # "30 में से 29 मौतें", "23 में से एक की मौत" count; a bare "तीन में से एक" is a ratio,
        # and so is one out of every so many (हर 4 में से 3 लोग, प्रत्येक दस में से एक).
        after = cur.get(part.j) if part is not None else None
        counted = after is not None and after.kind == "word" and after.key not in _COPULA
        before = cur.get(num.i - 1) if num.i > 0 else cur.before()
        counted = counted and (before is None or before.key not in _EVERY)
        if part is not None and not part.ordinal and 0 < part.value <= num.value and not part.fraction and not counted:
            return num._replace(value=tidy(part.value / num.value), j=part.j, fraction=True, plain_digits=False)
        return num
    if role is None or num.ordinal:
        return num
    if role == "decimal" and float(num.value).is_integer() and not num.fraction:
        digits, k = _decimal_digits(cur, num.j + 1, lex)
        if digits:
            value = float(f"{int(num.value)}.{digits}") if num.value >= 0 else -float(f"{-int(num.value)}.{digits}")
            return num._replace(value=tidy(value), j=k, fraction=True, plain_digits=False)
        return num
    if depth > 2:
        return num
    if role == "over" and not num.fraction:
        den = parse_num(cur, num.j + 1, depth=depth + 1)
        if den is not None and den.value and not den.ordinal and not den.fraction:
            return num._replace(value=tidy(num.value / den.value), j=den.j, fraction=True, plain_digits=False)
        return num
    if role == "whole" and not num.fraction:
        part = parse_num(cur, num.j + 1, depth=depth + 1)
        if part is not None and part.fraction and part.value > 0:
            return num._replace(value=tidy(num.value + part.value), j=part.j, fraction=True, plain_digits=False)
        return num
    if role == "and":
        place = _lowest_place(num.value)
        nxt = cur.get(num.j + 1)
        if place and nxt is not None and not (num.plain_digits and nxt.kind == "word"):
            more = parse_num(cur, num.j + 1, depth=depth + 1)
            if more is not None and 0 < more.value < place and num.words:
                return num._replace(
                    value=tidy(num.value + more.value),
                    j=more.j,
                    ordinal=more.ordinal,
                    fraction=num.fraction or more.fraction,
                    plain_digits=False,
                )
        return num
    if role == "of" and num.words and not num.fraction:
        part = parse_num(cur, num.j + 1, depth=depth + 1)
        last = cur.get(part.j - 1) if part is not None else None
        # The ordinal must be a number word with its suffix (पांचवां), not पहला or दूसरा.
        if (
            part is not None
            and part.ordinal
            and part.value
            and last is not None
            and last.key in lex.word_ordinals
            and last.key not in lex.ordinals
        ):
            return num._replace(value=tidy(num.value / part.value), j=part.j, fraction=True)
    return num


def digits_stand_alone(lex: Lexicon, nxt: Tok | None) -> bool:
    """Whether ``parse_num`` reads a digit token followed by ``nxt`` as that token alone.

    ``nxt`` is neither glued to the digits nor digits itself (the scanner checks that first).
    Then only a word can continue the number: a spaced "k", a number word, a link (दशमलव,
    बटा, और, ...) or में of "तीन में से एक".
    """
    if nxt is None or nxt.kind != "word":
        return True
    key = nxt.key
    return nxt.text != "k" and key != _IN and key not in lex.links and _word_atom(lex, key)[0] is None


def digits_value(key: str) -> Number:
    """The value ``parse_num`` gives a digit token that stands alone."""
    return tidy(_digit_value(key))


def is_finite(value: Number) -> bool:
    return math.isfinite(value)
