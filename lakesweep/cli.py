"""The `lakesweep` command. Builds Settings at the entry point and calls the flows or the core.

Exit codes: 0 success, 1 some files failed, 2 bad input (policy, lake, settings, usage),
3 the lake is held by another run, 130 interrupted (Ctrl-C; the next run completes it).

Run mode of `nightly`, `backfill` and `demo` (a Prefect flow run or the steps directly):
lakesweep.cli_run. Start-up matters: modules are imported where they are needed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from lakesweep import interrupt
from lakesweep.cli_output import err, guarded, print_summary
from lakesweep.cli_run import prefect_api_url, run_backfill, run_nightly

__all__ = ["app", "prefect_api_url"]

app = typer.Typer(
    help="Keeps a lake of logged LLM API requests inside its data usage promises.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

Lake = Annotated[str | None, typer.Option("--lake", help="Lake root: folder or s3://bucket/prefix")]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Print the plan; change nothing")]
Workers = Annotated[int | None, typer.Option(help="Files processed at once")]
Now = Annotated[dt.datetime | None, typer.Option(hidden=True, help="Replay clock (UTC)")]
Endpoint = Annotated[
    str | None,
    typer.Option("--s3-endpoint-url", help="S3-compatible endpoint (or AWS_ENDPOINT_URL)"),
]
DaskAddress = Annotated[
    str | None, typer.Option(help="Run the per-file work on this Dask scheduler (tcp://host:8786)")
]
DaskWorkers = Annotated[
    int | None, typer.Option(help="Run the per-file work on a local Dask cluster of N processes")
]
Wait = Annotated[
    int | None,
    typer.Option(
        "--wait",
        metavar="SECONDS",
        help="If another run holds the lake, wait up to SECONDS for it (default 0: exit 3).",
        show_default=False,
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")]
Verbose = Annotated[
    bool, typer.Option("--verbose", "-v", help="Also list every file changed or failed.")
]
UsePrefect = Annotated[
    bool | None,
    typer.Option(
        "--prefect/--no-prefect",
        help="Run as a Prefect flow, or run the steps directly. Default: a flow when "
        "PREFECT_API_URL is set (environment or Prefect profile), else directly.",
        show_default=False,
    ),
]


_state = {"verbose": False}


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress; list every file changed.")
    ] = False,
) -> None:
    _state["verbose"] = verbose
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.command()
def nightly(
    lake: Lake = None,
    dry_run: DryRun = False,
    workers: Workers = None,
    retention_days: Annotated[int | None, typer.Option(help="Default retention")] = None,
    s3_endpoint_url: Endpoint = None,
    dask_address: DaskAddress = None,
    dask_workers: DaskWorkers = None,
    wait: Wait = None,
    now: Now = None,
    use_prefect: UsePrefect = None,
    as_json: AsJson = False,
    verbose: Verbose = False,
) -> None:
    """One full pass: aggregate, export, remove from training, delete, record in the ledger."""
    flags = dict(
        lake=lake,
        dry_run=dry_run,
        workers=workers,
        retention_days=retention_days,
        now=now,
        s3_endpoint_url=s3_endpoint_url,
        dask_address=dask_address,
        dask_workers=dask_workers,
        lease_wait_seconds=wait,
    )
    with interrupt.handled("nightly", dry_run):
        summary = guarded(lambda: run_nightly(flags, use_prefect))
    print_summary(summary, as_json, verbose or _state["verbose"])
    raise typer.Exit(1 if summary["status"] == "failed" else 0)


@app.command()
def backfill(
    first: Annotated[dt.datetime, typer.Option("--from", help="First day (YYYY-MM-DD)")],
    last: Annotated[dt.datetime, typer.Option("--to", help="Last day (YYYY-MM-DD)")],
    lake: Lake = None,
    dry_run: DryRun = False,
    resanitize: Annotated[
        bool, typer.Option(help="Also run the current sanitizer over rows whose raw data is gone")
    ] = False,
    s3_endpoint_url: Endpoint = None,
    wait: Wait = None,
    use_prefect: UsePrefect = None,
    as_json: AsJson = False,
    verbose: Verbose = False,
) -> None:
    """Re-export the training rows of a range of days (e.g. after a sanitizer upgrade)."""
    flags = dict(
        lake=lake, dry_run=dry_run, s3_endpoint_url=s3_endpoint_url, lease_wait_seconds=wait
    )
    days = (first.date(), last.date(), resanitize)
    with interrupt.handled("backfill", dry_run):
        summary = guarded(lambda: run_backfill(flags, days, use_prefect))
    print_summary(summary, as_json, verbose or _state["verbose"])
    raise typer.Exit(1 if summary["status"] == "failed" else 0)


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the demo lake")] = Path(
        "demo-lake"
    ),
    rows: Annotated[int, typer.Option(help="Raw requests to generate")] = 20_000,
    days: Annotated[int, typer.Option(help="Days of data (>= 40 covers every rule)")] = 45,
    seed: int = 7,
    run: Annotated[bool, typer.Option("--run/--no-run", help="Run the nightly pass")] = True,
    use_prefect: UsePrefect = None,
) -> None:
    """Build a realistic demo lake (every rule is exercised) and run the nightly pass on it."""
    from lakesweep.demo import build_demo_lake

    if out_dir.exists() and any(out_dir.iterdir()):
        err.print(f"[red]{out_dir} is not empty[/red]: choose another --out or remove it first")
        raise typer.Exit(2)
    files = build_demo_lake(out_dir, rows=rows, days=days, seed=seed)
    err.print(f"demo lake: {rows:,} requests in {files} raw files under {out_dir}/")
    if not run:
        return
    if not os.environ.get("LAKESWEEP_PSEUDONYM_KEY"):
        os.environ["LAKESWEEP_PSEUDONYM_KEY"] = "demo-key-not-a-secret"
        err.print("LAKESWEEP_PSEUDONYM_KEY is not set: using a demo key for this demo lake only")
    with interrupt.handled("nightly"):
        summary = guarded(lambda: run_nightly({"lake": str(out_dir)}, use_prefect))
    print_summary(summary, False, _state["verbose"])
    err.print(
        f"\nnext: [b]LAKESWEEP_PSEUDONYM_KEY={os.environ['LAKESWEEP_PSEUDONYM_KEY']} "
        f"lakesweep verify --lake {out_dir}[/b], "
        f"[b]lakesweep usage --lake {out_dir} --by org[/b], "
        f"[b]lakesweep nightly --lake {out_dir} --dry-run[/b] (nothing left to do)"
    )
    raise typer.Exit(1 if summary["status"] == "failed" else 0)


@app.command()
def sanitize(
    input: Annotated[
        Path | None, typer.Option("--input", "-i", help="JSON lines file (default: stdin)")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name or path")] = None,
) -> None:
    """Sanitize JSON lines ({"text": ...}) from stdin or --input to stdout."""
    from sanitizers.jsonl import run_jsonl

    raise typer.Exit(run_jsonl(input_path=input, model=model))


def _register_commands() -> None:
    from lakesweep.analyst import cli as analyst_cli
    from lakesweep.verify import cli as verify_cli

    analyst_cli.register(app)
    verify_cli.register(app)


_register_commands()
