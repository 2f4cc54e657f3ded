"""The backfill as a Prefect flow: rebuild training rows of a range of days from raw data.

Like the nightly flow, it ends Failed whenever lakesweep records the run as failed or it
does not start (flows.outcome), and reads the key from the environment or a Secret block.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from prefect import flow

import lakesweep  # noqa: F401  (sets the offline environment before Prefect loads)
from flows.outcome import conclude
from flows.secrets import KEY_BLOCK, settings_with_key
from flows.tasks import (
    backfill_days,
    finish_backfill,
    prune_training,
    publish_summary,
    read_training,
    recover,
)
from lakesweep.keycheck import require_key
from lakesweep.run import open_lake, writer_scope
from lakesweep.summary import RunSummary


@flow(name="backfill", log_prints=False, persist_result=False)
def backfill(
    first_day: dt.date,
    last_day: dt.date,
    lake: str | None = None,
    resanitize: bool = False,
    dry_run: bool = False,
    s3_endpoint_url: str | None = None,
    lease_wait_seconds: int | None = None,
    key_block: str | None = KEY_BLOCK,
) -> Any:
    """Re-export [first_day, last_day] with the current sanitizer where raw data still exists."""
    flags = dict(
        lake=lake,
        dry_run=dry_run,
        s3_endpoint_url=s3_endpoint_url,
        lease_wait_seconds=lease_wait_seconds,
    )
    days = (first_day, last_day, resanitize)
    return conclude("backfill", lambda: _backfill(flags, key_block, days))


def _backfill(
    flags: dict[str, Any], key_block: str | None, days: tuple[dt.date, dt.date, bool]
) -> RunSummary:
    run = open_lake(settings_with_key(flags, key_block), kind="backfill")
    require_key(run)
    with writer_scope(run):
        recover(run)
        read_training(run)
        prune_training(run)
        summary = finish_backfill(run, backfill_days(run, *days))
    publish_summary(summary)
    return summary
