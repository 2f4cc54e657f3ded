"""The nightly pass as a Prefect flow: a table of contents over lakesweep.run's steps.

The flow run ends Failed whenever lakesweep records the run as failed or it does not start
(flows.outcome); raw files are processed one task per event_date partition
(flows.partitions); the key comes from the environment or a Secret block (flows.secrets).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from prefect import flow

import lakesweep  # noqa: F401  (sets the offline environment before Prefect loads)
from flows.outcome import conclude
from flows.partitions import process_partitions
from flows.secrets import KEY_BLOCK, settings_with_key
from flows.tasks import (
    finish_run,
    list_raw_files,
    prune_training,
    publish_summary,
    read_training,
    recover,
)
from lakesweep.keycheck import require_key
from lakesweep.partitions import by_partition
from lakesweep.run import open_lake, writer_scope
from lakesweep.summary import RunSummary


@flow(name="nightly", log_prints=False, persist_result=False)
def nightly(
    lake: str | None = None,
    dry_run: bool = False,
    workers: int | None = None,
    retention_days: int | None = None,
    now: dt.datetime | None = None,
    s3_endpoint_url: str | None = None,
    dask_address: str | None = None,
    dask_workers: int | None = None,
    lease_wait_seconds: int | None = None,
    key_block: str | None = KEY_BLOCK,
) -> Any:
    """Aggregate, export, remove from training, delete, and record it in the ledger."""
    flags = {k: v for k, v in locals().items() if k != "key_block"}
    return conclude("nightly", lambda: _nightly(flags, key_block))


def _nightly(flags: dict[str, Any], key_block: str | None) -> RunSummary:
    run = open_lake(settings_with_key(flags, key_block))
    require_key(run)
    with writer_scope(run):
        recover(run)
        read_training(run)
        process_partitions(run, by_partition(list_raw_files(run)))
        prune_training(run)
        summary = finish_run(run)
    publish_summary(summary)
    return summary
