"""The CLI layer's shared pieces: options, error exits and printing (used by cli*.py only).

Exit codes follow `lakesweep`'s: 0 done, 1 the output could not be written, 2 bad input
(a lake root that cannot be read, bad options, a failing SQL statement).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import duckdb
import typer
from pydantic import ValidationError
from rich.console import Console

from lakesweep import queries
from lakesweep.analyst import output
from lakesweep.analyst.names import LakeError
from lakesweep.analyst.output import Format

if TYPE_CHECKING:  # imported where used: `lakesweep --help` must not pay for pyarrow
    from lakesweep.analyst.views import Lake
    from lakesweep.storage import Storage

LakeOption = Annotated[
    str | None,
    typer.Option(
        "--lake",
        help="Lake root: a local folder or s3://bucket/prefix (default: LAKESWEEP_LAKE, "
        "or lake in lakesweep.toml).",
        show_default=False,
    ),
]
EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--s3-endpoint-url",
        help="S3-compatible endpoint (or AWS_ENDPOINT_URL, LAKESWEEP_S3_ENDPOINT_URL).",
        show_default=False,
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


def lake_from_settings(lake: str | None, endpoint_url: str | None) -> Storage:
    """The lake to read, from --lake/--s3-endpoint-url, ``LAKESWEEP_*`` or lakesweep.toml (as
    every lakesweep command builds its settings), checked; or a clear exit 2."""
    from lakesweep.analyst.views import lake_storage
    from lakesweep.settings import SettingsError, build_settings

    try:
        settings = build_settings(lake=lake, s3_endpoint_url=endpoint_url)
    except SettingsError as error:
        fail(str(error))
    except ValidationError as error:
        if any(e["loc"] == ("lake",) and e["type"] == "missing" for e in error.errors()):
            fail("no lake given: pass --lake, set LAKESWEEP_LAKE, or set lake in lakesweep.toml")
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in error.errors()
        )
        fail(f"invalid settings: {problems}")
    except ValueError as error:  # an unreadable lakesweep.toml
        fail(f"cannot read the settings: {error}")
    try:
        return lake_storage(settings.lake, settings.s3_endpoint_url)
    except LakeError as error:
        fail(str(error))


def open_lake(storage: Storage) -> tuple[duckdb.DuckDBPyConnection, Lake]:
    """An in-memory connection with the analyst views over ``storage``, or a clear exit 2."""
    from lakesweep.analyst.views import attach

    con = queries.connect()
    try:
        return con, attach(con, storage)
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
