"""The quotes of one article: reporting cues, the words they introduce, and who said them.

Rules, in the order they are tried (each names itself in :attr:`Found.rule`):

* ``cue``: a reporting verb with its subject (``X ने कहा कि``, ``X ने कहा, '...'``,
  ``वे बता रहे थे कि``, ``बोले पीएम, ...``). Quote marks right after it make a direct quote
  of what they enclose; otherwise the reported clause runs to its sentence's end.
* ``genitive``: ``X का कहना है कि`` / ``X का मानना है,``.
* ``source``: ``X के मुताबिक/अनुसार`` when X is someone who can speak (a name, a pronoun,
  a title, ``सूत्रों``, or the issuer of a report); it yields to a cue inside its clause
  (``सूत्रों के अनुसार प्रधानमंत्री ने कहा कि ...`` is the prime minister's).
* ``backref``: a sentence that ends in its cue (``'...', X ने कहा।``, ``... : RBI ने कहा``,
  ``X ने यह आशंका व्यक्त की।``, ``यह कहना है X का।``) attributes the quote or sentence before
  it; a plural one (``ये बातें X ने कहीं``) the run of its paragraph's sentences before it.
* ``heading`` / ``line`` / ``long``: quote marks with no cue: a heading ``'...': मंत्री``,
  a line that is all one quote, or a stretch long enough to be speech, not a term. A
  quoted paragraph ending as a sentence does, right after a paragraph ending in a quote,
  goes on with that quote's speaker.

Pronouns: right after a sentence that brings a person in as its bare subject (``X भी मौजूद
थे।``) a pronoun is that person; in a first-person account (``मैंने``, ``मुझे`` nearby) it is
the other party, not the narrator; otherwise the latest subject (see ``speakers``).

A cue inside a quote's marks never starts another quote; a mark never closed runs to its
line's end or to the next cue's sentence, whichever comes first.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from newscli.extract.quotes.layout import Layout
from newscli.extract.quotes.lexicon import (
    AFTER,
    BEFORE,
    ERGATIVE,
    FUSED_ERGATIVE,
    HAVALE,
    cue_pattern,
    cue_verbs,
    genitive_pattern,
    source_pattern,
    starts_word,
)
from newscli.extract.quotes.marks import Enclosed, find_marks
from newscli.extract.quotes.speakers import Mention, Speakers
from newscli.model import Entity, Quote

# A narrator's clause coordinated after the reported one: "..., लेकिन उन्होंने ... इनकार किया".
_COORDINATED = re.compile(r"\s*,?\s*(?:लेकिन|मगर|परंतु|परन्तु|किंतु|किन्तु|जबकि)\s+(?:उन्होंने|उन्हाेंने|उनका|उनके|उनकी|वे|वह)" + AFTER)
_OBJECT = re.compile(r"[\"'“”‘’]|" + BEFORE + r"(?:इसे|उसे|इन्हें|उन्हें)" + AFTER)
_DEMONSTRATIVE = re.compile(BEFORE + r"(?:यह|ये|यही|उक्त|ऐसा)" + AFTER)
# "यह कहना है पीड़ित पिता X का।": the sentence before is X's.
_SAYING_OF = re.compile(
    BEFORE
    + r"(?:यह|ये|ऐसा)\s+(?P<cue>कहना|मानना)\s+(?P<aux>है|हैं|था|थे)\s+(?P<who>[^।.!?\n,]{1,80}?)\s+का"
    + AFTER
    + r"\s*[।.!?]"
)
# A back-reference to several sentences: "ये बातें X ने कहीं", "उक्त सभी बातें ...".
_PLURAL = re.compile(BEFORE + r"(?:बातें|बातों)" + AFTER)
_WORD = re.compile(r"[^\s।॥.,;:!?\"'“”‘’]+")
_SENTENCE_CLOSE = frozenset("।॥.!?\n")
_FIRST_PERSON = re.compile(BEFORE + r"(?:मैंने|मुझे|मुझसे|मैं|मेरे|मेरी|मेरा|हमें|हमने|हमसे|हमारे)" + AFTER)
_BETWEEN_SENTENCES = frozenset(" \t\u00a0\n।॥.!?")
# A case marker or postposition after a name: the name is no bare subject.
_CASE_AFTER = re.compile(r"\s*(?:को|से|के|की|का|में|पर|ने|द्वारा)" + AFTER)
# What may stand between a quote's last word and its paragraph's end: marks, stops, spaces.
_AFTER_QUOTE = " \t\u00a0\n।॥.!?\"'“”‘’"
# Words between a subject and a sentence-final cue for it to point back ("X ने सोमवार को बताया").
_BACKREF_GAP_WORDS = 3
# ... or, with a demonstrative ("उक्त बातें ... X ने कहीं"), this many.
_POINTING_GAP_WORDS = 25
# Quote marks around this many words or more, with no cue, hold speech rather than a term.
_LONG_WORDS = 10
_TRIM = " \t\u00a0,;:-–—"


@dataclass(slots=True)
class Found:
    """A quote before its speaker is resolved."""

    start: int
    end: int
    kind: str
    cue: str | None
    at: int  # where the speaker is looked up: the mention's offset, else the cue's
    mention: Mention | None
    rule: str
    agentless: bool = False
    continues: bool = False  # a paragraph that is one quote, ending as a sentence does: it may go on the last one


class _Article:
    """One text's layout, marks and entities, and the lookups the rules share."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.entities = entities
        marks = find_marks(text)
        self.enclosed = marks.enclosed
        self.open_ats = [e.open_at for e in self.enclosed]
        self.strays = marks.stray_closes
        self.used: set[int] = set()  # open_at of enclosed stretches taken by a cue
        self.cue_starts: list[int] = []
        self.quoted_ends: list[int] = []  # ends of the quotes found, in text order
        # The speaker of the latest quote and where it ends; common-noun subjects (ठग ने) seen.
        self.narrator: tuple[str, int] | None = None
        self.noun_subjects: list[tuple[int, str]] = []

    # Built when first asked for: most texts without a cue or a quote mark never need them.

    @cached_property
    def layout(self) -> Layout:
        return Layout(self.text)

    @cached_property
    def speakers(self) -> Speakers:
        return Speakers(self.text, self.entities)

    @cached_property
    def ergatives(self) -> list[tuple[int, int, bool]]:
        """Every ergative subject marker, in order: (start, end, fused with a pronoun)."""
        text = self.text
        ergatives = [(m.start(), m.end(), False) for m in _words(ERGATIVE, text)]
        ergatives += [(m.start(), m.end(), True) for m in _words(FUSED_ERGATIVE, text)]
        ergatives.sort()
        return ergatives

    @cached_property
    def ergative_starts(self) -> list[int]:
        return [e[0] for e in self.ergatives]

    def inside_closed(self, pos: int) -> bool:
        i = bisect_right(self.open_ats, pos) - 1
        if i < 0:
            return False
        e = self.enclosed[i]
        return e.closed and e.open_at < pos < e.close_end

    def enclosed_at(self, pos: int) -> Enclosed | None:
        i = bisect_left(self.open_ats, pos)
        if i < len(self.open_ats) and self.open_ats[i] == pos:
            return self.enclosed[i]
        return None

    def skip_spaces(self, pos: int) -> int:
        text = self.text
        while pos < len(text) and text[pos] in " \t\u00a0":
            pos += 1
        return pos

    def direct(self, enc: Enclosed) -> tuple[int, int]:
        """The content of an enclosed stretch; an unclosed one stops before the next cue's sentence."""
        self.used.add(enc.open_at)
        if enc.closed:
            return enc.start, enc.end
        end = enc.end
        i = bisect_right(self.cue_starts, enc.start)
        if i < len(self.cue_starts) and self.cue_starts[i] < end:
            end = max(enc.start, self.layout.sentence_start(self.cue_starts[i]))
        return enc.start, end

    def stray_close_after(self, pos: int) -> int | None:
        """A closing mark with no opening one after ``pos`` on its line, before any opening mark."""
        i = bisect_left(self.strays, pos)
        if i == len(self.strays) or self.strays[i] >= self.layout.line_end(pos):
            return None
        at = self.strays[i]
        j = bisect_left(self.open_ats, pos)
        if j < len(self.open_ats) and self.open_ats[j] < at:
            return None
        return at

    def clause_end(self, start: int) -> int:
        """Where a reported clause starting at ``start`` ends: its sentence's end, past the
        sentence ends inside quote marks it opens, before a narrator's coordinated clause."""
        end = self.layout.sentence_end(start)
        if end - start > CLAUSE_LIMIT:
            # Text without sentence ends (a list, a table, a hostile input): a clause
            # that long is no reported speech, and a search to the end per cue would
            # cost the square of the text.
            cut = self.text.rfind(" ", start, start + CLAUSE_LIMIT)
            end = cut if cut > start else start + CLAUSE_LIMIT
        i = bisect_left(self.open_ats, start)
        while i < len(self.open_ats) and self.open_ats[i] < end:
            enc = self.enclosed[i]
            if enc.closed and enc.end >= end:
                end = self.layout.sentence_end(enc.close_end)
            i += 1
        coordinated = _COORDINATED.search(self.text, start, end)
        if coordinated:
            end = coordinated.start()
        return end

    def subject(self, cue_start: int, floor: int) -> tuple[Mention | None, int | None]:
        """The ergative subject of a cue (``X ने``, ``उन्होंने``) in its sentence, and where it ends."""
        i = bisect_left(self.ergative_starts, cue_start) - 1
        if i < 0:
            return None, None
        start, end, fused = self.ergatives[i]
        if start < floor:
            return None, None
        if fused:
            return self.speakers.fused_mention(start, end), end
        return self.speakers.mention_before(start, floor), end


_PARTICLES = frozenset({"भी", "ही", "तो"})


def _cue_text(phrase: str) -> str:
    """A cue as the data file spells it: single spaces, no particles ("अपील भी की" -> "अपील की")."""
    parts = phrase.split()
    return " ".join(
        p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and p in _PARTICLES) or p == parts[-1]
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def find(text: str, entities: list[Entity]) -> list[Quote]:
    """Every quote of ``text``, in text order; see the module's docstring for the rules."""
    art = _Article(text, entities)
    verb_matches = [m for m in _words(cue_pattern(), text) if not art.inside_closed(m.start())]
    # The other cues hold a fixed word: texts without it are not searched.
    saying = "कहना" in text or "मानना" in text
    gen_matches = [m for m in _words(genitive_pattern(), text) if not art.inside_closed(m.start())] if saying else []
    sayings = [m for m in _SAYING_OF.finditer(text) if not art.inside_closed(m.start())] if saying else []
    source_matches = []
    if "अनुसार" in text or "मुताबिक" in text:
        source_matches = [m for m in _words(source_pattern(), text) if not art.inside_closed(m.start())]
    if not (verb_matches or gen_matches or source_matches or sayings or any(e.closed for e in art.enclosed)):
        return []
    art.cue_starts = sorted(
        [m.start() for m in verb_matches if m.group("ki") or m.group("punct")]
        + [m.start() for m in gen_matches if m.group("ki") or m.group("punct")]
    )
    found: list[Found] = []
    for m in verb_matches:
        quote = _from_verb(art, m)
        if quote is not None:
            found.append(quote)
    for m in gen_matches:
        quote = _from_genitive(art, m)
        if quote is not None:
            found.append(quote)
    for m in source_matches:
        quote = _from_source(art, m)
        if quote is not None:
            found.append(quote)
    found += _sayings_of(art, sayings)
    found += _unattributed_marks(art)
    if not found:
        return []
    return _attributed(art, _without_overlaps(_inner_speakers(found)))


CLAUSE_LIMIT = 2000  # characters: news sentences run to a few hundred


def _words(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [m for m in pattern.finditer(text) if starts_word(text, m.start())]


def _content(art: _Article, m: re.Match[str], after: int, comma_ok: bool) -> tuple[int, int, str] | None:
    """The words a cue introduces after offset ``after``: (start, end, kind) or None."""
    pos = art.skip_spaces(after)
    enc = art.enclosed_at(pos)
    if enc is not None:
        start, end = art.direct(enc)
        return (start, end, "direct") if end > start else None
    if m.group("ki"):
        stray = art.stray_close_after(pos)
        if stray is not None:
            return pos, stray, "direct"
    elif not (m.group("punct") and comma_ok):
        return None
    end = art.clause_end(pos)
    start, end = _trimmed(art.text, pos, end)
    return (start, end, "indirect") if end > start else None


def _from_verb(art: _Article, m: re.Match[str]) -> Found | None:
    text = art.text
    cue = _cue_text(m.group("cue"))
    verb = cue_verbs()[cue]
    cue_start = m.start("cue")
    floor = art.layout.sentence_start(cue_start)
    agentless = bool(m.group("passive"))
    if agentless and not verb.allows("passive"):
        return None
    mention: Mention | None = None
    subject_end: int | None = None
    if not agentless:
        mention, subject_end = art.subject(cue_start, floor)
        if subject_end is not None:
            havale = HAVALE.search(text, subject_end, cue_start)
            if havale:
                mention = art.speakers.mention_before(havale.start(), subject_end) or mention
        elif not m.group("ki"):
            inverted = _inverted(art, m, verb.allows("inverted"))
            if inverted is not None:
                return inverted
        if mention is None:
            nominative = art.speakers.mention_before(cue_start, floor)
            if nominative is not None and nominative.kind in ("name", "title", "pronoun", "self"):
                mention = nominative
    at = mention.start if mention is not None else cue_start
    if m.group("ki") or m.group("punct"):
        content = _content(art, m, m.end(), verb.allows("comma"))
        if content is None:
            return None
        start, end, kind = content
        return Found(start, end, kind, cue, at, mention, "cue", agentless)
    pos = art.skip_spaces(m.end())
    enc = art.enclosed_at(pos)
    if enc is not None and pos < art.layout.line_end(pos):
        start, end = art.direct(enc)
        return Found(start, end, "direct", cue, at, mention, "cue", agentless) if end > start else None
    if verb.allows("backref") and mention is not None and subject_end is not None:
        return _backref(art, m, cue, mention, subject_end)
    return None


def _inverted(art: _Article, m: re.Match[str], allowed: bool) -> Found | None:
    """A heading's "बोले पीएम, <claim>": the subject after the verb, then a comma."""
    if not allowed:
        return None
    text = art.text
    after = re.compile(r"\s+((?:[^\s,।]+\s+){0,2}[^\s,।]+)\s*,").match(text, m.end("cue"))
    if not after:
        return None
    mention = art.speakers.mention_before(after.end(1), after.start(1))
    if mention is None or mention.kind not in ("name", "title", "pronoun"):
        return None
    start = art.skip_spaces(after.end())
    end = art.clause_end(start)
    start, end = _trimmed(text, start, end)
    if end <= start:
        return None
    cue = _cue_text(m.group("cue"))
    return Found(start, end, "indirect", cue, mention.start, mention, "cue")


def _backref(art: _Article, m: re.Match[str], cue: str, mention: Mention, subject_end: int) -> Found | None:
    """A sentence-final cue: the quote is what stands before its subject."""
    text = art.text
    layout = art.layout
    pos = art.skip_spaces(m.end())
    if pos < len(text) and text[pos] not in _SENTENCE_CLOSE:
        return None
    if _OBJECT.search(text, subject_end, m.start("cue")):
        return None  # "X ने इसे 'ऐतिहासिक' बताया": a characterization, not a report
    line_start = layout.line_start(mention.start)
    # "'...', X ने कहा।" / "'...' उक्त बातें ... ने कहीं।"
    i = bisect_left(art.open_ats, mention.start) - 1
    if i >= 0:
        enc = art.enclosed[i]
        if enc.closed and enc.open_at >= line_start and not layout.has_end_between(enc.close_end, mention.start):
            gap = len(_WORD.findall(text, enc.close_end, mention.start))
            pointing = _DEMONSTRATIVE.search(text, enc.close_end, mention.start)
            if gap <= 1 or (pointing and gap <= _POINTING_GAP_WORDS):
                start, end = art.direct(enc)
                return Found(start, end, "direct", cue, mention.start, mention, "backref")
    sentence_start = layout.sentence_start(mention.start)
    lead = text[sentence_start : mention.start]
    # "<claim>: RBI ने कहा" (a heading), "<claim>, मुख्यमंत्री ने कहा।"
    colon = max(lead.rfind(":"), lead.rfind(","))
    if colon > 0 and not lead[colon + 1 :].strip():
        start, end = _trimmed(text, sentence_start, sentence_start + colon)
        if len(_WORD.findall(text, start, end)) >= 3:
            return Found(start, end, "indirect", cue, mention.start, mention, "backref")
    gap = len(_WORD.findall(text, subject_end, m.start("cue")))
    pointing = _DEMONSTRATIVE.search(text, sentence_start, m.start("cue"))
    if not pointing and gap > _BACKREF_GAP_WORDS:
        return None
    previous = layout.previous_sentence(mention.start)
    if previous is None:
        return None
    start, end = previous
    if _PLURAL.search(text, sentence_start, m.start("cue")):
        start = _run_start(art, start)
    start, end = _trimmed(text, start, end)
    return Found(start, end, "indirect", cue, mention.start, mention, "backref") if end > start else None


def _run_start(art: _Article, start: int) -> int:
    """Where the run of sentences before ``start`` that a plural back-reference (``ये बातें X
    ने कहीं``) points to begins: its paragraph's start, or just after a sentence with a cue of its own."""
    layout = art.layout
    line_start = layout.line_start(start)
    while start > line_start:
        earlier = layout.sentence_start(start - 1)
        i = bisect_left(art.cue_starts, earlier)
        if earlier >= start - 1 or (i < len(art.cue_starts) and art.cue_starts[i] < start):
            break
        start = earlier
    return start


def _from_genitive(art: _Article, m: re.Match[str]) -> Found | None:
    if not (m.group("ki") or m.group("punct")):
        return None
    floor = art.layout.sentence_start(m.start())
    if m.group("pron"):
        mention: Mention | None = art.speakers.fused_mention(m.start("pron"), m.end("pron"))
    else:
        mention = art.speakers.mention_before(m.start("gen"), floor)
    if mention is not None and mention.kind == "noun" and m.group("gen") != "का":
        mention = None
    content = _content(art, m, m.end(), True)
    if content is None:
        return None
    start, end, kind = content
    cue = f"{m.group('cue')} {m.group('aux').strip()}"
    at = mention.start if mention is not None else m.start()
    return Found(start, end, kind, cue, at, mention, "genitive")


def _sayings_of(art: _Article, matches: list[re.Match[str]]) -> list[Found]:
    """``'...' यह कहना है X का।`` / ``<sentence>। ऐसा मानना है X का।``: the quote before is X's."""
    text = art.text
    out = []
    for m in matches:
        mention = art.speakers.mention_before(m.end("who"), m.start("who"))
        if mention is None:
            continue
        cue = f"{m.group('cue')} {m.group('aux')}"
        i = bisect_left(art.open_ats, m.start()) - 1
        if i >= 0:
            enc = art.enclosed[i]
            between = text[enc.close_end : m.start()]
            if enc.closed and enc.open_at >= art.layout.line_start(m.start()) and not _WORD.search(between):
                start, end = art.direct(enc)
                out.append(Found(start, end, "direct", cue, mention.start, mention, "backref"))
                continue
        previous = art.layout.previous_sentence(m.start())
        if previous is not None:
            start, end = _trimmed(text, *previous)
            if end > start:
                out.append(Found(start, end, "indirect", cue, mention.start, mention, "backref"))
    return out


def _from_source(art: _Article, m: re.Match[str]) -> Found | None:
    floor = art.layout.sentence_start(m.start())
    if m.group("pron"):
        mention: Mention | None = art.speakers.fused_mention(m.start("pron"), m.end("pron"))
    else:
        mention = art.speakers.issuer_before(m.start(), floor)
    if mention is None:
        return None
    pos = art.skip_spaces(m.end())
    enc = art.enclosed_at(pos)
    if enc is not None:
        start, end = art.direct(enc)
        kind = "direct"
    else:
        end = art.clause_end(pos)
        start, end = _trimmed(art.text, pos, end)
        kind = "indirect"
    if end <= start or len(_WORD.findall(art.text, start, end)) < 3:
        return None
    cue = f"{m.group('gen') or 'के'} {m.group('cue')}"
    return Found(start, end, kind, cue, mention.start, mention, "source")


def _unattributed_marks(art: _Article) -> list[Found]:
    """Closed quote marks that no cue took: a heading's "'...': मंत्री", a line that is one
    quote, or a long stretch of speech; quoted terms and names are left alone."""
    text = art.text
    out: list[Found] = []
    for enc in art.enclosed:
        if not enc.closed or enc.open_at in art.used or enc.end <= enc.start:
            continue
        line_start = art.layout.line_start(enc.open_at)
        line_end = art.layout.line_end(enc.open_at)
        tail = text[enc.close_end : line_end]
        heading = re.compile(r"\s*:\s*([^:।.,]{1,40}?)\s*$").match(tail)
        words = len(_WORD.findall(text, enc.start, enc.end))
        if heading and not text[line_start : enc.open_at].strip():
            mention = art.speakers.mention_before(line_end, enc.close_end + heading.start(1))
            out.append(Found(enc.start, enc.end, "direct", None, enc.open_at, mention, "heading"))
        elif not text[line_start : enc.open_at].strip() and not tail.strip(" \t.।"):
            ends_sentence = bool(tail.strip()) or text[enc.start : enc.end].rstrip()[-1:] in _SENTENCE_CLOSE
            continues = ends_sentence and line_start > 0
            out.append(Found(enc.start, enc.end, "direct", None, enc.open_at, None, "line", True, continues))
        elif words >= _LONG_WORDS:
            out.append(Found(enc.start, enc.end, "direct", None, enc.open_at, None, "long"))
    return out


def _inner_speakers(found: list[Found]) -> list[Found]:
    """Drop a reported clause that holds another cue with a subject of its own: when one
    source frames another's words ("कार्यालय ने बताया कि ... मुख्यमंत्री ने कहा, '...'"), the
    quote is the inner speaker's."""
    inner = sorted(f.at for f in found if f.rule == "cue" and f.mention is not None)
    kept = []
    for f in found:
        if f.rule == "cue" and f.kind == "indirect":
            i = bisect_right(inner, f.start)
            if i < len(inner) and inner[i] < f.end:
                continue
        kept.append(f)
    return kept


_PRIORITY = {"cue": 0, "genitive": 0, "backref": 1, "heading": 2, "line": 2, "long": 3, "source": 4}


def _without_overlaps(found: list[Found]) -> list[Found]:
    """One quote per stretch of text: a cue's quote wins over a back-reference, both over a
    cue-less stretch in marks, and all of them over the source phrase that frames them."""
    kept: list[Found] = []
    starts: list[int] = []
    for f in sorted(found, key=lambda f: (_PRIORITY[f.rule], f.start)):
        i = bisect_left(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        kept.insert(i, f)
        starts.insert(i, f.start)
    return kept


def _attributed(art: _Article, found: list[Found]) -> list[Quote]:
    """Resolve every speaker in text order, letting each subject seen update the next pronoun's."""
    text = art.text
    speakers = art.speakers
    starts = [f.start for f in found]
    mention_at = {f.mention.start for f in found if f.mention is not None}
    events: list[tuple[int, int, Found | None]] = [(f.at, 1, f) for f in found]
    for start, _end, _fused in art.ergatives:
        i = bisect_right(starts, start) - 1
        if i >= 0 and found[i].start <= start < found[i].end:
            continue  # a subject inside a quote is the speaker's, not the narrator's
        events.append((start, 0, None))
    events.sort(key=lambda e: (e[0], e[1]))
    art.quoted_ends = [f.end for f in found]
    out: dict[int, Quote] = {}
    for at, _order, f in events:
        if f is None:
            _note_subject(art, at, mention_at, found)
            continue
        if f.continues:
            out[id(f)] = _continued(art, found, f, out)
            continue
        speaker = None if f.agentless else _resolved(art, f.mention, f.at, found)
        if not f.agentless:
            speakers.note(f.at, speaker, f.mention)
            if speaker is not None:
                speakers.last_quoted = speaker
                if f.mention is None or f.mention.kind != "self":
                    art.narrator = (speaker, f.end)
        m = f.mention
        out[id(f)] = Quote(
            f.start,
            f.end,
            text[f.start : f.end],
            f.kind,
            speaker,
            m.start if m is not None else None,
            m.end if m is not None else None,
            f.cue,
        )
    return [out[id(f)] for f in found]


def _continued(art: _Article, found: list[Found], f: Found, resolved: dict[int, Quote]) -> Quote:
    """A paragraph that is all one quote and ends as a sentence does: when the paragraph before
    ends in a quote, the same speaker goes on (news prints a speech as a run of quoted
    paragraphs); otherwise, like a heading in marks, it is nobody's."""
    text = art.text
    speaker = None
    i = found.index(f)
    if i > 0 and id(found[i - 1]) in resolved:
        before = found[i - 1]
        line_start = art.layout.line_start(f.start)
        gap = text[before.end : line_start]
        if "\n" in gap and not gap.strip(_AFTER_QUOTE):
            speaker = resolved[id(before)].speaker
    return Quote(f.start, f.end, text[f.start : f.end], f.kind, speaker, None, None, None)


def _resolved(art: _Article, mention: Mention | None, at: int, quoted: list[Found]) -> str | None:
    """``mention``'s speaker; a pronoun right after a sentence that brings a person in as its
    subject without a case marker (``बैठक में मंत्री X भी मौजूद थे। उन्होंने कहा``) means that
    person, who is more salient than any earlier speaker."""
    if mention is not None and mention.kind == "pronoun":
        person = _nominative_before(art, mention.start, quoted) or _other_party(art, mention.start, quoted)
        if person is not None:
            return person
    return art.speakers.resolve(mention, at)


def _other_party(art: _Article, at: int, quoted: list[Found]) -> str | None:
    """In a first-person account (``मैंने``, ``मुझे`` in narration in this sentence or the one
    before), a third-person pronoun is not the narrator but the other party: the latest
    subject since the narrator's last quote that is not the narrator (``ठग ने``)."""
    if art.narrator is None:
        return None
    narrator, since = art.narrator
    layout = art.layout
    start = layout.sentence_start(at)
    if start > 0:
        start = layout.sentence_start(start - 1)
    if not any(not _inside(quoted, art.quoted_ends, m.start()) for m in _FIRST_PERSON.finditer(art.text, start, at)):
        return None
    others = [(pos, norm) for pos, norm, _kind in art.speakers.history if since < pos < at and norm != narrator]
    others += [(pos, word) for pos, word in art.noun_subjects if since < pos < at]
    return max(others)[1] if others else None


def _inside(quoted: list[Found], ends: list[int], pos: int) -> bool:
    i = bisect_right(ends, pos)
    return i < len(quoted) and quoted[i].start <= pos


def _nominative_before(art: _Article, at: int, quoted: list[Found]) -> str | None:
    """The first person named as a bare (nominative) noun in the sentence before ``at``'s, when
    that sentence has no ergative subject (``X ने``) and is nobody's quote."""
    layout = art.layout
    end = layout.sentence_start(at)
    while end > 0 and art.text[end - 1] in _BETWEEN_SENTENCES:
        end -= 1
    if end == 0:
        return None
    start = layout.sentence_start(end - 1)
    i = bisect_left(art.ergative_starts, start)
    if i < len(art.ergative_starts) and art.ergative_starts[i] < end:
        return None
    j = bisect_left(art.quoted_ends, start)
    if j < len(quoted) and quoted[j].start < end:
        return None
    speakers = art.speakers
    k = bisect_left(speakers.person_starts, start)
    while k < len(speakers.persons) and speakers.persons[k].start < end:
        person = speakers.persons[k]
        if not _CASE_AFTER.match(art.text, person.end):
            return speakers.names.person(person.norm)
        k += 1
    return None


def _note_subject(art: _Article, at: int, mention_at: set[int], found: list[Found]) -> None:
    """A subject outside any quote (``X ने बैठक की``): a later pronoun may mean it."""
    i = bisect_left(art.ergative_starts, at)
    start, end, fused = art.ergatives[i]
    floor = art.layout.sentence_start(start)
    if fused:
        mention: Mention | None = art.speakers.fused_mention(start, end)
    else:
        mention = art.speakers.mention_before(start, floor)
    if mention is None or mention.start in mention_at or mention.kind == "self":
        return
    if mention.kind == "noun":
        art.noun_subjects.append((start, mention.norm or ""))
        return
    art.speakers.note(start, _resolved(art, mention, start, found), mention)
