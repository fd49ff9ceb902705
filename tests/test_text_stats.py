from __future__ import annotations

import json
from pathlib import Path

from newscli.text.sentences import split_sentences
from newscli.text.stats import WORDS_PER_MINUTE, text_stats
from newscli.text.tokenize import tokenize


def stats(text: str) -> dict[str, object]:
    tokens = tokenize(text)
    return text_stats(text, tokens, split_sentences(text, tokens))


def test_counts() -> None:
    s = stats("भाजपा ने 80 सीटें जीतीं। BJP जीती!")
    assert s["characters"] == len("भाजपा ने 80 सीटें जीतीं। BJP जीती!")
    assert s["tokens"] == 9
    assert s["words"] == 7  # punctuation is not a word, the number is
    assert s["sentences"] == 2
    assert s["mean_sentence_words"] == 3.5


def test_type_token_ratio_uses_norms() -> None:
    s = stats("हिन्दी हिंदी हिंदी संतोष")
    assert s["type_token_ratio"] == 0.5


def test_script_shares() -> None:
    s = stats("कख ab 12 !")
    assert s["non_space_characters"] == 7
    assert s["devanagari_share"] == round(2 / 7, 4)
    assert s["latin_share"] == round(2 / 7, 4)
    assert s["digit_share"] == round(2 / 7, 4)
    assert s["other_share"] == round(1 / 7, 4)


def test_top_words_skip_stop_words_and_merge_spellings() -> None:
    s = stats("भाजपा की बैठक में हिन्दी और हिंदी पर भाजपा ने चर्चा की और भाजपा के नेता आए।")
    top = s["top_words"]
    assert isinstance(top, list)
    assert top[0] == {"word": "भाजपा", "count": 3}
    assert top[1] == {"word": "हिंदी", "count": 2}
    words = {d["word"] for d in top}
    assert not words & {"की", "में", "और", "पर", "ने", "के"}


def test_top_words_are_at_most_ten() -> None:
    text = " ".join(f"शब्द{chr(0x915 + i)}" for i in range(20))
    top = stats(text)["top_words"]
    assert isinstance(top, list) and len(top) == 10


def test_reading_time() -> None:
    s = stats(" ".join(["बैठक"] * 400))
    assert s["words_per_minute"] == WORDS_PER_MINUTE
    assert s["reading_time_minutes"] == round(400 / WORDS_PER_MINUTE, 2)


def test_empty_text() -> None:
    s = stats("")
    assert s["words"] == 0 and s["type_token_ratio"] == 0.0 and s["top_words"] == []
    assert s["devanagari_share"] == 0.0 and s["reading_time_minutes"] == 0.0


def test_seed_is_json_serialisable(seed_path: Path) -> None:
    s = stats(seed_path.read_text(encoding="utf-8"))
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
    top = [d["word"] for d in s["top_words"]]  # type: ignore[union-attr]
    assert "भाजपा" in top and "लोकसभा" in top
