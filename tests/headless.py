"""Headless Chromium with the network blocked, for the report's browser test and its bench.

A page is loaded from a file with every connection sent to a closed port and every host
name unresolvable, so a page that fetches anything fails to draw it and says so on the
console. Chromium writes the page's console messages to its log (``--enable-logging=stderr``)
as lines with ``CONSOLE`` in them; a page of ours has none at all, so every such line is
an error of the page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

NAMES = ("chromium", "chromium-browser")
NETWORK_OFF = ("--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND")
_CONSOLE = re.compile(r":CONSOLE[\(:\]]")
TIMEOUT = 120


def chromium() -> str | None:
    """The Chromium binary on PATH, or None."""
    return next((found for name in NAMES if (found := shutil.which(name))), None)


@dataclass(frozen=True, slots=True)
class Loaded:
    dom: str  # the document after load (--dump-dom), or "" for a screenshot
    console: list[str]  # the page's console messages, as Chromium logs them
    seconds: float  # wall time of the browser run


def load(page: Path, screenshot: Path | None = None, size: tuple[int, int] = (1200, 900)) -> Loaded:
    """Open ``page`` in headless Chromium without network; dump its DOM, or with
    ``screenshot`` save a PNG of the window at ``size`` instead."""
    binary = chromium()
    if binary is None:
        raise FileNotFoundError("no chromium on PATH")
    with tempfile.TemporaryDirectory(prefix="newscli-chromium-") as profile:
        argv = [
            binary,
            "--headless",
            "--no-sandbox",  # running as root (containers, CI) needs it
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            f"--user-data-dir={profile}",
            *NETWORK_OFF,
            "--enable-logging=stderr",
            "--v=0",
            "--hide-scrollbars",
            f"--window-size={size[0]},{size[1]}",
        ]
        argv += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        argv.append(page.resolve().as_uri())
        t0 = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT)
        seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}")
    console = [line for line in proc.stderr.splitlines() if _CONSOLE.search(line)]
    return Loaded("" if screenshot else proc.stdout, console, seconds)
