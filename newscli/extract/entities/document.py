"""Names found once in an article are names wherever they recur in it.

The tagger decides sentence by sentence, so it may tag ``हरियाणा`` in one
sentence and miss it in the next, or tag ``नरेंद्र मोदी`` but not the
``मोदी`` two paragraphs on.  After every sentence is tagged, each untagged
repeat of a tagged name, and each untagged surname of a tagged full name, is
given the type the name got most often.  The given name of a two-word name
is looked for too (``प्रिया`` after ``प्रिया मेहता``), as news writes of
ordinary people by their given name once they are introduced.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from .features import PhraseMatcher, is_letter_run
from .rules import Mention, everyday_keys

_PROPAGATED = ("PER", "LOC", "ORG")


def _everyday(key: str) -> bool:
    return key in everyday_keys()


def _given_name(key: str) -> bool:
    """Could the first word of a person's name stand for the person alone: not an
    everyday word, an initial (बी.) or letter names (बीएल)."""
    return key not in everyday_keys() and not key.endswith(".") and not is_letter_run(key)


def repeated_names(
    keys: Sequence[str], bounds: Sequence[tuple[int, int]], mentions: Sequence[list[Mention]]
) -> list[list[Mention]]:
    """``mentions`` of each sentence plus the untagged repeats of the article's names.

    ``keys`` are the text's word keys, ``bounds`` its sentences' consecutive word
    ranges and ``mentions`` each sentence's mentions, as word ranges of the sentence.
    """
    # Per phrase, its votes by type in the order the types first came; a surname of a
    # full name is listed with no vote, so that it is found but takes PER only when
    # nothing else votes for it. A plain dict is several times cheaper than a Counter.
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    everyday = everyday_keys()
    for (first, _), sent_mentions in zip(bounds, mentions, strict=True):
        for m in sent_mentions:
            if m.type not in _PROPAGATED:
                continue
            phrase = tuple(keys[first + m.start : first + m.end])
            if len(phrase) == 1 and phrase[0] in everyday:
                continue
            counts = votes.setdefault(phrase, {})
            counts[m.type] = counts.get(m.type, 0) + 1
            if m.type == "PER" and len(phrase) >= 2 and phrase[-1] not in everyday:
                votes.setdefault(phrase[-1:], {}).setdefault("PER", 0)
            if m.type == "PER" and len(phrase) == 2 and _given_name(phrase[0]):
                votes.setdefault(phrase[:1], {}).setdefault("PER", 0)
    out = [sorted(m, key=_position) if m else [] for m in mentions]
    if not votes:
        return out
    # The type with the most votes, the first to come among equals (as Counter.most_common).
    table = {
        phrase: frozenset({max(c, key=c.__getitem__)} if any(c.values()) else {"PER"}) for phrase, c in votes.items()
    }
    # One pass over the text finds each sentence's repeats, as a pass over each sentence would.
    added: dict[int, list[Mention]] = {}
    starts = [a for a, _ in bounds]
    # The words each sentence's mentions cover, made when a repeat is first found there:
    # a sentence of thousands of names must not cost a pass over them per repeat.
    covered: dict[int, set[int]] = {}
    for s, e, types in PhraseMatcher(table).text_matches(keys, bounds):
        k = bisect.bisect_right(starts, s) - 1
        first = starts[k]
        words = covered.get(k)
        if words is None:
            words = covered[k] = {i for m in mentions[k] for i in range(m.start, m.end)}
        if words.isdisjoint(range(s - first, e - first)):
            added.setdefault(k, []).append(Mention(s - first, e - first, next(iter(types)), "document"))
    for k, new in added.items():
        out[k] = sorted([*mentions[k], *new], key=_position)
    return out


_position = operator.attrgetter("start", "end")  # (start, end), without Python code per mention
