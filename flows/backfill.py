"""The backfill as a Prefect flow: rebuild training rows of a range of days from raw data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from prefect import flow

import lakesweep  # noqa: F401  (sets the offline environment before Prefect loads)
from flows.tasks import (
    backfill_days,
    finish_backfill,
    load_policy,
    prune_training,
    publish_summary,
    recover,
)
from lakesweep.run import start_run, writer_scope
from lakesweep.settings import build_settings


@flow(name="backfill", log_prints=False)
def backfill(
    first_day: dt.date,
    last_day: dt.date,
    lake: str | None = None,
    resanitize: bool = False,
    dry_run: bool = False,
    s3_endpoint_url: str | None = None,
) -> dict[str, Any]:
    """Re-export [first_day, last_day] with the current sanitizer where raw data still exists."""
    settings = build_settings(lake=lake, dry_run=dry_run, s3_endpoint_url=s3_endpoint_url)
    started = dt.datetime.now(dt.UTC)
    ctx = start_run(settings)
    with writer_scope(ctx):
        ctx = recover(ctx)
        policy = load_policy(ctx)
        pruned = prune_training(ctx, policy)
        result = backfill_days(ctx, policy, first_day, last_day, resanitize)
        summary = finish_backfill(ctx, result, pruned, started)
    publish_summary(summary)
    return summary.to_dict()
