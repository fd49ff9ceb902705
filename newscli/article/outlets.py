"""Outlet names printed in page furniture, mapped to one canonical publisher name."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newscli.article.resources import alternation, fold, initials, spellings, table, table_keys

_LETTER = r"A-Za-z\u0900-\u097F"


@dataclass(frozen=True, slots=True)
class OutletMention:
    start: int
    end: int
    name: str  # canonical publisher name


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = alternation(table_keys("article_outlets.tsv"), spaces_optional=True)
    return re.compile(rf"(?<![{_LETTER}])(?:{names})(?![{_LETTER}])", re.IGNORECASE)


@functools.cache
def _hints() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Cheap looks for whether a string can hold an outlet name at all (most lines hold none).

    A name written without cased letters (Devanagari) is found as written, letter boundaries aside,
    by a pattern whose branches open with plain characters, which the regex engine scans for quickly.
    A name with a cased letter opens with one of the initials (compared as case-insensitively).
    """
    forms: set[str] = set()
    for entry in table_keys("article_outlets.tsv"):
        forms |= spellings(entry)
    uncased = sorted(f for f in forms if f.lower() == f.upper() == f)
    cased = [f for f in forms if f not in uncased]
    by_first: dict[str, list[str]] = {}
    for form in uncased:
        by_first.setdefault(form[0], []).append(re.escape(form[1:]).replace(r"\ ", r"\s?"))
    written = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    never = re.compile("(?!)")
    return (re.compile(written) if written else never), (initials(cased) if cased else never)


def _may_name_an_outlet(s: str) -> bool:
    written, initial = _hints()
    return written.search(s) is not None or initial.search(s) is not None


def canonical(alias: str) -> str | None:
    """The publisher an alias names, or None ("Etv Bharat" -> "ETV Bharat", "AajTak" -> "Aaj Tak")."""
    return canonical_of_key(fold(alias))


def canonical_of_key(key: str) -> str | None:
    """``canonical`` of an alias given as its ``fold`` (for a caller that has folded it already)."""
    return _squashed().get(key.replace(" ", ""))


@functools.cache
def _squashed() -> dict[str, str]:
    """Aliases without their spaces ("AajTak", "PunjabKesari" are printed that way)."""
    return {key.replace(" ", ""): name for key, name in table("article_outlets.tsv").items()}


def find_outlets(s: str) -> list[OutletMention]:
    """Outlet names in ``s`` (meant for furniture and bylines, never for body text)."""
    if not _may_name_an_outlet(s):
        return []  # the name pattern tries every name at every word start; most strings hold none
    found = []
    for m in _pattern().finditer(s):
        name = canonical(m.group())
        if name is not None:
            found.append(OutletMention(m.start(), m.end(), name))
    return found


def outlet_at_start(s: str) -> OutletMention | None:
    """The outlet name ``s`` opens with: ``find_outlets(s)[0]`` when it starts at 0, found by one
    anchored match instead of a scan of the whole string (credits are tested this way word by word)."""
    m = _pattern().match(s)
    if m is None:
        return None
    name = canonical(m.group())
    return OutletMention(0, m.end(), name) if name is not None else None
