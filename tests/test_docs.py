"""The README documents every command and option the CLI has."""

from __future__ import annotations

import re
from pathlib import Path

import click

from newscli.cli import main

REPO = Path(__file__).resolve().parent.parent


def test_readme_mentions_every_command_and_option() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert isinstance(main, click.Group)
    for name, command in main.commands.items():
        assert f"`{name}`" in readme, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert any(opt in readme for opt in param.opts), (name, param.opts)


def test_readme_opens_with_install_and_test_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```\n(.*?)```", readme, re.S)
    assert first_block is not None
    lines = first_block.group(1).strip().splitlines()
    assert "pip install ." in lines[0] and "newscli analyze seeds/" in lines[0]
    assert "pip install '.[test]'" in lines[1] and "pytest" in lines[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci
