"""The word data of numbers, dates and times, folded for lookup and loaded once.

Every word of the data files and every word of the text is looked up by its *key*:
NFC, nukta dropped (हज़ार = हजार, करोड़ = करोड), chandrabindu as anusvara (पाँच = पांच),
a nasal consonant with virama before a consonant as anusvara (पन्द्रह = पंद्रह), long
i/u as short (उन्नीस = उन्निस), zero-width joiners dropped, Latin lowercased. The
surface text is never changed: keys are for comparison only.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

from newscli.datafiles import data_lines

_FOLDER = "data/hi/numbers"

_FOLD_TABLE = str.maketrans(
    {
        "\u0958": "\u0915",  # क़
        "\u0959": "\u0916",  # ख़
        "\u095a": "\u0917",  # ग़
        "\u095b": "\u091c",  # ज़
        "\u095c": "\u0921",  # ड़
        "\u095d": "\u0922",  # ढ़
        "\u095e": "\u092b",  # फ़
        "\u095f": "\u092f",  # य़
        "\u093c": None,  # nukta
        "\u0901": "\u0902",  # chandrabindu -> anusvara
        "\u0940": "\u093f",  # ी -> ि
        "\u0942": "\u0941",  # ू -> ु
        "\u0908": "\u0907",  # ई -> इ
        "\u090a": "\u0909",  # ऊ -> उ
        "\u200c": None,
        "\u200d": None,
        "\u00ad": None,
    }
)
_NASALS = frozenset("ङञणनम")
_VIRAMA = "\u094d"


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939"


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The lookup key of a word (see the module docstring)."""
    w = unicodedata.normalize("NFC", word).translate(_FOLD_TABLE)
    if _VIRAMA in w:
        out: list[str] = []
        i, n = 0, len(w)
        while i < n:
            ch = w[i]
            if ch in _NASALS and i + 2 < n and w[i + 1] == _VIRAMA and _is_consonant(w[i + 2]):
                out.append("\u0902")
                i += 2
                continue
            out.append(ch)
            i += 1
        w = "".join(out)
    return w.lower()


def keys(words: str) -> frozenset[str]:
    """Keys of space-separated words, for word lists written in code."""
    return frozenset(fold(w) for w in words.split())


def _lines(name: str) -> list[list[str]]:
    """Rows of a data file: tab-separated fields, comments and blank lines skipped."""
    return [line.split("\t") for line in data_lines(*_FOLDER.split("/")[2:], name)]


def data_files() -> list[str]:
    """Names of every data file this extractor reads (for the data tests)."""
    folder = resources.files("newscli").joinpath(_FOLDER)
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tsv", ".txt")))


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The token keys of a data phrase (tokens are separated by spaces in the files)."""
    return tuple(fold(part) for part in phrase.split(" "))


@dataclass(frozen=True, slots=True)
class Phrase:
    keys: tuple[str, ...]
    value: tuple[str, ...]


# A first key with more phrases than this is looked up with its second key too.
MANY_PHRASES = 4


@dataclass(slots=True)
class PhraseTable:
    """Multi-token phrases by their first key, longest first.

    ``by_two`` holds, for a first key with many phrases (एक of the idioms, से of the bounds),
    the phrases that can match when a given second key follows: those with that second key
    and those of one word, in the same order. A second key no phrase has leaves the
    one-word phrases alone (``by_two`` under the first key and None).
    """

    by_first: dict[str, list[Phrase]] = field(default_factory=dict)
    by_two: dict[tuple[str, str | None], list[Phrase]] = field(default_factory=dict)

    def add(self, phrase: str, *value: str) -> None:
        keys = phrase_keys(phrase)
        first = keys[0]
        entries = self.by_first.setdefault(first, [])
        entries.append(Phrase(keys, value))
        entries.sort(key=lambda p: -len(p.keys))
        for second in {None, *(p.keys[1] for p in entries if len(p.keys) > 1)}:
            self.by_two[first, second] = [p for p in entries if len(p.keys) == 1 or p.keys[1] == second]

    def firsts(self) -> frozenset[str]:
        return frozenset(self.by_first)


def _table(name: str) -> PhraseTable:
    table = PhraseTable()
    for row in _lines(name):
        table.add(row[0], *row[1:])
    return table


@dataclass(frozen=True, slots=True)
class Lexicon:
    cardinals: dict[str, int]  # key -> 0..99
    scales: dict[str, int]  # key -> multiplier
    scale_alone: frozenset[str]
    fractions: dict[str, tuple[str, float]]  # key -> (role, value)
    fraction_alone: frozenset[str]
    dozens: dict[str, int]
    ordinals: dict[str, tuple[int, str]]  # key -> (value, context) for irregular ordinals
    word_ordinals: dict[str, int]  # cardinal or scale + suffix -> value (सातवां, सौवां: >= 100 is a scale)
    digit_suffixes: frozenset[str]
    english: dict[str, int]
    english_alone: frozenset[str]
    minus: frozenset[str]
    links: dict[str, str]
    percent: PhraseTable
    bounds_pre: PhraseTable
    bounds_post: PhraseTable
    currency_pre: PhraseTable
    currency_post: PhraseTable
    durations: dict[str, tuple[str, float]]
    duration_alone: frozenset[str]
    months: PhraseTable
    weekdays: dict[str, tuple[int, str]]
    relative_days: PhraseTable
    relative_prefixes: PhraseTable
    periods: dict[str, str]
    dayparts: PhraseTable
    clock: dict[str, str]
    timezones: PhraseTable
    eras: frozenset[str]
    idioms: PhraseTable
    article_context: frozenset[str]
    not_units: frozenset[str]
    count_heads: frozenset[str]
    compound_only: frozenset[str]
    ordinal_nouns: frozenset[str]
    vague: frozenset[str]
    money_nouns: frozenset[str]
    # Words that end the noun phrase a number counts (not_units and the number words and links
    # among them), as one set: the rules test every word after a number against all of them.
    noun_stops: frozenset[str]

    def trigger_words(self) -> set[str]:
        """Keys of every word that can begin a quantity (for the scanner's search pattern)."""
        words: set[str] = set()
        words.update(self.cardinals, self.scales, self.fractions, self.dozens, self.ordinals)
        words.update(self.word_ordinals, self.english, self.minus, self.durations, self.weekdays)
        words.update(self.eras)
        for table in (
            self.bounds_pre,
            self.currency_pre,
            self.months,
            self.relative_days,
            self.relative_prefixes,
            self.dayparts,
            self.idioms,
        ):
            words.update(table.firsts())
        return {w for w in words if w and (w[0].isalpha() or "\u0900" <= w[0] <= "\u097f")}


_VIRAMA_CHAR = "\u094d"


def _well_formed(key: str) -> bool:
    """No virama before anything but a consonant, no sign or mark at the start."""
    if not key or "\u093e" <= key[0] <= "\u094d" or key[0] in "\u0901\u0902\u0903":
        return False
    return all(_is_consonant(b) for a, b in itertools.pairwise(key) if a == _VIRAMA_CHAR)


def _respell(key: str, rules: list[tuple[str, str, str]]) -> set[str]:
    """Every spelling one alternation of ``rules`` makes of ``key``."""
    out: set[str] = set()
    for old, new, where in rules:
        if where == "start" and key.startswith(old):
            out.add(new + key[len(old) :])
        elif where == "end" and key.endswith(old):
            out.add(key[: len(key) - len(old)] + new)
        elif where == "any":
            at = key.find(old)
            while at >= 0:
                out.add(key[:at] + new + key[at + len(old) :])
                at = key.find(old, at + 1)
    return {fold(v) for v in out if v != key and _well_formed(v)}


def spelling_rules() -> list[tuple[str, str, str]]:
    """The alternations of spellings.tsv, folded: (from, to, where)."""
    return [(fold(a), fold(b), where) for a, b, where in _lines("spellings.tsv")]


def spelling_variants(cardinals: dict[str, int], rules: list[tuple[str, str, str]] | None = None) -> dict[str, int]:
    """Keys of the spellings that the alternations (of spellings.tsv unless ``rules``) make of
    the number words 1-99, once or twice, with their values: those no number word has
    already, and only where every word they come from has the same value."""
    if rules is None:
        rules = spelling_rules()
    made: dict[str, set[int]] = {}
    for key, value in cardinals.items():
        if not 1 <= value <= 99:
            continue
        once = _respell(key, rules)
        twice = {v for w in once for v in _respell(w, rules)}
        for variant in once | twice:
            if variant not in cardinals:
                made.setdefault(variant, set()).add(value)
    return {variant: values.pop() for variant, values in made.items() if len(values) == 1}


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(row[0]) for row in _lines(name))


@functools.cache
def lexicon() -> Lexicon:
    cardinals = {fold(w): int(v) for w, v in _lines("cardinals.tsv")}
    cardinals.update(spelling_variants(cardinals))
    scale_rows = _lines("scales.tsv")
    scales = {fold(w): int(v) for w, v, _ in scale_rows}
    scale_alone = frozenset(fold(w) for w, _, alone in scale_rows if alone == "yes")
    fraction_rows = _lines("fractions.tsv")
    fractions = {fold(w): (role, float(v)) for w, role, v, _ in fraction_rows}
    suffix_rows = _lines("ordinal_suffixes.tsv")
    word_suffixes = [fold(s) for s, after in suffix_rows if after == "word"]
    digit_suffixes = frozenset(fold(s) for s, after in suffix_rows if after == "digit")
    word_ordinals: dict[str, int] = {}
    for key, value in [*cardinals.items(), *scales.items()]:
        if not key[0].isascii():
            for suffix in word_suffixes:
                word_ordinals.setdefault(key + suffix, value)
    english_rows = _lines("english.tsv")
    currency = _lines("currencies.tsv")
    currency_pre, currency_post = PhraseTable(), PhraseTable()
    for phrase, code, place, factor in currency:
        if place in ("pre", "both"):
            currency_pre.add(phrase, code, factor)
        if place in ("post", "both"):
            currency_post.add(phrase, code, factor)
    bounds_pre, bounds_post = PhraseTable(), PhraseTable()
    for phrase, place, approx in _lines("bounds.tsv"):
        (bounds_pre if place == "pre" else bounds_post).add(phrase, approx)
    duration_rows = _lines("durations.tsv")
    ordinals = {fold(w): (int(v), ctx) for w, v, ctx in _lines("ordinals.tsv")}
    links = {fold(w): role for w, role in _lines("links.tsv")}
    not_units = _words("not_units.txt")
    return Lexicon(
        cardinals=cardinals,
        scales=scales,
        scale_alone=scale_alone,
        fractions=fractions,
        fraction_alone=frozenset(fold(w) for w, _, _, alone in fraction_rows if alone == "yes"),
        dozens={fold(w): int(v) for w, v in _lines("dozen.tsv")},
        ordinals=ordinals,
        word_ordinals=word_ordinals,
        digit_suffixes=digit_suffixes,
        english={fold(w): int(v) for w, v, _ in english_rows},
        english_alone=frozenset(fold(w) for w, _, alone in english_rows if alone == "yes"),
        minus=_words("minus.tsv"),
        links=links,
        percent=_table("percent.tsv"),
        bounds_pre=bounds_pre,
        bounds_post=bounds_post,
        currency_pre=currency_pre,
        currency_post=currency_post,
        durations={fold(w): (unit, float(f)) for w, unit, f, _ in duration_rows},
        duration_alone=frozenset(fold(w) for w, _, _, alone in duration_rows if alone == "yes"),
        months=_table("months.tsv"),
        weekdays={fold(w): (int(d), form) for w, d, form in _lines("weekdays.tsv")},
        relative_days=_table("relative_days.tsv"),
        relative_prefixes=_table("relative_prefixes.tsv"),
        periods={fold(w): p for w, p in _lines("periods.tsv")},
        dayparts=_table("dayparts.tsv"),
        clock={fold(w): role for w, role in _lines("clock.tsv")},
        timezones=_table("timezones.tsv"),
        eras=_words("eras.tsv"),
        idioms=_table("idioms.tsv"),
        article_context=_words("article_context.txt"),
        not_units=not_units,
        count_heads=_words("count_heads.txt"),
        compound_only=_words("compound_only.txt"),
        ordinal_nouns=_words("ordinal_nouns.txt"),
        vague=_words("vague.txt"),
        money_nouns=_words("money_nouns.txt"),
        noun_stops=frozenset().union(not_units, cardinals, scales, fractions, links, ordinals),
    )
