"""Token norms: a Devanagari run with nothing for the indic-nlp normalizer to change
skips it; the result must be what the normalizer would have given."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.text import normalize as normalize_module

DEVANAGARI = [chr(c) for c in range(0x0900, 0x0964)] + [chr(c) for c in range(0x0971, 0x0980)]
DEVANAGARI += [chr(c) for c in range(0xA8E0, 0xA900)]


def normalizer_result(run: str) -> str:
    s: str = normalize_module._indic_normalizer().normalize(run)
    s = normalize_module._NASAL_BEFORE_STOP.sub("\u0902", s)
    return s.replace("\u0901", "\u0902")


def run_of(s: str) -> regex.Match[str]:
    m = normalize_module._DEVANAGARI_RUN.fullmatch(s)
    assert m is not None
    return m


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=DEVANAGARI, min_size=1, max_size=8))
def test_a_devanagari_run_normalizes_as_the_normalizer_does(run: str) -> None:
    assert normalize_module._devanagari(run_of(run)) == normalizer_result(run)


def test_every_pair_of_devanagari_characters() -> None:
    for a in DEVANAGARI:
        for b in DEVANAGARI:
            assert normalize_module._devanagari(run_of(a + b)) == normalizer_result(a + b), (a, b)


def test_words_the_normalizer_changes_still_change() -> None:
    assert normalize_module.normalize("हिन्दी") == "हिंदी"
    assert normalize_module.normalize("ज़िंदगी") == "जिंदगी"
    assert normalize_module.normalize("पहुँच") == "पहुंच"
    assert normalize_module.normalize("राम") == "राम"
