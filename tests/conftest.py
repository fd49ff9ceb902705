from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_335be22ba1ea1f16.txt"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rendering must not depend on the developer's terminal."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared (evaluation data) is not present in this checkout")
    return SHARED
