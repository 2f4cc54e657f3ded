"""The nightly flow's fan-out: one task per raw event_date partition (days, not files).

At most ``workers`` partitions run at once (each runs its files one after the other, or on
the Dask cluster when one is configured), so ``workers`` still bounds the files processed
at once; a partition's task run is created when it starts. A progress artifact is updated as
partitions finish. The tasks run on the flow's own task runner, so an interrupt reaches
Prefect (the flow run is marked Crashed) without waiting for partitions still running.
"""

from __future__ import annotations

from prefect.artifacts import create_progress_artifact, update_progress_artifact
from prefect.futures import PrefectFuture, as_completed

from flows.tasks import process_partition
from lakesweep import progress
from lakesweep.run import Run


def process_partitions(run: Run, days: dict[str, list[str]]) -> None:
    """Every partition through :func:`flows.tasks.process_partition`; raises the first
    partition that failed after its retries."""
    total, limit = len(days), max(1, run.ctx.settings.workers)
    label = "dry run: raw partitions" if run.ctx.dry_run else "raw partitions"
    artifact = create_progress_artifact(
        0.0 if total else 100.0,
        key=f"lakesweep-{run.kind}-progress",
        description=_said(run, 0, total),
    )
    bar = progress.reporter()
    bar.start(label, total)
    waiting = list(days.items())
    running: set[PrefectFuture] = set()
    done = 0
    try:
        while waiting or running:
            while waiting and len(running) < limit:
                day, files = waiting.pop(0)
                running.add(process_partition.submit(run, day, files))
            finished = next(as_completed(list(running)))
            running.discard(finished)
            finished.result()  # a partition that failed after its retries stops the run
            done += 1
            bar.advance()
            update_progress_artifact(artifact, 100.0 * done / total, _said(run, done, total))
    finally:
        bar.finish()


def _said(run: Run, done: int, total: int) -> str:
    return f"lakesweep run {run.ctx.run_id}: {done} of {total} raw partitions done"
