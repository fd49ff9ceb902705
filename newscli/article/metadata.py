"""Metadata that came with a record (JSON Lines keys) and how it wins over guesses from the text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from newscli.article.dates import parse_datetime
from newscli.article.outlets import canonical

# Record keys for each Article field, in order of preference.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title"),
    "summary": ("summary", "description"),
    "publisher": ("publisher", "source", "outlet"),
    "author": ("author",),
    "published": ("published", "date"),
    "updated": ("updated",),
    "dateline": ("dateline",),
}
_URL_KEYS = ("url", "link")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True, slots=True)
class Fields:
    headline: str | None = None
    summary: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None


def from_record(meta: Mapping[str, str | None] | None) -> Fields:
    """The Article fields a record's metadata states (dates normalised to ISO 8601)."""
    if not meta:
        return Fields()
    values: dict[str, str | None] = {}
    for field, keys in FIELD_KEYS.items():
        values[field] = _first(meta, keys)
    for field in ("published", "updated"):
        raw = values[field]
        values[field] = parse_datetime(raw) if raw else None
    if values["publisher"]:
        values["publisher"] = canonical(values["publisher"]) or values["publisher"]
    if values["published"] is None:
        url = _first(meta, _URL_KEYS)
        m = _URL_DATE.search(url) if url else None
        values["published"] = f"{m[1]}-{m[2]}-{m[3]}" if m else None
    return Fields(**values)


def _first(meta: Mapping[str, str | None], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def merge(record: Fields, guessed: Fields) -> Fields:
    """Record metadata wins field by field; guesses fill what the record leaves out.

    A date alone in the record yields to a date-time the page prints for the same day: the
    record (or a date finder that fills it) only lost the time.
    """
    out = guessed
    for field in FIELD_KEYS:
        value = getattr(record, field)
        if value is not None and not _refined_by(value, getattr(guessed, field), field):
            out = replace(out, **{field: value})
    return out


def _refined_by(value: str, guess: str | None, field: str) -> bool:
    return field in ("published", "updated") and guess is not None and len(value) == 10 and guess[:11] == value + "T"
