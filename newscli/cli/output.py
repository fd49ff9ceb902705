"""Where rows go: standard output, or a file written atomically.

A file is written under a temporary name beside it and renamed when the run
ends, so FILE is never half-written. If the run is interrupted, what was
finished is kept as FILE.partial.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from types import TracebackType
from typing import TextIO


def utf8_stdout() -> TextIO:
    """Standard output as UTF-8 text whatever the locale says: the contract promises UTF-8."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper) and (out.encoding or "").lower().replace("-", "") != "utf8":
        out.reconfigure(encoding="utf-8")
    return out


class OutputTarget:
    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else path
        self.stream: TextIO
        self._tmp: str | None = None

    def __enter__(self) -> TextIO:
        if self.path is None:
            self.stream = utf8_stdout()
            return self.stream
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, self._tmp = tempfile.mkstemp(prefix=os.path.basename(self.path) + ".", suffix=".tmp", dir=directory)
        self.stream = open(fd, "w", encoding="utf-8", newline="")
        return self.stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.path is None or self._tmp is None:
            return
        self.stream.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        elif issubclass(exc_type, KeyboardInterrupt):
            os.replace(self._tmp, self.path + ".partial")
        else:
            os.unlink(self._tmp)

    @property
    def partial_path(self) -> str | None:
        return None if self.path is None else self.path + ".partial"
