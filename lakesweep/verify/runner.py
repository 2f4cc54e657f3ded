"""Run every verify check over a lake and collect one report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb

from lakesweep.verify.file_checks import check_columns, check_hygiene
from lakesweep.verify.lake import connect, open_lake
from lakesweep.verify.model import Check, Example, Report
from lakesweep.verify.raw_checks import check_raw
from lakesweep.verify.rescan import check_rescan
from lakesweep.verify.training_checks import check_training
from lakesweep.verify.usage_check import check_usage


def verify_lake(
    lake: str | None,
    *,
    sample: int = 200,
    examples: int = 5,
    now: dt.datetime | None = None,
    retention_days: int | None = None,
) -> Report:
    """Check ``lake`` against the contract. Raises LakeInputError when it cannot be read."""
    inputs = open_lake(lake, now=now, retention_days=retention_days)
    report = Report(
        lake=inputs.storage.root, now=inputs.now.isoformat(), due=inputs.due.isoformat()
    )
    con = connect(inputs)
    with con:
        raw, raw_counts = check_raw(inputs, con, examples)
        report.checks.append(raw)
        checks: list[tuple[str, Callable[[], Check]]] = [
            ("training_orgs", lambda: check_training(inputs, con, examples)),
            ("training_columns", lambda: check_columns(inputs, con, examples)),
            ("usage", lambda: check_usage(inputs, con, raw_counts, examples)),
            ("leftovers", lambda: check_hygiene(inputs, examples)),
            ("rescan", lambda: check_rescan(inputs, con, sample, examples)),
        ]
        report.checks.extend(_guarded(name, run) for name, run in checks)
    if inputs.last_run is None:
        raw.notes.append("no successful nightly run in the ledger: judged at now only")
    elif inputs.due < inputs.now:
        raw.notes.append(f"rows due after the last nightly run ({report.due}) are pending")
    return report


def _guarded(name: str, run: Callable[[], Check]) -> Check:
    """Run one check; a file it cannot read is a violation (the promise cannot be confirmed)."""
    try:
        return run()
    except (duckdb.Error, OSError) as exc:
        check = Check(name, "could not run")
        reason = f"{str(exc).splitlines()[0]}: fix or move the file named, then verify again"
        check.add("check_failed", Example(None, None, reason))
        return check
