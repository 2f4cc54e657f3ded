"""Prefect tasks: thin named wrappers over the core steps (no logic lives here).

Every task passes the run's coordinator state (lakesweep.run.Run) in memory; nothing is
persisted as a Prefect result (it may name files and orgs), hence NO_CACHE and
``persist_result=False``.
"""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from lakesweep import rebuild, run
from lakesweep.report import summary_markdown
from lakesweep.summary import RunSummary

_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}

recover = task(run.recover, name="recover", **_OPTIONS)
read_training = task(run.read_training, name="read-training", **_OPTIONS)
list_raw_files = task(run.list_raw_files, name="list-raw-files", **_OPTIONS)
process_raw_files = task(run.process_raw_files, name="aggregate-delete-export", **_OPTIONS)
prune_training = task(run.prune_training, name="remove-from-training", **_OPTIONS)
finish_run = task(run.finish_run, name="record-run", **_OPTIONS)
backfill_days = task(rebuild.backfill_days, name="rebuild-days", **_OPTIONS)
finish_backfill = task(rebuild.finish_backfill, name="record-backfill", **_OPTIONS)


@task(name="publish-summary", **_OPTIONS)
def publish_summary(summary: RunSummary) -> None:
    """A markdown artifact per run, shown in the Prefect UI."""
    create_markdown_artifact(
        key=f"lakesweep-{summary.kind}",
        markdown=summary_markdown(summary),
        description=f"lakesweep run {summary.run_id}",
    )
