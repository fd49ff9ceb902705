"""Where rows go: standard output, or a file written atomically and safely.

A regular file is written under a temporary name in its own directory, with the
mode the file has (or the umask gives a new one), and renamed over it when the
run ends, so FILE is never half-written; a symlink keeps pointing where it did.
If the run is interrupted, what was finished is kept as FILE.partial.  A special
file (a terminal, ``/dev/null``, a FIFO) is written through, never replaced.  An
output that is one of the inputs is refused before anything is read, as
coreutils and ripgrep refuse it.  Every way of failing removes the temporary
file and ends in one line naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from types import TracebackType
from typing import TextIO


class OutputError(Exception):
    """The output cannot be written; the message is the line shown to the user."""


def utf8_stdout() -> TextIO:
    """Standard output as UTF-8 text whatever the locale says: the contract promises UTF-8."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper) and (out.encoding or "").lower().replace("-", "") != "utf8":
        out.reconfigure(encoding="utf-8")
    return out


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class OutputTarget:
    def __init__(self, path: str | None) -> None:
        if path == "":
            raise OutputError("-o needs a file name ('-' for standard output)")
        self.path = None if path in (None, "-") else path
        self.stream: TextIO
        self._tmp: str | None = None
        self._real: str | None = None  # where the file is written: the path with its links followed
        self._through = False  # a special file, written to directly

    def refuse_inputs(self, inputs: Iterable[str]) -> None:
        """Raise :class:`OutputError` when the output is one of the input files."""
        if self.path is None:
            return
        try:
            out = os.stat(self.path)
        except OSError:
            return  # not there yet, so it is no input
        if not stat.S_ISREG(out.st_mode):
            return
        for name in inputs:
            if name == "-":
                continue
            with contextlib.suppress(OSError):
                if os.path.samefile(name, self.path):
                    raise OutputError(f"{self.path}: the output is also an input; write it elsewhere")

    def __enter__(self) -> TextIO:
        if self.path is None:
            self.stream = utf8_stdout()
            return self.stream
        real = os.path.realpath(self.path)
        try:
            st = os.stat(real)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {_reason(exc)}") from None
        try:
            if st is not None and not stat.S_ISREG(st.st_mode):
                if stat.S_ISDIR(st.st_mode):
                    raise OutputError(f"cannot write {self.path}: it is a directory")
                # A device, FIFO or socket: write to it, never replace it with a file.
                self._through = True
                self.stream = open(real, "w", encoding="utf-8", newline="")
                return self.stream
            if st is not None and not os.access(real, os.W_OK):
                # Renaming over it would succeed in a writable directory; the file's own mode says no.
                raise OutputError(f"cannot write {self.path}: Permission denied")
            directory = os.path.dirname(real)
            mode = stat.S_IMODE(st.st_mode) if st is not None else _umask_mode()
            fd, self._tmp = tempfile.mkstemp(prefix="." + os.path.basename(real) + ".", suffix=".tmp", dir=directory)
        except FileNotFoundError:
            raise OutputError(f"cannot write {self.path}: no such directory {os.path.dirname(real)}") from None
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {_reason(exc)}") from None
        self._real = real
        try:
            os.fchmod(fd, mode)
            self.stream = open(fd, "w", encoding="utf-8", newline="")
        except OSError as exc:
            os.close(fd)
            self._discard()
            raise OutputError(f"cannot write {self.path}: {_reason(exc)}") from None
        return self.stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.path is None:
            return
        try:
            self.stream.close()  # the last buffer may not fit on the disk either
        except OSError as close_exc:
            self._discard()
            if exc_type is None or issubclass(exc_type, KeyboardInterrupt):
                raise OutputError(f"cannot write {self.path}: {_reason(close_exc)}") from None
            return
        if self._tmp is None:  # written through
            return
        try:
            if exc_type is None:
                os.replace(self._tmp, self._real or self.path)
            elif issubclass(exc_type, KeyboardInterrupt):
                os.replace(self._tmp, self.path + ".partial")
            else:
                self._discard()
        except OSError as move_exc:
            self._discard()
            raise OutputError(f"cannot write {self.path}: {_reason(move_exc)}") from None
        self._tmp = None

    def _discard(self) -> None:
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None

    @property
    def partial_path(self) -> str | None:
        return None if self.path is None or self._through else self.path + ".partial"
