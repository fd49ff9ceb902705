"""JSON Lines and JSON objects to Records: which keys hold the text, the id and metadata."""

from __future__ import annotations

import json
import sys
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
    if not text.strip():  # as an empty .txt file is
        raise InputError(source, "record text is empty")
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
    return record_from_object(load_json(line, where, "column"), where, where)


def load_json(text: str, where: str, position: str = "line") -> Any:
    """``text`` decoded as JSON, or an :class:`InputError` naming ``where``: also for
    values nested too deep to decode and integers longer than Python converts
    (a hostile record costs its own row, never the run)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = exc.colno if position == "column" else exc.lineno
        raise InputError(where, f"not valid JSON ({exc.msg} at {position} {at})") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deep to read") from None
    except ValueError:  # an integer of more digits than int() converts
        raise InputError(where, f"a JSON number has more than {sys.get_int_max_str_digits()} digits") from None
