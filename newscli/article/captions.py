"""Photo captions among the short lines of a story.

A short line is a caption when it carries a photo marker ("(फाइल फोटो)", "(दाएं से)"), when the
same short line is printed again (an image and its caption repeat), when it is a participle
phrase naming who is shown ("जानकारी देते एएसपी"), or when it sits right above a subhead.
Everything else short stays in the body as a subhead.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from newscli.article.classify import BLANK, TEXT, LineInfo
from newscli.article.outlets import outlet_at_start
from newscli.article.resources import alternation, fold, word_list, word_set

# Longest line read as a caption because it ends with a photo credit.
_MAX_MARKED_CAPTION_WORDS = 25
# Longest caption read from its place above a subhead.
_MAX_SHORT_CAPTION_WORDS = 8
_LIST_ITEM = re.compile(r"[-–—•*.·]|\(?[0-9०-९]{1,2}[.)]")
# Longest short line read as a caption by the participle rule.
_MAX_PARTICIPLE_WORDS = 10
# A bracketed marker or credit closing the line, left out of its repetition key.
_TRAILING_BRACKET = re.compile(r"\([^()]{0,60}\)[ \u00a0.।]*\Z")


@functools.cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A marker in brackets, one before a colon, one opening the line before a comma.

    Three patterns, not one alternation: each holds a character ('(', ':' or ',') a line is checked
    for before it is searched, and the bracket pattern is found by scanning for its '('.
    """
    markers = alternation(word_list("article_caption_markers.txt"))
    return (
        re.compile(rf"\((?:[^()]{{0,40}}[ \u00a0/:-])?(?:{markers})(?:[ \u00a0/:-][^()]{{0,40}})?\)", re.IGNORECASE),
        re.compile(rf"(?:{markers})[ \u00a0]*:", re.IGNORECASE),
        re.compile(rf"(?:{markers})[ \u00a0]*,", re.IGNORECASE),
    )


def _marked(text: str) -> bool:
    bracketed, before_colon, opening = _markers()
    return (
        ("(" in text and bracketed.search(text) is not None)
        or (":" in text and before_colon.search(text) is not None)
        or ("," in text and opening.match(text) is not None)
    )


def has_marker(text: str) -> bool:
    """A photo marker: "(फाइल फोटो)", "(दाएं से)", "फोटो: …", or an outlet credit "(ETV Bharat Odisha)"."""
    if _marked(text) or fold(text.strip(" .।")) in word_set("article_caption_markers.txt"):
        return True
    bracket = re.search(r"\(([^()]{2,60})\)[ \u00a0.।]*\Z", text)
    if bracket is None:
        return False
    return outlet_at_start(bracket.group(1)) is not None


def caption_key(text: str) -> str:
    """Repetition key: the line without its trailing marker and punctuation."""
    # fold normalises (NFC) itself; stripping these characters first gives the same key, as NFC never
    # joins them to a neighbour, and spares normalising the line twice
    return fold(_TRAILING_BRACKET.sub("", text).rstrip(" \u00a0.।:!"))


def is_participle_caption(text: str) -> bool:
    """ "जानकारी देते एएसपी", "संगोष्ठी को संबोधित करते डॉ. …": who is doing what in the picture."""
    finite = word_set("article_finite_verbs.txt")
    participles = word_set("article_caption_participles.txt")
    for clause in re.split(r"[।|]", text):
        words = clause.split()
        if not 2 <= len(words) <= _MAX_PARTICIPLE_WORDS:
            continue
        # "करते ही" (as soon as) opens a clause, not a caption
        has_participle = any(fold(words[i]) in participles and words[i + 1] != "ही" for i in range(1, len(words) - 1))
        # a finite verb makes the clause a sentence; looked for only when a participle was found (rarely)
        if has_participle and not any(fold(w.strip(",.:")) in finite for w in words):
            return True
    return False


def find_captions(infos: Sequence[LineInfo], body: Sequence[int]) -> set[int]:
    """Indices of the caption lines among the body lines ``body`` (in page order)."""
    short = {i for i in body if infos[i].kind == TEXT and not infos[i].paragraph}
    key_of = {i: caption_key(infos[i].text) for i in short}
    keys = Counter(key_of.values())
    captions: set[int] = set()
    for pos, i in enumerate(body):
        info = infos[i]
        if i not in short:
            # a longer caption still ends with its photo credit ("… (ETV Bharat Odisha)")
            if info.kind == TEXT and info.words <= _MAX_MARKED_CAPTION_WORDS and _ends_with_marker(info.text):
                captions.add(i)
            continue
        if _ends_as_subhead(info.text):
            continue
        last = pos == len(body) - 1
        repeated = keys[key_of[i]] > 1 and _LIST_ITEM.match(info.text) is None
        marked = has_marker(info.text) or (repeated and not re.search(r"[:;|]", info.text))
        if marked or (not last and (is_participle_caption(info.text) or _above_subhead(infos, i))):
            captions.add(i)
    return captions


def _ends_with_marker(text: str) -> bool:
    tail = re.search(r"(?:\([^()]{2,60}\)|[-–][ \u00a0]*(?:फोटो|फ़ोटो|Photo)[ \u00a0]*:[^()]{1,40})[ \u00a0.।]*\Z", text)
    return tail is not None and has_marker(tail.group())


def _caption_shaped(text: str) -> bool:
    """A few words naming what is shown: no list marker, figures, separators or final stop."""
    words = text.split()
    return (
        1 <= len(words) <= _MAX_SHORT_CAPTION_WORDS
        and _LIST_ITEM.match(text) is None
        and not any(map(str.isdigit, text))
        and not re.search(r"[:;|]| - |-\Z|[।.]\Z", text)
    )


def _ends_as_subhead(text: str) -> bool:
    return text.rstrip().endswith((":", "?", "!"))


def _above_subhead(infos: Sequence[LineInfo], i: int) -> bool:
    """Exactly two short lines with no blank between, then a paragraph: the first is the picture's
    caption, the second the subhead. Longer runs of short lines are lists, not captions."""
    if i + 1 >= len(infos) or not _caption_shaped(infos[i].text):
        return False
    if i > 0 and infos[i - 1].kind == TEXT and not infos[i - 1].paragraph:
        return False
    nxt = infos[i + 1]
    if nxt.kind != TEXT or nxt.paragraph:
        return False
    for j in range(i + 2, len(infos)):
        later = infos[j]
        if later.kind == BLANK:
            continue
        return later.kind == TEXT and later.paragraph
    return False
