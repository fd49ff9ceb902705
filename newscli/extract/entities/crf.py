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
    sentence; ``bounds`` are the sentences' row ranges.

    Viterbi runs on all sentences at once: step ``t`` extends every sentence longer
    than ``t`` by one word, so a text costs as many numpy steps as its longest
    sentence has words, not as many as it has words.
    """
    import numpy as np

    bounds = [(a, b) for a, b in bounds if b > a]
    if not bounds:
        return [0] * len(emissions)
    lengths = np.array([b - a for a, b in bounds])
    order = np.argsort(-lengths, kind="stable")  # longest first: the live sentences are a prefix
    starts = np.array([a for a, _ in bounds])[order]
    lengths = lengths[order]
    longest = int(lengths[0])
    steps = np.arange(longest)[:, None]
    # scores[t, s]: the emissions of word t of sentence s (its last word again past its end).
    scores = emissions[starts[None, :] + np.minimum(steps, lengths[None, :] - 1)]
    live = (steps < lengths[None, :]).sum(axis=1).tolist()
    n_labels = len(transitions)
    finals = np.empty((len(bounds), n_labels))
    back = np.empty((longest, len(bounds), n_labels), dtype=np.intp)  # back[t]: best label at t - 1
    delta = scores[0]
    was = len(bounds)
    for t in range(1, longest):
        now = live[t]
        finals[now:was] = delta[now:was]  # sentences that ended at t - 1
        cand = delta[:now, :, None] + transitions  # [sentence, from, to]
        back[t, :now] = cand.argmax(axis=1)
        delta = cand.max(axis=1) + scores[t, :now]
        was = now
    finals[:was] = delta[:was]
    # Back from each sentence's end, all sentences at once: a sentence joins when t
    # reaches its last word, and the live sentences are always a prefix.
    path = np.empty((longest, len(bounds)), dtype=np.intp)
    y = finals.argmax(axis=1)
    for t in range(longest - 1, -1, -1):
        now = live[t]
        path[t, :now] = y[:now]
        if t:
            y[:now] = back[t, np.arange(now), y[:now]]
    inside = steps < lengths[None, :]
    out = np.zeros(len(emissions), dtype=np.intp)
    out[(starts[None, :] + steps)[inside]] = path[inside]
    return out.tolist()
