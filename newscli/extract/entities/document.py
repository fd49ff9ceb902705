"""Names found once in an article are names wherever they recur in it.

The tagger decides sentence by sentence, so it may tag ``हरियाणा`` in one
sentence and miss it in the next, or tag ``नरेंद्र मोदी`` but not the
``मोदी`` two paragraphs on.  After every sentence is tagged, each untagged
repeat of a tagged name, and each untagged surname of a tagged full name, is
given the type the name got most often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .features import PhraseMatcher
from .rules import Mention, everyday_keys

_PROPAGATED = ("PER", "LOC", "ORG")


def _everyday(key: str) -> bool:
    return key in everyday_keys()


def repeated_names(keys: Sequence[Sequence[str]], mentions: Sequence[list[Mention]]) -> list[list[Mention]]:
    """``mentions`` of each sentence plus the untagged repeats of the article's names."""
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for sent_keys, sent_mentions in zip(keys, mentions, strict=True):
        for m in sent_mentions:
            if m.type not in _PROPAGATED:
                continue
            phrase = tuple(sent_keys[m.start : m.end])
            if len(phrase) == 1 and _everyday(phrase[0]):
                continue
            votes.setdefault(phrase, Counter())[m.type] += 1
            if m.type == "PER" and len(phrase) >= 2 and not _everyday(phrase[-1]):
                votes.setdefault(phrase[-1:], Counter())["PER"] += 0
    if not votes:
        return [list(m) for m in mentions]
    table = {
        phrase: frozenset({c.most_common(1)[0][0]} if sum(c.values()) else {"PER"})
        for phrase, c in votes.items()
    }
    matcher = PhraseMatcher(table)
    out: list[list[Mention]] = []
    for sent_keys, sent_mentions in zip(keys, mentions, strict=True):
        covered = {i for m in sent_mentions for i in range(m.start, m.end)}
        added = [
            Mention(s, e, next(iter(types)), "document")
            for s, e, types in matcher.matches(sent_keys)
            if not any(i in covered for i in range(s, e))
        ]
        out.append(sorted([*sent_mentions, *added], key=lambda m: (m.start, m.end)))
    return out
