"""The ``newscli`` command group: option parsing and rendering over the library."""

from __future__ import annotations

import click

from newscli.cli.commands import register

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
    """Click's group, except that Ctrl-C outside a run (while a command's modules load)
    ends with status 130, as inside one, instead of Click's "Aborted!" and status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("newscli: interrupted", err=True)
            raise click.exceptions.Exit(130) from None


@click.group(cls=Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="newscli", prog_name="newscli")
def main() -> None:
    """Analyze Hindi news articles offline: metadata, sentences, tokens, numbers, entities and quotes.

    INPUT is a file, a directory (every *.txt, *.jsonl, *.json, *.html below it, sorted) or - for
    standard input; none means standard input. Output is a table on a terminal and JSON
    Lines in a pipe.
    """


register(main)
