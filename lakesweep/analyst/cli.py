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
    EndpointOption,
    FormatOption,
    LakeOption,
    fail,
    lake_from_settings,
    note,
    open_lake,
    show,
    sql_error,
)
from lakesweep.analyst.names import VIEW_NAMES, LakeError
from lakesweep.analyst.output import Format
from lakesweep.analyst.usage_cli import usage


def sql(
    query: Annotated[
        str | None, typer.Argument(help="SQL to run; without it, an interactive prompt.")
    ] = None,
    lake: LakeOption = None,
    endpoint: EndpointOption = None,
    fmt: FormatOption = Format.table,
    max_rows: Annotated[int, typer.Option(help="Rows shown in table format.")] = 200,
) -> None:
    """Run DuckDB SQL over the lake's views (without QUERY: an interactive prompt).

    Views: usage, usage_daily, usage_by_org, usage_files, runs, deletions, deletion_orgs,
    ledger. At the prompt ';' ends a statement; .views lists them, .quit leaves. On an S3
    lake, usage_files and ledger are copied once when the command starts.
    """
    con, _ = open_lake(lake_from_settings(lake, endpoint))

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
    out: Annotated[Path, typer.Option("--out", help="DuckDB database file to write.")],
    lake: LakeOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Write a DuckDB file of the analyst views, for BI tools.

    Local lake: the file holds views, not copies: they read the lake's files by absolute path
    each time they are queried (run the command again if the lake moves). S3 lake: usage_files
    and ledger are copied into tables (BI tools cannot read S3 paths); the table
    lakesweep_refresh says when. Run the command again to refresh.
    """
    storage = lake_from_settings(lake, endpoint)
    try:
        from lakesweep.analyst.views_file import write_views_file

        found = write_views_file(storage, out)
    except LakeError as error:
        fail(str(error))
    except duckdb.Error as error:
        fail(
            f"could not write {out}: {sql_error(error)}; is it a DuckDB file in use?", WRITE_FAILED
        )
    typer.echo(f"wrote {len(VIEW_NAMES)} views over {found.root} to {out.resolve()}")
    if found.copied_at is not None:
        typer.echo(
            f"usage_files and ledger are copies taken at {found.copied_at:%Y-%m-%d %H:%M:%S} UTC "
            f"({found.usage_files} usage and {found.ledger_files} ledger files; the table "
            "lakesweep_refresh says so too); run this command again to refresh them"
        )
    if not found.usage_files:
        note("no usage aggregates yet; the usage views fill once `lakesweep nightly` runs")


def report(
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")],
    lake: LakeOption = None,
    endpoint: EndpointOption = None,
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

    storage = lake_from_settings(lake, endpoint)
    try:
        written = write_report(storage, out, png_dir)
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
