"""Terminal rendering with rich: one table or panel per article, for people, not scripts."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newscli.columns import COLUMNS, terminal_columns
from newscli.pipeline import entity_group_rows, quote_preview
from newscli.render import grid
from newscli.render.writers import RowWriter, cell

Row = dict[str, Any]

BODY_PREVIEW_CHARS = 400
QUOTE_PREVIEW_WORDS = 12
LONG_LIST_ROWS = 40

_RIGHT = frozenset({"index", "start", "end", "mentions", "quotes"})


def grid_rows(command: str, rows: Sequence[Row]) -> tuple[list[grid.Column], list[list[str]]]:
    """A standalone command's grid: its columns and each row's cells, rows ranked and
    cut as the tables in panels are."""
    names: Sequence[str]
    if command == "entity-groups":
        names = ("type", "mentions", "entity", "spellings")
        ranked = sorted(rows, key=lambda g: -int(g["mentions"]))[:LONG_LIST_ROWS]
        cells = [[str(g["type"]), str(g["mentions"]), str(g["norm"]), ", ".join(g["spellings"])] for g in ranked]
    elif command == "quotes":
        names = ("start", "kind", "cue", "speaker", "quote")
        cells = [
            [
                str(q["start"]),
                str(q["kind"]),
                cell(q.get("cue")),
                str(q.get("speaker") or "—"),
                quote_preview(q["text"], QUOTE_PREVIEW_WORDS),
            ]
            for q in rows[:LONG_LIST_ROWS]
        ]
    elif command == "quote-speakers":
        names = ("quotes", "speaker", "first words")
        ranked = sorted(rows, key=lambda g: -int(g["quotes"]))[:LONG_LIST_ROWS]
        cells = [[str(g["quotes"]), str(g["speaker"] or "—"), " / ".join(g["first_words"])] for g in ranked]
    else:
        names = terminal_columns(command) if command in COLUMNS else tuple(k for k in rows[0] if k != "id")
        cells = [[cell(row.get(name)) for name in names] for row in rows]
    return [grid.Column(name, name in _RIGHT) for name in names], cells


_META_FIELDS = ("headline", "summary", "publisher", "author", "published", "updated", "dateline")


_NARROWEST = 20  # a table narrower than this shows nothing of its cells


def _width() -> int | None:
    """The terminal's width as rich finds it, unless COLUMNS says something no
    table can be drawn in (0, negative, garbage): then rich's default of 80."""
    columns = os.environ.get("COLUMNS")
    if columns is None:
        return None
    try:
        return int(columns) if int(columns) >= _NARROWEST else 80
    except ValueError:
        return 80


class TableWriter(RowWriter):
    """Collects one article's rows and prints them as a rich table or panel when it ends."""

    def __init__(self, out: TextIO, command: str, color: bool | None = None) -> None:
        super().__init__(out)
        self.command = command
        self.console = Console(
            file=out, no_color=None if color else True, highlight=False, soft_wrap=False, width=_width()
        )
        self.color = bool(color)
        self.pending: list[Row] = []

    def write(self, row: Row) -> None:
        self.pending.append(row)

    def end_record(self) -> None:
        rows, self.pending = self.pending, []
        if not rows:
            return
        if self.command == "parse":
            for row in rows:
                self.console.print(article_panel(row, row))
        elif self.command == "analyze":
            for row in rows:
                self.console.print(analysis_panel(row))
        else:
            title = str(rows[0].get("id", ""))
            columns, cells = grid_rows(self.command, rows)
            lines = grid.render(columns, cells, self.console.width, title, color=self.color)
            self.out.write("".join(line + "\n" for line in lines) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.end_record()


def rows_table(rows: Sequence[Row], columns: Sequence[str]) -> Table:
    table = Table(title=str(rows[0].get("id", "")), box=box.SIMPLE_HEAD, title_justify="left")
    numeric = {"index", "start", "end"}
    for col in columns:
        table.add_column(col, justify="right" if col in numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(col)) for col in columns))
    return table


def metadata_grid(meta: Row) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    for key in _META_FIELDS:
        value = meta.get(key)
        grid.add_row(key, Text(str(value)) if value is not None else Text("—", style="dim"))
    captions = meta.get("captions") or []
    grid.add_row("captions", Text(str(len(captions))))
    return grid


def body_preview(body: str | None) -> Text:
    if not body:
        return Text("(no body)", style="dim")
    flat = " ".join(body.split())
    if len(flat) > BODY_PREVIEW_CHARS:
        flat = flat[:BODY_PREVIEW_CHARS].rstrip() + " …"
    return Text(flat)


def article_panel(row: Row, meta: Row, extra: Sequence[Any] = ()) -> Panel:
    parts: list[Any] = [metadata_grid(meta), Text(""), body_preview(meta.get("body")), *extra]
    return Panel(Group(*parts), title=Text(str(row.get("id", "")), style="bold"), title_align="left")


def stats_grid(stats: Row) -> Table:
    grid = Table(box=box.SIMPLE_HEAD, title="statistics", title_justify="left", show_header=False)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in stats.items():
        if isinstance(value, list):
            value = ", ".join(f"{v.get('word')} ({v.get('count')})" if isinstance(v, dict) else str(v) for v in value)
        elif isinstance(value, float):
            value = f"{value:.3g}"
        grid.add_row(key, str(value))
    return grid


def entity_summary(groups: Sequence[Row], title: str = "entities") -> Table:
    """Each entity once, most mentioned first: canonical name, type, mentions, spellings seen."""
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for col in ("entity", "type", "mentions", "spellings"):
        table.add_column(col, overflow="fold", justify="right" if col == "mentions" else "left")
    ranked = sorted(groups, key=lambda g: -int(g["mentions"]))
    for g in ranked[:LONG_LIST_ROWS]:
        table.add_row(str(g["norm"]), str(g["type"]), str(g["mentions"]), ", ".join(g["spellings"]))
    return table


def numbers_table(numbers: Sequence[Row]) -> Table:
    table = rows_table([{"id": "", **n} for n in numbers[:LONG_LIST_ROWS]], terminal_columns("numbers")[2:])
    table.title = "numbers" + (f" (first {LONG_LIST_ROWS} of {len(numbers)})" if len(numbers) > LONG_LIST_ROWS else "")
    return table


def quotes_table(quotes: Sequence[Row], title: str = "quotes") -> Table:
    """Who said what: speaker, cue, kind and the quote's first words."""
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("start", justify="right")
    for col in ("speaker", "cue", "kind", "quote"):
        table.add_column(col, overflow="fold")
    for q in quotes[:LONG_LIST_ROWS]:
        speaker = Text(str(q["speaker"])) if q.get("speaker") else Text("—", style="dim")
        table.add_row(
            str(q["start"]), speaker, cell(q.get("cue")), str(q["kind"]), quote_preview(q["text"], QUOTE_PREVIEW_WORDS)
        )
    if len(quotes) > LONG_LIST_ROWS:
        table.title = f"{title} (first {LONG_LIST_ROWS} of {len(quotes)})"
    return table


def speakers_table(groups: Sequence[Row], title: str = "speakers") -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for col in ("speaker", "quotes", "first words"):
        table.add_column(col, overflow="fold", justify="right" if col == "quotes" else "left")
    for g in sorted(groups, key=lambda g: -int(g["quotes"]))[:LONG_LIST_ROWS]:
        table.add_row(str(g["speaker"] or "—"), str(g["quotes"]), " / ".join(g["first_words"]))
    return table


def analysis_panel(row: Row) -> Panel:
    extra: list[Any] = [Text(""), stats_grid(row.get("stats") or {})]
    if row.get("entities"):
        extra.append(entity_summary(entity_group_rows(row["entities"])))
    if row.get("numbers"):
        extra.append(numbers_table(row["numbers"]))
    if row.get("quotes"):
        extra.append(quotes_table(row["quotes"]))
    return article_panel(row, row.get("metadata") or {}, extra)
