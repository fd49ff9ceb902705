"""``import newscli`` as the front door: lazy, typed, and the same results as the CLI."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newscli
from newscli import api

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


@pytest.mark.parametrize("module", [newscli, api], ids=["newscli", "newscli.api"])
def test_the_documented_examples_run(module: object) -> None:
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert tried > 0 and failures == 0


def test_the_readme_library_section_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # its paths are the repository's, as a reader's shell would be
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(readme, {}, "README.md", str(ROOT / "README.md"), 0)
    assert test.examples, "the README's library section has no examples"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0


def test_every_exported_name_resolves() -> None:
    assert set(newscli.__all__) == {*newscli._LAZY, "__version__"}
    for name in newscli.__all__:
        assert getattr(newscli, name) is not None
    with pytest.raises(AttributeError):
        newscli.no_such_thing  # noqa: B018


def test_importing_the_package_loads_no_language_stack() -> None:
    code = (
        "import sys, newscli\n"
        "assert not [m for m in sys.modules if m.startswith(('newscli.extract', 'newscli.text', 'regex', 'numpy'))]\n"
        "newscli.analyze\n"
        "assert 'newscli.api' in sys.modules and 'newscli.extract.entities' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_analyze_gives_what_the_cli_gives() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newscli", "analyze", "--format", "jsonl", str(SEED)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    ).stdout
    (cli_row,) = [json.loads(line) for line in out.decode().splitlines()]
    text = SEED.read_text(encoding="utf-8")
    lib_row = json.loads(json.dumps(newscli.analyze(text, id=cli_row["id"]).to_dict()))
    assert lib_row == cli_row


def test_analyze_returns_frozen_values_with_offsets_into_the_text() -> None:
    result = newscli.analyze("मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में 5 करोड़ रुपये की योजना शुरू की।")
    assert isinstance(result, newscli.Analysis)
    for item in (*result.tokens, *result.sentences, *result.entities, *result.numbers):
        assert result.text[item.start : item.end] == item.text
    assert any(q.kind == "money" and q.unit == "INR" for q in result.numbers)
    with pytest.raises(AttributeError):
        result.id = "other"  # type: ignore[misc]


def test_a_given_published_date_anchors_dates_without_a_year() -> None:
    (date,) = [q for q in newscli.analyze("बैठक 18 मार्च को हुई।", published="2020-04-10").numbers if q.kind == "date"]
    assert date.value == "2020-03-18"
    (undated,) = [q for q in newscli.analyze("बैठक 18 मार्च को हुई।").numbers if q.kind == "date"]
    assert undated.value is None


def test_analyze_wants_text() -> None:
    with pytest.raises(TypeError, match="str"):
        newscli.analyze({"text": "नमस्ते"})  # type: ignore[arg-type]
