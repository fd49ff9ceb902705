"""What each line of a page is: furniture, metadata (dates, bylines, outlet names) or text.

Lines are classified on their own; where they sit in the page is decided in ``layout``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from newscli.article import furniture
from newscli.article.credits import (
    Credit,
    Span,
    is_name_like,
    known_places,
    parse_byline,
    parse_credit_line,
    parse_dateline_credit,
)
from newscli.article.datelines import split_relative_stamp
from newscli.article.dates import find_datetimes
from newscli.article.lines import Line
from newscli.article.outlets import find_outlets
from newscli.article.resources import alternation, fold, initials, table, table_keys, word_list, word_set

# Line kinds.
BLANK, FURNITURE, TAIL, OUTLET, META, LABEL, TEXT = "blank", "furniture", "tail", "outlet", "meta", "label", "text"

# The stop is looked behind after it is matched, not before: a pattern that opens with its
# character class is searched by scanning for that class, far faster than trying every position.
_SENTENCE_END = re.compile(r"[।॥.?!](?<![.][।॥.?!])[\"'”’)\]]*\Z")
_SENTENCE_INSIDE = re.compile(r"[।॥][ \u00a0]*\S")
# A byline name footnoted with an asterisk, opening the headline line.
_STARRED_NAME = re.compile(r"(?P<name>[^\s*]{2,20}(?: [^\s*]{2,20}){1,2})\*[ \u00a0]+(?=\S)")
_DIGIT = re.compile(r"[0-9\u0966-\u096F]")
_LETTER = re.compile(r"[A-Za-z\u0900-\u097F]")
_INNER_STOP = re.compile(r"(\S+)\.[ \u00a0]+\S")
_GLUED_STOP = re.compile(r"([\u0900-\u0963\u0971-\u097F]+)\.(?=[\u0900-\u0963\u0971-\u097F])")
_DEVANAGARI = re.compile(r"[\u0900-\u0963\u0971-\u097F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF\u2500-\u257F]")
# Longer lines are paragraphs, never menus, bylines or date lines.
_LONGEST_METADATA_LINE = 240
# Most words a metadata line may hold besides its dates and labels (an author, a place, an outlet).
_MAX_META_WORDS = 6


@dataclass(frozen=True, slots=True)
class DateClaim:
    """A date printed in a metadata line: ``role`` is published, updated or unlabelled."""

    role: str
    iso: str
    has_time: bool


@dataclass(frozen=True, slots=True)
class LineInfo:
    line: Line
    kind: str
    words: int = 0
    paragraph: bool = False  # a full paragraph, not a short line (subhead, caption, title)
    title_like: bool = False
    devanagari: bool = False  # the line holds a Devanagari letter
    garbled: bool = False
    dates: tuple[DateClaim, ...] = ()
    byline: Credit | None = None
    labelled_byline: bool = False
    outlets: tuple[str, ...] = ()
    stamp_place: Span | None = None  # a place glued to a relative time stamp
    starred_author: Span | None = None  # "गंगेश उपाध्याय* दुधवा …": a name footnoted with '*'
    content_start: int | None = None  # where the line's own text starts, after such a name

    @property
    def index(self) -> int:
        return self.line.index

    @property
    def text(self) -> str:
        return self.line.text


@functools.cache
def _date_label() -> re.Pattern[str]:
    labels = alternation(table_keys("article_date_labels.tsv"))
    return re.compile(rf"(?<![A-Za-z\u0900-\u097F])(?P<label>{labels})[ \u00a0]*[:\-–]?[ \u00a0]*\Z", re.IGNORECASE)


@functools.cache
def _byline_label_halves() -> tuple[str, str]:
    """A Latin label with what follows it, and a Devanagari one with its ':' or '-'."""
    labels = word_list("article_byline_labels.txt")
    latin = alternation([w for w in labels if w.isascii()])
    dev = alternation([w for w in labels if not w.isascii()])
    return rf"(?:{latin})(?:[ \u00a0]*:[ \u00a0]*|[ \u00a0]+)", rf"(?:{dev})[ \u00a0]*[:\-][ \u00a0]*"


@functools.cache
def _byline_label() -> re.Pattern[str]:
    latin, dev = _byline_label_halves()
    return re.compile(rf"[ \u00a0]*(?:{latin}|{dev})", re.IGNORECASE)


@functools.cache
def _byline_label_seekers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The label pattern's halves searched apart, to tell whether a line holds a label at all.

    Devanagari has no case, so its half is found by scanning for the labels' first characters; the
    Latin half tries every label at every position and is searched only in lines holding an initial.
    """
    latin, dev = _byline_label_halves()
    initial = initials([w for w in word_list("article_byline_labels.txt") if w.isascii()])
    return re.compile(dev, re.IGNORECASE), initial, re.compile(latin, re.IGNORECASE)


def _has_byline_label(text: str) -> bool:
    dev, initial, latin = _byline_label_seekers()
    return dev.search(text) is not None or (initial.search(text) is not None and latin.search(text) is not None)


def is_garbled(text: str) -> bool:
    """Mojibake (UTF-8 Devanagari read through a Cyrillic code page) is not text to read."""
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic == 0:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return cyrillic > 0.3 * letters


def classify(line: Line) -> LineInfo:
    text = line.text
    if line.blank:
        return LineInfo(line, BLANK)
    if is_garbled(text):
        return _text(line, garbled=True)
    if furniture.is_tail_marker(text):
        holder = furniture.copyright_holder(text)
        named = tuple(m.name for m in find_outlets(text))
        return LineInfo(line, TAIL, outlets=named or ((holder,) if holder else ()))
    if len(text) > _LONGEST_METADATA_LINE:
        # a paragraph: only a related-story link opens like furniture at this length
        return LineInfo(line, FURNITURE) if furniture.is_furniture(text) else _text(line)
    name = furniture.outlet_line(text) or furniture.site_title_outlet(text)
    if name is not None:
        return LineInfo(line, OUTLET, outlets=(name,))
    crumbs = furniture.breadcrumb_outlets(text)
    if crumbs:
        return LineInfo(line, OUTLET, outlets=crumbs)
    if furniture.is_furniture(text) or crumbs is not None:
        return LineInfo(line, FURNITURE)
    if furniture.is_summary_label(text):
        return LineInfo(line, LABEL)
    stamp = split_relative_stamp(text, line.start)
    if stamp is not None:
        return LineInfo(line, META, stamp_place=stamp if stamp.text else None)
    credit = parse_credit_line(text, line.start) or _desk_and_place(text, line.start)
    if credit is not None:
        return LineInfo(line, META, byline=credit, labelled_byline=True, outlets=credit.outlets)
    meta = read_meta(text, line.start)
    if meta is not None:
        dates, credit, labelled = meta
        return LineInfo(line, META, dates=dates, byline=credit, labelled_byline=labelled, outlets=credit.outlets)
    return _text(line)


# Most words the line under a bare byline label may hold to be read as its name.
_LABELLED_NAME_WORDS = 5


def join_split_labels(infos: list[LineInfo]) -> list[LineInfo]:
    """Labels printed on a line of their own with their value on the next one.

    "By" / "Ram Kumar", "लेखक:" / "राम कुमार", "Updated:" / "March 6, 2022 09:00 IST": the value's
    line is read as if the label opened it (the text between them becomes spaces, so offsets
    into the page hold), and the label's line becomes furniture.
    """
    out = list(infos)
    for i, info in enumerate(infos):
        if info.kind not in (TEXT, FURNITURE) or info.words > 3:
            continue
        label = info.text
        byline = _byline_label().fullmatch(label + " ") is not None
        dated = not byline and _date_label().match(label) is not None
        if not byline and not dated:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(infos))) if infos[k].kind != BLANK), None)
        if j is None:
            continue
        value = infos[j]
        if byline and not (value.kind == TEXT and not value.paragraph and value.words <= _LABELLED_NAME_WORDS):
            continue
        if dated and not (value.kind == META and value.dates and all(d.role == "unlabelled" for d in value.dates)):
            continue
        gap = value.line.start - info.line.end
        joined = Line(value.index, info.line.start, value.line.end, label + " " * gap + value.text)
        read = classify(joined)
        if read.kind != META:
            continue
        out[i] = LineInfo(info.line, FURNITURE)
        out[j] = replace(read, line=value.line)
    return out


def _desk_and_place(text: str, base: int) -> Credit | None:
    """ "न्यूज डेस्क, अमर उजाला, आगरा", "हिन्दुस्तान संवाददाता, पटना": a credit line with its place."""
    if len(text.split()) > 8:
        return None
    credit = parse_dateline_credit(text, base)
    if credit is None or credit.place is None or credit.dated:
        return None
    # a desk or outlet credit vouches for the line; so does a reporter set off by a bar ("अमित कुमार | पटना")
    if not (credit.generic or credit.outlets or (credit.person is not None and "|" in text)):
        return None
    return credit


def _text(line: Line, garbled: bool = False) -> LineInfo:
    text = line.text
    starred = _STARRED_NAME.match(text) if "*" in text else None
    author: Span | None = None
    if starred is not None and is_name_like(starred["name"]):
        author = Span(line.start, line.start + len(starred["name"]), starred["name"])
        text = text[starred.end() :]
    words = _content_words(text, limit=41)
    ends = _SENTENCE_END.search(text) is not None
    paragraph = words >= 14 or (words >= 9 and ends)
    devanagari = _DEVANAGARI.search(text) is not None
    title = (
        not garbled
        and 3 <= words <= 40
        and len(text) <= 250
        and devanagari
        and not ends
        and not _has_inner_sentence_end(text)
    )
    return LineInfo(
        line,
        TEXT,
        words=words,
        paragraph=paragraph,
        title_like=title,
        devanagari=devanagari,
        garbled=garbled,
        starred_author=author,
        content_start=line.end - len(text) if author else None,
    )


def _has_inner_sentence_end(text: str) -> bool:
    """A danda inside the line, or a full stop after a word that is no abbreviation ("डॉ.", "प्रो.")."""
    if _SENTENCE_INSIDE.search(text):
        return True
    if "." not in text:
        return False  # both patterns below need one; they try every position, so look first
    for m in _INNER_STOP.finditer(text):
        word = m.group(1)
        if len(word) >= 4 and fold(word) not in word_set("article_not_places.txt"):
            return True
    for m in _GLUED_STOP.finditer(text):
        # "ब्यौरा.मुंबई", "था.पेश": a full stop with the next sentence glued on, not "बी.एल."
        if len(m.group(1)) >= 2 and fold(m.group(1)) not in word_set("article_abbreviation_parts.txt"):
            return True
    return False


def read_meta(text: str, base: int) -> tuple[tuple[DateClaim, ...], Credit, bool] | None:
    """Dates and byline of a metadata line, or None when the line says more than metadata.

    ``By X | Publish Date: …``, ``न्यूज डेस्क, अमर उजाला, आगरा Published by: X Updated …``,
    ``हिन्दुस्तान टीम आगराThu, 3 May 2018 07:27 PM``.
    """
    claims: list[DateClaim] = []
    matches = find_datetimes(text) if _DIGIT.search(text) else []
    residual = list(text) if matches else []  # the dates blanked out; most lines hold none
    for match in matches:
        seg_start = text.rfind("|", 0, match.start) + 1
        label = _date_label().search(text, seg_start, match.start)
        role = "unlabelled"
        cut_from = match.start
        if label is not None:
            role = table("article_date_labels.tsv")[fold(label["label"])]
            cut_from = label.start()
        claims.append(DateClaim(role, match.iso(), match.time is not None))
        residual[cut_from : match.end] = " " * (match.end - cut_from)
    rest = "".join(residual) if matches else text
    if not claims and not _has_byline_label(rest):
        # No date and no byline label: most lines. A label cannot span a '|', so _pieces would
        # find no labelled piece either; skip splitting the line.
        return None
    pieces = _pieces(rest)
    labelled = any(is_labelled for _, _, is_labelled in pieces)
    if not claims and not labelled:
        return None
    if _free_words(rest) > _MAX_META_WORDS:
        return None
    credit = _credit_of_pieces(rest, pieces, base)
    outlets = tuple(m.name for m in find_outlets(text))
    return tuple(claims), replace(credit, outlets=outlets), labelled


def _pieces(rest: str) -> list[tuple[int, int, bool]]:
    """The byline pieces of a metadata line: split at '|' and at byline labels ("By", "Edited by:")."""
    out: list[tuple[int, int, bool]] = []
    for seg in re.finditer(r"[^|]+", rest):
        cursor, labelled = seg.start(), False
        for label in _byline_label().finditer(rest, seg.start(), seg.end()):
            if label.start() > cursor or (label.start() == cursor and labelled):
                out.append((cursor, label.start(), labelled))
            cursor, labelled = label.end(), True
        out.append((cursor, seg.end(), labelled))
    return [(s, e, lab) for s, e, lab in out if re.search(r"[A-Za-z\u0900-\u097F]", rest[s:e])]


def _credit_of_pieces(rest: str, pieces: list[tuple[int, int, bool]], base: int) -> Credit:
    """The first labelled author ("By X", "Published by: X") wins over a name printed without a label."""
    person: Span | None = None
    person_labelled = False
    place: Span | None = None
    generic = False
    for start, end, is_labelled in pieces:
        chunk = rest[start:end]
        stripped = chunk.strip(" \u00a0,-–—:()")
        if not stripped or fold(stripped) in word_set("article_furniture.txt"):
            continue
        offset = base + start + chunk.index(stripped)
        credit = parse_byline(stripped, offset) if is_labelled else _unlabelled_credit(stripped, offset)
        if credit.person is not None and (person is None or (is_labelled and not person_labelled)):
            person, person_labelled = credit.person, is_labelled
        place = place or credit.place
        generic = generic or credit.generic
    return Credit(place, person, (), generic and person is None)


def _unlabelled_credit(s: str, base: int) -> Credit:
    """An unlabelled piece: "Sudhir Kumar लाइव हिन्दुस्तान", "हिन्दुस्तान टीम आगरा", "नई दिल्ली"."""
    mentions = find_outlets(s)
    ends_with_outlet = bool(mentions) and mentions[-1].end == len(s) and mentions[-1].start > 0
    has_team = any(fold(w) in ("टीम", "ब्यूरो", "नेटवर्क", "team", "bureau", "network") for w in s.split())
    if not ends_with_outlet and not has_team:
        credit = parse_dateline_credit(s, base)
        if credit is not None:
            return _name_not_place(credit)
    return parse_byline(s, base)


def _name_not_place(credit: Credit) -> Credit:
    """A byline piece of two or three words that no gazetteer knows is the reporter, not a place:
    Indian places a byline prints are mostly one word or listed ("नई दिल्ली"), names two or three
    words ("विकास बहुगुणा | 02 November 2020")."""
    place = credit.place
    if place is None or credit.person is not None or credit.generic or credit.outlets:
        return credit
    words = place.text.split()
    if not 2 <= len(words) <= 3 or fold(place.text) in known_places() or not is_name_like(place.text):
        return credit
    return replace(credit, place=None, person=place)


def _content_words(s: str, limit: int) -> int:
    """Words holding a letter, counted up to ``limit`` (enough to tell a title from a paragraph)."""
    count, rest = 0, s
    # A paragraph is split only as far as the count can still grow; a word that opens with a
    # Devanagari character (most do) holds a letter without a regex search.
    while rest and count < limit:
        need = limit - count
        words = rest.split(None, need)
        rest = words.pop() if len(words) > need else ""
        count += sum(1 for w in words if "\u0900" <= w[0] <= "\u097f" or _LETTER.search(w))
    return count


def _free_words(rest: str) -> int:
    """Words of a metadata line that are not outlet names, credits or labels."""
    blanked = list(rest)
    for mention in find_outlets(rest):
        blanked[mention.start : mention.end] = " " * (mention.end - mention.start)
    for label in _byline_label().finditer(rest):
        blanked[label.start() : label.end()] = " " * (label.end() - label.start())
    credits = word_set("article_credits.txt")
    words = "".join(blanked).split()
    return sum(1 for w in words if re.search(r"[A-Za-z\u0900-\u097F]", w) and fold(w.strip(",:()")) not in credits)
