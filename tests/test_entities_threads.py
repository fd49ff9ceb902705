"""The entity tagger from several threads at once gives what a sequential run gives."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from newscli.extract.entities import extract_entities

_CONSONANTS = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
_SIGNS = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", "ं"]


def _unseen_word(rng: random.Random) -> str:
    """A made-up Devanagari word, so every text brings the tagger new words to table."""
    return "".join(rng.choice(_CONSONANTS) + rng.choice(_SIGNS) for _ in range(rng.randint(2, 5)))


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    frames = [
        "{a} {b} ने {c} में कहा कि {d} सरकार ने {e} को नोटिस भेजा है।",
        "मुख्यमंत्री {a} {b} ने {c} जिले के {d} गांव का दौरा किया।",
        "{a} पुलिस ने {b} {c} को {d} से गिरफ्तार किया। {e} ने बताया कि जांच जारी है।",
    ]
    out = []
    for _ in range(n):
        sentences = [
            rng.choice(frames).format(**{k: _unseen_word(rng) for k in "abcde"}) for _ in range(rng.randint(1, 6))
        ]
        out.append(" ".join(sentences))
    return out


def test_eight_threads_give_the_sequential_entities() -> None:
    texts = _texts(400, seed=14)
    expected = [extract_entities(t) for t in texts]
    # Texts of new words too, so threads add rows to the word table while others read it.
    fresh = _texts(400, seed=15)
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(extract_entities, [*texts, *fresh]))
    assert got[: len(texts)] == expected
    assert got[len(texts) :] == [extract_entities(t) for t in fresh]


def test_a_tagger_from_a_weights_file_is_the_one_used(tmp_path: Path) -> None:
    from newscli.extract.entities.crf import format_weights
    from newscli.extract.entities.spelling import spelling_key
    from newscli.extract.entities.tagger import Tagger

    word = _unseen_word(random.Random(3))
    text = f"कल {word} आया।"
    weights = tmp_path / "tiny.weights.tsv"
    state = {(f"w={spelling_key(word)}", "B-PER"): 9.0, ("bias", "O"): 1.0}
    weights.write_text(format_weights(["O", "B-PER", "I-PER"], state, {}), encoding="utf-8")
    found = [(e.text, e.type) for e in extract_entities(text, Tagger.from_file(weights))]
    assert found == [(word, "PER")]


def test_the_shipped_weights_read_from_a_file_tag_as_the_default_tagger() -> None:
    from importlib import resources

    from newscli.extract.entities.tagger import WEIGHTS_FILE, Tagger

    path = resources.files("newscli").joinpath("data", "hi", "entities", WEIGHTS_FILE)
    with resources.as_file(path) as p:
        tagger = Tagger.from_file(p)
    for text in _texts(30, seed=4):
        assert extract_entities(text, tagger) == extract_entities(text)
