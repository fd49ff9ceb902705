"""The ``norm`` of a token: one spelling for the variants Hindi news uses.

``normalize(s)`` is a matching key, not a display form: two spellings of the same
word give the same norm. Offsets never depend on it. The rules, in order:

1. **NFC.** Unicode normalization form C. This also splits the precomposed nukta
   letters (U+0958..U+095F, composition exclusions) into base letter + nukta.
2. **Invisible characters.** ZERO WIDTH JOINER and NON-JOINER (they only choose a
   glyph shape: ``स्‍थान`` and ``स्थान`` are one word), soft hyphen, word joiner,
   zero width space and byte order mark are removed.
3. **Devanagari base normalization** (indic-nlp-library's ``DevanagariNormalizer``
   with ``remove_nuktas=True`` and ``nasals_mode="to_anusvaara_strict"``, applied to
   Devanagari runs only): nukta dropped (``ज़िंदगी`` = ``जिंदगी``, ``फ़ैसला`` =
   ``फैसला``, ``पढ़ा`` = ``पढा``), Marathi chandra-a to ``ए``, and a nasal consonant
   + virama before a stop of its own class becomes anusvara (``हिन्दी`` = ``हिंदी``,
   ``सन्तोष`` = ``संतोष``, ``कम्पनी`` = ``कंपनी``). It is not applied to other text,
   because it also turns ``|`` into ``।`` and ``:`` after a letter into visarga.
4. **Anusvara, relaxed** (own rule): any nasal consonant + virama before any stop
   (क..भ other than the nasals) also becomes anusvara, for loanwords written
   across classes (``कन्टेनर`` = ``कंटेनर``, ``इन्कार`` = ``इंकार``). Nasal +
   virama before a nasal, य, र, ल, व, श, ष, स, ह is kept (``सम्मान``, ``अन्य``,
   ``उन्हें``): there it is a real consonant.
5. **Chandrabindu** (own rule): ``ँ`` becomes anusvara ``ं`` (``पहुँच`` =
   ``पहुंच``, ``हाँ`` = ``हां``). News outlets use the two interchangeably; the
   indic-nlp option for it would also merge ``ऑ``/``ओ``, which are distinct.
6. **Digits** (own rule): every decimal digit (Devanagari ``०-९`` and other
   scripts) becomes its ASCII digit, so ``४,३२,०००`` has the norm ``4,32,000``.
   Separators are kept.
7. **Latin** (own rule): case-folded (``BJP`` = ``bjp``).
8. **Punctuation** (own rule): curly and low quotes become straight quotes,
   ``…`` becomes ``...`` and ``|`` (used as a danda by many outlets) becomes ``।``.
   This only changes the norm: sentence splitting reads the token text.

Not done, on purpose: ``:`` is never turned into visarga (``लखनऊ :`` is a
dateline), ``ऑ`` is not merged with ``ओ`` or ``ा``, and inherent-vowel endings
are left alone.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

import regex

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_PUNCT = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'", "|": "।"}
)

_DEVANAGARI_RUN = regex.compile(r"[\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF]+")
# Nasal consonant + virama before a non-nasal stop (rule 4).
_NASAL_BEFORE_STOP = regex.compile(
    r"[\u0919\u091E\u0923\u0928\u0929\u092E]\u094D(?=[\u0915-\u0918\u091A-\u091D\u091F-\u0922\u0924-\u0927\u092A-\u092D])"
)
_DIGIT = regex.compile(r"\d")
_LATIN = regex.compile(r"\p{Latin}")


@functools.cache
def _indic_normalizer() -> Any:
    # Imported on first use: the package must import without touching indicnlp.
    from indicnlp.normalize.indic_normalize import DevanagariNormalizer

    return DevanagariNormalizer("hi", remove_nuktas=True, nasals_mode="to_anusvaara_strict")


# What rule 3 and 4 change in a Devanagari run: nukta letters and signs, chandra-a,
# chandrabindu, and a nasal consonant with virama. Runs without any (most words) are
# left as they are without calling the normalizer.
_CHANGES_RUN = regex.compile(
    r"[\u0901\u0929\u0931\u0934\u093C\u0958-\u095F\u0972]|[\u0919\u091E\u0923\u0928\u092E]\u094D"
)


def _devanagari(run: regex.Match[str]) -> str:
    s: str = run.group()
    if _CHANGES_RUN.search(s) is None:
        return s
    s = _indic_normalizer().normalize(s)
    s = _NASAL_BEFORE_STOP.sub("\u0902", s)
    return s.replace("\u0901", "\u0902")


def _ascii_digit(m: regex.Match[str]) -> str:
    # regex may know digits of a newer Unicode version than unicodedata: keep those.
    value = unicodedata.decimal(m.group(), None)
    return m.group() if value is None else str(value)


@functools.lru_cache(maxsize=1 << 17)
def normalize(s: str) -> str:
    """Return the norm of ``s`` (a token or a short phrase); see the module docstring."""
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    if not s:
        return s
    if s.isascii():
        return s.translate(_PUNCT).casefold()
    s = _DEVANAGARI_RUN.sub(_devanagari, s)
    s = _DIGIT.sub(_ascii_digit, s)
    if _LATIN.search(s):
        s = s.casefold()
    return s.translate(_PUNCT).replace("…", "...")
