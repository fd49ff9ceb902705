"""Datelines: the place (and credit) that opens a story's first paragraph or stands on its own line.

Formats: ``लखनऊ :``, ``लंदन:``, ``नई दिल्लीः`` (visarga), ``धार।``, ``कानपुर – ``,
``नई दिल्ली, एजेंसी ।``, ``नईदुनिया प्रतिनिधि, इंदौर।``, ``चंडीगढ़(रश्मि) :``,
``नयी दिल्ली, 24 जुलाई (भाषा)``, ``पटना [जेएनएन]।``, wire headers ``पूर्णिया, दिसम्बर 5 -- अमौर, एक संवाददाता।``,
a place glued to a relative stamp ``समस्तीपुरकुछ ही क्षण पहले``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from newscli.article.credits import (
    Credit,
    Span,
    is_generic_credit,
    is_place_like,
    not_places,
    parse_dateline_credit,
)
from newscli.article.resources import alternation, fold, word_list

# How far into a paragraph a dateline may reach.
_MAX_PREFIX = 90
# Separators that close a dateline; a hyphen only with a space before it ("दिल्ली -ईंधन").
_SEPARATOR = re.compile(r"[ \u00a0]*(?:--|—|–|[ \u00a0]-|:|ः|।|\||\.(?=[ \u00a0]))[ \u00a0]*")
_CLOSING_BRACKET = re.compile(r"\((?P<inside>[^()]{1,30})\)[ \u00a0]*(?P<sep>[:।\-–—][ \u00a0]*)?")
# A desk credit glued to the text with a hyphen ("डेस्क-आज …").
_GLUED_CREDIT = re.compile(r"(?P<credit>[^\s\-]{2,20}(?: [^\s\-]{2,20})?)[ \u00a0]?-[ \u00a0]?(?=\S)")
# A section kicker in Latin letters before the dateline ("UP News :").
_KICKER = re.compile(r"[A-Za-z][A-Za-z .]{0,40}\bNews[ \u00a0]*:[ \u00a0]*")


@dataclass(frozen=True, slots=True)
class Dateline:
    credit: Credit
    start: int  # where the dateline prefix starts
    text_start: int  # where the paragraph's own text starts, after the separator

    @property
    def place(self) -> Span | None:
        return self.credit.place


def _round_brackets(s: str) -> str:
    """Jagran prints the credit in square brackets ("पटना [जेएनएन]।", "नोएडा [चंद्रशेखर वर्मा] ।"); read
    them as round ones (same length, so offsets hold)."""
    # str.replace, not str.translate: translate looks every character up and is slow on Devanagari
    return s.replace("[", "(").replace("]", ")")


def _one_prefix(s: str, pos: int) -> tuple[Credit, int] | None:
    window = _round_brackets(s[pos : pos + _MAX_PREFIX])
    sep = _SEPARATOR.search(window)
    bracket = _CLOSING_BRACKET.search(window)
    if bracket is not None and (sep is None or bracket.start() < sep.start()):
        # "चंडीगढ़(रश्मि) :" closes with its separator; "नयी दिल्ली, 7 मार्च (भाषा) …" with the agency alone.
        if bracket["sep"] is None and not is_generic_credit(bracket["inside"]):
            return None
        prefix_end, text_start = bracket.end("inside") + 1, bracket.end()
    elif sep is not None:
        prefix_end, text_start = sep.start(), sep.end()
    else:
        return None
    if prefix_end == 0:
        return None
    prefix = window[:prefix_end]
    if re.search("[ः:]", window[prefix_end:text_start]) and _adverb_before_visarga(prefix):
        return None
    credit = parse_dateline_credit(prefix, pos, strict=True)
    if credit is None:
        return None
    return credit, pos + text_start


def _adverb_before_visarga(prefix: str) -> bool:
    """ "अतः", "सामान्यतः": the visarga ends an adverb here, it is not a colon."""
    words = prefix.split()
    return bool(words) and fold(words[-1] + "ः") in not_places()


def find_dateline_prefix(s: str, base: int = 0) -> Dateline | None:
    """The dateline that opens paragraph ``s`` (offsets shifted by ``base``), or None."""
    found = _dateline_at_start(s)
    if found is None or base == 0:
        return found
    return Dateline(_shift(found.credit, base), found.start + base, found.text_start + base)


# The layout asks about the same paragraph more than once (where the body starts, whether a dek is
# repeated), with the line's offset or none: the answer is kept at offset 0 and shifted.
@functools.lru_cache(maxsize=64)
def _dateline_at_start(s: str) -> Dateline | None:
    glued = _GLUED_CREDIT.match(s)
    if glued is not None and is_generic_credit(glued["credit"]):
        return Dateline(Credit(generic=True), 0, glued.end())
    pos = 0
    kicker = _KICKER.match(s)
    if kicker is not None:
        pos = kicker.end()
    first = _one_prefix(s, pos)
    if first is None:
        return _latin_dateline(s)
    credit, text_start = first
    if credit.dated or credit.place is None:
        # A wire header or a bare desk credit may be followed by the story's own dateline.
        second = _one_prefix(s, text_start)
        if second is not None and second[0].place is not None:
            credit, text_start = second
    if credit.place is None and not credit.generic:
        return _latin_dateline(s)
    return Dateline(credit, pos, text_start)


# "Patna :", "Jaipur News ।" before Devanagari text: a place written in Latin letters, set off by
# a danda, a dash or a colon with a space before it.  A colon glued to Latin words ("Indore News:",
# "School Admission:") is a topic kicker that sites put before a story's opening, not a dateline.
_LATIN_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]{2,}(?: (?!News\b)[A-Z][a-z]{2,})?)(?: News)?"
    r"(?:[ \u00a0]*।|[ \u00a0]+:|[ \u00a0]+[-–—])[ \u00a0]*(?=[\u0900-\u097F])"
)
_LATIN_KICKERS = frozenset(
    {"breaking", "live", "video", "exclusive", "update", "updates", "photos", "watch", "big", "news"}
)


def _latin_dateline(s: str) -> Dateline | None:
    m = _LATIN_DATELINE.match(s)
    if m is None or any(w.lower() in _LATIN_KICKERS for w in m["place"].split()):
        return None
    return Dateline(Credit(place=Span(m.start("place"), m.end("place"), m["place"])), 0, m.end())


def parse_dateline_line(s: str, base: int = 0) -> Credit | None:
    """A dateline printed alone on its line ("नई दिल्ली", "अनिल शर्मा, आगरा")."""
    s = s.rstrip(" \u00a0।:ः,.-–—")
    credit = parse_dateline_credit(s, 0, strict=True)
    if credit is None or credit.place is None:
        return None
    return _shift(credit, base)


@functools.cache
def _relative_stamp() -> re.Pattern[str]:
    units = alternation(word_list("article_relative_time.txt"))
    return re.compile(rf"(?:कुछ[ \u00a0]+ही|कुछ|[0-9०-९]{{1,3}})[ \u00a0]*(?:{units})[ \u00a0]+पहले\Z")


def split_relative_stamp(s: str, base: int = 0) -> Span | None:
    """The place glued to a relative time stamp ("समस्तीपुरकुछ ही क्षण पहले" -> समस्तीपुर)."""
    if not s.endswith("पहले"):
        return None  # the stamp pattern ends with it; most lines are spared the search
    m = _relative_stamp().search(s)
    if m is None:
        return None
    place = s[: m.start()].rstrip(" \u00a0,|")
    if place and not is_place_like(place):
        return None
    return Span(base, base + len(place), place) if place else Span(base, base, "")


def _shift(credit: Credit, base: int) -> Credit:
    def move(span: Span | None) -> Span | None:
        return None if span is None else Span(span.start + base, span.end + base, span.text)

    return replace(credit, place=move(credit.place), person=move(credit.person))
