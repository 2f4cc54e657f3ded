"""How the CLI reports: expected failures as one clear line and an exit code, summaries as
tables or JSON. Exit codes: 2 bad input (nothing changed), 3 the lake is held by another run.
"""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True, soft_wrap=True)
out = Console()
MAX_ERRORS = 5  # failed files named on stderr without --verbose


class BadInput(ValueError):
    """A usage error detected by the CLI before anything runs."""


def guarded(fn: Any) -> Any:
    """Turn expected failures into one clear line and an exit code."""
    # Imported here, not at module level: `lakesweep --help` and the commands that need no
    # run machinery must not pay for pyarrow, DuckDB and pydantic.
    from pydantic import ValidationError

    from lakesweep.keycheck import MissingKey
    from lakesweep.lease import LeaseHeld, LeaseLost
    from lakesweep.policy import PolicyError
    from lakesweep.run import LakeError, RunFailed
    from lakesweep.settings import SettingsError
    from lakesweep.storage import StorageError

    try:
        return fn()
    except (RunFailed, LeaseLost) as exc:
        err.print(f"[red]failed:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
    except (PolicyError, LakeError, StorageError, SettingsError, MissingKey, BadInput) as exc:
        message = str(exc)
        if isinstance(exc, PolicyError) and "docs/contract.md" not in message:
            message += " (the policy files: docs/contract.md)"
        err.print(f"[red]error:[/red] {escape(message)}\nNothing was changed.", highlight=False)
        raise typer.Exit(2) from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        err.print(f"[red]error:[/red] invalid settings: {problems}")
        raise typer.Exit(2) from None
    except LeaseHeld as exc:
        err.print(f"[yellow]busy:[/yellow] {escape(str(exc))}", highlight=False)
        raise typer.Exit(3) from None


def print_summary(summary: dict[str, Any], as_json: bool, verbose: bool = False) -> None:
    """The summary on stdout (tables, or JSON), failed files on stderr (the first few unless
    ``verbose``: every file is in --json and in the ledger)."""
    from lakesweep.report import summary_tables
    from lakesweep.summary import RunSummary

    if as_json:
        out.print_json(json.dumps(summary, default=str))
        return
    for table in summary_tables(RunSummary(**summary), verbose):
        out.print(table)
    errors = summary["errors"]
    shown = errors if verbose else errors[:MAX_ERRORS]
    for error in shown:
        err.print(f"[red]failed:[/red] {escape(error)}", highlight=False)
    if len(shown) < len(errors):
        err.print(f"... and {len(errors) - len(shown)} more (--verbose or --json lists them all)")
