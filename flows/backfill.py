"""The backfill as a Prefect flow: rebuild training rows of a range of days from raw data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from prefect import flow

import lakesweep  # noqa: F401  (sets the offline environment before Prefect loads)
from flows.tasks import (
    backfill_days,
    finish_backfill,
    prune_training,
    publish_summary,
    read_training,
    recover,
)
from lakesweep.run import open_lake, writer_scope
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
    run = open_lake(settings, kind="backfill")
    with writer_scope(run):
        recover(run)
        read_training(run)
        prune_training(run)
        result = backfill_days(run, first_day, last_day, resanitize)
        summary = finish_backfill(run, result)
    publish_summary(summary)
    return summary.to_dict()
