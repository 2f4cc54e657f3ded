"""The nightly pass as a Prefect flow: a table of contents over lakesweep.run's steps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from prefect import flow

import lakesweep  # noqa: F401  (sets the offline environment before Prefect loads)
from flows.tasks import (
    finish_run,
    list_raw_files,
    load_policy,
    process_raw_files,
    prune_training,
    publish_summary,
    recover,
)
from lakesweep.run import start_run, writer_scope
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
    started = dt.datetime.now(dt.UTC)
    ctx = start_run(settings)
    with writer_scope(ctx):
        ctx = recover(ctx)
        policy = load_policy(ctx)
        files = list_raw_files(ctx)
        results = process_raw_files(ctx, policy, files)
        results += prune_training(ctx, policy)
        summary = finish_run(ctx, results, started)
    publish_summary(summary)
    return summary.to_dict()
