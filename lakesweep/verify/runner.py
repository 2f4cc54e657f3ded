"""Run every verify check over a lake and collect one report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb

from lakesweep.verify.file_checks import check_hygiene
from lakesweep.verify.lake import connect, open_lake
from lakesweep.verify.ledger_checks import check_chain, check_deletions
from lakesweep.verify.model import Check, Example, Report
from lakesweep.verify.raw_checks import check_raw
from lakesweep.verify.registry_check import check_registry
from lakesweep.verify.rescan import check_rescan
from lakesweep.verify.training_checks import check_columns, check_training
from lakesweep.verify.usage_check import check_usage
from lakesweep.verify.version_check import check_versions


def verify_lake(
    lake: str | None,
    *,
    sample: int = 200,
    examples: int = 5,
    now: dt.datetime | None = None,
    retention_days: int | None = None,
    grace_hours: float | None = None,
    s3_endpoint_url: str | None = None,
) -> Report:
    """Check ``lake`` against the contract. Raises LakeInputError when it cannot be read."""
    inputs = open_lake(lake, now, retention_days, grace_hours, s3_endpoint_url)
    report = Report(
        lake=inputs.storage.root,
        now=inputs.now.isoformat(),
        grace=f"{inputs.grace.total_seconds() / 3600:g} h",
    )
    con = connect(inputs)
    with con:
        report.checks.append(_guarded("ledger_chain", lambda: check_chain(inputs, examples)))
        raw, files = check_raw(inputs, con, examples)
        report.checks.append(raw)
        checks: list[tuple[str, Callable[[], Check]]] = [
            ("usage", lambda: check_usage(inputs, con, files, examples)),
            ("deletions", lambda: check_deletions(inputs, con, examples)),
            ("training_rows", lambda: check_training(inputs, con, examples)),
            ("training_columns", lambda: check_columns(inputs, con, examples)),
            ("leftovers", lambda: check_hygiene(inputs, examples)),
            ("registry", lambda: check_registry(con, examples)),
            ("sanitizer_versions", lambda: check_versions(inputs, con, examples)),
            ("rescan", lambda: check_rescan(inputs, con, sample, examples)),
        ]
        report.checks.extend(_guarded(name, run) for name, run in checks)
    return report


def _guarded(name: str, run: Callable[[], Check]) -> Check:
    """Run one check; one that cannot run is a violation (the promise cannot be confirmed)."""
    try:
        return run()
    except (duckdb.Error, OSError, ValueError) as exc:
        check = Check(name, "could not run")
        reason = f"{str(exc).splitlines()[0]}: fix or move the file named, then verify again"
        check.add("check_failed", Example(None, None, reason))
        return check
