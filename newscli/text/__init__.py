"""Text layer: normalization, tokens, sentences and text statistics.

Import the submodules directly (``newscli.text.tokenize``, ``newscli.text.sentences``,
``newscli.text.normalize``, ``newscli.text.stats``); this package imports nothing so
that ``import newscli`` stays cheap.
"""
