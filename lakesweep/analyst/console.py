"""The CLI layer's shared pieces: options, error exits and printing (used by cli*.py only).

Exit codes follow `lakesweep`'s: 0 done, 1 the output could not be written, 2 bad input
(a lake root that cannot be read, bad options, a failing SQL statement).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, NoReturn

import duckdb
import typer
from rich.console import Console

from lakesweep import queries
from lakesweep.analyst import output
from lakesweep.analyst.output import Format
from lakesweep.analyst.views import Lake, LakeError, attach

LakeOption = Annotated[
    str,
    typer.Option(
        "--lake", envvar="LAKESWEEP_LAKE", help="Lake root: a local folder (S3 comes later)."
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
BAD_INPUT = 2
WRITE_FAILED = 1


def fail(message: str, code: int = BAD_INPUT) -> NoReturn:
    """Print ``error: message`` on stderr and leave with ``code`` (no traceback)."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def note(message: str) -> None:
    """A remark on stderr, so that CSV and JSON on stdout stay clean."""
    typer.echo(f"note: {message}", err=True)


def open_lake(lake: str) -> tuple[duckdb.DuckDBPyConnection, Lake]:
    """An in-memory connection with the analyst views over ``lake``, or a clear exit 2."""
    con = queries.connect()
    try:
        return con, attach(con, lake)
    except LakeError as error:
        con.close()
        fail(str(error))


def sql_error(error: duckdb.Error) -> str:
    """A DuckDB error as one line: its first line, plus DuckDB's "Did you mean" hint."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    hint = next((line for line in lines[1:] if line.startswith("Did you mean")), None)
    first = lines[0] if lines else type(error).__name__
    return f"SQL error: {first}" + (f" {hint}" if hint else "")


def show(
    fmt: Format,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    caption: str | None = None,
    max_rows: int | None = None,
) -> None:
    """Print a result on stdout in ``fmt``."""
    rendered = output.render(fmt, columns, rows, caption, max_rows)
    if isinstance(rendered, str):
        typer.echo(rendered.rstrip("\n"))
    else:
        Console(soft_wrap=False).print(rendered)
