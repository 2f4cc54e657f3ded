"""`lakesweep verify` and `lakesweep audit` (added to the app by :func:`register`).

Exit codes: verify 0 clean, 1 any violation, 2 bad input (missing lake, bad policy or
settings); audit 0 certificate printed, 1 the org appears nowhere or the ledger's hash chain
is broken, 2 bad input.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

Lake = Annotated[
    str | None,
    typer.Option("--lake", help="Lake root: a folder or s3://bucket/prefix (or LAKESWEEP_LAKE)"),
]
Endpoint = Annotated[
    str | None,
    typer.Option("--s3-endpoint-url", help="S3-compatible endpoint (or AWS_ENDPOINT_URL)"),
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
    grace_hours: Annotated[
        float | None,
        typer.Option(min=0, help="Hours a row past its deadline is pending (default 24)"),
    ] = None,
    now: Now = None,
    s3_endpoint_url: Endpoint = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say what each check proves and cannot prove")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Prove a lake keeps the contract, independently of the code that applies the rules.

    Checks the ledger's hash chain, every raw row against the deletion rules, usage against
    raw + ledger (nothing lost, nothing counted twice), every deletion against its run's
    policy, training rows (needs LAKESWEEP_PSEUDONYM_KEY), training columns, leftovers and a
    re-scanned sample of training text. A row past its deadline is pending for the grace
    period, then a violation. Exit 0 clean, 1 on any violation, 2 when the lake or policy
    cannot be read.
    """
    from lakesweep.verify.explain import EXPLAIN

    if explain:
        for name, (proves, cannot) in EXPLAIN.items():
            typer.echo(f"{name}\n  proves: {proves}\n  cannot prove: {cannot}\n")
        raise typer.Exit(0)
    from lakesweep.verify.lake import LakeInputError
    from lakesweep.verify.render import verify_view
    from lakesweep.verify.runner import verify_lake

    try:
        report = verify_lake(
            lake,
            sample=sample,
            examples=examples,
            now=now,
            retention_days=retention_days,
            grace_hours=grace_hours,
            s3_endpoint_url=s3_endpoint_url,
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
    s3_endpoint_url: Endpoint = None,
    detail: Annotated[
        bool, typer.Option("--detail", help="Also list every deletion record, usage row, file")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """A deletion certificate for one org: what was deleted, by which runs, under which
    policy and code versions, whether the ledger is intact, and what remains. Times in UTC.
    Exit 0 with a certificate; 1 when the org appears nowhere or the ledger chain is broken."""
    from lakesweep.audit import certificate, exit_code
    from lakesweep.verify.lake import LakeInputError
    from lakesweep.verify.render_audit import audit_view

    try:
        cert = certificate(lake, org, now=now, s3_endpoint_url=s3_endpoint_url)
    except LakeInputError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(cert, indent=2, default=str))
    else:
        Console(soft_wrap=False).print(audit_view(cert, detail))
    raise typer.Exit(exit_code(cert))


def _fail(exc: Exception) -> NoReturn:
    Console(stderr=True, soft_wrap=True).print(
        f"[red]error:[/red] {escape(str(exc))}", highlight=False
    )
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add `verify` and `audit` to the `lakesweep` app."""
    app.command("verify")(verify)
    app.command("audit")(audit)
