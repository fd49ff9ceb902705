"""Saved web pages to Records: the page's own metadata, and its text as the page shows it.

Metadata comes from the page's structured data first (JSON-LD ``NewsArticle``,
then Open Graph / ``article:*`` / ``<meta name=...>`` tags, then trafilatura's
date finder). The text is the page's visible text, one block element a line,
cut to the stretch from the headline to the end of the main content that
trafilatura finds; the ordinary text parser then reads datelines, captions and
furniture in it exactly as it does for a page saved as text.

lxml and trafilatura come with the ``newscli[html]`` extra and are imported
only when an HTML input is read.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from collections.abc import Iterator
from typing import Any

from newscli.errors import InputError, MissingExtraInput
from newscli.model import Record

INSTALL_HINT = "HTML input needs the html extra; run: python3 -m pip install 'newscli[html]'"

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_ARTICLE_TYPES = {
    *("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle"),
    *("BlogPosting", "LiveBlogPosting"),
}
_PERSON_TYPES = {"Person"}
_BLOCK_TAGS = frozenset(
    (
        "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
        "header hr li main nav ol p pre section table td th tr ul title"
    ).split()
)
_SKIP_TAGS = frozenset("script style noscript template svg iframe head button select option".split())


def decode_html(data: bytes, source: str) -> str:
    """A page's text: BOM, then the charset its <meta> declares, then UTF-8."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    declared = _CHARSET.search(data[:4096])
    codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(source, f"the page declares an unknown charset {codec!r}") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid {codec} text at byte {exc.start}") from None


def html_record(data: bytes, source: str) -> Record:
    """A saved page (bytes as on disk) as a Record with the page's metadata."""
    return page_record(decode_html(data, source), source, source)


def page_record(page: str, source: str, record_id: str, given: dict[str, str | None] | None = None) -> Record:
    """A page's text as a Record; ``given`` metadata (from a JSON Lines record) wins over the page's."""
    try:
        import lxml.html
        import trafilatura
    except ImportError:
        raise MissingExtraInput(source, INSTALL_HINT) from None
    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(source, f"not an HTML page ({exc})") from None
    meta = page_metadata(tree)
    meta.update({k: v for k, v in (given or {}).items() if v})
    if not meta.get("published"):
        meta["published"] = _htmldate(page)
    lines = visible_lines(tree)
    main = trafilatura.extract(page, include_comments=False, include_tables=False) or ""
    text = "\n".join(article_window(lines, meta.get("headline"), main))
    if not text.strip():
        raise InputError(source, "no article text found in the page")
    return Record(id=record_id, text=text, meta=meta)


# --- metadata ---------------------------------------------------------------


def page_metadata(tree: Any) -> dict[str, str | None]:
    """The page's metadata: JSON-LD first, then meta tags, then the page's own <h1>.

    The publisher is the site's name (``og:site_name``), else JSON-LD's publisher, else the
    outlet a ``<title>`` suffix or prefix names, else the outlet the canonical address's host
    spells (``hindi.business-standard.com``).  A headline that carries the outlet's name
    before or after it (``बिजनेस स्टैंडर्ड - …``, ``… | Outlet``) is the headline without it.
    """
    from newscli.article.outlets import canonical

    meta: dict[str, str | None] = {}
    for key, value in _json_ld_metadata(tree).items():
        meta.setdefault(key, value)
    tags = _meta_tag_metadata(tree)
    for key, value in tags.items():
        if not meta.get(key):
            meta[key] = value
    if tags.get("publisher"):
        meta["publisher"] = tags["publisher"]
    h1 = tree.find(".//h1")
    h1_text = _clean(h1.text_content()) if h1 is not None else None
    meta["headline"] = _shortest_of_same(meta.get("headline"), [tags.get("headline"), h1_text])
    title = tree.find(".//title")
    title_text = _clean(title.text_content()) if title is not None else None
    if not meta.get("publisher"):
        meta["publisher"] = _title_outlet(title_text) or _host_outlet(tree)
    if meta.get("headline"):
        meta["headline"] = _without_outlet(meta["headline"] or "", meta.get("publisher"))
    if meta.get("publisher"):
        meta["publisher"] = canonical(meta["publisher"] or "") or meta["publisher"]
    return meta


# Words a site adds to a headline in one of its copies (its name, a section): more is another text.
_ADDED_WORDS = 4


def _shortest_of_same(headline: str | None, others: list[str | None]) -> str | None:
    """The headline, or another copy of it (og:title, <h1>) that it holds with a few words added
    before or after: sites prefix their name in JSON-LD or the title ("बिजनेस स्टैंडर्ड …")."""
    if not headline:
        return next((o for o in others if o), None)
    for other in others:
        if not other or other == headline or len(other.split()) < 3:
            continue
        if headline.startswith(other) or headline.endswith(other):
            extra = headline.replace(other, "", 1)
            if len(extra.split()) <= _ADDED_WORDS:
                return other
    return headline


_TITLE_SEPARATORS = re.compile(r"[ \u00a0]+[-–—|:][ \u00a0]+")
_HOST_PARTS = frozenset({"www", "m", "hindi", "amp", "news", "com", "in", "co", "net", "org", "tv", "live"})


def _title_outlet(title: str | None) -> str | None:
    """The outlet a page title names at its end or start ("… - Samachar4media", "Outlet | …")."""
    from newscli.article.outlets import canonical

    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return None
    return canonical(parts[-1]) or canonical(parts[0])


def _host_outlet(tree: Any) -> str | None:
    """The outlet the page's canonical address spells in its host ("business-standard")."""
    from urllib.parse import urlsplit

    from newscli.article.outlets import canonical

    link = tree.find(".//link[@rel='canonical']")
    url = link.get("href") if link is not None else None
    if not url:
        og = next((t for t in tree.iterfind(".//meta") if (t.get("property") or "").lower() == "og:url"), None)
        url = og.get("content") if og is not None else None
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    words = [w for w in host.split(".") if w and w not in _HOST_PARTS]
    for word in words:
        name = canonical(word.replace("-", " ")) or canonical(word)
        if name is not None:
            return name
    return None


def _without_outlet(headline: str, publisher: str | None) -> str:
    """The headline without an outlet's name printed before or after it."""
    from newscli.article.outlets import canonical, find_outlets

    mentions = find_outlets(headline)
    wanted = canonical(publisher) if publisher else None
    for m in mentions:
        if wanted is not None and m.name != wanted:
            continue
        if m.start == 0:
            rest = headline[m.end :].lstrip(" \u00a0-–—|:")
        elif m.end == len(headline):
            rest = headline[: m.start].rstrip(" \u00a0-–—|:")
        else:
            continue
        if len(rest.split()) >= 3:
            return rest
    return headline


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(reversed(obj))
            elif isinstance(obj, dict):
                yield obj
                if isinstance(obj.get("@graph"), list):
                    stack.extend(reversed(obj["@graph"]))


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _json_ld_metadata(tree: Any) -> dict[str, str | None]:
    objects = list(_json_ld_objects(tree))
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    article = next((o for o in objects if _types(o) & _ARTICLE_TYPES), None)
    if article is None:
        return {}
    publisher = article.get("publisher")
    if isinstance(publisher, dict) and "name" not in publisher and isinstance(publisher.get("@id"), str):
        publisher = by_id.get(publisher["@id"], publisher)
    return {
        "headline": _clean(article.get("headline")),
        "published": _clean(article.get("datePublished")),
        "updated": _clean(article.get("dateModified")),
        "author": _person_names(article.get("author")),
        "publisher": _clean(publisher.get("name")) if isinstance(publisher, dict) else _clean(publisher),
        "summary": None,
    }


def _person_names(author: Any) -> str | None:
    """Names of people only: an organisation credited as author is not an author."""
    people = author if isinstance(author, list) else [author]
    names = []
    for person in people:
        if isinstance(person, str):
            names.append(person)
        elif isinstance(person, dict) and (not _types(person) or _types(person) & _PERSON_TYPES):
            name = _clean(person.get("name"))
            if name:
                names.append(name)
    return ", ".join(names) or None


def _meta_tag_metadata(tree: Any) -> dict[str, str | None]:
    tags: dict[str, str] = {}
    for tag in tree.iterfind(".//meta"):
        key = (tag.get("property") or tag.get("name") or "").strip().lower()
        value = _clean(tag.get("content"))
        if key and value and key not in tags:
            tags[key] = value
    return {
        "headline": tags.get("og:title"),
        "published": tags.get("article:published_time") or tags.get("publish-date") or tags.get("pubdate"),
        "updated": tags.get("article:modified_time") or tags.get("og:updated_time"),
        "author": tags.get("author") if not tags.get("author", "").startswith("http") else None,
        "publisher": tags.get("og:site_name"),
    }


def _htmldate(page: str) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    found = find_date(page, outputformat="%Y-%m-%d", original_date=True, extensive_search=False)
    return found if isinstance(found, str) else None


def _clean(value: Any) -> str | None:
    """A metadata string with its whitespace collapsed and HTML entities decoded: pages escape
    them inside JSON-LD and attributes (``&#039;``, ``&lsquo;``), some twice (``&amp;#039;``)."""
    if not isinstance(value, str):
        return None
    for _ in range(2):
        if "&" not in value:
            break
        value = html.unescape(value)
    value = " ".join(value.split())
    return value or None


# --- text -------------------------------------------------------------------


def visible_lines(tree: Any) -> list[str]:
    """The page's text, one block element a line, as a browser would show it."""
    body = tree.find("body")
    parts: list[str] = []
    _walk(body if body is not None else tree, parts)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return [line for line in lines if line]


def _walk(node: Any, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _SKIP_TAGS:
        if node.tail:
            parts.append(node.tail)
        return
    block = tag in _BLOCK_TAGS
    if block:
        parts.append("\n")
    if node.text and tag:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if node.tail:
        parts.append(node.tail)


def article_window(lines: list[str], headline: str | None, main: str) -> list[str]:
    """From the headline's line to the line that ends the main content, when both are found."""
    start = 0
    if headline:
        key = _squash(headline)
        start = next((i for i, line in enumerate(lines) if _squash(line) == key), 0)
    main_lines = [ln for ln in (" ".join(x.split()) for x in main.split("\n")) if len(ln) > 20]
    end = len(lines)
    if main_lines:
        last = _squash(main_lines[-1])
        hits = [i for i in range(start, len(lines)) if last and last[:60] in _squash(lines[i])]
        if hits:
            end = hits[-1] + 1
    return lines[start:end]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
