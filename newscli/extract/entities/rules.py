"""Rules applied to the tagger's output, one sentence at a time.

Each rule is a small record (name, function).  A function takes the sentence
and the current mentions and returns the new mentions, so a wrong mention can
be traced to the rule that made it.

Span convention: a designation is its own ``TITLE`` mention and never part of
a ``PER`` span (``प्रदेश अध्यक्ष`` + ``भूपेंद्र सिंह चौधरी``); honorifics such as
``श्री`` or ``डॉ.`` are left out of the name and are not entities themselves.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .features import Match, gazetteer_matches, is_letter_run
from .lexicon import GAZETTEER_TYPE, key_set, name_parts
from .spelling import spelling_key


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention as a word range [start, end) of its sentence."""

    start: int
    end: int
    type: str
    rule: str


@dataclass(frozen=True, slots=True)
class SentenceView:
    words: Sequence[str]
    keys: Sequence[str]
    gazetteer: Sequence[tuple[int, int, frozenset[str]]]


@dataclass(frozen=True, slots=True)
class Trigger:
    """What a sentence must hold for a rule to change its mentions: a word among
    ``cues()``, a gazetteer match or a mention of one of ``classes`` (TITLE is both a
    gazetteer class and a mention type, and means the same), or a word that passes
    ``test``.  Without any of them the rule gives back the mentions it was given."""

    cues: Callable[[], frozenset[str]] | None = None
    classes: frozenset[str] = frozenset()
    test: Callable[[str], bool] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    apply: Callable[[SentenceView, list[Mention]], list[Mention]]
    trigger: Trigger | None = None  # None: the rule may act on any sentence


# Gazetteer classes trusted to name an entity wherever the tagger saw none:
# parties and politicians, which the tagger's mostly non-news training text
# rarely shows, and the bodies our conventions count as organizations wherever
# news names them (संसद, लोकसभा, स्वास्थ्य विभाग, सीबीआई; ANNOTATION.md), which
# IL-NER often leaves untagged.  Places are left to the tagger, which sees them
# as features: a listed place name alone is too often part of something else.
_FILL_CLASSES = ("STATE", "PARTY", "POL", "GOV", "ORGNAME")


def _overlaps(a: Mention, s: int, e: int) -> bool:
    return a.start < e and s < a.end


def titles(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Designations become TITLE mentions and are cut out of the tagger's spans.

    A designation followed by an organization's head word stays inside the
    name (प्रधानमंत्री कार्यालय).  What follows a designation cut from the front
    of an ORG or LOC span is dropped: the tagger glued a name to the title
    (महामंत्री संगठन बीएल संतोष), and the name rules below look at it again.
    """
    slots: list[Mention | None] = list(mentions)
    titles_found: list[Mention] = []
    # The slots of the mentions covering each word: a designation looks only at the
    # mentions under its own words, so a sentence of many titles stays linear.
    cover: dict[int, list[int]] = {}
    for k, mention in enumerate(mentions):
        for i in range(mention.start, mention.end):
            cover.setdefault(i, []).append(k)
    org_heads = key_set("org_heads.txt")
    for s, e, classes in view.gazetteer:
        if "TITLE" not in classes:
            continue
        under = sorted({k for i in range(s, e) for k in cover.get(i, ())})
        found = [(k, slot) for k in under if (slot := slots[k]) is not None]
        if any(m.type in ("ORG", "LOC") and m.start < s and e == m.end for _, m in found):
            continue
        if e < len(view.keys) and view.keys[e] in org_heads and view.keys[e] != "संगठन":
            continue
        for k, m in found:
            if m.end > e and m.type == "PER":
                # The person follows the designation; an organization or place before it
                # (डब्ल्यूएचओ चीफ टी बी गेब्रेयेसस) is the post's, not part of the name.
                new: Mention | None = Mention(e, m.end, m.type, m.rule)
            elif m.start < s and (m.end <= e or m.type in ("ORG", "LOC")):
                # A post between a body and a name (लोकसभा अध्यक्ष ओम बिरला, डब्ल्यूएचओ
                # चीफ टी बी गेब्रेयेसस) ends the body's span; the name rules see the rest.
                new = Mention(m.start, s, m.type, m.rule)
            else:
                new = None
            slots[k] = new
            for i in range(m.start, m.end):
                if new is None or not new.start <= i < new.end:
                    cover[i].remove(k)
        titles_found.append(Mention(s, e, "TITLE", "titles"))
    out = [m for m in slots if m is not None]
    out.extend(titles_found)
    return out


@functools.cache
def _honorifics() -> frozenset[str]:
    return key_set("honorifics.txt")


@functools.cache
def _cues() -> frozenset[str]:
    """Words after which a name often follows: honorifics and roles (अभिनेता,
    पत्नी, राजनीतिज्ञ); neither is part of the name."""
    return _honorifics() | key_set("roles.txt")


def _is_descriptor(key: str) -> bool:
    """A word that describes a person before the name: an honorific or role, an
    age (45 वर्षीय, 45), never part of the name."""
    return key in _cues() or _is_age(key)


def _is_age(key: str) -> bool:
    return key.isdigit() or key.endswith("वर्षीय")


def honorifics(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Honorifics, roles and ages at the start of a person's span are not part of the
    name (डॉ. मोहन भागवत, शिकायतकर्ता सुनीता वर्मा, 45 वर्षीय रमेश यादव), nor are roles
    after it, where news puts a description in apposition (मोतीलाल वाधवानी बुजुर्ग किसान,
    सुनीता देवी शिक्षिका)."""
    out: list[Mention] = []
    roles = key_set("roles.txt")
    for m in mentions:
        start, end = m.start, m.end
        if m.type == "PER":
            while start < end - 1 and _is_descriptor(view.keys[start]):
                start += 1
            while end - 1 > start and view.keys[end - 1] in roles:
                end -= 1
        out.append(Mention(start, end, m.type, m.rule) if (start, end) != (m.start, m.end) else m)
    return out


def gazetteer_fill(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Known places, parties, bodies and politicians the tagger left untagged."""
    out = list(mentions)
    covered = _covered(out)  # a set, not a pass over the mentions per match
    for s, e, classes in view.gazetteer:
        cls = next((c for c in _FILL_CLASSES if c in classes), None)
        if cls is None or not covered.isdisjoint(range(s, e)):
            continue
        out.append(Mention(s, e, GAZETTEER_TYPE[cls], "gazetteer_fill"))
        covered.update(range(s, e))
    return out


_PLACE_CLASSES = frozenset({"STATE", "COUNTRY"})


def listed_places(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A one-word organization that a list knows only as a state or country is the
    place (यूपी, एमपी, यूएसए): the tagger reads letter names as an acronym's
    organization.  Countries that play stay places too (ANNOTATION.md)."""
    places = {s for s, e, classes in view.gazetteer if e == s + 1 and classes <= _PLACE_CLASSES}
    if not places:
        return list(mentions)
    return [
        Mention(m.start, m.end, "LOC", "listed_places")
        if m.type == "ORG" and m.end == m.start + 1 and m.start in places
        else m
        for m in mentions
    ]


def _is_name_word(view: SentenceView, i: int) -> bool:
    """Could word i be part of a person's name?"""
    key = view.keys[i]
    if not key or not ("\u0900" <= key[0] <= "\u097f") or not key[0].isalpha():
        return False
    given, surnames = name_parts()
    if key in given or key in surnames:
        return True
    return not (
        key in key_set("function_words.txt")
        or key in key_set("common_words.txt")
        or key in key_set("not_names.txt")
        or key in _cues()
        or key in key_set("org_heads.txt")
        or key in key_set("loc_heads.txt")
    )


def _name_run(view: SentenceView, i: int, covered: set[int], limit: int = 4) -> int:
    """End of the longest run of name-like, untagged words starting at i."""
    j = i
    while j < len(view.keys) and j - i < limit and j not in covered and _is_name_word(view, j):
        j += 1
    return j


def _covered(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


class _Placed:
    """A sentence's mentions in list order with, for each word, the mentions over it
    and those ending before it, so a rule that looks at a mention's neighbours costs
    what the neighbours cost, not a pass over every mention (a sentence may hold
    thousands: a long list of places or offices without a full stop).

    A mention is a slot; removing one empties its slot and adding one appends a
    slot, which keeps the order a list rebuilt with ``[m for m in out if ...]``
    and ``append`` would have."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.slots: list[Mention | None] = []
        self._over: dict[int, list[int]] = {}
        self._ending: dict[int, list[int]] = {}
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        k = len(self.slots)
        self.slots.append(m)
        for i in range(m.start, m.end):
            self._over.setdefault(i, []).append(k)
        self._ending.setdefault(m.end, []).append(k)

    def remove(self, k: int) -> None:
        self.slots[k] = None

    def over(self, s: int, e: int) -> list[int]:
        """The live slots of the mentions overlapping words [s, e), in list order."""
        found = {k for i in range(s, e) for k in self._over.get(i, ()) if self.slots[k] is not None}
        return sorted(found)

    def ending_at(self, e: int) -> list[int]:
        """The live slots of the mentions that end before word ``e``, in list order."""
        return [k for k in self._ending.get(e, ()) if self.slots[k] is not None]

    def mention(self, k: int) -> Mention:
        m = self.slots[k]
        assert m is not None
        return m

    def mentions(self) -> list[Mention]:
        return [m for m in self.slots if m is not None]


def names_after_cues(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A name right after a designation, an honorific or a role (प्रदेश अध्यक्ष
    भूपेंद्र सिंह चौधरी, श्री मोदी, पीएम मोदी, अभिनेता सलमान खान); not when
    an organization's head word follows (प्रधानमंत्री कौशल विकास केंद्र)."""
    out = list(mentions)
    covered = _covered(out)
    cue_ends = {m.end for m in out if m.type == "TITLE"}
    cues = _cues()
    if not cues.isdisjoint(view.keys):
        cue_ends.update(i + 1 for i, k in enumerate(view.keys) if k in cues)
    given, surnames = name_parts()
    org_heads = key_set("org_heads.txt")
    for i in sorted(cue_ends):
        if i >= len(view.keys) or i in covered:
            continue
        j = _name_run(view, i, covered)
        if j == i or (j < len(view.keys) and view.keys[j] in org_heads):
            continue
        # One unknown word after a cue is a name only when a name list knows it
        # or a clause marker follows (पीएम मोदी ने ...).
        # Unknown words after a cue are a name only when a name list knows one
        # of them or the clause marks them as the doer (... ने कहा).
        known = any(view.keys[k] in given or view.keys[k] in surnames for k in range(i, j))
        marked = j < len(view.keys) and view.keys[j] in _AGENT_MARKERS
        if not known and not marked:
            continue
        out.append(Mention(i, j, "PER", "names_after_cues"))
        covered.update(range(i, j))
    return out


_AGENT_MARKERS = frozenset({"ने", "जी"})
# The relation words of a report's "X पुत्र Y" (X, son of Y), as police, court and
# hospital news names the accused, the injured and the dead.
_KIN = frozenset(map(spelling_key, "पुत्र पुत्री सुपुत्र सुपुत्री".split()))


def kin_names(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A name on each side of पुत्र / पुत्री as reports write a person and a parent
    (सुरेश पुत्र रोशनलाल, रिंकू ( 26 ) पुत्र नरेश, पूजा पुत्री स्व. रामलाल निवासी ...):
    the parent's name, unknown to any list, follows the relation word, and the
    person's precedes it, an age in brackets between them.  Only the two together
    are the pattern: a relation word alone (उनके पुत्र, पुत्र की मौत) is left to
    the other rules."""
    keys = view.keys
    n = len(keys)
    out = list(mentions)
    covered = _covered(out)
    per_end = {i: m.end for m in out if m.type == "PER" for i in range(m.start, m.end)}  # word -> its person's end
    surnames = name_parts()[1]
    for i in [i for i, key in enumerate(keys) if key in _KIN]:
        j = i + 1
        while j < n and keys[j] in _honorifics():
            j += 1
        if j < n and j in per_end:
            after = per_end[j]
            found_after = True
        else:
            # The parent's given name, and a surname only when a list knows it:
            # what follows is the report (... फरार है, ... निवासी).
            after = _name_run(view, j, covered, limit=1) if j < n and j not in covered else j
            while after < min(n, j + 3) and after not in covered and keys[after] in surnames:
                after += 1
            found_after = False
        end = i
        if end >= 3 and keys[end - 1] == ")" and keys[end - 3] == "(" and _is_age(keys[end - 2]):
            end -= 3  # रिंकू ( 26 ) पुत्र
        start = end
        while start > 0 and end - start < 3 and start - 1 not in covered and _is_name_word(view, start - 1):
            start -= 1
        person = start < end or (end > 0 and end - 1 in per_end)
        if after == j or not person:
            continue
        if not found_after:
            out.append(Mention(j, after, "PER", "kin_names"))
            covered.update(range(j, after))
        if start < end:
            out.append(Mention(start, end, "PER", "kin_names"))
            covered.update(range(start, end))
    return out


def _kin_cues() -> frozenset[str]:
    return _KIN


def initials(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Initials written as letter names or with periods before a name
    (बीएल संतोष, बी. एल. वर्मा).  The tagger often takes letter names alone
    for an acronym (ORG); followed by a name they are a person's initials."""
    if not any(map(_is_initial, view.keys)):
        return list(mentions)
    out = [m for m in mentions if not (m.end - m.start == 1 and m.type == "ORG" and _is_initial(view.keys[m.start]))]
    dropped = [m for m in mentions if m not in out]
    covered = _covered(out)
    given, surnames = name_parts()
    n = len(view.keys)
    # Matches only ever cover words before the next start, so this stays true as we go.
    initial = [j not in covered and _is_initial(k) for j, k in enumerate(view.keys)]
    free = 0
    for i in [i for i, ok in enumerate(initial) if ok]:
        if i < free:
            continue
        j = i
        while j < n and initial[j]:
            j += 1
        free = j
        if j < n and j not in covered:
            k = _name_run(view, j, covered, limit=2)
            if k > j and (view.keys[k - 1] in given or view.keys[k - 1] in surnames):
                out.append(Mention(i, k, "PER", "initials"))
                covered.update(range(i, k))
                free = k
    # Acronyms that did not turn out to be initials keep the tagger's reading.
    out.extend(m for m in dropped if m.start not in covered)
    # The tagger may take initials and a name together for an acronym's organization.
    return [_as_person(m, view.keys, given | surnames) for m in out]


def _as_person(m: Mention, keys: Sequence[str], names: frozenset[str]) -> Mention:
    """``m`` as a person when it is initials followed by a listed name (बीएल संतोष, आर के गर्ग)."""
    if m.type != "ORG" or m.end - m.start < 2 or keys[m.end - 1] not in names:
        return m
    if all(_is_initial(k) for k in keys[m.start : m.end - 1]):
        return Mention(m.start, m.end, "PER", "initials")
    return m


@functools.lru_cache(maxsize=65536)
def _is_initial(key: str) -> bool:
    if key.endswith(".") and 1 < len(key) <= 4 and key not in _honorifics():
        return True
    return len(key) <= 6 and is_letter_run(key)


_EVENT_HEADS = frozenset({"चुनाव", "चुनावों", "उपचुनाव"})
_EVENT_KINDS = frozenset({"लोकसभा", "विधानसभा", "पंचायत", "निकाय", "राष्ट्रपति", "उपराष्ट्रपति", "राज्यसभा"})


def events(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Elections named by their house and, if given, their year (लोकसभा चुनाव 2024)."""
    out = list(mentions)
    keys = view.keys
    if _EVENT_HEADS.isdisjoint(keys):
        return out
    for i in range(1, len(keys)):
        if keys[i] not in _EVENT_HEADS or keys[i - 1] not in _EVENT_KINDS:
            continue
        s, e = i - 1, i + 1
        if e < len(keys) and len(keys[e]) == 4 and keys[e].isdigit():
            e += 1
        out = [m for m in out if not _overlaps(m, s, e)]
        out.append(Mention(s, e, "EVENT", "events"))
    return out


@functools.cache
def everyday_keys() -> frozenset[str]:
    """Words that are not names by themselves: function words, the training
    text's common words and everyday news words."""
    return key_set("not_names.txt") | key_set("common_words.txt") | key_set("function_words.txt")


def everyday_words(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A one-word name that is an everyday word of news (शाम, हादसा, परिवार),
    or a person's name made of everyday words only (उधर विपक्ष ने ...), is a
    tagger's slip."""
    blocked = key_set("not_names.txt")
    everyday = everyday_keys()

    def slip(m: Mention) -> bool:
        words = view.keys[m.start : m.end]
        if m.end - m.start == 1:
            return m.type != "TITLE" and words[0] in blocked
        return m.type == "PER" and all(w in everyday for w in words)

    return [m for m in mentions if not slip(m)]


_LIST_LINKS = frozenset({",", "और", "तथा", "एवं", "व", "-"})
_LIST_PLACES = ("COUNTRY", "REGION", "STATE", "CITY", "WCITY")


def place_lists(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A known place in a list next to a tagged place is a place too
    (अहमदनगर , धुले , जलगांव): the tagger often takes the first and last
    items of a list and misses those in between.  Alone, a listed place name
    is too often part of something else (भारत सरकार) to be trusted."""
    out = list(mentions)
    cands = [(s, e) for s, e, classes in view.gazetteer if any(c in classes for c in _LIST_PLACES)]
    if not cands:
        return out
    covered = _covered(out)
    keys = view.keys
    loc_starts = {m.start for m in out if m.type == "LOC"}
    loc_ends = {m.end for m in out if m.type == "LOC"}
    # A sweep to the right chains "A , B , C" from a tagged A, a sweep to
    # the left from a tagged C; each visits every candidate once.
    for s, e in cands:
        if s >= 2 and keys[s - 1] in _LIST_LINKS and s - 1 in loc_ends and not covered.intersection(range(s, e)):
            out.append(Mention(s, e, "LOC", "place_lists"))
            covered.update(range(s, e))
            loc_starts.add(s)
            loc_ends.add(e)
    for s, e in reversed(cands):
        listed = e + 1 < len(keys) and keys[e] in _LIST_LINKS and e + 1 in loc_starts
        if listed and not covered.intersection(range(s, e)):
            out.append(Mention(s, e, "LOC", "place_lists"))
            covered.update(range(s, e))
            loc_starts.add(s)
    return out


def person_lists(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Names listed next to a tagged person are people too (राहुल , अमित और सुमित;
    रमेश यादव व सुनील वर्मा) when a name list knows their first or last word: news
    lists the injured, the accused and the winners that way, and the tagger often
    takes only one of them."""
    if not any(m.type == "PER" for m in mentions):
        return list(mentions)
    given, surnames = name_parts()
    keys = view.keys
    out = list(mentions)
    covered = _covered(out)

    def name_from(s: int, e: int) -> int | None:
        """End of the name that the name-like words [s, e) begin: up to the last
        surname, or the given name alone."""
        for end in range(e, s, -1):
            if keys[end - 1] in surnames:
                return end
        return s + 1 if keys[s] in given else None

    def name_to(s: int, e: int) -> int | None:
        """Start of the name that the name-like words [s, e) end with: from the first
        given name, or the surname alone."""
        for start in range(s, e):
            if keys[start] in given:
                return start
        return e - 1 if keys[e - 1] in surnames else None

    # Rightwards from each person: PER , X , Y और Z.
    for m in sorted((m for m in mentions if m.type == "PER"), key=_POSITION):
        i = m.end
        while i + 1 < len(keys) and keys[i] in _LIST_LINKS and i + 1 not in covered:
            run = _name_run(view, i + 1, covered, limit=3)
            end = name_from(i + 1, run) if run > i + 1 else None
            if end is None:
                break
            out.append(Mention(i + 1, end, "PER", "person_lists"))
            covered.update(range(i + 1, end))
            i = end
    # Leftwards: X , Y और PER.
    for m in sorted((m for m in out if m.type == "PER"), key=_POSITION, reverse=True):
        i = m.start
        while i >= 2 and keys[i - 1] in _LIST_LINKS and i - 2 not in covered:
            j = i - 1
            while j > 0 and i - 1 - j < 3 and j - 1 not in covered and _is_name_word(view, j - 1):
                j -= 1
            start = name_to(j, i - 1) if j < i - 1 else None
            if start is None:
                break
            out.append(Mention(start, i - 1, "PER", "person_lists"))
            covered.update(range(start, i - 1))
            i = start
    return out


def brackets(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A name never ends inside an open bracket: the tagger sometimes runs an
    organization's name into its bracketed short name and stops before the
    closing bracket (श्रम संगठन ( आईएलओ).  The name ends before the bracket:
    IL-NER more often tags the bracketed short name as a mention of its own
    than as part of the name."""
    out: list[Mention] = []
    for m in mentions:
        words = view.keys[m.start : m.end]
        if words[-1] == ")" and "(" not in words:
            # Nor does it take a closing bracket whose opening one it left out (डब्ल्यूएचओ ) ).
            if m.end - m.start > 1:
                out.append(Mention(m.start, m.end - 1, m.type, m.rule))
            continue
        if "(" in words and ")" not in words[words.index("(") :]:
            cut = m.start + words.index("(")
            if cut > m.start:
                out.append(Mention(m.start, cut, m.type, m.rule))
            continue
        out.append(m)
    return out


def _is_year(key: str) -> bool:
    return len(key) == 4 and key.isdigit()


def life_dates(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Name-like words right before a span of years in brackets are a
    person's name (मजाज़ ( 1911 - 1955 )), the way reference works write
    a writer's or leader's dates of birth and death."""
    out = list(mentions)
    keys = view.keys
    if "(" not in keys:
        return out
    covered = _covered(out)
    for i in range(1, len(keys) - 3):
        if keys[i] != "(" or not _is_year(keys[i + 1]) or keys[i + 2] not in ("-", "–") or i - 1 in covered:
            continue
        j = i
        while j > 0 and i - j < 3 and j - 1 not in covered and _is_name_word(view, j - 1):
            j -= 1
        if j < i:
            out.append(Mention(j, i, "PER", "life_dates"))
            covered.update(range(j, i))
    return out


@functools.cache
def _government_words() -> frozenset[str]:
    return frozenset(map(spelling_key, ("सरकार", "सरकारों")))


@functools.cache
def _government_owners() -> frozenset[str]:
    """Words that name whose government it is without being entities themselves."""
    return frozenset(map(spelling_key, ("केंद्र", "केन्द्र", "राज्य", "प्रदेश")))


def governments(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """Every "X सरकार" is an organization, whatever X names: a level (केंद्र सरकार,
    राज्य सरकार), a place (झारखंड सरकार, पाक सरकार), a person (गहलोत सरकार, योगी
    सरकार) or a party or alliance (यूपीए सरकार).  Bare सरकार is no entity."""
    placed = _Placed(mentions)
    keys = view.keys
    for i in [i for i, k in enumerate(keys) if k in _government_words()]:
        if i == 0:
            continue
        holder = next((k for k in placed.over(i, i + 1) if placed.mention(k).start < i), None)
        if holder is not None:  # the tagger's span holds the word: only its type may be wrong
            m = placed.mention(holder)
            if m.type != "ORG" and m.end == i + 1:
                placed.remove(holder)
                placed.add(Mention(m.start, m.end, "ORG", "governments"))
            continue
        owner = next((k for k in placed.ending_at(i) if placed.mention(k).type in ("PER", "LOC", "ORG")), None)
        if owner is not None:
            start = placed.mention(owner).start
        elif keys[i - 1] in _government_owners() and not placed.over(i - 1, i):
            start = i - 1
        else:
            continue
        for k in placed.over(start, i + 1):
            placed.remove(k)
        placed.add(Mention(start, i + 1, "ORG", "governments"))
    return placed.mentions()


_CLASSIFIERS = frozenset(
    map(
        spelling_key,
        "जिला जिले जिलों गांव गाँव गांवों शहर शहरों प्रांत प्रान्त क्षेत्र इलाका इलाके इलाकों "
        "ब्लॉक प्रखंड तहसील कस्बा कस्बे कस्बों जनपद मोहल्ला मोहल्ले राज्य".split(),
    )
)
_DIRECTIONS = frozenset(map(spelling_key, "उत्तर दक्षिण पूर्व पश्चिम".split()))
_DIRECTION_ADJECTIVES = frozenset(map(spelling_key, "उत्तरी दक्षिणी पूर्वी पश्चिमी".split()))
_DASHES = frozenset({"-", "–", "—"})


def _place_cues() -> frozenset[str]:
    return _CLASSIFIERS | _DIRECTIONS | _DIRECTION_ADJECTIVES


def place_classifiers(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A place's classifier word is not part of its name (गांव अचलपुर, फारयाब
    प्रांत, मुरादाबाद जिले), nor is a direction that only says which part of it
    (उत्तरी चीन, पश्चिमी यूरोप, दक्षिण-पश्चिम गुइझोऊ).  A name that a place list
    holds whole keeps its direction (पूर्वी तिमोर, पश्चिमी सहारा)."""
    listed = {(s, e) for s, e, _ in view.gazetteer}
    keys = view.keys
    out: list[Mention] = []
    for m in mentions:
        if m.type != "LOC" or m.end - m.start < 2:
            out.append(m)
            continue
        s, e = m.start, m.end
        while e - s > 1 and keys[e - 1] in _CLASSIFIERS:
            e -= 1
        while e - s > 1 and keys[s] in _CLASSIFIERS:
            s += 1
        if (s, e) not in listed:
            d = s
            while e - d > 1:
                k = keys[d]
                if k in _DIRECTION_ADJECTIVES:
                    d += 1
                elif k in _DIRECTIONS and e - d > 2 and keys[d + 1] in _DASHES:
                    d += 2
                elif k in _DIRECTIONS and d > s and keys[d - 1] in _DASHES:
                    d += 1
                else:
                    break
            if d < e and keys[d] not in _DASHES:
                s = d
        out.append(m if (s, e) == (m.start, m.end) else Mention(s, e, m.type, m.rule))
    return out


def _is_short_form(word: str, key: str) -> bool:
    """An acronym: letter names (सीबीआई, डब्ल्यूएचओ) or Latin capitals (CBI)."""
    if word.isascii():
        return word.isalpha() and word.isupper() and 2 <= len(word) <= 8
    return len(key) <= 10 and is_letter_run(key)


def bracket_short_forms(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A name written in full and then as its short form in brackets (केंद्रीय
    अन्वेषण ब्यूरो ( सीबीआई ), विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ), संयुक्त अरब
    अमीरात (यूएई)): the short form names the same thing, and the article's later
    uses of it follow (see document.py)."""
    out = list(mentions)
    keys, words = view.keys, view.words
    covered = _covered(out)
    for m in mentions:
        i = m.end
        if m.type not in ("ORG", "LOC") or i + 2 >= len(keys) or keys[i] != "(" or keys[i + 2] != ")":
            continue
        if i + 1 not in covered and _is_short_form(words[i + 1], keys[i + 1]):
            out.append(Mention(i + 1, i + 2, m.type, "bracket_short_forms"))
            covered.add(i + 1)
    return out


_BODY_LINKS_LIMIT = 2  # words between a place and an organization's head word (बिहार स्वास्थ्य विभाग)


def place_bodies(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A place at the start of an organization's name is part of it (गाजियाबाद
    पुलिस, रांची नगर निगम, बिहार स्वास्थ्य विभाग, दिल्ली विश्वविद्यालय, इलाहाबाद हाई
    कोर्ट): the name ends in an organization's head word.  With के/की between them
    they stay two (दिल्ली के स्वास्थ्य विभाग), a designation after the place stays a
    designation (मुम्बई पुलिस कमिश्नर), and a party stays apart from the place
    it works in (उत्तर प्रदेश भाजपा, दिल्ली कांग्रेस)."""
    keys = view.keys
    heads = key_set("org_heads.txt")
    function = key_set("function_words.txt")
    party = {i for s, e, classes in view.gazetteer if "PARTY" in classes for i in range(s, e)}
    placed = _Placed(mentions)
    for slot, m in [(k, m) for k, m in enumerate(mentions) if m.type == "LOC"]:
        end = None
        for j in range(m.end, min(m.end + _BODY_LINKS_LIMIT + 1, len(keys))):
            k = keys[j]
            if k in heads:
                end = j + 1
                break
            if k in function or not k[:1].isalpha() or j in party or k in _LOCATED:
                break
        if end is None or party.intersection(range(m.end, end)):
            continue
        # The words up to the head may be the tagger's organization (रांची + नगर निगम),
        # never another kind of mention.
        inside = [n for n in placed.over(m.end, end) if n != slot]
        if any((o := placed.mention(n)).type != "ORG" or o.start < m.end or o.end != end for n in inside):
            continue
        for n in [slot, *inside]:
            placed.remove(n)
        placed.add(Mention(m.start, end, "ORG", "place_bodies"))
    return placed.mentions()


_BODY_HEADS = frozenset(map(spelling_key, "विभाग मंत्रालय निदेशालय आयोग".split()))
# Words before a body's head that say which one is meant without naming it.
_GENERIC = frozenset(
    map(
        spelling_key,
        "संबंधित संबंधी उक्त अन्य सभी कई दोनों अपने अपनी उसी इसी किसी हर प्रत्येक विभिन्न सरकारी "
        "केंद्रीय राज्य प्रदेश जिला जिले स्थानीय नए नई पूरे पूरा यह वह उस इस ये वे".split(),
    )
)
_BODY_WORDS_LIMIT = 5


def function_bodies(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """A department, ministry, directorate or commission named by its function is an
    organization (स्वास्थ्य विभाग, बिजली विभाग, आपदा प्रबंधन विभाग, गृह मंत्रालय, चुनाव
    आयोग); the bare head (विभाग, आयोग) or one that only points (संबंधित विभाग, इस
    मंत्रालय) is not.  The name runs back over content words, एवं and व included
    (लोक स्वास्थ्य एवं चिकित्सा शिक्षा विभाग), to a function word or a mention."""
    keys = view.keys
    function = key_set("function_words.txt")
    placed = _Placed(mentions)
    covered = _covered(mentions)
    for i in [i for i, k in enumerate(keys) if k in _BODY_HEADS]:
        # A listed body (शिक्षा विभाग) may be the end of a longer name: the name
        # runs back from the start of the listed part.
        slot = next(
            (k for k in placed.ending_at(i + 1) if (o := placed.mention(k)).type == "ORG" and o.start < i), None
        )
        listed = None if slot is None else placed.mention(slot)
        if i in covered and listed is None:
            continue
        if listed is not None:
            covered.difference_update(range(listed.start, i + 1))
        j = listed.start if listed is not None else i
        end_words = j
        while j > 0 and i - j < _BODY_WORDS_LIMIT and j - 1 not in covered:
            k = keys[j - 1]
            joins = k in ("एवं", "व") and j - 2 >= 0 and j < i
            if not joins and (k in function or not k[:1].isalpha() or k in _cues()):
                break
            j -= 1
        while j < end_words and (keys[j] in _GENERIC or keys[j] in ("एवं", "व")):
            j += 1
        if j == i or (listed is not None and j >= listed.start):
            if listed is not None:
                covered.update(range(listed.start, i + 1))
            continue
        if slot is not None:
            placed.remove(slot)
        placed.add(Mention(j, i + 1, "ORG", "function_bodies"))
        covered.update(range(j, i + 1))
    return placed.mentions()


_LOCATED = frozenset(map(spelling_key, ("स्थित",)))


def located(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "X स्थित Y" is Y located in X: the place and what stands there are two
    mentions, never one name (भोपाल स्थित मौसम केंद्र, अटलांटा स्थित कंपनी, दिल्ली
    स्थित दफ्तर)."""
    keys = view.keys
    out: list[Mention] = []
    for m in mentions:
        at = next((i for i in range(m.start + 1, m.end - 1) if keys[i] in _LOCATED), None)
        if at is None:
            if m.end - m.start > 1 and keys[m.end - 1] in _LOCATED:
                out.append(Mention(m.start, m.end - 1, "LOC", m.rule))
            else:
                out.append(m)
            continue
        out.append(Mention(m.start, at, "LOC", m.rule))
        out.append(Mention(at + 1, m.end, m.type, m.rule))
    return out


_SPORT_CUES = frozenset(
    map(
        spelling_key,
        "टॉस विकेट विकेटों रन रनों हराया हराकर हराने पारी पारियों पारियां गेंदबाजी बल्लेबाजी ओवर ओवरों आईपीएल मैच"
        " बल्लेबाज बल्लेबाजों गेंदबाज गेंदबाजों गेंदों चौके छक्के".split(),
    )
)
_TEAM_MARKERS = frozenset({"ने", "को", "की", "के"})


def city_teams(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """In a match report a city that bats, bowls, wins or loses is its team, an
    organization (कोलकाता ने टॉस जीतकर बेंगलुरु को ..., चेन्नई ने मुंबई को हराया).
    Countries that play stay places (ANNOTATION.md), as do states."""
    if _SPORT_CUES.isdisjoint(view.keys):
        return list(mentions)
    keys = view.keys
    cities = {(s, e) for s, e, classes in view.gazetteer if classes & {"CITY", "WCITY"}}
    other = {(s, e) for s, e, classes in view.gazetteer if classes & {"COUNTRY", "STATE", "REGION"}}
    out: list[Mention] = []
    for m in mentions:
        span = (m.start, m.end)
        team = m.type == "LOC" and span in cities and span not in other
        if team and m.end < len(keys) and keys[m.end] in _TEAM_MARKERS:
            out.append(Mention(m.start, m.end, "ORG", "city_teams"))
        else:
            out.append(m)
    return out


def _located_cues() -> frozenset[str]:
    return _LOCATED


def _sport_cues() -> frozenset[str]:
    return _SPORT_CUES


def _body_cues() -> frozenset[str]:
    return _BODY_HEADS


def _government_cues() -> frozenset[str]:
    return _government_words()


def _brackets() -> frozenset[str]:
    return frozenset({"(", ")"})


def _event_heads() -> frozenset[str]:
    return _EVENT_HEADS


# Each rule's trigger is read off its code: where it starts looking (see each rule).
RULES: tuple[Rule, ...] = (
    Rule("everyday_words", everyday_words),
    Rule("titles", titles, Trigger(classes=frozenset({"TITLE"}))),
    Rule("honorifics", honorifics, Trigger(cues=_cues, test=_is_age)),
    Rule("events", events, Trigger(cues=_event_heads)),
    Rule("listed_places", listed_places, Trigger(classes=_PLACE_CLASSES)),
    Rule("gazetteer_fill", gazetteer_fill, Trigger(classes=frozenset(_FILL_CLASSES))),
    # TITLE mentions come from TITLE matches (titles) or from the tagger.
    Rule("names_after_cues", names_after_cues, Trigger(cues=_cues, classes=frozenset({"TITLE"}))),
    Rule("initials", initials, Trigger(test=_is_initial)),
    Rule("kin_names", kin_names, Trigger(cues=_kin_cues)),
    Rule("place_lists", place_lists, Trigger(classes=frozenset(_LIST_PLACES))),
    # Person mentions come from the tagger and from several rules above: it runs on every sentence.
    Rule("person_lists", person_lists),
    Rule("located", located, Trigger(cues=_located_cues)),
    Rule("function_bodies", function_bodies, Trigger(cues=_body_cues)),
    Rule("city_teams", city_teams, Trigger(cues=_sport_cues)),
    Rule("place_classifiers", place_classifiers, Trigger(cues=_place_cues)),
    # A LOC mention comes from the tagger or from a place match (gazetteer_fill, place_lists).
    Rule("place_bodies", place_bodies, Trigger(classes=frozenset({"LOC", *_LIST_PLACES}))),
    Rule("governments", governments, Trigger(cues=_government_cues)),
    Rule("brackets", brackets, Trigger(cues=_brackets)),
    Rule("bracket_short_forms", bracket_short_forms, Trigger(cues=_brackets)),
    Rule("life_dates", life_dates, Trigger(cues=_brackets)),
)


@dataclass(frozen=True, slots=True)
class RuleIndex:
    """The rules by what triggers them, as bit masks over :data:`RULES`: rule ``i``
    is bit ``1 << i``.  Built from the rules' own triggers."""

    always: int  # rules without a trigger
    by_class: dict[str, int]
    by_word: dict[str, int]
    by_test: tuple[tuple[Callable[[str], bool], int], ...]
    chosen: dict[int, tuple[Rule, ...]]  # the rules of a mask, in order, as they are asked for

    def rules(self, mask: int) -> tuple[Rule, ...]:
        found = self.chosen.get(mask)
        if found is None:
            found = self.chosen[mask] = tuple(r for i, r in enumerate(RULES) if mask >> i & 1)
        return found

    def class_mask(self, classes: Iterable[str]) -> int:
        mask = 0
        for c in classes:
            mask |= self.by_class.get(c, 0)
        return mask

    def word_mask(self, keys: Sequence[str]) -> int:
        """The rules some word of ``keys`` triggers."""
        mask = functools.reduce(operator.or_, filter(None, map(self.by_word.get, keys)), 0)
        for test, bit in self.by_test:
            if any(map(test, keys)):
                mask |= bit
        return mask

    def word_hits(self, keys: Sequence[str]) -> list[tuple[int, int]]:
        """(word, mask) of each word of a text that triggers rules, in order.  News
        repeats its words, so each distinct word is looked at once, and few trigger any."""
        distinct = set(keys)
        masks = {key: self.by_word[key] for key in distinct.intersection(self.by_word)}
        for test, bit in self.by_test:
            for key in filter(test, distinct):
                masks[key] = masks.get(key, 0) | bit
        if not masks:
            return []
        at = itertools.compress(itertools.count(), map(masks.__contains__, keys))
        return [(i, masks[keys[i]]) for i in at]


@functools.cache
def rule_index() -> RuleIndex:
    always = 0
    by_class: dict[str, int] = {}
    by_word: dict[str, int] = {}
    by_test: dict[Callable[[str], bool], int] = {}
    for i, rule in enumerate(RULES):
        bit = 1 << i
        trigger = rule.trigger
        if trigger is None:
            always |= bit
            continue
        for c in trigger.classes:
            by_class[c] = by_class.get(c, 0) | bit
        for word in trigger.cues() if trigger.cues is not None else ():
            by_word[word] = by_word.get(word, 0) | bit
        if trigger.test is not None:
            by_test[trigger.test] = by_test.get(trigger.test, 0) | bit
    return RuleIndex(always, by_class, by_word, tuple(by_test.items()), {})


def cue_free(keys: Sequence[str]) -> bool:
    """True when no word of a sentence triggers a rule by itself, without a gazetteer
    match or a mention.  Most sentences have none, and checking is far cheaper than
    running the rules."""
    return not rule_index().word_mask(keys)


def rules_for(
    keys: Sequence[str], matches: Sequence[Match], tagged: Sequence[tuple[int, int, str]]
) -> tuple[Rule, ...]:
    """The rules that may change a sentence's mentions, in order: those without a
    trigger and those whose trigger the sentence holds.  A sentence with gazetteer
    matches seldom holds more than two or three triggers, and finding them is far
    cheaper than running every rule."""
    index = rule_index()
    return index.rules(index.always | index.word_mask(keys) | sentence_class_mask(matches, tagged))


def sentence_class_mask(matches: Sequence[Match], tagged: Sequence[tuple[int, int, str]]) -> int:
    """The rules a sentence's gazetteer matches and tagged types trigger."""
    classes = {t for _, _, t in tagged}
    for _, _, found in matches:
        classes.update(found)
    return rule_index().class_mask(classes)


def apply_rules(
    words: Sequence[str],
    keys: Sequence[str],
    tagged: list[tuple[int, int, str]],
    matches: Sequence[tuple[int, int, frozenset[str]]] | None = None,
    rules: Sequence[Rule] | None = None,
) -> list[Mention]:
    """The sentence's mentions: the tagger's spans after ``rules`` (by default
    :data:`RULES`, or those of them that can act on the sentence)."""
    if matches is None:
        matches = gazetteer_matches(keys)
    view = SentenceView(words, keys, matches)
    mentions = [Mention(s, e, t, "tagger") for s, e, t in tagged]
    if rules is None:
        rules = rules_for(keys, matches, tagged)
    for rule in rules:
        mentions = rule.apply(view, mentions)
    return sorted(mentions, key=_POSITION)


_POSITION = operator.attrgetter("start", "end")
