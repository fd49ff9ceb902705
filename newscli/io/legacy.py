"""Hindi typed in a legacy Devanagari font (Kruti Dev 010, DevLys 010) to Unicode.

Text copied from old PDFs and government pages often keeps the font's own encoding: Latin-1
characters that the font draws as Devanagari ("fgUnh" for हिन्दी, "vkSj" for और).  Read as
Unicode it is Latin garbage, so it is detected (no Devanagari at all, and the font's spellings
of the commonest Hindi words all through it) and converted with the table in
``data/hi/legacy_krutidev.tsv``, then two reorderings the font's typing order needs: the
vowel sign ि is typed before its consonant cluster, the reph (र् over a letter, typed 'Z')
after its syllable.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from newscli.datafiles import data_lines

KRUTI_DEV = "Kruti Dev 010"

# The font's spellings of the commonest Hindi words (के की का में है और कि से ने पर भी को यह था)
# as whole words: English text has none of them.
_COMMON_WORDS = frozenset({"ds", "dh", "dk", "esa", "gS", "vkSj", "fd", "ls", "us", "ij", "Hkh", "dks", ";g", "Fkk"})
# Share of the words that must be such spellings, and their least count.
_MIN_SHARE = 0.08
_MIN_COUNT = 3
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_WORD = re.compile(r"\S+")

_CONSONANT = "[\u0915-\u0939\u0958-\u095f]\u093c?"
_CLUSTER = f"(?:{_CONSONANT}\u094d)*{_CONSONANT}"
# ि typed before the cluster it follows in Unicode.
_PRE_I = re.compile(f"\u093f({_CLUSTER})")
# Z (reph) typed after the cluster and its vowel signs; Unicode puts र् before the cluster.
_REPH = re.compile(f"({_CLUSTER}[\u093e-\u094c\u0901-\u0903]*)Z")


@dataclass(frozen=True, slots=True)
class LegacyRepair:
    text: str
    encoding: str


def repair_legacy_font(text: str) -> LegacyRepair | None:
    """The Unicode text when ``text`` is unambiguously Hindi in a legacy font's encoding, else None."""
    if not looks_like_kruti_dev(text):
        return None
    return LegacyRepair(kruti_dev_to_unicode(text), KRUTI_DEV)


def looks_like_kruti_dev(text: str) -> bool:
    if _DEVANAGARI.search(text) is not None:
        return False
    words = _WORD.findall(text)
    common = sum(1 for w in words if w.strip("A-]") in _COMMON_WORDS)
    return common >= _MIN_COUNT and common >= _MIN_SHARE * len(words)


def kruti_dev_to_unicode(text: str) -> str:
    """Kruti Dev 010 text as Unicode Devanagari (NFC).

    >>> kruti_dev_to_unicode("fgUnh")
    'हिन्दी'
    >>> kruti_dev_to_unicode("/keZ")
    'धर्म'
    """
    pattern, table = _table()
    mapped = pattern.sub(lambda m: table[m.group()], text)
    mapped = _PRE_I.sub(lambda m: m.group(1) + "\u093f", mapped)
    mapped = _REPH.sub(lambda m: "\u0930\u094d" + m.group(1), mapped)
    return unicodedata.normalize("NFC", mapped)


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(line.split("\t") for line in data_lines("legacy_krutidev.tsv"))
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys)), table
