"""Analyst commands of `lakesweep`: sql, views, usage, report (added by :func:`register`).

Exit codes follow `lakesweep`'s: 0 done, 1 the output could not be written, 2 bad input
(a lake root that cannot be read, bad options, a failing SQL statement).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import typer

from lakesweep.analyst import shell
from lakesweep.analyst.console import (
    WRITE_FAILED,
    FormatOption,
    LakeOption,
    fail,
    note,
    open_lake,
    show,
    sql_error,
)
from lakesweep.analyst.output import Format
from lakesweep.analyst.usage_cli import usage
from lakesweep.analyst.views import VIEW_NAMES, LakeError, write_views_file


def sql(
    lake: LakeOption,
    query: Annotated[
        str | None, typer.Argument(help="SQL to run; without it, an interactive prompt.")
    ] = None,
    fmt: FormatOption = Format.table,
    max_rows: Annotated[int, typer.Option(help="Rows shown in table format.")] = 200,
) -> None:
    """Run DuckDB SQL over the lake's views (without QUERY: an interactive prompt).

    Views: usage, usage_daily, usage_by_org, usage_files, runs, deletions, deletion_orgs,
    ledger. At the prompt ';' ends a statement; .views lists them, .quit leaves.
    """
    con, _ = open_lake(lake)

    def run(statement: str, params: dict | None) -> bool:
        try:
            result = con.execute(statement, params)
            rows = result.fetchall()
            columns = [d[0] for d in result.description or []]
        except duckdb.Error as error:
            typer.echo(sql_error(error), err=True)
            return False
        if columns == ["Count"] and not rows:  # a statement without a result set
            typer.echo("OK")
        else:
            show(fmt, columns, rows, max_rows=max_rows)
        return True

    with con:
        if query is None:
            shell.run_shell(run, typer.echo)
        elif not run(query, None):
            raise typer.Exit(2)


def views(
    lake: LakeOption,
    out: Annotated[Path, typer.Option("--out", help="DuckDB database file to write.")],
) -> None:
    """Write a DuckDB file of the analyst views over a local lake, for BI tools.

    The file holds views, not copies: they read the lake's files by absolute path each time
    they are queried. Run the command again if the lake moves.
    """
    try:
        found = write_views_file(lake, out)
    except LakeError as error:
        fail(str(error))
    except duckdb.Error as error:
        fail(
            f"could not write {out}: {sql_error(error)}; is it a DuckDB file in use?", WRITE_FAILED
        )
    typer.echo(f"wrote {len(VIEW_NAMES)} views over {found.root} to {out.resolve()}")
    if not found.usage_files:
        note("no usage aggregates yet; the usage views fill once `lakesweep nightly` runs")


def report(
    lake: LakeOption,
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")],
    png_dir: Annotated[
        Path | None,
        typer.Option("--png-dir", help="Also write each chart as a PNG file into this folder."),
    ] = None,
) -> None:
    """Write one self-contained HTML page of charts (it opens offline).

    Charts: tokens over time by model, top orgs, requests per endpoint, and rows deleted
    per rule in the last runs. --png-dir also saves each chart as a PNG.
    """
    from lakesweep.analyst.report import write_report  # matplotlib only when needed

    try:
        written = write_report(lake, out, png_dir)
    except LakeError as error:
        fail(str(error))
    except OSError as error:
        fail(f"could not write the report: {error}", WRITE_FAILED)
    typer.echo(f"wrote {written.html}")
    for path in written.pngs:
        typer.echo(f"wrote {path}")
    if not written.lake.usage_files:
        note("no usage aggregates yet: the charts say so until `lakesweep nightly` runs")


def register(app: typer.Typer) -> None:
    """Add the analyst commands to the `lakesweep` app."""
    app.command("sql")(sql)
    app.command("views")(views)
    app.command("usage")(usage)
    app.command("report")(report)
