"""One Click command per pipeline output; all share the input and output options."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
# Mirrors newscli.io.sources.MAX_BYTES, which --help must not import.
MAX_BYTES = 100_000_000
# Mirrors newscli.dask.TIMEOUT, for the same reason.
DASK_TIMEOUT = 60.0
# Each worker loads the models and word lists of its own: more than this is a slip, not a plan.
MAX_JOBS = 256

COMMAND_HELP = {
    "parse": "Article metadata (headline, summary, publisher, author, dates, dateline), body and captions.",
    "tokens": "Tokens with offsets, kind and normalized form.",
    "sentences": "Sentences with offsets.",
    "numbers": "Numbers, money, percentages, ranges, dates, times and durations with their values.",
    "entities": "Named entities (people, organizations, places, titles), one row per mention.",
    "quotes": "Quotes (direct and reported speech) with their speaker and reporting cue: who said what.",
    "analyze": "Everything at once: metadata, statistics, sentences, tokens, entities, numbers and quotes.",
    "stats": "Corpus totals: articles, date range, publishers, top entities, quantities, words, most quoted.",
    "report": "One self-contained HTML page with charts of the corpus: articles over time, top names and their "
    "trends, the most quoted, money and counted things, and a table of the articles.",
}


_FORMAT_OPTION = (
    click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format. Default: table on a terminal, jsonl otherwise.",
    ),
)


def io_options(func: F) -> F:
    """The options every command shares, in the order --help shows them."""
    return _shared_options(func, with_format=True)


def _shared_options(func: F, with_format: bool) -> F:
    decorators = [
        click.argument("inputs", nargs=-1, metavar="[INPUT]...", type=click.Path(allow_dash=True, readable=False)),
        click.option(
            "--input-format",
            type=click.Choice(["auto", "text", "jsonl"]),
            default="auto",
            show_default=True,
            help="auto: .jsonl files and stdin starting with '{' are JSON Lines; the rest are one article per file.",
        ),
        click.option("--raw", is_flag=True, help="Treat every input as plain text: no metadata parsing."),
        *(_FORMAT_OPTION if with_format else ()),  # a report is an HTML page and nothing else
        click.option(
            "-o",
            "--output",
            type=click.Path(allow_dash=True),
            default=None,
            help="Write to FILE (atomically: FILE appears when the run ends; FILE.partial if interrupted).",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0, max=MAX_JOBS),
            default=1,
            show_default=True,
            help=f"Worker processes (at most {MAX_JOBS}); 0 means one per core. Output keeps the input order.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress, summary or warnings on stderr."),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=MAX_BYTES,
            show_default=True,
            help="An input (or a JSON Lines record) larger than this is an error of its own.",
        ),
        click.option(
            "--dask",
            metavar="ADDRESS",
            envvar="NEWSCLI_DASK",
            default=None,
            help="Run on the Dask scheduler at ADDRESS (also NEWSCLI_DASK); needs newscli[dask].",
        ),
        click.option(
            "--dask-timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DASK_TIMEOUT,
            show_default=True,
            metavar="SECONDS",
            help="With --dask: give up when the cluster has had no workers (or no scheduler) this long.",
        ),
        click.option("--unordered", is_flag=True, help="With --dask: write results as they finish."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _run(ctx: click.Context, command: str, unordered: bool, **options: Any) -> None:
    """Run ``command`` with the shared options as Click gives them, and exit with its status."""
    # Imported here so that --help never loads the pipeline.
    from newscli.cli.run import run_command

    ctx.exit(run_command(command, ordered=not unordered, **options))


def make_command(name: str) -> click.Command:
    @io_options
    @click.pass_context
    def command(
        ctx: click.Context, /, unordered: bool, by_entity: bool = False, by_speaker: bool = False, **options: Any
    ) -> None:
        run = "entity-groups" if by_entity else "quote-speakers" if by_speaker else name
        _run(ctx, run, unordered, **options)

    if name == "entities":
        command = click.option(
            "--by-entity",
            is_flag=True,
            help="One row per entity (canonical name, type, mentions, spellings, first span) instead of per mention.",
        )(command)
    if name == "quotes":
        command = click.option(
            "--by-speaker",
            is_flag=True,
            help="One row per speaker (canonical name, number of quotes, first words of each) instead of per quote.",
        )(command)
    return click.command(name=name, help=COMMAND_HELP[name])(command)


REPORT_EPILOG = (
    "Without -o the page goes to standard output, which must then not be a terminal "
    "(newscli report corpus.jsonl > report.html)."
)


def report_command() -> click.Command:
    def command(ctx: click.Context, /, unordered: bool, **options: Any) -> None:
        _run(ctx, "report", unordered, fmt=None, **options)  # an HTML page and nothing else: no --format

    decorated = _shared_options(click.pass_context(command), with_format=False)
    return click.command(name="report", help=COMMAND_HELP["report"], epilog=REPORT_EPILOG)(decorated)


def register(group: click.Group) -> None:
    for name in COMMAND_HELP:
        group.add_command(report_command() if name == "report" else make_command(name))
