"""The statistical tagger: a linear-chain CRF (python-crfsuite) trained on
IL-NER by ``scripts/train_ner.py`` and shipped as package data."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Sequence
from importlib import resources
from typing import Any

from ...errors import NewscliError
from .features import Match, sentence_features

MODEL_FILE = "ner.crfsuite"
_files = contextlib.ExitStack()


@functools.cache
def _tagger() -> Any:
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise NewscliError("entity tagging needs python-crfsuite (pip install python-crfsuite)") from exc
    ref = resources.files("newscli").joinpath("data", "hi", "entities", MODEL_FILE)
    if not ref.is_file():
        raise NewscliError(f"the entity model {MODEL_FILE} is missing; rebuild it with `make model`")
    path = _files.enter_context(resources.as_file(ref))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag_words(words: Sequence[str], matches: Sequence[Match] | None = None) -> list[str]:
    """IOB2 tags (B-PER, I-LOC, O, ...) for one sentence of words."""
    if not words:
        return []
    features = sentence_features(words, matches)
    try:
        tags: list[str] = _tagger().tag(features)
    except SystemError:
        # crfsuite cannot encode lone surrogates (a JSON string may hold one): tag their stand-ins.
        tags = _tagger().tag([[_encodable(f) for f in item] for item in features])
    return tags


def _encodable(feature: str) -> str:
    return feature.encode("utf-8", "replace").decode("utf-8")


def tag_spans(words: Sequence[str], matches: Sequence[Match] | None = None) -> list[tuple[int, int, str]]:
    """The tagged entities of one sentence as (start, end, type) word ranges."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate(tag_words(words, matches)):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    if start >= 0:
        spans.append((start, len(words), typ))
    return spans
