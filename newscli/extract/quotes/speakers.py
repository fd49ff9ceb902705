"""Who a quote's speaker is: the mention before its cue, resolved against the article.

A name is its entity's canonical form. A pronoun (``उन्होंने``) is the latest subject
before it; a bare title (``मुख्यमंत्री ने``) is the person that title was last seen
attached to (``मुख्यमंत्री डॉ. मोहन यादव``), or the first one it is attached to later; a
noun that names an organisation (``संगठन ने``) is the latest organisation that spoke
or was named with that noun. Lookups go through dictionaries and bisection, so an
article's speakers are found in one pass however many mentions it has.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from newscli.extract.quotes.lexicon import words
from newscli.extract.quotes.names import Names
from newscli.model import Entity

_WORD_END = re.compile(r"([\u0900-\u0963\u0966-\u097F\u200c\u200dA-Za-z0-9.]+)\s*$")
_NAMED = ("PER", "ORG", "LOC")
# How far back (in characters) a possessor of a document may stand: "X की ताजा रिपोर्ट के मुताबिक".
_ISSUER_REACH = 40
# Pronouns for one, not the plural of respect: they may mean an organisation as readily as a person.
_SINGULAR = frozenset({"उसने", "इसने", "उसका", "उसके", "वह"})
# What may stand between an organisation and its post: a genitive marker, spaces.
_BEFORE_POST = re.compile(r"(?:\s+(?:के|की|का))?\s*$")
# How many subjects back a pronoun looks.
_MEMORY = 8


@dataclass(frozen=True, slots=True)
class Mention:
    """The words that introduce a speaker, and what they are: ``name``, ``title``, ``pronoun``,
    ``self``, ``refers``, ``noun``; ``norm`` is the canonical name when the words give one."""

    start: int
    end: int
    kind: str
    norm: str | None = None
    etype: str | None = None


class Speakers:
    """The article's entities, indexed for the questions speaker resolution asks."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.names = Names(entities)
        self.by_end: dict[int, Entity] = {}
        for e in entities:
            if e.type in _NAMED or e.type == "TITLE":
                old = self.by_end.get(e.end)
                if old is None or old.start > e.start:
                    self.by_end[e.end] = e
        self.persons = [e for e in entities if e.type == "PER"]
        self.person_starts = [e.start for e in self.persons]
        self.orgs = [e for e in entities if e.type == "ORG"]
        self.org_starts = [e.start for e in self.orgs]
        # The head noun of each organisation's name (बैंक of भारतीय रिजर्व बैंक) -> where it is first named.
        self.org_heads: dict[str, int] = {}
        for e in self.orgs:
            parts = e.text.split()
            if len(parts) > 1:
                self.org_heads.setdefault(parts[-1], e.start)
        # Title head word -> [(offset, person norm)] for each "title name" in the text.
        self.titled: dict[str, list[tuple[int, str]]] = {}
        self.has_title: set[str] = set()  # persons (entity norms) the article gives a title
        # Organisation norm -> [(offset, person norm)] for each "organisation head-title name".
        self.headed: dict[str, list[tuple[int, str]]] = {}
        by_start = {e.start: e for e in entities if e.type == "PER"}
        for e in entities:
            if e.type != "TITLE":
                continue
            person = self._person_after(e.end, by_start)
            if person is not None:
                for head in {e.norm.split()[-1], e.text.split()[-1]}:
                    self.titled.setdefault(head, []).append((e.start, person))
                self.has_title.add(person)
                org = self._org_of_post(e.start, e.text)
                if org is not None:
                    self.headed.setdefault(org, []).append((e.start, person))
        # Resolved subjects so far, in text order: (offset, norm, entity type).
        self.history: list[tuple[int, str, str]] = []
        self.last_quoted: str | None = None

    def _person_after(self, end: int, by_start: dict[int, Entity]) -> str | None:
        """The person named right after a title (an honorific such as डॉ. or श्री may stand between)."""
        text = self.text
        pos = end
        for _ in range(3):
            while pos < len(text) and text[pos] == " ":
                pos += 1
            if pos in by_start:
                return by_start[pos].norm
            m = re.compile(r"(?:डॉ|डा|प्रो|श्री|श्रीमती|सुश्री|कु|पं)\.?").match(text, pos)
            if not m or m.end() == pos:
                return None
            pos = m.end()
        return None

    # --- finding the mention -------------------------------------------------------------

    def mention_before(self, pos: int, floor: int) -> Mention | None:
        """The subject that ends just before ``pos`` (a case marker's offset), not before ``floor``."""
        text = self.text
        end = pos
        while end > floor and text[end - 1] in " \t\u00a0":
            end -= 1
        entity = self.by_end.get(end)
        if entity is not None and entity.start >= floor:
            if words().get(entity.text) == "refers":
                return Mention(entity.start, entity.end, "refers", entity.text)
            if entity.type == "TITLE":
                return Mention(entity.start, entity.end, "title", entity.norm)
            return Mention(entity.start, entity.end, "name", entity.norm, entity.type)
        m = _WORD_END.search(text, max(floor, end - 40), end)
        if not m:
            return None
        word = m.group(1).rstrip(".")
        start = m.start(1)
        role = words().get(word)
        if role == "spokesman":
            owner = self._owner_before(start, floor)
            if owner is not None:
                return Mention(owner.start, end, "name", owner.norm, owner.type)
        if role in ("pronoun", "self", "refers"):
            return Mention(start, start + len(word), role, word)
        if role is None and self.org_heads.get(word, start) < start:
            # "भारतीय रिजर्व बैंक ने ... । बैंक ने कहा": the head noun of a name given before is that name.
            return Mention(start, start + len(word), "refers", word)
        before = _WORD_END.search(text, max(floor, start - 30), start)
        if before and words().get(before.group(1)) == "refers":
            # "वैश्विक संगठन सीएपीए ने", "दवा कंपनी फाइजर ने": the noun names an organisation.
            return Mention(start, start + len(word), "name", word, "ORG")
        return Mention(start, start + len(word), "noun", word)

    def fused_mention(self, start: int, end: int) -> Mention:
        word = self.text[start:end]
        role = words().get(word, "pronoun")
        return Mention(start, end, "self" if role == "self" else "pronoun", word)

    def _owner_before(self, start: int, floor: int) -> Entity | None:
        """X in "X के प्रवक्ता" / "X की रिपोर्ट": the named entity before a genitive marker."""
        m = re.compile(r"\s+(?:के|की|का)\s*$").search(self.text, max(floor, start - 8), start)
        if not m:
            return None
        entity = self.by_end.get(m.start())
        if entity is not None and entity.type in _NAMED and entity.start >= floor:
            return entity
        return None

    def issuer_before(self, pos: int, floor: int) -> Mention | None:
        """The source of "X के मुताबिक": a name, a pronoun, a title, a speaking noun (सूत्रों), or
        the issuer of a document ("WHO के आंकड़ों के मुताबिक"); None for sources with no issuer."""
        mention = self.mention_before(pos, floor)
        if mention is None:
            return None
        if mention.kind in ("name", "title", "pronoun", "self"):
            return mention
        role = words().get(mention.norm or "")
        if role == "source" or mention.kind == "refers":
            return mention
        if role == "document":
            owner = self._owner_before(mention.start, max(floor, mention.start - _ISSUER_REACH))
            if owner is None:
                # An adjective may stand between ("WHO की ताजा रिपोर्ट"): one word back.
                m = _WORD_END.search(self.text, max(floor, mention.start - 30), mention.start)
                if m:
                    owner = self._owner_before(m.start(1), floor)
            if owner is not None:
                return Mention(owner.start, owner.end, "name", owner.norm, owner.type)
        return None

    # --- resolving it --------------------------------------------------------------------

    def resolve(self, mention: Mention | None, at: int) -> str | None:
        """The canonical speaker for ``mention`` (None: the subject was dropped) at offset ``at``."""
        if mention is None:
            return self._latest(at)
        if mention.kind == "name":
            return self.names.of(mention.norm or "", mention.etype, self.text[mention.start : mention.end])
        if mention.kind == "title":
            return self._titled(mention, at) or self._untitled_subject(at) or mention.norm
        if mention.kind == "pronoun":
            if mention.norm in _SINGULAR:
                return self._latest(at)
            return self._latest(at, "PER") or self._latest(at)
        if mention.kind == "self":
            return self.last_quoted or self._latest(at)
        if mention.kind == "refers":
            return self._organisation(mention, at)
        return mention.norm

    def note(self, at: int, speaker: str | None, mention: Mention | None) -> None:
        """Remember a resolved subject, so that later pronouns and titles can refer to it."""
        if speaker is None:
            return
        etype = "PER"
        if mention is not None and mention.kind == "name":
            etype = mention.etype or "PER"
        elif mention is not None and mention.kind == "refers":
            etype = "ORG"
        elif mention is not None and mention.kind == "noun":
            if words().get(mention.norm or "") != "source":
                return
            etype = "NOUN"
        self.history.append((at, speaker, etype))

    def _latest(self, at: int, etype: str | None = None) -> str | None:
        """The latest subject (of ``etype``; any but a place or a common noun when None),
        else the latest person named."""
        for _pos, norm, kind in reversed(self.history[-_MEMORY:]):
            if (etype is None and kind in ("PER", "ORG")) or kind == etype:
                return norm
        i = bisect_left(self.person_starts, at)
        return self.names.person(self.persons[i - 1].norm) if i else None

    def _untitled_subject(self, at: int) -> str | None:
        """For a title never attached to a name: the latest person subject the article gives no
        title (``मोदी ने ... । प्रधानमंत्री ने कहा``); a person with another title (``मुख्यमंत्री
        शिवराज``) is not a ``कलेक्टर``, who then stays the unnamed official the title says."""
        for _pos, norm, kind in reversed(self.history[-_MEMORY:]):
            if kind == "PER":
                return None if norm in self.titled_norms else norm
        return None

    @cached_property
    def titled_norms(self) -> frozenset[str]:
        return frozenset(self.names.person(p) for p in self.has_title)

    def _titled(self, mention: Mention, at: int) -> str | None:
        text = self.text[mention.start : mention.end].split()
        heads = [text[-1]] if text else []
        if mention.norm:
            heads.append(mention.norm.split()[-1])
        for head in heads:
            seen = self.titled.get(head)
            if not seen:
                continue
            return self._nearest(seen, at)
        org = self._org_of_post(mention.start, self.text[mention.start : mention.end])
        seen = self.headed.get(org) if org is not None else None
        return self._nearest(seen, at) if seen else None

    def _nearest(self, seen: list[tuple[int, str]], at: int) -> str:
        """The person of the last entry before ``at``, else of the first after it."""
        i = bisect_left(seen, (at, ""))
        return self.names.person(seen[i - 1][1] if i else seen[0][1])

    def _org_of_post(self, start: int, title: str) -> str | None:
        """The organisation right before a head title (``WHO चीफ``, ``भाजपा के अध्यक्ष``), by its
        canonical name; None for other titles and for a head title with none before it."""
        words_ = title.split()
        if not words_ or words().get(words_[-1]) != "head":
            return None
        m = _BEFORE_POST.search(self.text, max(0, start - 8), start)
        entity = self.by_end.get(m.start() if m else start)
        if entity is None or entity.type != "ORG":
            return None
        return self.names.organisation(entity.norm, entity.text)

    def _organisation(self, mention: Mention, at: int) -> str | None:
        word = mention.norm or ""
        i = bisect_left(self.org_starts, at)
        for e in reversed(self.orgs[max(0, i - 20) : i]):
            if word in e.text and e.text != word:
                return self.names.organisation(e.norm, e.text)
        for _pos, norm, kind in reversed(self.history):
            if kind == "ORG":
                return norm
        return word or None
