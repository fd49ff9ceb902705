"""Rows as JSON text, the one way every writer and worker spells them."""

from __future__ import annotations

import json
from typing import Any

# Formats whose rows a worker can serialize itself, so only strings travel back.
PRERENDERED = ("jsonl", "json")


def row_json(row: dict[str, Any], fmt: str) -> str:
    """One row as the text a ``jsonl`` line or a ``json`` array element holds."""
    return json.dumps(row, ensure_ascii=False, indent=2 if fmt == "json" else None)
