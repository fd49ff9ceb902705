"""Saved web pages: the page's structured metadata, then the text parser on the page's text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newscli.errors import InputError
from newscli.io.html import decode_html
from newscli.io.sources import iter_records
from newscli.model import Record
from newscli.pipeline import parse_record

pytest.importorskip("trafilatura", reason="the html extra (newscli[html]) is not installed")

PARAGRAPHS = [
    "लखनऊ : प्रदेश सरकार ने सोमवार को नई परिवहन नीति को मंजूरी दे दी, जिससे शहरों में बसों की संख्या बढ़ेगी।",
    "परिवहन मंत्री ने कहा कि अगले दो वर्षों में पांच सौ नई बसें सड़कों पर उतारी जाएंगी और किराया नहीं बढ़ेगा।",
    "विपक्ष ने नीति का स्वागत किया, लेकिन ग्रामीण इलाकों के लिए अलग योजना की मांग की है।",
]


def page(head: str = "", headline: str = "नई परिवहन नीति को मंजूरी", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{headline} | Example</title>{head}</head>'
        "<body><nav><ul><li>होम</li><li>देश</li><li>विदेश</li></ul></nav>"
        f"<article><h1>{headline}</h1>{body}</article>"
        "<footer><p>कॉपीराइट सर्वाधिकार सुरक्षित</p></footer></body></html>"
    )


def parsed(tmp_path: Path, html: str | bytes, name: str = "a.html") -> dict[str, object]:
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    (record,) = list(iter_records([str(path)]))
    assert isinstance(record, Record), record
    art = parse_record(record)
    return {
        "headline": art.headline,
        "published": art.published,
        "updated": art.updated,
        "author": art.author,
        "publisher": art.publisher,
        "dateline": art.dateline,
        "body": art.body or "",
    }


JSON_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "#org", "name": "उदाहरण समाचार"},
        {
            "@type": "NewsArticle",
            "headline": "नई परिवहन नीति को मंजूरी",
            "datePublished": "2024-09-04T16:20:35+05:30",
            "dateModified": "2024-09-04T18:00:00+05:30",
            "author": [{"@type": "Person", "name": "रमेश कुमार"}],
            "publisher": {"@id": "#org"},
        },
    ],
}


def test_json_ld_news_article_gives_the_metadata(tmp_path: Path) -> None:
    head = f'<script type="application/ld+json">{json.dumps(JSON_LD, ensure_ascii=False)}</script>'
    got = parsed(tmp_path, page(head))
    assert got["headline"] == "नई परिवहन नीति को मंजूरी"
    assert got["published"] == "2024-09-04T16:20:35+05:30"
    assert got["updated"] == "2024-09-04T18:00:00+05:30"
    assert got["author"] == "रमेश कुमार"
    assert got["publisher"] == "उदाहरण समाचार"


def test_meta_tags_alone_give_the_metadata(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="Example News">'
        '<meta property="og:title" content="नई परिवहन नीति को मंजूरी">'
        '<meta property="article:published_time" content="2023-07-24T09:15:00+05:30">'
    )
    got = parsed(tmp_path, page(head))
    assert got["publisher"] == "Example News"
    assert got["published"] == "2023-07-24T09:15:00+05:30"


def test_the_body_is_the_article_not_menus_or_footers_and_the_dateline_is_read(tmp_path: Path) -> None:
    got = parsed(tmp_path, page())
    body = str(got["body"])
    assert body.startswith("प्रदेश सरकार ने सोमवार को") and body.endswith("अलग योजना की मांग की है।")
    assert "होम" not in body and "कॉपीराइट" not in body
    assert got["dateline"] == "लखनऊ"


def test_a_page_without_metadata_invents_nothing(tmp_path: Path) -> None:
    got = parsed(tmp_path, page())
    assert got["published"] is None and got["author"] is None and got["updated"] is None


def test_broken_markup_still_parses(tmp_path: Path) -> None:
    broken = page().replace("</p>", "").replace("</article>", "<div><span>")
    assert "परिवहन मंत्री ने कहा" in str(parsed(tmp_path, broken)["body"])


def test_a_legacy_encoding_declared_in_meta_charset_is_honoured(tmp_path: Path) -> None:
    html = page(headline="Café policy", charset="windows-1252").replace("होम", "Home")
    data = html.encode("utf-8").decode("utf-8").encode("cp1252", errors="xmlcharrefreplace")
    assert decode_html(data, "x").count("Café") == 2
    assert parsed(tmp_path, data)["headline"] == "Café policy"


def test_unknown_declared_charset_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown charset"):
        decode_html(b'<meta charset="no-such-codec"><p>x</p>', "p.html")


def test_json_lines_record_with_html_key(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "html": page(), "author": "सुनीता"}, ensure_ascii=False) + "\n")
    (record,) = list(iter_records([str(path)]))
    assert isinstance(record, Record) and record.id == "p1"
    assert parse_record(record).author == "सुनीता"  # the record's metadata wins over the page's


def test_without_the_extra_an_html_input_says_how_to_install_it(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(page(), encoding="utf-8")
    text = tmp_path / "b.txt"
    text.write_text("भाजपा ने लखनऊ में बैठक की।", encoding="utf-8")
    code = (
        "import sys\n"
        "sys.modules['trafilatura'] = None\n"
        "from newscli.cli import main\n"
        f"main(['sentences', '-q', {str(path)!r}, {str(text)!r}], prog_name='newscli')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    # A usage status (installing fixes it), and the inputs that need no extra still run.
    assert proc.returncode == 2
    assert [json.loads(row)["id"] for row in proc.stdout.splitlines()] == [str(text)]
    hint = "HTML input needs the html extra; run: python3 -m pip install 'newscli[html]'"
    assert proc.stderr.strip() == f"newscli: {path}: {hint}"


def test_the_saved_dainik_bhaskar_page_scores_full_marks(shared_dir: Path) -> None:
    gold = shared_dir / "eval" / "articles" / "html_gold.jsonl"
    scorer = shared_dir / "eval" / "score_parse.py"
    proc = subprocess.run(
        [sys.executable, str(scorer), "--cmd", f"{sys.executable} -m newscli", str(gold)],
        capture_output=True,
        text=True,
    )
    score = [line for line in proc.stdout.splitlines() if line.startswith("SCORE")]
    assert score and " acc=100.00 " in score[0], proc.stdout + proc.stderr
