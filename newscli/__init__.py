"""newscli: offline analysis of Hindi news articles.

The library API lives in the submodules and is imported on first use, so that
``import newscli`` (and ``newscli --help``) stays fast:

- ``newscli.pipeline.analyze(record, raw=False)``: the ``analyze`` row of one record
- ``newscli.pipeline.rows_for(command, record, raw=False)``: any command's rows
- ``newscli.article.parse_article(text, meta)``: metadata and layout of one article
- ``newscli.text.tokenize.tokenize(text)``, ``newscli.text.sentences.split_sentences(text)``
- ``newscli.extract.numbers.extract_numbers(text, reference)``
- ``newscli.extract.entities.extract_entities(text)``
"""

__version__ = "0.1.0"
