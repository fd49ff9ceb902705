"""Text -> Article: headline, summary, bylines, dates, dateline, body paragraphs and captions.

``parse_article`` reads a plain-text news page (page furniture and all); ``parse_datetime``
turns a printed news date-time into ISO 8601.
"""

from __future__ import annotations

from newscli.article.dates import parse_datetime
from newscli.article.parser import parse_article

__all__ = ["parse_article", "parse_datetime"]
