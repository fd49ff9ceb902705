"""The package's language data: ``newscli/data/hi/**`` read as lines, one way for every extractor.

Files are UTF-8, one entry a line; blank lines and lines starting with ``#`` are
not entries. Callers cache what they build from the lines, so a file is read at
first use and never at import.
"""

from __future__ import annotations

from importlib import resources


def data_lines(*parts: str) -> list[str]:
    """The entries of ``newscli/data/hi/<parts...>``."""
    text = resources.files("newscli").joinpath("data", "hi", *parts).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]
