"""The fast character-class count of the text statistics agrees with its definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.text.stats import _CLASS_NAMES, _char_classes, char_class_counts

# Devanagari with its digits, dandas and signs, Latin with accents, digits of other scripts,
# every kind of space and invisible character, astral characters and lone surrogates.
AWKWARD = (
    "कखगक़ि्ंँः।॥०९॰ॲꣲ᳚abcZéẞİ019٣৪߀"
    " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u200a\u200b\u200c\u200d\u2028\u202f\u205f\u3000\ufeff"
    "\u00ad.,!?|%₹😀𝐀𝟘𐌰\U000e0001\ud800\udfff\x00"
)


def _by_name(text: str) -> dict[str, int]:
    return {name: n for name, n in zip(_CLASS_NAMES, char_class_counts(text), strict=True) if n}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(AWKWARD), max_size=80))
def test_awkward_texts(text: str) -> None:
    assert _by_name(text) == dict(_char_classes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=80))
def test_any_code_points(text: str) -> None:
    assert _by_name(text) == dict(_char_classes(text))


def test_a_text_twice_and_a_new_character() -> None:
    # The second call finds every class known; the third meets one character not seen before.
    text = "कख ab 12 !"
    assert char_class_counts(text) == char_class_counts(text) == (3, 2, 2, 2, 1)
    assert char_class_counts(text + "\U0001d7d8") == (3, 2, 2, 3, 1)
