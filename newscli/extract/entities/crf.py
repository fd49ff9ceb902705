"""A linear-chain CRF's weights and its Viterbi decoder, in numpy.

The model is trained with crfsuite (``scripts/train_ner.py``) and shipped as its
weights (``ner.weights.tsv``): a state weight for each (attribute, label) and a
transition weight for each label pair.  Tagging does not go through crfsuite:
crfsuite looks up every feature string of every token, while here a word's
weights are summed once per distinct word (see ``tagger.py``) and the decoder
below runs on all sentences of a text at once.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...datafiles import data_lines

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float64]
    Labels = npt.NDArray[np.intp]

WEIGHTS_FILE = "ner.weights.tsv"


@dataclass(frozen=True)
class Weights:
    """Labels, the state weights (row ``attributes[a]`` of ``state`` is attribute ``a``'s
    weight for each label) and the transition matrix."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: Matrix  # [attribute, label]
    transitions: Matrix  # [from, to]


def parse_weights(lines: list[str]) -> Weights:
    """Weights from the lines of a weights file (see :func:`format_weights`)."""
    import numpy as np

    labels: tuple[str, ...] = ()
    rows: list[tuple[str, str, str, float]] = []
    for line in lines:
        kind, *fields = line.split("\t")
        if kind == "labels":
            labels = tuple(fields[0].split())
        else:
            first, second, weight = fields
            rows.append((kind, first, second, float(weight)))
    index = {label: i for i, label in enumerate(labels)}
    attributes: dict[str, int] = {}
    for kind, attr, _, _ in rows:
        if kind == "state":
            attributes.setdefault(attr, len(attributes))
    state = np.zeros((len(attributes), len(labels)))
    transitions = np.zeros((len(labels), len(labels)))
    for kind, a, b, w in rows:
        if kind == "state":
            state[attributes[a], index[b]] = w
        elif kind == "trans":
            transitions[index[a], index[b]] = w
        else:
            raise ValueError(f"unknown weight row kind {kind!r}")
    return Weights(labels, attributes, state, transitions)


def format_weights(
    labels: list[str], state: dict[tuple[str, str], float], transitions: dict[tuple[str, str], float]
) -> str:
    """The weights file: a ``labels`` line, then ``state ATTR LABEL W`` and ``trans FROM TO W`` rows, tab-separated."""
    out = [f"# Linear-chain CRF weights for the entity tagger; rebuilt by `make model`.\nlabels\t{' '.join(labels)}"]
    out += [f"trans\t{a}\t{b}\t{w!r}" for (a, b), w in sorted(transitions.items())]
    out += [f"state\t{a}\t{b}\t{w!r}" for (a, b), w in sorted(state.items()) if w]
    return "\n".join(out) + "\n"


@functools.cache
def weights() -> Weights:
    """The shipped model, read at first use."""
    return parse_weights(data_lines("entities", WEIGHTS_FILE))


def decode(emissions: Matrix, bounds: Sequence[tuple[int, int]], transitions: Matrix) -> list[int]:
    """The best label of every row of ``emissions`` (one row a word), sentence by
    sentence; ``bounds`` are the sentences' row ranges (see :func:`decode_array`)."""
    out: list[int] = decode_array(emissions, bounds, transitions).tolist()
    return out


def decode_array(emissions: Matrix, bounds: Sequence[tuple[int, int]], transitions: Matrix) -> Labels:
    """:func:`decode` as an array.

    Viterbi runs on all sentences at once: step ``t`` extends every sentence longer
    than ``t`` by one word, so a text costs as many numpy steps as its longest
    sentence has words, not as many as it has words.  A step is a handful of numpy
    calls on tiny arrays, so their number is what counts: the candidates are laid
    out [sentence, to, from] so that the best previous label is an ``argmax`` over
    the last axis, and its score is read back through that index rather than by a
    second reduction (both are far cheaper than reducing a middle axis).
    """
    import numpy as np

    bounds = [(a, b) for a, b in bounds if b > a]
    if not bounds:
        return np.zeros(len(emissions), dtype=np.intp)
    lengths = np.array([b - a for a, b in bounds])
    order = np.argsort(-lengths, kind="stable")  # longest first: the live sentences are a prefix
    starts = np.array([a for a, _ in bounds])[order]
    lengths = lengths[order]
    longest, n_sent, n_labels = int(lengths[0]), len(bounds), len(transitions)
    steps = np.arange(longest)[:, None]
    # scores[t, s * n_labels + y]: the emission of y at word t of sentence s (its last
    # word again past its end).
    scores = emissions[starts[None, :] + np.minimum(steps, lengths[None, :] - 1)].reshape(longest, -1)
    live = (steps < lengths[None, :]).sum(axis=1).tolist()
    into = np.ascontiguousarray(transitions.T)  # [to, from]
    cand = np.empty((n_sent, n_labels, n_labels))
    # back[t, s * n_labels + y]: the best label at word t - 1 before label y at word t.
    back = np.empty((longest, n_sent * n_labels), dtype=np.intp)
    flat = cand.reshape(-1)
    cell = np.arange(n_sent * n_labels) * n_labels  # where cand[s, y] starts in flat
    at = np.empty(n_sent * n_labels, dtype=np.intp)
    delta = scores[0].copy()  # [sentence * label]: updated in place, a prefix at a time
    finals = np.empty(n_sent * n_labels)
    views = _StepViews(delta, cand, cell, at, n_labels)
    was = n_sent
    for t in range(1, longest):
        now = live[t]
        if now < was:
            finals[now * n_labels : was * n_labels] = delta[now * n_labels : was * n_labels]  # ended at t - 1
            views = _StepViews(delta, cand, cell, at, n_labels, now)
        m = now * n_labels
        np.add(views.previous, into, out=views.cand)
        best = back[t, :m]
        views.rows.argmax(axis=1, out=best)
        np.add(views.cell, best, out=views.at)
        flat.take(views.at, out=views.delta, mode="clip")  # the indices are in range
        views.delta += scores[t, :m]
        was = now
    finals[: was * n_labels] = delta[: was * n_labels]
    return _backtrack(finals.reshape(n_sent, n_labels).argmax(axis=1), back, live, starts, lengths, len(emissions))


class _StepViews:
    """The views of the decoder's arrays that a step with ``now`` live sentences works
    on: they change only when a sentence ends, and making them costs as much as a step."""

    __slots__ = ("at", "cand", "cell", "delta", "previous", "rows")

    def __init__(self, delta: Matrix, cand: Matrix, cell: Labels, at: Labels, n_labels: int, now: int = -1) -> None:
        now = len(cand) if now < 0 else now
        m = now * n_labels
        self.delta = delta[:m]
        self.previous = delta[:m].reshape(now, 1, n_labels)  # [sentence, -, from]
        self.cand = cand[:now]  # [sentence, to, from]
        self.rows = cand[:now].reshape(m, n_labels)
        self.cell = cell[:m]
        self.at = at[:m]


def _backtrack(last: Labels, back: Labels, live: list[int], starts: Labels, lengths: Labels, size: int) -> Labels:
    """Every sentence's path back from its best last label, all sentences at once: a
    sentence's path starts at its last word, and the live sentences are always a prefix."""
    import numpy as np

    n_sent = len(last)
    n_labels = back.shape[1] // n_sent
    path = np.empty((len(live), n_sent), dtype=np.intp)
    path[lengths - 1, np.arange(n_sent)] = last
    row = np.arange(n_sent) * n_labels
    at = np.empty(n_sent, dtype=np.intp)
    for t in range(len(live) - 1, 0, -1):
        now = live[t]
        np.add(row[:now], path[t, :now], out=at[:now])
        back[t].take(at[:now], out=path[t - 1, :now], mode="clip")  # the indices are in range
    steps = np.arange(len(live))[:, None]
    inside = steps < lengths[None, :]
    out = np.zeros(size, dtype=np.intp)
    out[(starts[None, :] + steps)[inside]] = path[inside]
    return out
