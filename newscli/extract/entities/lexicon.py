"""Word lists and gazetteers for entity recognition, loaded on first use.

Every file lives in ``newscli/data/hi/entities/``: one entry per line (NFC, no
duplicates) or, for ``.tsv`` files, tab-separated fields.  Look-ups compare
spelling keys (see :mod:`.spelling`), so one entry covers its variants.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

from ...datafiles import data_lines as read_data_lines
from .spelling import spelling_key

# Gazetteer file -> the class its entries get in features and rules.
GAZETTEERS: dict[str, str] = {
    "loc_states.txt": "STATE",
    "loc_countries.txt": "COUNTRY",
    "loc_regions.txt": "REGION",
    "loc_cities_india.txt": "CITY",
    "loc_cities_world.txt": "WCITY",
    "org_parties.txt": "PARTY",
    "org_government.txt": "GOV",
    "org_names.txt": "ORGNAME",
    "per_politicians.txt": "POL",
    "titles.txt": "TITLE",
}

GAZETTEER_TYPE: dict[str, str] = {
    "STATE": "LOC",
    "COUNTRY": "LOC",
    "REGION": "LOC",
    "CITY": "LOC",
    "WCITY": "LOC",
    "PARTY": "ORG",
    "GOV": "ORG",
    "ORGNAME": "ORG",
    "POL": "PER",
    "TITLE": "TITLE",
}


@functools.cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-empty lines of a data file, as written."""
    return tuple(read_data_lines("entities", name))


@functools.cache
def key_set(name: str) -> frozenset[str]:
    """The spelling keys of a one-entry-per-line file."""
    return frozenset(spelling_key(line) for line in data_lines(name))


@functools.cache
def key_map(name: str) -> dict[str, str]:
    """A two-column ``.tsv`` file as {key of column 1: column 2}."""
    out: dict[str, str] = {}
    for line in data_lines(name):
        variant, canonical = line.split("\t")
        out[spelling_key(variant)] = canonical
    return out


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A gazetteer phrase as the keys of the words the splitter would make."""
    from .words import split_words  # words needs lexicon for abbreviations

    return tuple(split_words(phrase).keys)


def phrases_tokens(phrases: Sequence[str]) -> list[tuple[str, ...]]:
    """:func:`phrase_tokens` of each phrase, from one split of them all.

    The lists hold thousands of phrases, and a split costs more to call than a short
    phrase costs to split. No word crosses a space and none looks across one (the
    splitter's piece cache rests on that too), so phrases joined by spaces split alike.
    """
    from .words import split_words

    line_starts = list(itertools.accumulate((len(p) + 1 for p in phrases), initial=0))
    words = split_words(" ".join(phrases))
    out: list[list[str]] = [[] for _ in phrases]
    for start, key in zip(words.starts, words.keys, strict=True):
        out[bisect.bisect_right(line_starts, start) - 1].append(key)
    return list(map(tuple, out))


@functools.cache
def phrase_table() -> dict[tuple[str, ...], frozenset[str]]:
    """Every gazetteer phrase (as word keys) with the classes that list it."""
    table: dict[tuple[str, ...], set[str]] = {}
    for name, cls in GAZETTEERS.items():
        for phrase in phrases_tokens(data_lines(name)):
            table.setdefault(phrase, set()).add(cls)
    # A one-word entry that is also an everyday word (नगर, गुना) names nothing
    # by itself; designations are everyday words and stay, unless they are
    # also common in names or phrases (प्रधान, प्रभारी).  The bodies and the
    # one-name organizations are listed only where the name is unambiguous, so
    # they stay too (संसद and फेसबुक are common words of the training text, which
    # leaves them untagged, and ORG by our conventions).
    ambiguous = key_set("ambiguous_words.txt")
    common = key_set("common_words.txt")
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for k, v in table.items():
        if len(k) == 1 and k[0] in ambiguous:
            continue
        if len(k) == 1 and k[0] in common:
            v = v & {"TITLE", "GOV", "ORGNAME"}
        if k and v:
            out[k] = frozenset(v)
    return out


@functools.cache
def known_names() -> dict[tuple[str, ...], frozenset[str]]:
    """Names the training data tags (PER/LOC/ORG) more often than not, as word keys."""
    table: dict[tuple[str, ...], set[str]] = {}
    for line in data_lines("known_names.tsv"):
        name, typ = line.split("\t")
        table.setdefault(tuple(name.split(" ")), set()).add(typ)
    return {k: frozenset(v) for k, v in table.items()}


@functools.cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Word key -> its cluster at each granularity, coarse to fine, as learnt from
    plain news text by ``scripts/train_clusters.py``: words that keep the same
    company share a cluster, so a name the training sentences lack resembles those
    they hold."""
    out: dict[str, tuple[str, ...]] = {}
    for line in data_lines("word_clusters.tsv"):
        key, *clusters = line.split("\t")
        out[key] = tuple(clusters)
    return out


@functools.cache
def name_parts() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames): first and last words of multi-word person names."""
    first: set[str] = set()
    last: set[str] = set()
    honorifics = key_set("honorifics.txt")
    for phrase in phrases_tokens(data_lines("per_politicians.txt")):
        toks = tuple(t for t in phrase if t not in honorifics and not t.endswith("."))
        if len(toks) >= 2:
            first.add(toks[0])
            last.add(toks[-1])
    first.update(key_set("given_names.txt"))
    last.update(key_set("surnames.txt"))
    return frozenset(first), frozenset(last)
