"""The report page in a real browser: headless Chromium, network blocked, console watched."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from headless import chromium, load
from report_helpers import Page, write_small_corpus

from newscli.cli import main
from newscli.report.html import CHART_IDS, SECTION_IDS

pytestmark = pytest.mark.skipif(chromium() is None, reason="no chromium on PATH (Debian: apt-get install chromium)")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    corpus = write_small_corpus(tmp / "corpus.jsonl")
    out = tmp / "report.html"
    result = CliRunner().invoke(main, ["report", str(corpus), str(seed_file), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def seed_file() -> Path:
    return Path(__file__).resolve().parent.parent / "seeds" / "000_335be22ba1ea1f16.txt"


def test_the_report_loads_offline_with_every_chart_and_no_console_message(page: Path) -> None:
    loaded = load(page)
    assert loaded.console == []
    dom = Page(loaded.dom)
    for sid in (*SECTION_IDS, *CHART_IDS):
        assert sid in dom.ids, sid
    for chart in CHART_IDS[:-1]:
        assert "svg" in dom.inside[chart], chart
    assert dom.inside["article-table"].count("tr") == 6  # the heading and five articles


def test_the_console_check_sees_a_script_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><p>x</p><script>noSuchFunction();</script>", encoding="utf-8")
    console = load(broken).console
    assert console and "noSuchFunction" in " ".join(console)


def test_the_network_is_blocked_and_a_page_that_fetches_says_so(tmp_path: Path) -> None:
    fetching = tmp_path / "fetching.html"
    fetching.write_text(
        '<!DOCTYPE html><img src="https://example.com/a.png" onerror="document.title=\'blocked\'">'
        '<script>fetch("https://example.com/").then(() => console.log("NETWORK REACHED"),'
        ' () => console.log("fetch failed"));</script>',
        encoding="utf-8",
    )
    loaded = load(fetching)
    assert "NETWORK REACHED" not in " ".join(loaded.console)
    assert "<title>blocked</title>" in loaded.dom


def test_our_page_refuses_a_fetch_even_if_markup_slipped_in(page: Path, tmp_path: Path) -> None:
    # A copy with an image added: its Content-Security-Policy blocks the request and says so.
    tampered = tmp_path / "tampered.html"
    html = page.read_text(encoding="utf-8").replace("</body>", '<img src="https://example.com/a.png"></body>')
    tampered.write_text(html, encoding="utf-8")
    console = " ".join(load(tampered).console)
    assert "Content Security Policy" in console


def test_clicking_a_heading_sorts_the_article_table(page: Path, tmp_path: Path) -> None:
    # The page's policy lets only its own script run, so the click is scripted in a copy without it.
    html = page.read_text(encoding="utf-8")
    start = html.index('<meta http-equiv="Content-Security-Policy"')
    html = html[:start] + html[html.index(">", start) + 1 :]
    html = html.replace("</body>", '<script>document.querySelector("#article-table th").click();</script></body>')
    clicked = tmp_path / "clicked.html"
    clicked.write_text(html, encoding="utf-8")
    loaded = load(clicked)
    assert loaded.console == []
    dom = loaded.dom
    body = dom[dom.index("<tbody", dom.index('id="article-table"')) :]
    assert body.index("2023-07-24") < body.index("2023-07-27")  # oldest first after one click


def test_a_screenshot_is_drawn(page: Path, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    load(page, screenshot=png)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
