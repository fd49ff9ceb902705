"""Spelling keys: one string for the written variants of a Hindi word.

Hindi news writes the same name several ways: a nasal consonant with virama
or an anusvara (सन्तोष / संतोष), with or without nukta (ज़ैदी / जैदी), with
chandrabindu or anusvara (पाँच / पांच).  Gazetteer look-ups, features and alias
merging compare these keys, never the surface forms.
"""

from __future__ import annotations

import unicodedata

from newscli.memo import short_string_memo

_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_CHANDRABINDU = "\u0901"
_NUKTA = "\u093c"
_JOINERS = str.maketrans("", "", "\u200c\u200d\u00ad")

# Each nasal consonant written half before a consonant of its own class is
# pronounced, and often written, as an anusvara.
_HOMORGANIC: dict[str, frozenset[str]] = {
    "ङ": frozenset("कखगघ"),
    "ञ": frozenset("चछजझ"),
    "ण": frozenset("टठडढ"),
    "न": frozenset("तथदध"),
    "म": frozenset("पफबभ"),
}


def _nasals_to_anusvara(s: str) -> str:
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        follows = _HOMORGANIC.get(ch)
        if follows is not None and i + 2 < n and s[i + 1] == _VIRAMA and s[i + 2] in follows:
            out.append(_ANUSVARA)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# News repeats its words, and the splitter, the features and the norms all ask
# for the keys of the same ones.
@short_string_memo(limit=1 << 18)
def spelling_key(s: str) -> str:
    """The comparison key of a word or phrase: NFC, no nukta or joiners,
    chandrabindu and homorganic half-nasals as anusvara, Latin lower-cased,
    whitespace collapsed."""
    return _make_key(s)


def _make_key(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_JOINERS)
    if _NUKTA in s:
        # NFC keeps क़ ख़ ग़ ... decomposed (composition exclusions), so the
        # nukta is a separate mark here.
        s = s.replace(_NUKTA, "")
    s = s.replace(_CHANDRABINDU, _ANUSVARA)
    if _VIRAMA in s:
        s = _nasals_to_anusvara(s)
    return " ".join(s.lower().split())
