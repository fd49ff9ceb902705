"""Where the story sits on the page: head (headline, summary, bylines), body, captions, tail.

The page is read top-down: metadata lines (dates, bylines, outlet names) close the head; the
body opens with the first paragraph after them, or with the paragraph that carries the
dateline; the tail starts at the first "next story"/footer marker after the body began.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.article.captions import find_captions, has_marker, is_participle_caption
from newscli.article.classify import BLANK, FURNITURE, LABEL, META, OUTLET, TAIL, TEXT, LineInfo
from newscli.article.credits import Credit, ends_with_surname, is_name_like
from newscli.article.datelines import Dateline, find_dateline_prefix, parse_dateline_line
from newscli.article.furniture import is_gallery_counter, is_see_also, is_widget
from newscli.article.resources import fold, nfc_pieces, word_set

# Paragraphs a dek may put before the head's last metadata line (seed: headline, dek, byline).
_DEK_BEFORE_BYLINE = 1
# Paragraphs after the head searched for a dateline (a dek may come first).
_DATELINE_SEARCH = 2
# Paragraphs after which an outlet's name is a teaser label in the page's tail.
_BODY_BEFORE_TEASERS = 2
# Lines without Devanagari in a row, after the story began, that start a Hindi page's tail.
_LATIN_RUN = 3
# Short lines in a row closing a body that make a menu or link list, and the most words of each.
_MENU_RUN = 3
_MENU_WORDS = 6
# Paragraphs a labelled summary may hold before the dateline paragraph.
_LABELLED_SUMMARY_PARAGRAPHS = 4
# Characters compared when a dek is repeated as the body's opening.
_DEK_PREFIX = 40
# Words compared when a dek is repeated (edited) after the dateline, and the share that must match.
_OPENING_WORDS = 8
_OPENING_SHARE = (3, 4)
# Punctuation stripped from the ends of words compared between a dek and a paragraph.
_WORD_PUNCTUATION = "।॥|,.:;!?'\"()[]‘’“”-–—"
_WORD_CHARS = re.compile(r"\w+")
_DIGIT = re.compile(r"[0-9\u0966-\u096f]")


@dataclass(frozen=True, slots=True)
class Layout:
    headline: int | None = None
    summary: tuple[int, ...] = ()
    body: tuple[int, ...] = ()
    captions: tuple[int, ...] = ()
    dateline: Dateline | None = None  # printed at the start of body[0]
    dateline_line: tuple[int, Credit] | None = None  # printed on a line of its own
    author_line: int | None = None
    head_end: int = -1  # the head's last metadata line
    tail: int = 0  # first line of the page's tail
    is_article: bool = True


def find_tail(infos: Sequence[LineInfo]) -> int:
    """Where the page's tail starts: a tail marker after a paragraph, an outlet's label after the
    body (teaser lists print "PunjabKesari TV" under each teaser), or a run of lines without
    Devanagari after the story's last long paragraph (a Hindi story's page prints its comment
    form, ad blocks, keyword strip and footer links in English); the page's end when there is none."""
    paragraphs = 0
    latin_run: list[int] = []
    # English lines followed by more of the story are an embed (a tweet, a quoted statement)
    last_long = max((i.index for i in infos if i.kind == TEXT and i.devanagari and i.words >= 14), default=-1)
    for info in infos:
        if info.kind == TEXT and not info.devanagari and paragraphs:
            latin_run.append(info.index)
            if len(latin_run) == _LATIN_RUN and latin_run[0] > last_long:
                return latin_run[0]
            continue
        if info.kind not in (BLANK, FURNITURE):
            latin_run = []
        if info.kind == TEXT and info.paragraph and not info.title_like:
            paragraphs += 1
        elif info.kind == TAIL and paragraphs:
            return info.index
        elif info.kind == OUTLET and paragraphs >= _BODY_BEFORE_TEASERS:
            return _teaser_run_start(infos, info.index)
    return len(infos)


def _teaser_run_start(infos: Sequence[LineInfo], i: int) -> int:
    """The first of the short lines printed right above a teaser label."""
    while i > 0 and infos[i - 1].kind == TEXT and not (infos[i - 1].paragraph and not infos[i - 1].title_like):
        i -= 1
    return i


def find_head_end(infos: Sequence[LineInfo], tail: int) -> int:
    """The last metadata line of the head (-1 when the page prints none)."""
    paragraphs = 0
    head_end = -1
    for info in infos[:tail]:
        if info.kind == TEXT and info.paragraph and not info.title_like:
            paragraphs += 1
        elif info.kind in (META, OUTLET, LABEL) and paragraphs <= _DEK_BEFORE_BYLINE:
            head_end = info.index
    return head_end


def _previous(infos: Sequence[LineInfo], i: int) -> LineInfo | None:
    for j in range(i - 1, -1, -1):
        if infos[j].kind != BLANK:
            return infos[j]
    return None


def _next(infos: Sequence[LineInfo], i: int, tail: int) -> LineInfo | None:
    for j in range(i + 1, min(tail, len(infos))):
        if infos[j].kind != BLANK:
            return infos[j]
    return None


def _alone_dateline(infos: Sequence[LineInfo], i: int, tail: int) -> Credit | None:
    """A dateline on its own line, right before a paragraph (after the headline, dek or byline)."""
    info = infos[i]
    after = _next(infos, i, tail)
    if after is None or after.kind != TEXT or not after.paragraph:
        return None
    return parse_dateline_line(info.text, info.line.start)


def find_body_start(
    infos: Sequence[LineInfo], head_end: int, tail: int
) -> tuple[int | None, Dateline | None, tuple[int, Credit] | None]:
    """The body's first line and the dateline that opens it (in the paragraph or on its own line).

    The dateline may open the second paragraph only when the first is a dek that the second repeats
    or the dateline credits a reporter, desk or agency; or a few paragraphs down when the head ends
    with a summary label ("HighLights", "सार").
    """
    labelled = head_end >= 0 and infos[head_end].kind == LABEL
    paragraphs = 0
    first_paragraph: int | None = None
    for info in infos[head_end + 1 : tail]:
        if info.kind != TEXT or info.garbled:
            continue
        if info.paragraph and not (info.title_like and first_paragraph is None):
            dateline = find_dateline_prefix(info.text, info.line.start)
            if first_paragraph is None:
                first_paragraph = info.index
                if dateline is not None:
                    return info.index, dateline, None
                continue
            paragraphs += 1
            if dateline is not None and (
                labelled
                or _repeats(infos[first_paragraph].text, info.text, dateline, info.line.start)
                or (_follows(infos, info.index, first_paragraph) and is_credited(dateline))
            ):
                return info.index, dateline, None
            if not labelled or paragraphs >= _LABELLED_SUMMARY_PARAGRAPHS:
                break
            continue
        if info.words <= 5:
            alone = _alone_dateline(infos, info.index, tail)
            if alone is not None:
                after = _next(infos, info.index, tail)
                return (after.index if after else None), None, (info.index, alone)
    if first_paragraph is None:
        texts = [i.index for i in infos[head_end + 1 : tail] if i.kind == TEXT]
        first_paragraph = texts[0] if texts else None
    return first_paragraph, None, None


def _follows(infos: Sequence[LineInfo], i: int, j: int) -> bool:
    """Line ``i`` comes right after line ``j`` (blank lines aside): no headline between them, as
    in a day's file of stories where a new story's title precedes its dateline."""
    before = _previous(infos, i)
    return before is not None and before.index == j


def is_credited(dateline: Dateline) -> bool:
    """A dateline that credits someone ("नईदुनिया प्रतिनिधि, इंदौर।", "अनिल शर्मा, आगरा।",
    "नई दिल्ली, एजेंसी ।") or is dated: only a story's own opening prints one, so the paragraph
    above it is a dek even when it does not repeat the lead."""
    credit = dateline.credit
    return credit.generic or bool(credit.outlets) or credit.person is not None or credit.dated


def _repeats(dek: str, paragraph: str, dateline: Dateline, base: int) -> bool:
    """The paragraph, after its dateline, opens with the dek's words (an edited copy counts)."""
    key = _norm_start(dek)
    if len(key) < _DEK_PREFIX // 2:
        return False
    return _similar_openings(dek, paragraph[dateline.text_start - base :])


def _similar_openings(dek: str, paragraph: str) -> bool:
    """Most of the dek's first words open the paragraph too: desks re-edit the dek they copy from
    the lead ("के वंशज को" / "के वंश को", a doubled "की की"), so an exact prefix is too strict."""
    dek_words = _opening_words(dek, _OPENING_WORDS)
    if len(dek_words) < _OPENING_WORDS:
        return False
    para_words = set(_opening_words(paragraph, _OPENING_WORDS + 2))
    shared = sum(1 for w in dek_words if w in para_words)
    return shared * _OPENING_SHARE[1] >= len(dek_words) * _OPENING_SHARE[0]


def _opening_words(text: str, n: int) -> list[str]:
    """The first ``n`` words of the text (NFC, edge punctuation stripped); the rest is not read."""
    words: list[str] = []
    for piece in nfc_pieces(text, 20 * n):
        for word in piece.split():
            word = word.strip(_WORD_PUNCTUATION)
            if word:
                words.append(word)
                if len(words) == n:
                    return words
    return words


def _norm_start(text: str) -> str:
    """The opening of the text's words joined by single spaces (punctuation dropped), cut at _DEK_PREFIX
    characters: only the words that reach the cut are read, not the whole paragraph."""
    words: list[str] = []
    opening = ""
    for piece in nfc_pieces(text, 2 * _DEK_PREFIX):
        words += _WORD_CHARS.findall(piece)
        opening = " ".join(words)
        if len(opening) >= _DEK_PREFIX:
            break
    return opening[:_DEK_PREFIX]


def _dek_repeated(infos: Sequence[LineInfo], first: int, tail: int) -> int | None:
    """A dek printed again as the opening of a later paragraph: the next paragraph starts the body."""
    key = _norm_start(infos[first].text)
    if len(key) < _DEK_PREFIX:
        return None
    later = [i for i in infos[first + 1 : tail] if i.kind == TEXT and i.paragraph][:3]
    for info in later:
        dateline = find_dateline_prefix(info.text, 0)
        text = info.text[dateline.text_start :] if dateline else info.text
        if _norm_start(text) == key:
            return later[0].index
    return None


def _aggregator_dek(infos: Sequence[LineInfo], first: int, tail: int) -> int | None:
    """Headline, a bare source line, then the dek: "title / AajTak / dek / body"."""
    source = _previous(infos, first)
    if source is None or source.kind != OUTLET:
        return None
    title = _previous(infos, source.index)
    if title is None or title.kind != TEXT or not title.title_like:
        return None
    later = [i for i in infos[first + 1 : tail] if i.kind == TEXT and i.paragraph]
    return later[0].index if later else None


def _is_captionish(info: LineInfo) -> bool:
    return has_marker(info.text) or is_participle_caption(info.text)


def choose_headline(infos: Sequence[LineInfo], body_start: int, exclude: set[int]) -> int | None:
    """The last title-like line above the first date or byline line; else the first one below it."""

    def candidate(info: LineInfo) -> bool:
        return (
            info.kind == TEXT
            and info.title_like
            and info.index not in exclude
            and not _is_captionish(info)
            and not opens_dependent_clause(info.text)
        )

    first_meta = next(
        (i.index for i in infos[:body_start] if i.kind == META),
        None,
    )
    if first_meta is None:
        first_meta = next(
            (i.index for i in infos[:body_start] if i.kind == OUTLET and _previous(infos, i.index) is not None),
            body_start,
        )
    above = [i.index for i in infos[:first_meta] if candidate(i)]
    if above:
        return _title_over_dek(infos, above)
    below = [i.index for i in infos[first_meta:body_start] if candidate(i)]
    return _title_over_dek(infos, below[:2]) if below else None


def _title_over_dek(infos: Sequence[LineInfo], candidates: list[int]) -> int:
    """The last candidate, unless it is a dek printed right under the title (as long or longer)."""
    last = candidates[-1]
    before = _previous(infos, last)
    if before is not None and before.index in candidates and before.words <= infos[last].words:
        return before.index
    return last


def find_layout(infos: Sequence[LineInfo]) -> Layout:
    tail = find_tail(infos)
    head_end = find_head_end(infos, tail)
    body_start, dateline, dateline_line = find_body_start(infos, head_end, tail)
    if body_start is None:
        return Layout(head_end=head_end, tail=tail, is_article=False)
    deks: list[int] = []
    if dateline is None and dateline_line is None and infos[body_start].paragraph:
        nxt = _aggregator_dek(infos, body_start, tail) or _dek_repeated(infos, body_start, tail)
        if nxt is not None:
            deks.append(body_start)
            body_start = nxt
            dateline = find_dateline_prefix(infos[nxt].text, infos[nxt].line.start)
    alone = {dateline_line[0]} if dateline_line else set()
    author_line = _author_line(infos, head_end, body_start)
    exclude = alone | set(deks) | ({author_line} if author_line is not None else set())
    headline = choose_headline(infos, body_start, exclude)
    low = headline if headline is not None else -1
    summary = [
        i.index
        for i in infos[low + 1 : body_start]
        if i.kind == TEXT
        and (
            i.paragraph
            or (low >= 0 and i.title_like and _previous(infos, i.index) is infos[low])
            or (head_end >= 0 and infos[head_end].kind == LABEL and i.index > head_end)
        )
        and not i.garbled
        and i.index not in exclude
        and not _same_text(infos, i.index, headline)
    ] + deks
    lead = _lead_captions(infos, max(low, head_end), body_start, exclude | set(summary))
    body = _without_trailing_furniture(infos, [i.index for i in infos[body_start:tail] if i.kind == TEXT])
    body = [i for i in body if not _widget_label(infos, i) and not _linked_title(infos, i)]
    caption_set = find_captions(infos, body) | lead | _gallery_captions(infos, body)
    captions = sorted(caption_set)
    body = [i for i in body if i not in caption_set]
    bylined = bool(head_end >= 0 or dateline or dateline_line or summary)
    is_article = bylined or len(body) >= 2
    if not is_article:
        headline, summary = None, []
    elif not bylined and headline is not None and looks_like_fragment(infos[headline].text):
        headline = None  # a body-only page: its first line is the story breaking off, not a title
    return Layout(
        headline=headline,
        summary=tuple(sorted(summary)),
        body=tuple(body),
        captions=tuple(captions),
        dateline=dateline,
        dateline_line=dateline_line,
        author_line=author_line,
        head_end=head_end,
        tail=tail,
        is_article=is_article,
    )


def _without_trailing_furniture(infos: Sequence[LineInfo], body: list[int]) -> list[int]:
    """The body of a Devanagari story without the closing lines that are page furniture.

    What a page prints between a Hindi story and its footer in Latin script is its furniture: a
    reaction widget ("What's your Reaction?", "+1"), a theme's link ("Exit mobile version", "Don't
    Miss"), "Read more at:" and a URL.  So is a closing run of three or more short lines of a few
    words each, none a sentence: related links and share buttons ("← वापस मुख्य पृष्ठ", "📤 खबर
    शेयर करें").  One or two short Devanagari lines stay: a copied story is often cut off after a
    word or two of its next paragraph ("आज पूर्व प्रधानमंत्").
    """
    end = len(body)
    while end > 0 and not infos[body[end - 1]].devanagari:
        end -= 1
    run = end
    while run > 0 and _menu_like(infos[body[run - 1]]):
        run -= 1
    if end - run >= _MENU_RUN and run > 0:
        end = run
    return body[:end] if end > 0 else body


def _widget_label(infos: Sequence[LineInfo], i: int) -> bool:
    """A word or two next to a widget's value ("दिल्ली" over "32°C"): the widget's label."""
    info = infos[i]
    if info.paragraph or info.words > 2:
        return False
    near = [_previous(infos, i), _next(infos, i, len(infos))]
    return any(n is not None and n.kind == FURNITURE and is_widget(n.text) for n in near)


def _linked_title(infos: Sequence[LineInfo], i: int) -> bool:
    """The title line under a "see also" label ("ये भी पढ़ें –"): another story's link."""
    before = _previous(infos, i)
    return infos[i].title_like and before is not None and before.kind == FURNITURE and is_see_also(before.text)


def _gallery_captions(infos: Sequence[LineInfo], body: list[int]) -> set[int]:
    """The short line under a gallery counter ("2/10") is that photo's caption."""
    out = set()
    for i in body:
        before = _previous(infos, i)
        if not infos[i].paragraph and before is not None and is_gallery_counter(before.text):
            out.add(i)
    return out


def _menu_like(info: LineInfo) -> bool:
    """A link or button line: short, no sentence, and no figures or tabs, which make a table's row
    ("महाराष्ट्र	302	1364", "10 अप्रैल : एक मरीज डिस्चार्ज") that closes many a story."""
    text = info.text
    return (
        not info.paragraph
        and info.words <= _MENU_WORDS
        and not text.endswith(("।", ".", "?", "!"))
        and "\t" not in text
        and _DIGIT.search(text) is None
    )


def opens_dependent_clause(text: str) -> bool:
    """The line opens with a relative or subordinating word ("जिससे …"): the tail of a sentence."""
    words = fold(text).split()
    return bool(words) and words[0] in word_set("article_clause_openers.txt")


def looks_like_fragment(text: str) -> bool:
    """A line cut out of a sentence: it opens with a connective, ends on a function word,
    or reports speech with "कि"."""
    words = fold(text).split()
    if not words:
        return True
    return (
        words[0] in word_set("article_fragment_openers.txt")
        or words[-1] in word_set("article_dangling_words.txt")
        or "कि" in words
    )


def _same_text(infos: Sequence[LineInfo], i: int, j: int | None) -> bool:
    return j is not None and fold(infos[i].text) == fold(infos[j].text)


def _author_line(infos: Sequence[LineInfo], head_end: int, body_start: int) -> int | None:
    """A bare name printed right under the date line ("दिनांक 22-जुलाई-2019" / "सुनील राय"), right
    over it ("सुनील शर्मा" / "5 मार्च 2022"), or between the title and the story's first paragraph
    ("प्रकाश शुक्ला"), the last two ending with a known surname; a topic page's name over its first
    paragraph, with no title above, is no byline."""
    for info in infos[head_end + 1 : body_start]:
        if info.kind == BLANK:
            continue
        before = _previous(infos, info.index)
        if (
            info.kind == TEXT
            and before is not None
            and before.kind == META
            and before.dates
            and is_name_like(info.text)
            and (ends_with_surname(info.text) or parse_dateline_line(info.text) is None)
        ):
            return info.index
        break
    dated = next(
        (i for i in infos[:body_start] if i.kind == META and i.dates and not (i.byline and i.byline.person)), None
    )
    above = _previous(infos, dated.index) if dated is not None else None
    if above is not None and _bare_name(above):
        return above.index  # "राम कुमार" / "5 मार्च 2022": the name over the date line
    last = _previous(infos, body_start)
    if last is not None and last.index > head_end and _bare_name(last):
        title = _previous(infos, last.index)
        if title is not None and title.kind == TEXT and title.title_like:
            return last.index
    return None


def _bare_name(info: LineInfo) -> bool:
    """A line that is a person's name alone: two or three words ending with a known surname."""
    return (
        info.kind == TEXT
        and not info.paragraph
        and 2 <= info.words <= 3
        and is_name_like(info.text)
        and ends_with_surname(info.text)
    )


def _lead_captions(infos: Sequence[LineInfo], after: int, body_start: int, exclude: set[int]) -> set[int]:
    """Short lines between the head and the first paragraph: the lead picture's caption.

    A title-like line there is a subhead (live-blog items: stamp, item title, text) unless marked."""
    if after < 0:
        return set()
    return {
        i.index
        for i in infos[after + 1 : body_start]
        if i.kind == TEXT
        and not i.paragraph
        and i.index not in exclude
        and i.words >= 3
        and (not i.title_like or _is_captionish(i))
    }
