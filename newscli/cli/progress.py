"""Progress on stderr for long runs, only when a person is watching a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

# A run shows progress only once it has lasted this long, so short runs stay silent.
SHOW_AFTER_SECONDS = 1.0


class Progress:
    """Counts articles and failures; draws a rich status line on a terminal's stderr."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._live: Any = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def advance(self, failed: bool = False, count: int = 1) -> None:
        self.done += count
        self.failed += failed
        if not self.enabled:
            return
        if self._live is None:
            if time.monotonic() - self.started < SHOW_AFTER_SECONDS:
                return
            self._start()
        self._live.update(self._task, completed=self.done, failed=self.failed, rate=self.rate())

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import Progress as RichProgress
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        self._live = RichProgress(
            SpinnerColumn(),
            TextColumn("{task.completed} articles"),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._live.start()
        self._task = self._live.add_task("articles", total=None, failed=self.failed, rate=self.rate())

    def rate(self) -> float:
        seconds = time.monotonic() - self.started
        return self.done / seconds if seconds > 0 else 0.0

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        articles = "1 article" if self.done == 1 else f"{self.done} articles"
        return f"{articles}, {self.failed} failed, {seconds:.1f} s ({self.rate():.1f} articles/s)"
