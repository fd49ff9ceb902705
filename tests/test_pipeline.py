from __future__ import annotations

from newscli.model import Article, Entity, Segment, Sentence
from newscli.pipeline import _inside_segments, _within_segments

TEXT = "लखनऊ : भाजपा ने बैठक की. दिल्ली में भी।"
#       0    5 7


def article() -> Article:
    return Article(text=TEXT, segments=(Segment(0, 4, "dateline"), Segment(7, len(TEXT), "body")))


def test_a_span_bridging_blanked_furniture_is_dropped() -> None:
    inside = Entity(7, 12, "भाजपा", "ORG", "भाजपा")
    bridging = Entity(0, 12, "लखनऊ   भाजपा", "LOC", "x")
    assert _inside_segments(article(), [bridging, inside]) == [inside]


def test_sentences_are_cut_at_segment_edges_with_original_text() -> None:
    glued = Sentence(0, 25, "लखनऊ   भाजपा ने बैठक की.")
    got = _within_segments(article(), [glued])
    assert [(s.text, TEXT[s.start : s.end]) for s in got] == [("लखनऊ", "लखनऊ"), ("भाजपा ने बैठक की.", "भाजपा ने बैठक की.")]
