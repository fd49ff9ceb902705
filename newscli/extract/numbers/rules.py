"""Rules for numbers, ordinals, percentages, money and ranges.

Each rule reads a quantity that begins at a token and returns a candidate or None;
the scanner keeps the longest candidate. Words that are numbers only some of the time
(दो 'give', एक as an article, पहले 'before') are checked here against their context.
"""

from __future__ import annotations

import re

from newscli.extract.numbers.context import CLAUSE_PUNCT, Cand, Ctx, Rule
from newscli.extract.numbers.lexicon import fold, keys
from newscli.extract.numbers.values import Num, digits_stand_alone, digits_value, glued_to_word_before, tidy

# Kinds whose amount a bound or an approximation can qualify.
AMOUNT_KINDS = frozenset({"number", "money", "percent", "duration"})

# Words compared with token keys, folded like them (की and बीच fold to कि and बिच).
_NOT_BEFORE_ORDINAL = keys("से इससे उससे जिससे सबसे इसके उसके जिसके उनके इनके कोई किसी हर कई कुछ चंद एक")
_POSSESSIVE = keys("के की")
_FIRST_OBLIQUE = fold("पहले")
_CASE_MARKERS = keys("का की के को में से पर ने तक")
AND_WORDS = keys("और and")
OF_WORDS = keys("का")
_BEFORE_BETWEEN = keys("के की")
_BETWEEN = keys("बीच मध्य दरम्यान दरमियान")
_UNTIL = fold("तक")
_POSTPOSITIONS = keys("का की के को से में पर वाले")
BOUND_LINKS = keys(", और पर लेकिन किंतु तथा व")
_IS = keys("है हैं")
_DO = fold("दो")
_ONE = fold("एक")
_FROM = keys("से")
_FROM_KEY = fold("से")
_TAKING = fold("लेकर")
_OTHER = keys("दूसरे दूसरी दूसरा दूसरों")
_DO_VERB_NEXT = keys("ना और तो")
_INFINITIVE_END = "ने"
# Plural endings of nouns (direct and oblique), which end the phrase a number counts.
_PLURAL_ENDS = ("ों", "ें", "एं", "ाएँ", "ियां", "ियाँ", "ओं")
_ENGLISH_LETTER_WORDS = frozenset({"a", "s", "r"})


def idiom(ctx: Ctx, i: int) -> Cand | None:
    found = ctx.phrase(ctx.lex.idioms, i)
    if found is not None:
        return Cand(i, found[1], "number", None, rule="idiom", emit=False)
    # एक जगह से दूसरी जगह, एक व्यक्ति से दूसरे व्यक्ति: from one to another, no count.
    if ctx.key(i) == _ONE and ctx.key(i + 2) in _FROM and ctx.key(i + 3) in _OTHER:
        noun = ctx.key(i + 1)
        j = i + 5 if ctx.key(i + 4) == noun else i + 4
        return Cand(i, j, "number", None, rule="one-to-another", emit=False)
    return None


def identifier(ctx: Ctx, i: int) -> Cand | None:
    """Digit groups chained by - or / (phone numbers, case numbers): not quantities."""
    tok = ctx.tok(i)
    k = i
    if tok is not None and tok.kind == "sym" and tok.key == "+":
        k += 1
    if tok is not None and tok.key == "-" and _is_glued_num(ctx, i + 1):
        prev = ctx.prev_tok(i)
        if prev is not None and prev.kind == "word" and prev.text.isascii():
            return Cand(i, i + 2, "number", None, rule="identifier", emit=False)  # COVID -19
    first = ctx.tok(k)
    if first is None or first.kind != "num":
        return None
    parts, j, seps = [first.key], k + 1, ""
    while True:
        sep, nxt = ctx.tok(j), ctx.tok(j + 1)
        if sep is None or nxt is None or not (sep.glued and nxt.glued) or sep.key not in "-/" or nxt.kind != "num":
            break
        parts.append(nxt.key)
        seps += sep.key
        j += 2
    # 98765-43210: two long groups that are not a rising range.
    phone = seps == "-" and min(map(len, parts)) >= 3 and parts[1].isdigit() and parts[0].isdigit()
    phone = phone and int(parts[1]) <= int(parts[0]) and not (len(parts[0]) == 4 and len(parts[1]) == 2)
    if len(parts) >= 3 or (k > i and len(parts) >= 2) or phone:
        return Cand(i, j, "number", None, rule="identifier", emit=False)
    return None


def _is_glued_num(ctx: Ctx, i: int) -> bool:
    tok = ctx.tok(i)
    return tok is not None and tok.kind == "num" and tok.glued


def _digit_ordinal(ctx: Ctx, i: int) -> Cand | None:
    tok, suffix = ctx.tok(i), ctx.tok(i + 1)
    if tok is None or suffix is None or tok.kind != "num" or not tok.key.isdigit():
        return None
    if not suffix.glued or suffix.key not in ctx.lex.digit_suffixes:
        return None
    after = ctx.tok(i + 2)
    if after is not None and after.glued and after.kind == "word":
        return None
    if glued_to_word_before(ctx.cur.text, tok.start):
        return None
    return Cand(i, i + 2, "ordinal", int(tok.key), rule="ordinal-digits")


def _content_word(ctx: Ctx, j: int) -> bool:
    nxt = ctx.tok(j)
    lex = ctx.lex
    return (
        nxt is not None
        and nxt.kind == "word"
        and nxt.key not in lex.not_units
        and nxt.key not in lex.cardinals
        and nxt.key not in lex.durations
    )


def _word_before_noun(ctx: Ctx, j: int) -> bool:
    """Token ``j`` is a noun: a unit of time (दूसरे दिन) or a word a postposition follows (पहले चरण में)."""
    nxt = ctx.tok(j)
    if nxt is None or nxt.kind != "word":
        return False
    lex = ctx.lex
    if nxt.key in lex.ordinal_nouns or nxt.key in lex.durations or nxt.key in lex.periods:
        return True
    if nxt.key in lex.not_units or nxt.key in lex.cardinals:
        return False
    return ctx.key(j + 1) in _CASE_MARKERS


def _other_before_plural(ctx: Ctx, i: int) -> bool:
    """दूसरे/दूसरी before a plural noun means 'other' (दूसरे जिलों से, दूसरी जगहों पर,
    दूसरे देशों में): a rank is of one thing, so 'second' takes a singular noun (दूसरे
    दिन, दूसरी बार, दूसरे स्थान पर)."""
    if ctx.key(i) not in _OTHER:
        return False
    nxt = ctx.tok(i + 1)
    return (
        nxt is not None
        and nxt.kind == "word"
        and nxt.key.endswith(_PLURAL_ENDS)
        and nxt.key not in ctx.lex.noun_stops  # दूसरे में: 'in the second', में is no plural
    )


def ordinal(ctx: Ctx, i: int) -> Cand | None:
    found = _digit_ordinal(ctx, i)
    if found is not None:
        return found
    tok = ctx.tok(i)
    if tok is None or tok.kind != "word":
        return None
    lex = ctx.lex
    irregular = lex.ordinals.get(tok.key)
    if irregular is not None:
        value, context = irregular
        nxt = ctx.tok(i + 1)
        if tok.key in lex.english and nxt is not None and nxt.key in lex.ordinals:
            return None
        if context != "any" and not ctx.isolated(i, i + 1):
            prev = ctx.prev_tok(i)
            after_amount = prev is not None and (
                prev.kind == "num" or prev.key in lex.durations or prev.key in lex.cardinals
            )
            # इससे पहले 'before this', कोई दूसरा 'someone else', के पहले 'before'
            after_from = prev is not None and (
                prev.key in _NOT_BEFORE_ORDINAL or (tok.key == _FIRST_OBLIQUE and prev.key in _POSSESSIVE)
            )
            before_noun = _word_before_noun(ctx, i + 1) if context == "noun" else _content_word(ctx, i + 1)
            if after_amount or after_from or not before_noun or _other_before_plural(ctx, i):
                return None
        return Cand(i, i + 1, "ordinal", value, rule="ordinal-word")
    if tok.key in lex.english and lex.english[tok.key] >= 20:
        # थर्टी थर्ड, thirty third
        nxt = ctx.tok(i + 1)
        if nxt is not None and nxt.key in lex.ordinals and lex.ordinals[nxt.key][0] < 10:
            return Cand(i, i + 2, "ordinal", lex.english[tok.key] + lex.ordinals[nxt.key][0], rule="ordinal-english")
    num = ctx.num(i)
    if num is not None and num.ordinal and num.words:
        return Cand(i, num.j, "ordinal", num.value, rule="ordinal-composed")
    return None


def _amount(ctx: Ctx, i: int) -> Num | None:
    """A number that can be an amount (not an ordinal, not a digit run glued into a name)."""
    num = ctx.num(i)
    if num is None or num.ordinal:
        return None
    return num


def percent(ctx: Ctx, i: int) -> Cand | None:
    num = _amount(ctx, i)
    if num is None:
        return None
    k = num.j
    found = ctx.phrase(ctx.lex.percent, k)
    if found is None and ctx.key(k) in OF_WORDS:
        found = ctx.phrase(ctx.lex.percent, k + 1)
    if found is None:
        return None
    return Cand(i, found[1], "percent", num.value, rule="percent")


def _cents(ctx: Ctx, j: int) -> tuple[float, int] | None:
    """A spelled amount under 100 after a currency: तेरह डॉलर पैंतालीस = 13.45."""
    k = j + 1 if ctx.key(j) in AND_WORDS else j
    num = ctx.num(k)
    if num is None or not num.words or not 0 < num.value < 100 or num.fraction or num.ordinal:
        return None
    nxt = ctx.tok(num.j)
    if nxt is not None and not (nxt.kind == "sym" or nxt.key in ctx.lex.not_units):
        return None
    return num.value / 100, num.j


# A hundredth of any currency divided in cents (dollars, euros, ...): 5 यूरो 20 सेंट.
_CENTS = keys("सेंट सेंट्स cent cents")


def _minor_unit(ctx: Ctx, j: int, code: str) -> tuple[float, int] | None:
    """The smaller coin after a whole amount, one amount with it: 5 रुपये 50 पैसे,
    5 डॉलर 20 सेंट, बारह डॉलर और चालीस सेंट, 3 पाउंड 40 पेंस (a number under 100, then
    a currency word worth less than one of the same currency, or सेंट)."""
    k = j + 1 if ctx.key(j) in AND_WORDS else j
    num = ctx.num(k)
    if num is None or num.ordinal or num.fraction or not 0 < num.value < 100:
        return None
    minor = ctx.phrase(ctx.lex.currency_post, num.j)
    if minor is None:
        return None
    (minor_code, factor), end = minor
    if float(factor) >= 1 or (minor_code != code and ctx.key(num.j) not in _CENTS):
        return None
    return num.value * float(factor), end


def _currency_sign(ctx: Ctx, i: int) -> tuple[tuple[str, ...], int] | None:
    """A currency before an amount; A$, S$ and R$ only written together (a $5 bill, it's $5)."""
    found = ctx.phrase(ctx.lex.currency_pre, i)
    if found is not None and ctx.key(i) in _ENGLISH_LETTER_WORDS and ctx.key(i + 1) == "$":
        dollar = ctx.tok(i + 1)
        if dollar is None or not dollar.glued:
            return None
    return found


def money(ctx: Ctx, i: int) -> Cand | None:
    lex = ctx.lex
    pre = _currency_sign(ctx, i)
    if pre is not None:
        (code, factor), k = pre
        num = ctx.num(k, glued_ok=True)
        if num is None or num.ordinal:
            return None
        value: float = num.value * float(factor)
        j = num.j
        post = ctx.phrase(lex.currency_post, j)
        if post is not None and post[0][0] == code:
            j = post[1]
        cents = _minor_unit(ctx, j, code) or (_cents(ctx, j) if ctx.key(j) in AND_WORDS else None)
        if cents is not None:
            value += cents[0]
            j = cents[1]
        return Cand(i, j, "money", tidy(value), unit=code, rule="money-sign")
    num = _amount(ctx, i)
    if num is None:
        return None
    post = ctx.phrase(lex.currency_post, num.j)
    if post is None:
        return None
    (code, factor), j = post
    value = num.value * float(factor)
    if float(factor) == 1:
        # A bare number after rupees is no paise: मुझे दो रुपये दो ('give').
        cents = _minor_unit(ctx, j, code) or (_cents(ctx, j) if code != "INR" else None)
        if cents is not None:
            value += cents[0]
            j = cents[1]
    return Cand(i, j, "money", tidy(value), unit=code, rule="money-word")


# Words between the two ends of a range.
RANGE_LINKS = frozenset({"से", "-", "–", "—", "~", "to", "तो"})


def _shared_unit(ctx: Ctx, j: int) -> tuple[str, str | None, float, int] | None:
    """A percent sign, currency or unit of time after the second end of a range."""
    lex = ctx.lex
    found = ctx.phrase(lex.percent, j)
    if found is not None:
        return "percent", None, 1.0, found[1]
    post = ctx.phrase(lex.currency_post, j)
    if post is not None:
        (code, factor), end = post
        return "money", code, float(factor), end
    tok = ctx.tok(j)
    if tok is not None and tok.key in lex.durations:
        unit, per = lex.durations[tok.key]
        return "duration", unit, per, j + 1
    return None


def range_(ctx: Ctx, i: int) -> Cand | None:
    pre = _currency_sign(ctx, i)
    k = pre[1] if pre is not None else i
    low = ctx.num(k, glued_ok=pre is not None)
    if low is None or low.ordinal:
        return None
    link = ctx.tok(low.j)
    if link is None:
        return None
    between = False
    if link.key in RANGE_LINKS:
        if link.kind == "sym" and link.key != "~":
            nxt = ctx.tok(low.j + 1)
            if nxt is None:
                return None
            # 8-10, 8 - 10, and with one stray space 8- 10, दो -तीन. Not with one space: a
            # list's number at the start of a clause ("। 3- 80 जिलों में ..."), a code
            # (0522- 2230688), or -3 after a number itself negative (-5 -3).
            if link.glued != nxt.glued:
                low_tok = ctx.tok(low.i)
                if ctx.is_clause_start(low.i) or low.value < 0 or (low_tok is not None and is_code(low_tok.key)):
                    return None
    elif link.key in AND_WORDS:
        between = True
    else:
        return None
    k = low.j + 2 if link.key == _FROM_KEY and ctx.key(low.j + 1) == _TAKING else low.j + 1  # 18 से लेकर 25
    high = ctx.num(k, glued_ok=link.kind == "sym")
    if high is None or high.ordinal:
        return None
    lo, hi = low.value, high.value
    # 5 से 10 लाख: the multiplier of the second end applies to the first.
    if high.scale > 1 and low.scale == 1 and not low.fraction and lo < high.lead:
        lo = tidy(lo * high.scale)
    # 2023-24: a two-digit end after a year.
    if low.plain_digits and high.plain_digits and link.key == "-" and hi < lo:
        lo_text, hi_text = ctx.tok(low.i).key, ctx.tok(high.i).key  # type: ignore[union-attr]
        # Plain digits may still be a decimal (9.30-07): only a whole four-digit year counts.
        if len(lo_text) == 4 and len(hi_text) == 2 and lo_text.isdigit() and hi_text.isdigit():
            hi = int(lo_text[:2] + hi_text)
    if not hi > lo:
        return None
    j = high.j
    if between:
        if ctx.key(j) in _BEFORE_BETWEEN and ctx.key(j + 1) in _BETWEEN:
            j += 2
        else:
            return None
    kind, unit = "range", None
    shared = _shared_unit(ctx, j)
    if pre is not None:
        unit = pre[0][0]
        factor = float(pre[0][1])
        lo, hi = tidy(lo * factor), tidy(hi * factor)
    elif shared is not None:
        what, code, factor, j = shared
        unit = "percent" if what == "percent" else code
        lo, hi = tidy(lo * factor), tidy(hi * factor)
    if ctx.key(j) in _BEFORE_BETWEEN and ctx.key(j + 1) in _BETWEEN:
        j += 2
    elif ctx.key(j) == _UNTIL and link.key == "से":
        j += 1
    return Cand(i, j, kind, [lo, hi], unit=unit, rule="range")


def _is_verb_do(ctx: Ctx, i: int) -> bool:
    """दो as 'give': at the end of its clause, after a word that is not a number."""
    if not ctx.is_clause_end(i + 1) and ctx.key(i + 1) not in _DO_VERB_NEXT:
        return False
    prev = ctx.prev_tok(i)
    if prev is None or prev.kind != "word":
        return False
    return prev.key not in ctx.lex.cardinals and prev.key not in ctx.lex.scales


def _counts_next(ctx: Ctx, i: int) -> bool:
    """A number at ``i`` that counts a noun (एक आठ साल का बच्चा), not the next of a list (एक दो तीन)."""
    num = ctx.num(i)
    if num is None:
        return False
    after = ctx.tok(num.j)
    return after is not None and after.kind == "word" and after.key not in ctx.lex.cardinals


def reduplicated(ctx: Ctx, i: int) -> Cand | None:
    """दो-दो, एक-एक, 20-20 घंटे: so many each, one quantity."""
    tok, dash, again = ctx.tok(i), ctx.tok(i + 1), ctx.tok(i + 2)
    if tok is None or dash is None or again is None or tok.kind == "sym":
        return None
    if dash.key != "-" or not (dash.glued and again.glued) or again.key != tok.key:
        return None
    num = ctx.num(i)
    if num is None or num.j != i + 1 or num.ordinal:
        return None
    shared = _shared_unit(ctx, i + 3)
    if shared is not None:
        what, unit, factor, j = shared
        kind = "money" if what == "money" else what
        return Cand(i, j, kind, tidy(num.value * factor), unit=unit, rule="reduplicated")
    return Cand(i, i + 3, "number", num.value, unit=_counted_noun(ctx, i + 3), rule="reduplicated")


def _counted_noun(ctx: Ctx, j: int) -> str | None:
    """The noun phrase right after a number: 80 सीटों पर -> सीटों, 67 जिला पंचायत अध्यक्ष और -> all three."""
    lex = ctx.lex
    words: list[int] = []
    k = j
    while len(words) < 3:
        tok = ctx.tok(k)
        if tok is None or tok.kind != "word":
            break
        key = tok.key
        if key in lex.noun_stops:  # not_units, number words, links, ordinals
            break
        words.append(k)
        k += 1
        if key in lex.count_heads or key.endswith(_PLURAL_ENDS):
            break  # the head noun: what follows it is a predicate or the next phrase
    # An oblique infinitive before a postposition is a verb, not the noun: 80 सीटें जीतने का.
    while words:
        last = ctx.tok(words[-1])
        assert last is not None
        if last.key.endswith(_INFINITIVE_END) and ctx.key(words[-1] + 1) in _POSTPOSITIONS:
            words.pop()
        else:
            break
    if not words:
        return None
    return ctx.span_text(words[0], words[-1] + 1)


# Words after एक that make it count: एक और व्यक्ति (one more), एक बार (once),
# एक या दो, एक व दो.
_ONE_COUNTS_BEFORE = keys("और बार या व")
# Words before एक that make it count: सिर्फ एक सीट, केवल एक मरीज.
_ONLY = keys("सिर्फ केवल मात्र महज सिर्फ़ फकत कम")  # कम: कम से कम एक
_LIST_LINKS = keys("और व तथा एवं ,")
_LIST_REACH = 60  # characters: the items of a tally listed before एक
# Right after the noun that एक counts: एक महिला और एक बच्चा, एक ट्रक, एक बस.
_PAIRED_ONE = re.compile(r"(?:\s+(?:और|व|तथा|एवं)|\s*,)\s+एक\s")
_AGAIN = fold("फिर")
_SENTENCE_ENDS = "।॥?!\n"
_TALLY_REACH = 300  # characters either side: a tally sits in one sentence


def _counts_one(ctx: Ctx, i: int) -> bool:
    """Whether a bare एक before a word counts, rather than being the indefinite
    article that most एक before a noun are in news (एक अधिकारी ने बताया, एक रिपोर्ट
    के मुताबिक, एक बड़ा फैसला; ANNOTATION.md).  It counts standing alone or before a
    postposition (23 में से एक की मौत), before और/बार/या (एक और व्यक्ति, एक बार, एक
    या दो), after सिर्फ/केवल (सिर्फ एक सीट), in a list of numbers (एक दो तीन), and in
    a tally: another number in its sentence counts the same noun (दो विकेट ... एक
    विकेट)."""
    lex = ctx.lex
    nxt = ctx.tok(i + 1)
    if nxt is None or nxt.kind not in ("word", "num"):
        return True
    after = nxt.key
    if nxt.kind == "num" or after in lex.cardinals:
        return not _counts_next(ctx, i + 1)  # एक दो तीन, not एक आठ साल का बच्चा
    if after == _ONLY_WORD and ctx.key(i + 2) == _TIMES:
        return True  # एक ही बार
    if after in _POSTPOSITIONS or after in _ONE_COUNTS_BEFORE:
        return not (after == _TIMES and ctx.key(i + 2) == _AGAIN)  # एक बार फिर: once again
    if after in lex.article_context:
        return False
    prev = ctx.prev_tok(i)
    if prev is not None and prev.key in _ONLY:
        return True
    return _tallied(ctx, i, nxt.start, nxt.end, prev is not None and prev.key in _LIST_LINKS)


_TIMES = fold("बार")
_ONLY_WORD = fold("ही")


def _tallied(ctx: Ctx, i: int, noun_start: int, noun_end: int, listed: bool) -> bool:
    """एक in a tally: another number of the sentence counts the noun after एक (a digit or
    a number word right before it), or एक is an item of a list of counts (पांच गुरुग्राम
    से और एक फरीदाबाद से; एक विदेशी और एक स्थानीय व्यक्ति).  ``listed``: a list's link
    (और, व, a comma) comes right before एक."""
    text = ctx.cur.text
    if _PAIRED_ONE.match(text, noun_end):
        return True
    tok = ctx.tok(i)
    assert tok is not None
    lo = max(0, tok.start - _TALLY_REACH)
    lo = max([lo, *(text.rfind(c, lo, tok.start) + 1 for c in _SENTENCE_ENDS)])
    hi = min(len(text), noun_end + _TALLY_REACH)
    hi = min([hi, *(k for c in _SENTENCE_ENDS if (k := text.find(c, noun_end, hi)) >= 0)])
    if listed:
        cardinals = ctx.lex.cardinals
        before = text[max(lo, tok.start - _LIST_REACH) : tok.start].split()[:-1]
        if len(before) >= 2 and fold(before[-2]) == _ONE:
            return True  # एक महिला और एक बच्चा: the second of a pair
        for word in before:
            if word.isdigit() or (fold(word) in cardinals and fold(word) != _ONE):
                return True
    noun = text[noun_start:noun_end]
    at = text.find(noun, lo, hi)
    cardinals = ctx.lex.cardinals
    while at >= 0:
        if at != noun_start:
            before = text[lo:at].rsplit(None, 1)  # only the word right before the noun
            ends_word = at + len(noun) >= len(text) or not text[at + len(noun)].isalnum()
            if before and ends_word and at > lo and text[at - 1].isspace():
                word = before[-1]
                if word.isdigit() or (fold(word) in cardinals and fold(word) != _ONE):
                    return True
        at = text.find(noun, at + 1, hi)
    return False


_CODE_DIGITS = 10  # a mobile number's length: counts that long are written with commas or scale words
_CODE_REACH = 32  # characters back over a code glued together (UP32AB, 09एपी)


def is_code(digits: str) -> bool:
    """Digits that number something rather than count it: written with a leading zero
    (a vehicle registration's 09 and 0482, a roll number 016970041062) or ten digits and
    more without separators, unless round (a phone or account number); news writes a
    count of that size as 1,00,00,00,000 or with a scale word (ANNOTATION.md: codes are
    not labelled)."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    # A round ten-digit number (1000000000) is a count written out, as number suites do.
    significant = digits.lstrip("0०")
    if not significant:
        return False  # 0000: zero however written
    return significant != digits or (len(digits) >= _CODE_DIGITS and len(significant.rstrip("0०")) > 3)


def _after_code(ctx: Ctx, i: int) -> bool:
    """Digits right after a word of letters and digits glued together are that code's
    last group: a vehicle registration (एमपी 09एपी 4069, UP32AB 1234)."""
    prev = ctx.prev_tok(i)
    if prev is None or prev.kind != "word":
        return False
    text = ctx.cur.text
    start = prev.start
    floor = max(0, prev.start - _CODE_REACH)
    while start > floor and not text[start - 1].isspace():
        start -= 1  # the run of letters and digits the word ends (a code is short)
    code = text[start : prev.end]
    if not any(c.isdigit() for c in code) or not any(c.isalpha() for c in code):
        return False
    letters = code[max(k for k, c in enumerate(code) if c.isdigit()) + 1 :]
    return fold(letters) not in ctx.lex.digit_suffixes  # 19वीं 400: an ordinal, no code


def _alone_on_line(ctx: Ctx, i: int) -> bool:
    """Nothing but spaces between the token and the line's ends: stepped over from the
    token outwards, so a long line costs what its spaces around the token cost."""
    tok = ctx.tok(i)
    assert tok is not None
    text = ctx.cur.text
    k = tok.start - 1
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] != "\n":
        return False
    k = tok.end
    while k < len(text) and text[k] != "\n" and text[k].isspace():
        k += 1
    return k == len(text) or text[k] == "\n"


def number(ctx: Ctx, i: int) -> Cand | None:
    num = _amount(ctx, i)
    if num is None:
        return None
    lex = ctx.lex
    tok = ctx.tok(i)
    assert tok is not None
    if num.j == i + 1 and tok.kind == "word":
        key = tok.key
        if key == _DO and _is_verb_do(ctx, i):
            return None
        if key == _ONE and not _counts_one(ctx, i):
            return None  # एक अधिकारी ने बताया, एक महत्वपूर्ण बैठक: an article
        if key in lex.compound_only:
            return None
        if key in lex.scales and key not in lex.scale_alone and not ctx.isolated(i, i + 1):
            return None
        if key in lex.english and key not in lex.english_alone:
            return None
        if key in lex.fractions and key not in lex.fraction_alone:
            return None
    if (
        num.j == i + 1
        and tok.kind == "num"
        and ((is_code(tok.key) and not _alone_on_line(ctx, i)) or _after_code(ctx, i))
    ):
        return None
    if tok.kind == "sym" and tok.key in "-−+" and tok.glued:
        # =-5, <-10: a sign glued to a comparison is an arrow or code; ">= -10" is a bound.
        prev = ctx.prev_tok(i)
        if prev is not None and prev.kind == "sym" and prev.key in "=<>":
            return None
    unit = _counted_noun(ctx, num.j)
    if unit is None:
        code = _money_by_context(ctx, i, num)
        if code is not None:
            return Cand(i, num.j, "money", num.value, unit=code, rule="money-context")
    return Cand(i, num.j, "number", num.value, unit=unit, rule="number")


_THOUSAND = 1000
_MONEY_REACH = 4  # words back within the clause: बजट में 670 करोड़, सोना 1 लाख के पार
_CLAUSE_BREAK = re.compile(r"[।॥?!,;:()\[\]\n|\"“”]|\.(?![0-9])")
_AMOUNT_LIST = keys("और या व तथा एवं ,")


def _money_by_context(ctx: Ctx, i: int, num: Num) -> str | None:
    """The currency of an amount written without one, when its context makes it money
    (ANNOTATION.md): the next amount of a list names it (6 लाख 50 हजार और 10 लाख रुपये), or
    an amount with a scale word stands in a clause about money (बजट में 670 करोड़ का
    प्रावधान, मंदिर का खर्च एक लाख के करीब था, सोना 1 लाख के पार): rupees."""
    if ctx.key(num.j) in _AMOUNT_LIST:
        nxt = ctx.num(num.j + 1)
        if nxt is not None and not nxt.ordinal:
            post = ctx.phrase(ctx.lex.currency_post, nxt.j)
            if post is not None and float(post[0][1]) == 1:
                return post[0][0]
    if num.scale < _THOUSAND:
        return None
    nouns = ctx.lex.money_nouns
    if (ctx.key(num.j) in _POSSESSIVE or ctx.key(num.j) in OF_WORDS) and ctx.key(num.j + 1) in nouns:
        return "INR"
    first = ctx.tok(i)
    assert first is not None
    text = ctx.cur.text
    before = text[max(0, first.start - 80) : first.start]
    clause = _CLAUSE_BREAK.split(before)[-1].split()
    return "INR" if any(fold(word) in nouns for word in clause[-_MONEY_REACH:]) else None


def plain_number(ctx: Ctx, i: int) -> Cand | None:
    """``number`` for a digit token that nothing glued or spaced after it can extend.

    The scanner calls it where only the number rule applies (most digits in news text);
    when the word after the digits could still continue the number it defers to ``number``.
    """
    nxt = ctx.tok(i + 1)
    if not digits_stand_alone(ctx.lex, nxt) or (nxt is not None and nxt.key in _AMOUNT_LIST):
        return number(ctx, i)  # a list of amounts may take its currency from the next one
    tok = ctx.tok(i)
    assert tok is not None and tok.kind == "num"
    if glued_to_word_before(ctx.cur.text, tok.start):
        return None  # जी20: part of a name, as parse_num says
    if is_code(tok.key) and not _alone_on_line(ctx, i):
        return None  # a code among words; a line of digits alone is the number
    if _after_code(ctx, i):
        return None
    return Cand(i, i + 1, "number", digits_value(tok.key), unit=_counted_noun(ctx, i + 1), rule="number")


_AMOUNT_STARTS = frozenset({"num", "numword", "sign"})

# ``needs`` (see gates.py) restate what each rule checks first: a sign or digit groups
# glued by - or / for identifiers, a currency before or after the amount for money, ...
NUMBER_RULES: tuple[Rule, ...] = (
    Rule("idiom", idiom, frozenset({"idiom"})),
    Rule("identifier", identifier, frozenset({"num", "sign"}), frozenset({"start:sign", "next:glued-sep"})),
    Rule("money", money, _AMOUNT_STARTS | {"currency"}, frozenset({"start:currency", "after:currency"})),
    Rule("percent", percent, _AMOUNT_STARTS, frozenset({"after:percent"})),
    Rule("reduplicated", reduplicated, frozenset({"num", "numword"}), frozenset({"next:glued-sep"})),
    Rule("range", range_, _AMOUNT_STARTS | {"currency"}, frozenset({"start:currency", "after:range-link"})),
    Rule(
        "ordinal",
        ordinal,
        frozenset({"num", "numword", "ordword"}),
        frozenset({"next:digit-suffix", "start:ordinal-word", "num:ordinal"}),
    ),
    Rule("number", number, _AMOUNT_STARTS, frozenset({"num:amount"})),
)


def bounded(ctx: Ctx, cand: Cand) -> Cand:
    """Bounds after an amount (100 से अधिक, 700 तक) and two bounds as a range."""
    if cand.kind not in AMOUNT_KINDS or not cand.emit:
        return cand
    found = ctx.phrase(ctx.lex.bounds_post, cand.j)
    if found is None:
        return cand
    (approx,), j = found
    if any(_pre_bound_past(ctx, t, j) for t in range(cand.j + 1, j)):
        return cand  # 10 और अधिक से अधिक 40: और begins the next bound, not "10 or more"
    unit = cand.unit
    if cand.kind == "number" and unit is None:
        unit = _counted_noun(ctx, j)  # 1100 से अधिक पंचायत सदस्य
    first = Cand(cand.i, j, cand.kind, cand.value, unit, approx, cand.rule)
    if approx not in ("over", "at_least") or not isinstance(cand.value, int | float):
        return first
    # बीस से बड़ी और पैंतीस से कम: a lower and an upper bound make a range.
    k = j
    if ctx.key(k) in _IS:
        k += 1
    if ctx.key(k) in BOUND_LINKS:
        k += 1
    if k == j:
        return first
    second = ctx.num(k)
    if second is None or second.ordinal:
        return first
    upper = ctx.phrase(ctx.lex.bounds_post, second.j)
    if upper is None or upper[0][0] not in ("under", "at_most") or not second.value > cand.value:
        return first
    return Cand(cand.i, upper[1], "range", [cand.value, second.value], cand.unit, None, "range-bounds")


def _pre_bound_past(ctx: Ctx, t: int, j: int) -> bool:
    found = ctx.phrase(ctx.lex.bounds_pre, t)
    return found is not None and found[1] > j


def _is_clause_punct(key: str | None) -> bool:
    return key is not None and key in CLAUSE_PUNCT
