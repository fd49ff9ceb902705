"""Rows as JSON text, the one way every writer and worker spells them.

orjson writes the rows: ``analyze`` rows hold every token of an article, and
orjson serializes them about three times faster than the standard library. Its
output is UTF-8 text, never ``\\u``-escaped; JSON Lines rows are compact and
``json`` rows are indented by two spaces, exactly as ``json.dumps`` would write
them with the same settings, which is also the fallback for what orjson refuses
(integers beyond 64 bits).
"""

from __future__ import annotations

import json
from typing import Any

# Formats whose rows a worker can serialize itself, so only strings travel back.
PRERENDERED = ("jsonl", "json")


def row_json(row: dict[str, Any], fmt: str) -> str:
    """One row as the text a ``jsonl`` line or a ``json`` array element holds."""
    import orjson

    indent = fmt == "json"
    try:
        return orjson.dumps(row, option=orjson.OPT_INDENT_2 if indent else 0).decode()
    except orjson.JSONEncodeError:
        if indent:
            return json.dumps(row, ensure_ascii=False, indent=2)
        return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
