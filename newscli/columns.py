"""Each command's columns, in one place: the writers' order and the terminal's.

CSV, TSV and the rows' JSON keys follow :data:`COLUMNS`. A terminal table drops the id
(it is the table's title) and moves the columns of Devanagari text to the end, so that a
terminal measuring Devanagari otherwise than we do shifts only the end of a line (see
``render/grid.py``).
"""

from __future__ import annotations

PARSE_KEYS = (
    "headline",
    "summary",
    "publisher",
    "author",
    "published",
    "updated",
    "dateline",
    "body",
    "captions",
)

COLUMNS: dict[str, tuple[str, ...]] = {
    "parse": ("id", *PARSE_KEYS),
    "tokens": ("id", "index", "start", "end", "text", "kind", "norm"),
    "sentences": ("id", "index", "start", "end", "text"),
    "numbers": ("id", "start", "end", "text", "kind", "value", "unit", "approx"),
    "entities": ("id", "start", "end", "text", "type", "norm"),
    "entity-groups": ("id", "norm", "type", "mentions", "spellings", "start", "end"),
    "quotes": ("id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue"),
    "quote-speakers": ("id", "speaker", "quotes", "first_words", "start"),
    "analyze": ("id", "metadata", "stats", "sentences", "tokens", "entities", "numbers", "quotes"),
    "stats": ("section", "item", "value"),
}

# The columns that hold Devanagari text, in the order they close a terminal table.
_TEXT_LAST = ("unit", "norm", "text")


def terminal_columns(command: str) -> tuple[str, ...]:
    """The columns of ``command``'s terminal table: :data:`COLUMNS` without the id, text last."""
    columns = [c for c in COLUMNS[command] if c != "id"]
    return (*(c for c in columns if c not in _TEXT_LAST), *(c for c in _TEXT_LAST if c in columns))
