"""JSON Lines and JSON objects to Records: which keys hold the text, the id and metadata."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from newscli.errors import InputError
from newscli.model import Record

TEXT_KEYS = ("text", "body")
# Scraper keys that carry article metadata, passed on to the article parser.
META_KEYS = (
    "title",
    "headline",
    "summary",
    "description",
    "date",
    "published",
    "updated",
    "author",
    "url",
    "link",
    "source",
    "publisher",
    "outlet",
    "dateline",
)


def record_from_object(obj: Any, default_id: str, source: str) -> Record:
    """Turn one decoded JSON value into a Record, or raise InputError naming ``source``."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {type(obj).__name__}")
    text = None
    for key in TEXT_KEYS:
        value = obj.get(key)
        if isinstance(value, str):
            text = value
            break
    rid = obj.get("id")
    record_id = default_id if rid is None or isinstance(rid, (dict, list)) else str(rid)
    if text is None and isinstance(obj.get("html"), str):
        from newscli.io.html import page_record

        return page_record(obj["html"], source, record_id, _metadata(obj))
    if text is None:
        raise InputError(source, 'record has no "text", "body" or "html" string')
    return Record(id=record_id, text=text, meta=_metadata(obj))


def _metadata(obj: Mapping[str, Any]) -> dict[str, str | None]:
    meta: dict[str, str | None] = {}
    for key in META_KEYS:
        value = obj.get(key)
        if isinstance(value, str):
            value = value.strip()
            meta[key] = value or None
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            meta[key] = ", ".join(v.strip() for v in value if v.strip()) or None
    return meta


def record_from_line(line: str, path: str, lineno: int) -> Record:
    where = f"{path}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    return record_from_object(obj, where, where)
