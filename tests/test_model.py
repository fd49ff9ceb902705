from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscli.model import Article, Segment

texts = st.text(alphabet=st.sampled_from(["a", "क", "ं", " ", "\n", "\r", "\u200b", "।"]), max_size=40)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(texts)
    bounds = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=5))
    segments = tuple(Segment(min(a, b), max(a, b), "body") for a, b in bounds)
    return Article(text=text, segments=segments)


@given(articles())
def test_content_text_keeps_segments_and_line_breaks_blanks_the_rest(article: Article) -> None:
    content = article.content_text()
    assert len(content) == len(article.text)
    inside = set()
    for seg in article.segments:
        inside.update(range(seg.start, seg.end))
    for i, (orig, seen) in enumerate(zip(article.text, content, strict=True)):
        if i in inside or orig in "\r\n":
            assert seen == orig
        else:
            assert seen == " "
