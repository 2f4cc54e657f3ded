"""The nightly pass as a Prefect flow: a table of contents over lakesweep.run's steps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from prefect import flow

import lakesweep  # noqa: F401  (sets the offline environment before Prefect loads)
from flows.tasks import (
    finish_run,
    list_raw_files,
    process_raw_files,
    prune_training,
    publish_summary,
    read_training,
    recover,
)
from lakesweep.run import open_lake, writer_scope
from lakesweep.settings import build_settings


@flow(name="nightly", log_prints=False)
def nightly(
    lake: str | None = None,
    dry_run: bool = False,
    workers: int | None = None,
    retention_days: int | None = None,
    now: dt.datetime | None = None,
    s3_endpoint_url: str | None = None,
    dask_address: str | None = None,
    dask_workers: int | None = None,
) -> dict[str, Any]:
    """Aggregate, export, remove from training, delete, and record it in the ledger."""
    settings = build_settings(
        lake=lake,
        dry_run=dry_run,
        workers=workers,
        retention_days=retention_days,
        now=now,
        s3_endpoint_url=s3_endpoint_url,
        dask_address=dask_address,
        dask_workers=dask_workers,
    )
    run = open_lake(settings)
    with writer_scope(run):
        recover(run)
        read_training(run)
        files = list_raw_files(run)
        process_raw_files(run, files)
        prune_training(run)
        summary = finish_run(run)
    publish_summary(summary)
    return summary.to_dict()
