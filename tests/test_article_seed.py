"""The seed article parses to exactly what its expectation file says."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newscli.article import parse_article

SEED_NAME = "000_335be22ba1ea1f16"


def _collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_seed_metadata_from_its_printed_lines(seed_path: Path) -> None:
    article = parse_article(seed_path.read_text(encoding="utf-8-sig"))
    # the byline block prints these; nothing else in the page is metadata
    assert article.published == "2023-07-24T09:15:00+05:30"
    assert article.updated == "2023-07-24T10:14:00+05:30"
    assert article.publisher == "ETV Bharat"
    assert article.author is None
    content = article.content_text()
    assert "Published" not in content and "देखें पूरी खबर" not in content
    assert article.headline is not None and "2024" in article.headline
    assert article.summary is not None and "दूसरे" in article.summary


def test_seed_matches_its_expectations(seed_path: Path, shared_dir: Path) -> None:
    expected = json.loads((shared_dir / "seeds" / f"{SEED_NAME}.expected.json").read_text(encoding="utf-8"))["parse"]
    article = parse_article(seed_path.read_text(encoding="utf-8-sig"))
    for field in ("headline", "summary", "publisher", "author", "published", "updated", "dateline"):
        assert getattr(article, field) == expected[field], field
    assert list(article.captions) == expected["captions"]
    body = _collapse(article.body or "")
    assert body.startswith(_collapse(expected["body_starts_with"]))
    assert body.endswith(_collapse(expected["body_ends_with"]))
    for phrase in expected["body_excludes"]:
        assert phrase not in body
