"""newscli: offline analysis of Hindi news articles.

The library's front door. Everything is imported on first use, so ``import newscli``
(and ``newscli --help``) loads no language data and no NLP stack:

>>> import newscli
>>> result = newscli.analyze("लखनऊ में 80 सीटों पर बैठक हुई.", published="2023-07-24")
>>> [(e.text, e.type, e.norm) for e in result.entities]
[('लखनऊ', 'LOC', 'लखनऊ')]
>>> [s.text for s in result.sentences]
['लखनऊ में 80 सीटों पर बैठक हुई.']

Each step on its own, with the same results as inside ``analyze``:

>>> [t.text for t in newscli.tokenize("मोदी ने कहा।")]
['मोदी', 'ने', 'कहा', '।']
>>> [(q.text, q.kind, q.value) for q in newscli.extract_numbers("करीब 95 लोग", None)]
[('करीब 95', 'number', 95)]

- :func:`analyze` (text in, :class:`Analysis` out; ``to_dict()`` is the ``analyze`` JSON row)
- :func:`parse_article` (metadata and layout), :func:`tokenize`, :func:`split_sentences`,
  :func:`extract_entities`, :func:`extract_numbers`, :func:`extract_quotes`
- the frozen result types :class:`Article`, :class:`Token`, :class:`Sentence`,
  :class:`Entity`, :class:`Quantity`, :class:`Quote`
"""

# Nothing is imported when the package loads, not even typing: the CLI installs its
# Ctrl-C handling only after ``import newscli``, so a signal here must find no frame of ours.
TYPE_CHECKING = False

__version__ = "0.1.0"

# Name -> the module that defines it, imported when the name is first used.
_LAZY = {
    "analyze": "newscli.api",
    "Analysis": "newscli.api",
    "parse_article": "newscli.article",
    "tokenize": "newscli.text.tokenize",
    "split_sentences": "newscli.text.sentences",
    "extract_entities": "newscli.extract.entities",
    "extract_numbers": "newscli.extract.numbers",
    "extract_quotes": "newscli.extract.quotes",
    "Article": "newscli.model",
    "Token": "newscli.model",
    "Sentence": "newscli.model",
    "Entity": "newscli.model",
    "Quantity": "newscli.model",
    "Quote": "newscli.model",
}

__all__ = [
    "Analysis",
    "Article",
    "Entity",
    "Quantity",
    "Quote",
    "Sentence",
    "Token",
    "__version__",
    "analyze",
    "extract_entities",
    "extract_numbers",
    "extract_quotes",
    "parse_article",
    "split_sentences",
    "tokenize",
]

if TYPE_CHECKING:
    from typing import Any

    from newscli.api import Analysis, analyze
    from newscli.article import parse_article
    from newscli.extract.entities import extract_entities
    from newscli.extract.numbers import extract_numbers
    from newscli.extract.quotes import extract_quotes
    from newscli.model import Article, Entity, Quantity, Quote, Sentence, Token
    from newscli.text.sentences import split_sentences
    from newscli.text.tokenize import tokenize


def __getattr__(name: str) -> "Any":
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newscli' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> "list[str]":
    return sorted(set(globals()) | set(_LAZY))
