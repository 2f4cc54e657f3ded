"""Prefect tasks: thin named wrappers over the core steps (no logic lives here)."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from lakesweep import run
from lakesweep.report import summary_markdown
from lakesweep.summary import RunSummary

recover = task(run.recover, name="recover", cache_policy=NO_CACHE)
load_policy = task(run.load_policy, name="load-policy", cache_policy=NO_CACHE)
list_raw_files = task(run.list_raw_files, name="list-raw-files", cache_policy=NO_CACHE)
process_raw_files = task(
    run.process_raw_files, name="aggregate-export-delete", cache_policy=NO_CACHE
)
prune_training = task(run.prune_training, name="remove-from-training", cache_policy=NO_CACHE)
finish_run = task(run.finish_run, name="record-run", cache_policy=NO_CACHE)
backfill_days = task(run.backfill_days, name="rebuild-days", cache_policy=NO_CACHE)
finish_backfill = task(run.finish_backfill, name="record-backfill", cache_policy=NO_CACHE)


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(summary: RunSummary) -> None:
    """A markdown artifact per run, shown in the Prefect UI."""
    create_markdown_artifact(
        key=f"lakesweep-{summary.kind}",
        markdown=summary_markdown(summary),
        description=f"lakesweep run {summary.run_id}",
    )
