"""The reporting cues and the words around them, read from ``newscli/data/hi/quotes_*.tsv``.

A cue is written once, in the infinitive (``दावा करना``); its past forms (``दावा किया``,
``दावा की``, ``दावा किए``) and, where the data says so, progressive forms (``बता रहे``)
are made here. Everything loads on first use and is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newscli.datafiles import data_lines

# A letter of a word: Devanagari letters, signs and digits (not the dandas), Latin, joiners.
LETTER = r"[\u0900-\u0963\u0966-\u097F\u200c\u200dA-Za-z0-9_]"
BEFORE = rf"(?<!{LETTER})"
AFTER = rf"(?!{LETTER})"

_IRREGULAR = {
    "कर": ("किया", "की", "किए", "किये", "कीं"),
    "दे": ("दिया", "दी", "दिए", "दिये", "दीं"),
    "ले": ("लिया", "ली", "लिए", "लिये", "लीं"),
}
_VOWEL_SIGNS = frozenset("ािीुूेैोौ")
# Particles that may stand between a cue's noun and its verb ("अपील भी की").
_PARTICLES = r"(?:\s+(?:भी|ही|तो))?"


@dataclass(frozen=True, slots=True)
class CueVerb:
    """One reporting verb: its infinitive and what the data file says it allows."""

    lemma: str
    flags: frozenset[str]

    def allows(self, flag: str) -> bool:
        return flag in self.flags


def past_forms(verb: str) -> tuple[str, ...]:
    """The perfective forms of a verb given in the infinitive (``बताना`` -> ``बताया``, ``बताई``, ...)."""
    stem = verb[:-2] if verb.endswith("ना") else verb
    if stem in _IRREGULAR:
        return _IRREGULAR[stem]
    if stem and stem[-1] in _VOWEL_SIGNS:
        return (stem + "या", stem + "ई", stem + "ए", stem + "ये", stem + "यी", stem + "ईं")
    return (stem + "ा", stem + "ी", stem + "े", stem + "ीं")


@cache
def cue_verbs() -> dict[str, CueVerb]:
    """Each surface form of a reporting cue (spaces as written) -> its verb."""
    forms: dict[str, CueVerb] = {}
    for line in data_lines("quotes_cues.tsv"):
        phrase, flag_text = line.split("\t")
        flags = frozenset(f for f in flag_text.split(",") if f != "-")
        verb = CueVerb(phrase, flags)
        *nouns, last = phrase.split(" ")
        head = " ".join(nouns)
        for form in past_forms(last):
            forms[f"{head} {form}".strip()] = verb
        if "progressive" in flags:
            stem = last[:-2]
            for aux in ("रहा", "रही", "रहे", "रहीं"):
                forms[f"{head} {stem} {aux}".strip()] = verb
    return forms


@cache
def words() -> dict[str, str]:
    """Word -> its role (``pronoun``, ``self``, ``refers``, ``spokesman``, ``source``, ``document``,
    ``title``, ``head``)."""
    return dict(line.split("\t") for line in data_lines("quotes_words.tsv"))


def words_with(role: str) -> frozenset[str]:
    return frozenset(w for w, r in words().items() if r == role)


_Trie = dict[str, "_Trie"]


def _alternation(phrases: list[str]) -> str:
    """One pattern for all the phrases, as a trie: ``कह(?:ा|ी|े)``, not ``कहा|कही|कहे``, so
    each position of the text tries a few characters instead of every phrase. A space
    between words may hold a particle (``अपील भी की``); longer phrases win."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = _PARTICLES + r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
    return body


@cache
def cue_pattern() -> re.Pattern[str]:
    """A reporting verb (its start checked with :func:`starts_word`), its auxiliary and what follows
    it: ``कि``, a comma or colon, or nothing.

    Groups: ``cue`` (the verb phrase), ``passive`` (गया/जाता ... after it), ``aux``,
    ``ki`` (the complementizer), ``punct`` (a comma or colon after it).
    """
    verbs = _alternation(list(cue_verbs()))
    return re.compile(
        rf"(?P<cue>{verbs}){AFTER}"
        + r"(?P<passive>\s+(?:गया|गई|गए|गये|जाता|जाती|जाते|जा\s+रहा|जा\s+रही|जा\s+रहे){AFTER})?".replace("{AFTER}", AFTER)
        + rf"(?P<aux>\s+(?:है|हैं|था|थे|थी|थीं|हो){AFTER})?"
        + rf"(?:\s*,?\s*(?P<ki>कि){AFTER}|\s*(?P<punct>[,:]))?"
    )


@cache
def genitive_pattern() -> re.Pattern[str]:
    """``का कहना है कि`` / ``का मानना था,``: speech whose speaker is the possessor before it."""
    return re.compile(
        r"(?:(?P<gen>का|की|के)|(?P<pron>उनका|इनका|उसका|उनकी|इनकी|उसकी|मेरा|हमारा))"
        + r"\s+(?P<cue>कहना|मानना)(?P<aux>\s+(?:है|हैं|था|थे|थी))"
        + AFTER
        + rf"(?:\s*,?\s*(?P<ki>कि){AFTER}|\s*(?P<punct>[,:]))?"
    )


@cache
def source_pattern() -> re.Pattern[str]:
    """``के मुताबिक`` / ``के अनुसार``: the words after it are the source's; ``pron`` holds a
    pronoun fused with the marker (``उनके मुताबिक``, ``मेरे अनुसार``)."""
    return re.compile(
        r"(?:(?P<pron>उनके|इनके|उसके|मेरे|हमारे)\s+|(?P<gen>के|की)\s+)(?P<cue>मुताबिक|मुताबिक़|अनुसार)" + AFTER + r"\s*,?"
    )


_LETTER_CHAR = re.compile(LETTER)


def starts_word(text: str, at: int) -> bool:
    """Whether ``at`` begins a word. The cue patterns do not look behind themselves (a
    pattern that starts with a literal is searched for far faster), so callers check."""
    return at == 0 or not _LETTER_CHAR.match(text, at - 1)


# The subject markers; like the cues, their start is checked with starts_word (a leading
# look-behind would be tried at every offset of the text, three times slower).
ERGATIVE = re.compile(r"ने" + AFTER)
FUSED_ERGATIVE = re.compile(r"(?:उन्होंने|उन्हाेंने|इन्होंने|उसने|इसने|मैंने|हमने|आपने|जिन्होंने)" + AFTER)
HAVALE = re.compile(BEFORE + r"के\s+हवाले\s+से" + AFTER)
