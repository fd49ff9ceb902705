"""Rules for dates, clock times, date-times and durations.

Dates are read day-first as Indian news writes them (24/07/2023, 24 जुलाई 2023,
22-जुलाई-2019) and also month-first (Jul 24, 2023). Weekdays, आज/कल/परसों and
पिछले/इस/अगले with a period resolve against the publication date; without one
their value is null.
"""

from __future__ import annotations

import datetime as dt

from newscli.extract.dates.calendar import (
    is_future,
    month_length_ok,
    period_value,
    valid_date,
    weekday_date,
)
from newscli.extract.numbers.context import Cand, Ctx, Rule
from newscli.extract.numbers.lexicon import fold, keys
from newscli.extract.numbers.values import glued_to_word_before, tidy

# Words compared with token keys, folded like them.
_DURATION_LINKS = keys("और ,")
_AFTER_BARE_DAY = keys("को से तक के की का")
_BEFORE_TIME = keys(", को की")
_BEFORE_CLOCK = keys("के को में")
_OF = keys("के की")
_DAY_NOUNS = keys("दिन तारीख")

_UNIT_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
_SECONDS = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
_MONTHS = {"year": 12, "month": 1}


def _convert(value: float, unit: str, to: str) -> float:
    """An amount of ``unit`` in the smaller unit ``to`` (2 साल = 24 months; a month is 30 days)."""
    if unit in _MONTHS and to in _MONTHS:
        return value * _MONTHS[unit] / _MONTHS[to]
    if unit in _MONTHS:
        return value * _MONTHS[unit] * 30 * 86400 / _SECONDS[to]
    return value * _SECONDS[unit] / _SECONDS[to]


def duration(ctx: Ctx, i: int) -> Cand | None:
    lex = ctx.lex
    tok = ctx.tok(i)
    if tok is not None and tok.key in lex.duration_alone and ctx.isolated(i, i + 1):
        unit, factor = lex.durations[tok.key]
        return Cand(i, i + 1, "duration", tidy(factor), unit=unit, rule="duration-word")
    num = ctx.num(i)
    if num is None or num.ordinal or num.value < 0:
        return None
    unit_tok = ctx.tok(num.j)
    if unit_tok is None or unit_tok.key not in lex.durations:
        return None
    unit, factor = lex.durations[unit_tok.key]
    value: float = num.value * factor
    j = num.j + 1
    # 2 साल 3 महीने, 2 साल और 3 महीने, 2 साल, 3 महीने
    k = j + 1 if ctx.key(j) in _DURATION_LINKS else j
    more = ctx.num(k)
    if more is not None and not more.ordinal and more.value > 0:
        unit_tok2 = ctx.tok(more.j)
        if unit_tok2 is not None and unit_tok2.key in lex.durations:
            unit2, factor2 = lex.durations[unit_tok2.key]
            if _UNIT_ORDER.index(unit2) > _UNIT_ORDER.index(unit):
                value = _convert(value, unit, unit2) + more.value * factor2
                unit = unit2
                j = more.j + 1
    return Cand(i, j, "duration", tidy(value), unit=unit, rule="duration")


def _day(ctx: Ctx, i: int) -> tuple[int, int] | None:
    """A day of the month at token ``i``: 7, 07, 24th, or a number word up to 31."""
    tok = ctx.tok(i)
    if tok is None:
        return None
    if tok.kind == "num":
        if not tok.key.isdigit() or len(tok.key) > 2 or not 1 <= int(tok.key) <= 31:
            return None
        if glued_to_word_before(ctx.cur.text, tok.start):
            return None
        j = i + 1
        suffix = ctx.tok(j)
        if suffix is not None and suffix.glued and suffix.key in ("st", "nd", "rd", "th"):
            j += 1
        return int(tok.key), j
    if tok.kind == "word" and tok.key in ctx.lex.cardinals:
        value = ctx.lex.cardinals[tok.key]
        if 1 <= value <= 31:
            return value, i + 1
    return None


def _month(ctx: Ctx, i: int) -> tuple[int, int] | None:
    found = ctx.phrase(ctx.lex.months, i)
    if found is None:
        return None
    (month,), j = found
    dot = ctx.tok(j)
    if dot is not None and dot.glued and dot.key == "." and ctx.tok(i) is not None and ctx.tok(i).key.isascii():  # type: ignore[union-attr]
        j += 1
    return int(month), j


def _year(ctx: Ctx, i: int) -> tuple[int, int] | None:
    tok = ctx.tok(i)
    if tok is None or tok.kind != "num" or not tok.key.isdigit() or len(tok.key) != 4:
        return None
    year = int(tok.key)
    if not 1000 <= year <= 2999:
        return None
    after = ctx.tok(i + 1)
    if after is not None and after.glued and (after.kind == "num" or after.key in "-/"):
        nxt = ctx.tok(i + 2)
        if nxt is not None and nxt.kind == "num" and nxt.glued:
            return None
    return year, i + 1


def _date_value(ctx: Ctx, year: int | None, month: int, day: int) -> str | None:
    """ISO date; a missing year comes from the reference; None when it cannot be known."""
    if year is None:
        if ctx.ref is None:
            return None
        year = ctx.ref.date.year
    d = valid_date(year, month, day)
    return d.isoformat() if d is not None else None


def _day_month(ctx: Ctx, i: int) -> tuple[int | None, int, int, int] | None:
    """7 अगस्त, 24 जुलाई 2023, 22-जुलाई-2019, 24th July, 2023: (year, month, day, end)."""
    d = _day(ctx, i)
    if d is None:
        return None
    day, k = d
    sep = ctx.tok(k)
    hyphen = False
    if sep is not None and sep.kind == "sym" and sep.key in "-/." and sep.glued:
        hyphen = True
        k += 1
    m = _month(ctx, k)
    if m is None:
        return None
    if hyphen and not ctx.tok(k).glued:  # type: ignore[union-attr]
        return None
    month, j = m
    if not month_length_ok(month, day):
        return None
    year = None
    k = j
    sep = ctx.tok(k)
    if sep is not None and sep.key in (",", "-", "/", "."):
        k += 1
    # A short year only bare or after a comma: "19 अप्रैल- 10" is a date and its count.
    y = _year(ctx, k) or (_short_year(ctx, k) if k == j or ctx.key(j) == "," else None)
    if y is not None:
        year, j = y
    return year, month, day, j


_AFTER_SHORT_YEAR = keys("को तक से के की का में")


def _short_year(ctx: Ctx, i: int) -> tuple[int, int] | None:
    """A year of two digits after a day and month (5 अक्टूबर 21 को = 2021), when a
    postposition or the end of the clause follows it and not a count's noun (5 अक्टूबर 21
    लोग) or a range's second end (21 से 25). The century is the reference's, or the one
    before when that would put the year over a year ahead of it; 2000s without one."""
    tok = ctx.tok(i)
    if tok is None or tok.kind != "num" or len(tok.key) != 2 or not tok.key.isdigit():
        return None
    after = ctx.tok(i + 1)
    if after is not None and after.glued:
        return None
    if not (ctx.is_clause_end(i + 1) and ctx.key(i + 1) not in ("-", "–")) and ctx.key(i + 1) not in _AFTER_SHORT_YEAR:
        return None
    nxt = ctx.tok(i + 2)
    if ctx.key(i + 1) == fold("से") and nxt is not None and nxt.kind == "num":
        return None
    short = int(tok.key)
    if ctx.ref is None:
        return 2000 + short, i + 1
    year = ctx.ref.date.year // 100 * 100 + short
    return (year - 100 if year > ctx.ref.date.year + 1 else year), i + 1


def _month_day(ctx: Ctx, i: int) -> tuple[int | None, int, int | None, int] | None:
    """Jul 24, 2023 / जुलाई 24 / अगस्त 2023: (year, month, day or None, end)."""
    m = _month(ctx, i)
    if m is None:
        return None
    month, k = m
    y = _year(ctx, k + 1 if ctx.key(k) == "," else k)
    if y is not None:
        return y[0], month, None, y[1]
    d = _day(ctx, k)
    if d is None or ctx.tok(k).kind != "num":  # type: ignore[union-attr]
        return None
    day, j = d
    if not month_length_ok(month, day):
        return None
    k = j + 1 if ctx.key(j) == "," else j
    y = _year(ctx, k)
    if y is not None:
        return y[0], month, day, y[1]
    # Without a year only where nothing is counted next: "सितंबर 30 को", "June 5,".
    nxt = ctx.tok(j)
    if nxt is None or nxt.kind == "sym" or nxt.key in _AFTER_BARE_DAY:
        return None, month, day, j
    return None


def _month_ordinal_day(ctx: Ctx, i: int) -> tuple[int, int, int] | None:
    """मई के चौथे दिन, मई की 4थी तारीख: (month, day, end)."""
    m = _month(ctx, i)
    if m is None or ctx.key(m[1]) not in _OF:
        return None
    month, k = m[0], m[1] + 1
    tok, suffix = ctx.tok(k), ctx.tok(k + 1)
    if tok is None:
        return None
    lex = ctx.lex
    if tok.kind == "num" and tok.key.isdigit() and suffix is not None and suffix.glued:
        if suffix.key not in lex.digit_suffixes:
            return None
        day, j = int(tok.key), k + 2
    elif tok.key in lex.ordinals:
        day, j = lex.ordinals[tok.key][0], k + 1
    elif tok.key in lex.word_ordinals:
        day, j = lex.word_ordinals[tok.key], k + 1
    else:
        return None
    if ctx.key(j) not in _DAY_NOUNS or not month_length_ok(month, day):
        return None
    return month, day, j + 1


def _calendar_date(ctx: Ctx, i: int) -> tuple[str | None, int] | None:
    """Any written calendar date at ``i``: (ISO value or None, end)."""
    mod = _month_ordinal_day(ctx, i)
    if mod is not None:
        return _date_value(ctx, None, mod[0], mod[1]), mod[2]
    found = _day_month(ctx, i)
    if found is not None:
        year, month, day, j = found
        return _date_value(ctx, year, month, day), j
    md = _month_day(ctx, i)
    if md is None:
        return None
    year, month, maybe_day, j = md
    if maybe_day is None:
        return f"{year:04d}-{month:02d}", j
    return _date_value(ctx, year, month, maybe_day), j


def _with_time(ctx: Ctx, cand: Cand) -> Cand:
    """A date followed by a clock time is a date-time: 7 अगस्त को सुबह 10 बजे, Jul 24, 2023, 9:15 AM IST."""
    j = cand.j
    k = j + 1 if ctx.key(j) in _BEFORE_TIME else j
    t = clock_time(ctx, k)
    if t is None:
        return cand
    value = None
    if isinstance(cand.value, str) and len(cand.value) == 10 and isinstance(t.value, str):
        value = f"{cand.value}T{t.value}"
    return Cand(cand.i, t.j, "datetime", value, approx=t.approx, rule=cand.rule + "+time")


def _trailing_weekday(ctx: Ctx, j: int) -> int:
    """The end of a weekday that names the date before it: 13 जून 1998 सोमवार, 5 जनवरी (शुक्रवार)."""
    k = j + 1 if ctx.key(j) in (",", "(") else j
    tok = ctx.tok(k)
    if tok is None or tok.key not in ctx.lex.weekdays or ctx.lex.weekdays[tok.key][1] != "full":
        return j
    if ctx.key(j) == "(":
        return k + 2 if ctx.key(k + 1) == ")" else j
    return k + 1


def written_date(ctx: Ctx, i: int) -> Cand | None:
    found = _calendar_date(ctx, i)
    if found is None:
        return None
    value, j = found
    return _with_time(ctx, Cand(i, _trailing_weekday(ctx, j), "date", value, rule="date"))


def _numeric_parts(ctx: Ctx, i: int) -> tuple[list[str], str, int] | None:
    """Digit groups joined by one separator without spaces: 24/07/2023, 2023-07-24, 24.07.2023."""
    first = ctx.tok(i)
    if first is None or first.kind != "num" or not first.key.isdigit():
        return None
    if glued_to_word_before(ctx.cur.text, first.start):
        return None
    parts = [first.key]
    sep = ""
    j = i + 1
    while len(parts) < 3:
        s, n = ctx.tok(j), ctx.tok(j + 1)
        if s is None or n is None or not (s.glued and n.glued) or n.kind != "num" or not n.key.isdigit():
            break
        if s.key not in "/-." or (sep and s.key != sep):
            break
        sep = s.key
        parts.append(n.key)
        j += 2
    if len(parts) < 2:
        return None
    return parts, sep, j


def numeric_date(ctx: Ctx, i: int) -> Cand | None:
    found = _numeric_parts(ctx, i)
    if found is None:
        return None
    parts, sep, j = found
    after = ctx.tok(j)
    if after is not None and after.glued and after.key in "/-." and after.kind == "sym":
        nxt = ctx.tok(j + 1)
        if nxt is not None and nxt.kind == "num" and nxt.glued:
            return None  # more groups: an identifier
    if len(parts) == 2:
        # 2011-12 is a financial year; 1995-01 a month.
        a, b = parts
        if sep != "-" or len(a) != 4 or len(b) != 2 or not 1000 <= int(a) <= 2999:
            return None
        if int(b) == (int(a) + 1) % 100:
            return None
        if not 1 <= int(b) <= 12:
            return None
        return Cand(i, j, "date", f"{a}-{b}", rule="date-numeric")
    a, b, c = parts
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) in (2, 4) and len(a) <= 2 and len(b) <= 2:
        day, month = int(a), int(b)
        if month > 12 and day <= 12:
            day, month = month, day
        year = int(c)
        if len(c) == 2:
            year += 2000 if year < 50 else 1900
    else:
        return None
    if sep == "." and len(c) != 4 and len(a) != 4:
        return None
    d = valid_date(year, month, day)
    if d is None:
        return None
    cand = Cand(i, j, "date", d.isoformat(), rule="date-numeric")
    t_tok = ctx.tok(j)
    if t_tok is not None and t_tok.glued and t_tok.key == "t":
        t = clock_time(ctx, j + 1)
        if t is not None and isinstance(t.value, str):
            return Cand(i, t.j, "datetime", f"{d.isoformat()}T{t.value}", rule="datetime-iso")
    return _with_time(ctx, cand)


def era_year(ctx: Ctx, i: int) -> Cand | None:
    """सन् 1989, and सन् 1989 11 फ़रवरी 09:43."""
    tok = ctx.tok(i)
    if tok is None or tok.key not in ctx.lex.eras:
        return None
    k = i + 2 if ctx.key(i + 1) == "." else i + 1
    y = _year(ctx, k)
    if y is None:
        return None
    year, j = y
    dm = _day_month(ctx, j)
    if dm is not None and dm[0] is None:
        _, month, day, end = dm
        value = _date_value(ctx, year, month, day)
        return _with_time(ctx, Cand(i, end, "date", value, rule="date-era"))
    return Cand(i, j, "date", f"{year:04d}", rule="date-era")


def weekday(ctx: Ctx, i: int) -> Cand | None:
    lex = ctx.lex
    step: int | None = None
    k = i
    pre = ctx.phrase(lex.relative_prefixes, i)
    if pre is not None:
        step = int(pre[0][0])
        k = pre[1]
    tok = ctx.tok(k)
    if tok is None or tok.key not in lex.weekdays:
        return None
    day, form = lex.weekdays[tok.key]
    k += 1
    if ctx.key(k) == "." and form == "short":
        k += 1
    after = k + 1 if ctx.key(k) == "," else k
    written = _calendar_date(ctx, after) if pre is None else None
    if written is not None:
        value, j = written
        return _with_time(ctx, Cand(i, j, "date", value, rule="date-weekday"))
    if form != "full":
        return None
    if ctx.ref is None:
        return _with_time(ctx, Cand(i, k, "date", None, rule="weekday"))
    future = is_future(ctx.cur.rest_of_sentence(k))
    d = weekday_date(ctx.ref, day, step, future)
    return _with_time(ctx, Cand(i, k, "date", d.isoformat(), rule="weekday"))


def relative_day(ctx: Ctx, i: int) -> Cand | None:
    found = ctx.phrase(ctx.lex.relative_days, i)
    if found is None:
        return None
    (days, tense), j = found
    nxt = ctx.tok(j)
    if nxt is not None and nxt.glued and nxt.key == "-":
        return None  # कल-कारखाने
    if ctx.ref is None:
        return _with_time(ctx, Cand(i, j, "date", None, rule="relative-day"))
    offset = int(days)
    if tense == "yes" and not is_future(ctx.cur.rest_of_sentence(j)):
        offset = -offset
    d = ctx.ref.date + dt.timedelta(days=offset)
    return _with_time(ctx, Cand(i, j, "date", d.isoformat(), rule="relative-day"))


def relative_period(ctx: Ctx, i: int) -> Cand | None:
    pre = ctx.phrase(ctx.lex.relative_prefixes, i)
    if pre is None:
        return None
    step, k = int(pre[0][0]), pre[1]
    tok = ctx.tok(k)
    if tok is None or tok.key not in ctx.lex.periods:
        return None
    period = ctx.lex.periods[tok.key]
    value = period_value(ctx.ref, period, step) if ctx.ref is not None else None
    return Cand(i, k + 1, "date", value, rule="relative-period")


_DAYPARTS_PM = {"afternoon": (1, 6), "evening": (1, 11), "night": (6, 11)}


def _clock_digits(ctx: Ctx, i: int) -> tuple[int, int, int, int, bool] | None:
    """9:15, 09:43:08, or 9.30 (which needs बजे or a.m./p.m. after it): (h, m, s, end, dotted)."""
    tok = ctx.tok(i)
    if tok is None or tok.kind != "num" or glued_to_word_before(ctx.cur.text, tok.start):
        return None
    if "." in tok.key:
        h_text, _, m_text = tok.key.partition(".")
        if len(m_text) != 2 or not h_text.isdigit():
            return None
        return int(h_text), int(m_text), 0, i + 1, True
    if not tok.key.isdigit() or len(tok.key) > 2:
        return None
    colon, mins = ctx.tok(i + 1), ctx.tok(i + 2)
    if colon is None or mins is None or colon.key != ":" or not (colon.glued and mins.glued):
        return None
    if mins.kind != "num" or not mins.key.isdigit() or len(mins.key) != 2:
        return None
    h, m, s, j = int(tok.key), int(mins.key), 0, i + 3
    colon2, secs = ctx.tok(j), ctx.tok(j + 1)
    if (
        colon2 is not None
        and secs is not None
        and colon2.key == ":"
        and colon2.glued
        and secs.glued
        and secs.kind == "num"
        and secs.key.isdigit()
        and len(secs.key) == 2
    ):
        s, j = int(secs.key), j + 2
    return h, m, s, j, False


def _adjust(hour: int, part: str | None) -> int:
    if part is None or part == "morning":
        return hour
    if part == "am":
        return 0 if hour == 12 else hour
    if part == "pm":
        return hour + 12 if hour < 12 else hour
    if part == "night" and hour == 12:
        return 0
    lo, hi = _DAYPARTS_PM[part]
    return hour + 12 if lo <= hour <= hi else hour


def clock_time(ctx: Ctx, i: int) -> Cand | None:
    times = ctx.times
    if i not in times:
        times[i] = _clock_time(ctx, i)
    return times[i]


def _clock_time(ctx: Ctx, i: int) -> Cand | None:
    lex = ctx.lex
    part: str | None = None
    k = i
    approx = None
    before = ctx.phrase(lex.dayparts, i)
    if before is not None and before[0][0] not in ("am", "pm"):
        part = before[0][0]
        k = before[1]
        if ctx.key(k) in _BEFORE_CLOCK:
            k += 1
        about = ctx.phrase(lex.bounds_pre, k)  # रात करीब 11 बजे
        if about is not None and about[0][0] == "about":
            approx, k = "about", about[1]
    hour: float
    minute = second = 0
    marked = False  # बजे, a colon, or a.m./p.m.: what makes a number a time
    digits = _clock_digits(ctx, k)
    if digits is not None:
        h, m, second, j, dotted = digits
        hour, minute = h, m
        marked = not dotted
    else:
        num = ctx.num(k)
        if num is None or num.ordinal or not 0 <= num.value <= 24:
            return None
        hour, j = float(num.value), num.j
    role = lex.clock.get(ctx.key(j) or "")
    if role == "hour":
        marked = True
        j += 1
    elif role == "link":
        more = ctx.num(j + 1)
        if more is None or not float(more.value).is_integer() or not 0 <= more.value < 60 or hour != int(hour):
            return None
        minute = int(more.value)
        j = more.j
        if lex.clock.get(ctx.key(j) or "") == "minute":
            j += 1
        marked = True
    after = ctx.phrase(lex.dayparts, j)
    if after is not None and (part is None or after[0][0] in ("am", "pm")):
        part = after[0][0]
        if part in ("am", "pm"):
            marked = True
        j = after[1]
    if not marked:
        return None
    if hour != int(hour):
        minute = round((hour - int(hour)) * 60)
        hour = int(hour)
    h = int(hour)
    if (part in ("am", "pm") and not 1 <= h <= 12) or h > 24 or minute > 59 or second > 59:
        return None
    h = _adjust(h, part) % 24
    value = f"{h:02d}:{minute:02d}:{second:02d}"
    tz = ctx.phrase(lex.timezones, j)
    if tz is not None:
        value += tz[0][0]
        j = tz[1]
    return Cand(i, j, "time", value, approx=approx, rule="time")


def time_then_date(ctx: Ctx, i: int) -> Cand | None:
    """A clock time before its date: 06:15 PM, 28-MAR-2020 or शाम 5 बजे, 7 अगस्त को."""
    t = clock_time(ctx, i)
    if t is None or not isinstance(t.value, str):
        return None
    k = t.j + 1 if ctx.key(t.j) == "," else t.j
    found = _calendar_date(ctx, k)
    if found is None:
        numeric = numeric_date(ctx, k)
        if numeric is None or numeric.kind != "date":
            return None
        found = (numeric.value if isinstance(numeric.value, str) else None, numeric.j)
    value, j = found
    if value is None or len(value) != 10:
        return None
    return Cand(i, j, "datetime", f"{value}T{t.value}", approx=t.approx, rule="time+date")


# A clock time needs a day part before it, or after its number बजे, a colon, a day part
# or a.m./p.m.; ``needs`` (see numbers/gates.py) restate such first checks of each rule.
_CLOCK_NEEDS = frozenset({"start:daypart", "next:clock", "after:clock"})

DATE_RULES: tuple[Rule, ...] = (
    Rule("date-numeric", numeric_date, frozenset({"num"}), frozenset({"next:glued-sep"})),
    Rule(
        "date",
        written_date,
        frozenset({"num", "numword", "month"}),
        frozenset({"start:month", "next:date", "next:glued-sep"}),
    ),
    Rule("date-era", era_year, frozenset({"era"})),
    Rule("weekday", weekday, frozenset({"weekday", "relprefix"})),
    Rule("relative-day", relative_day, frozenset({"relday"})),
    Rule("relative-period", relative_period, frozenset({"relprefix"})),
    Rule("time", clock_time, frozenset({"daypart", "num", "numword"}), _CLOCK_NEEDS),
    Rule("time+date", time_then_date, frozenset({"daypart", "num", "numword"}), _CLOCK_NEEDS),
    Rule(
        "duration",
        duration,
        frozenset({"num", "numword", "durword"}),
        frozenset({"start:duration-word", "after:duration"}),
    ),
)
