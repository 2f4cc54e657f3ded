"""How the CLI reports: expected failures as one clear line and an exit code, summaries as
tables or JSON. Exit codes: 2 bad input (nothing changed), 3 the lake is held by another run.
"""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)
out = Console()


class BadInput(ValueError):
    """A usage error detected by the CLI before anything runs."""


def guarded(fn: Any) -> Any:
    """Turn expected failures into one clear line and an exit code."""
    # Imported here, not at module level: `lakesweep --help` and the commands that need no
    # run machinery must not pay for pyarrow, DuckDB and pydantic.
    from pydantic import ValidationError

    from lakesweep.lease import LeaseHeld, LeaseLost
    from lakesweep.policy import PolicyError
    from lakesweep.run import LakeError, RunFailed
    from lakesweep.storage import StorageError

    try:
        return fn()
    except RunFailed as exc:
        err.print(f"[red]failed:[/red] {exc}")
        raise typer.Exit(1) from None
    except LeaseLost as exc:
        err.print(f"[red]failed:[/red] {exc}")
        raise typer.Exit(1) from None
    except (PolicyError, LakeError, StorageError, BadInput) as exc:
        err.print(f"[red]error:[/red] {exc}\nNothing was changed.")
        raise typer.Exit(2) from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        err.print(f"[red]error:[/red] invalid settings: {problems}")
        raise typer.Exit(2) from None
    except LeaseHeld as exc:
        err.print(f"[yellow]busy:[/yellow] {exc}")
        raise typer.Exit(3) from None


def print_summary(summary: dict[str, Any], as_json: bool) -> None:
    from lakesweep.report import summary_tables
    from lakesweep.summary import RunSummary

    if as_json:
        out.print_json(json.dumps(summary, default=str))
        return
    for table in summary_tables(RunSummary(**summary)):
        out.print(table)
    for error in summary["errors"][:20]:
        err.print(f"[red]failed:[/red] {error}")
