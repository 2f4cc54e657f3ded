"""The `lakesweep` command. Builds Settings at the entry point and calls the flows or the core.

Exit codes: 0 success, 1 some files failed, 2 bad input (policy, lake, settings, usage),
3 the lake is held by another run.

Run mode of `nightly`, `backfill` and `demo` (`--prefect/--no-prefect`, default: auto): when a
Prefect API is configured (PREFECT_API_URL in the environment or in the active Prefect
profile), the run is a Prefect flow run reported to that server; otherwise the same steps run
directly (lakesweep.run), and one line on stderr says so. `--prefect` without a configured API
runs the flow on a temporary local Prefect server (slow to start). Input is validated before
Prefect is imported. Start-up matters: modules are imported where they are needed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import tomllib
from pathlib import Path
from typing import Annotated, Any

import typer

from lakesweep.cli_output import BadInput, err, guarded, print_summary

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
UsePrefect = Annotated[
    bool | None,
    typer.Option(
        "--prefect/--no-prefect",
        help="Run as a Prefect flow, or run the steps directly. Default: a flow when "
        "PREFECT_API_URL is set (environment or Prefect profile), else directly.",
        show_default=False,
    ),
]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
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
    now: Now = None,
    use_prefect: UsePrefect = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
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
    )
    summary = guarded(lambda: _run_nightly(flags, use_prefect))
    print_summary(summary, as_json)
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
    use_prefect: UsePrefect = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
) -> None:
    """Re-export the training rows of a range of days (e.g. after a sanitizer upgrade)."""
    flags = dict(lake=lake, dry_run=dry_run, s3_endpoint_url=s3_endpoint_url)
    days = (first.date(), last.date(), resanitize)
    summary = guarded(lambda: _run_backfill(flags, days, use_prefect))
    print_summary(summary, as_json)
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
    summary = guarded(lambda: _run_nightly({"lake": str(out_dir)}, use_prefect))
    print_summary(summary, False)
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


def prefect_api_url() -> str | None:
    """The Prefect API this process would report to: PREFECT_API_URL from the environment,
    else from the active profile of Prefect's profiles file. Read without importing Prefect
    (that alone takes seconds); None when neither sets it."""
    url = os.environ.get("PREFECT_API_URL", "").strip()
    if url:
        return url
    home = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    name = os.environ.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    profile = profiles.get("profiles", {}).get(name, {})
    url = str(profile.get("PREFECT_API_URL", "") if isinstance(profile, dict) else "").strip()
    return url or None


def _run_mode(use_prefect: bool | None, flow: str) -> tuple[bool, str | None]:
    """(run as a Prefect flow?, the one line to say about it) (see the module docstring)."""
    url = prefect_api_url()
    if use_prefect is None and url is None:
        return False, (
            f"PREFECT_API_URL is not set: running the {flow} steps directly, without Prefect "
            "(set it, or pass --prefect, to run them as a Prefect flow)"
        )
    if use_prefect is False:
        return False, None
    if url is None:
        return True, (
            f"running the {flow} flow on a temporary local Prefect server (PREFECT_API_URL "
            "is not set); it takes a while to start"
        )
    return True, f"running the {flow} flow, reporting to Prefect at {url}"


def _say(line: str | None) -> None:
    if line:
        err.print(line, markup=False, highlight=False)


def _check_inputs(settings: Any) -> None:
    """Reject a missing lake or a bad policy before Prefect is imported (the flow checks
    again; this costs one read of the policy files)."""
    from lakesweep.run import open_lake

    open_lake(settings)


def _run_nightly(flags: dict[str, Any], use_prefect: bool | None) -> dict[str, Any]:
    from lakesweep.progress import set_reporter
    from lakesweep.settings import build_settings

    settings = build_settings(**flags)  # validate before starting anything
    if sys.stderr.isatty():
        from lakesweep.terminal import RichReporter

        set_reporter(lambda: RichReporter(err))
    prefect, line = _run_mode(use_prefect, "nightly")
    if prefect:
        _check_inputs(settings)
    _say(line)
    if prefect:
        from flows.nightly import nightly as nightly_flow

        return nightly_flow(**{k: v for k, v in flags.items() if v is not None})
    from lakesweep.run import run_nightly

    return run_nightly(settings).to_dict()


def _run_backfill(
    flags: dict[str, Any], days: tuple[dt.date, dt.date, bool], use_prefect: bool | None
) -> dict[str, Any]:
    from lakesweep.settings import build_settings

    settings = build_settings(**flags)
    if settings.pseudonym_key is None:
        raise BadInput("a backfill exports training rows: set LAKESWEEP_PSEUDONYM_KEY first")
    first, last, resanitize = days
    if last < first:
        raise BadInput(f"--to {last} is before --from {first}")
    prefect, line = _run_mode(use_prefect, "backfill")
    if prefect:
        _check_inputs(settings)
    _say(line)
    if prefect:
        from flows.backfill import backfill as backfill_flow

        return backfill_flow(
            first_day=first,
            last_day=last,
            resanitize=resanitize,
            **{k: v for k, v in flags.items() if v is not None},
        )
    from lakesweep.rebuild import run_backfill

    return run_backfill(settings, first, last, resanitize).to_dict()


def _register_commands() -> None:
    from lakesweep.analyst import cli as analyst_cli
    from lakesweep.verify import cli as verify_cli

    analyst_cli.register(app)
    verify_cli.register(app)


_register_commands()
