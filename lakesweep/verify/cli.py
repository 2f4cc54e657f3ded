"""`lakesweep verify` and `lakesweep audit` (added to the app by :func:`register`).

Exit codes: verify 0 clean, 1 any violation, 2 bad input (missing lake, bad policy or
settings); audit 0 certificate printed, 2 bad input.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

Lake = Annotated[
    str | None, typer.Option("--lake", help="Lake root: a local folder (or set LAKESWEEP_LAKE)")
]
Now = Annotated[
    dt.datetime | None,
    typer.Option("--now", help="Judge the rules at this UTC time (replays); default: the clock"),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the report as JSON")]


def verify(
    lake: Lake = None,
    sample: Annotated[
        int, typer.Option(min=0, help="Training rows re-scanned by the sanitizer (0: none)")
    ] = 200,
    examples: Annotated[int, typer.Option(min=1, help="Examples kept per kind of finding")] = 5,
    retention_days: Annotated[
        int | None, typer.Option(min=0, help="Default retention (as given to nightly)")
    ] = None,
    now: Now = None,
    as_json: AsJson = False,
) -> None:
    """Check a lake against the contract, independently of the code that applies the rules.

    Checks: no raw row a rule deletes; no training row of an org not eligible now (needs
    LAKESWEEP_PSEUDONYM_KEY); no request_id/org_id/embedding in training; usage never below
    the ledger; no temporary files or pending intents; a sample of training text re-scanned.
    Rows that became due after the last nightly run's clock are warnings (pending), not
    violations. Exit 0 clean, 1 on any violation, 2 when the lake or policy cannot be read.
    """
    from lakesweep.verify.lake import LakeInputError
    from lakesweep.verify.render import verify_view
    from lakesweep.verify.runner import verify_lake

    try:
        report = verify_lake(
            lake, sample=sample, examples=examples, now=now, retention_days=retention_days
        )
    except LakeInputError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        Console(soft_wrap=False).print(verify_view(report))
    raise typer.Exit(report.exit_code)


def audit(
    org: Annotated[str, typer.Option("--org", help="The org id, exactly as in the raw logs")],
    lake: Lake = None,
    now: Now = None,
    as_json: AsJson = False,
) -> None:
    """A deletion certificate for one org: every run, file, rule and row count in the ledger
    that concerned it, its erasure requests and their completion, and what of it remains."""
    from lakesweep.audit import certificate
    from lakesweep.verify.lake import LakeInputError
    from lakesweep.verify.render import audit_view

    try:
        cert = certificate(lake, org, now=now)
    except LakeInputError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(cert, indent=2, default=str))
    else:
        Console(soft_wrap=False).print(audit_view(cert))


def _fail(exc: Exception) -> NoReturn:
    Console(stderr=True, soft_wrap=True).print(
        f"[red]error:[/red] {escape(str(exc))}", highlight=False
    )
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add `verify` and `audit` to the `lakesweep` app."""
    app.command("verify")(verify)
    app.command("audit")(audit)
