"""Prefect tasks: thin named wrappers over the core steps (no logic lives here).

Every task passes the run's coordinator state (lakesweep.run.Run) in memory; nothing is
persisted as a Prefect result (it may name files and orgs), hence NO_CACHE and
``persist_result=False``.
"""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from lakesweep import progress, rebuild
from lakesweep import run as core
from lakesweep.report import partition_table, summary_markdown
from lakesweep.summary import RunSummary

_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}
NOTHING_DELETED = {"table": "raw", "event_date": "", "rule": "(nothing deleted)", "rows": 0}

recover = task(core.recover, name="recover", **_OPTIONS)
read_training = task(core.read_training, name="read-training", **_OPTIONS)
list_raw_files = task(core.list_raw_files, name="list-raw-files", **_OPTIONS)
prune_training = task(core.prune_training, name="remove-from-training", **_OPTIONS)
finish_run = task(core.finish_run, name="record-run", **_OPTIONS)
backfill_days = task(rebuild.backfill_days, name="rebuild-days", **_OPTIONS)
finish_backfill = task(rebuild.finish_backfill, name="record-backfill", **_OPTIONS)


@task(
    name="raw-partition",
    task_run_name="raw-{day}",
    retries=2,
    retry_delay_seconds=5,
    **_OPTIONS,
)
def process_partition(run: core.Run, day: str, files: list[str]) -> int:
    """The raw files of one event_date partition, one after the other (partitions run in
    parallel). A retry is safe: every unit is idempotent (docs/design.md). Returns the
    number of files."""
    with progress.quiet():  # the flow reports progress per partition
        core.process_raw_files(run, files, workers=1)
    return len(files)


@task(name="publish-summary", **_OPTIONS)
def publish_summary(summary: RunSummary) -> None:
    """Artifacts per run, shown in the Prefect UI: the summary (markdown) and the rows
    deleted per rule and partition (a table). Counts and names only, never row content."""
    create_markdown_artifact(
        key=f"lakesweep-{summary.kind}",
        markdown=summary_markdown(summary),
        description=f"lakesweep run {summary.run_id}: {summary.status}",
    )
    if summary.kind == "nightly":
        create_table_artifact(
            key=f"lakesweep-{summary.kind}-deletions",
            table=partition_table(summary) or [NOTHING_DELETED],
            description=f"lakesweep run {summary.run_id}: rows deleted per rule and partition",
        )
