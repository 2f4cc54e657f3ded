"""The steps of a run, as plain functions over one :class:`Run` (the coordinator's state).

open (validate inputs) -> take the lease -> recover -> read training -> raw files (units
count/delete/sanitize; the coordinator publishes and records) -> training pass -> finish.
The Prefect flows (flows/) and :func:`run_nightly` call these same steps; the per-file
ones (raw files, training files) are in lakesweep.passes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from lakesweep import policy as policy_mod
from lakesweep import rewrite, snapshots
from lakesweep.context import Clock, RunContext, new_run_id
from lakesweep.exported import TrainingIndex, read_index
from lakesweep.keycheck import require_key
from lakesweep.lease import Lease, LeaseLost
from lakesweep.ledger import Ledger
from lakesweep.passes import list_raw_files, process_raw_files, prune_training
from lakesweep.publish import Publisher
from lakesweep.recorder import Recorder
from lakesweep.registry import registry_warnings
from lakesweep.runs import close_run, open_run, recover_interrupted
from lakesweep.settings import Settings
from lakesweep.storage import TMP_SUFFIX, Storage
from lakesweep.summary import RunSummary
from lakesweep.units import FileResult

log = logging.getLogger(__name__)


class LakeError(RuntimeError):
    """The lake root is missing or is not a lake."""


class RunFailed(RuntimeError):
    """A run stopped after it began changing the lake (an outage, a bug). What it did is
    safe: the next run completes it. The cause is chained."""


@dataclass
class Run:
    ctx: RunContext
    policy: policy_mod.Policy
    started: dt.datetime
    kind: str = "nightly"
    lease: Lease | None = None
    book: Ledger | None = None
    recorder: Recorder | None = None
    publisher: Publisher | None = None
    index: TrainingIndex | None = None
    results: list[FileResult] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # files whose change was completed
    warnings: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)  # raw file -> bytes (grouping)


def open_lake(settings: Settings, kind: str = "nightly") -> Run:
    """Validate the lake and the policy (nothing is written); take the run's clock once."""
    storage = Storage(settings.lake, settings.s3_endpoint_url)
    if not storage.is_dir("."):
        raise LakeError(f"lake root {settings.lake!r} does not exist or is not a folder")
    if not storage.is_dir("raw") and not storage.is_dir("policy"):
        raise LakeError(
            f"{settings.lake!r} is not a lake: it has no raw/ and no policy/ folder "
            "(see docs/contract.md for the layout)"
        )
    pol = policy_mod.load_policy(storage)
    clock = Clock.take(settings.now)
    ctx = RunContext(settings, storage, new_run_id(clock.now), clock)
    log.info(
        "run %s on %s, now=%s%s",
        ctx.run_id,
        settings.lake,
        clock.now.isoformat(),
        " (dry run)" if settings.dry_run else "",
    )
    return Run(ctx, pol, dt.datetime.now(dt.UTC), kind)


@contextmanager
def writer_scope(run: Run) -> Iterator[Run]:
    """Hold the lease (not in a dry run) with every write fenced by it; a failure still gets
    a run record, unless the lease was lost (then the next holder writes it)."""
    ctx = run.ctx
    if not ctx.dry_run:
        ctx.storage.check_writable()
        run.lease = Lease(ctx.storage, ctx.run_id, ctx.settings.lease_seconds)
        run.lease.acquire(ctx.settings.lease_wait_seconds)
        run.ctx = ctx = replace(ctx, storage=ctx.storage.fenced(run.lease.fence()))
        ctx.checkpoint("after_lease")
    run.book = Ledger(ctx.storage)
    run.recorder = Recorder(ctx, run.book)
    try:
        yield run
    except LeaseLost:
        log.error("run %s lost the lease and stopped; the next run completes it", ctx.run_id)
        raise
    except Exception as exc:
        if ctx.dry_run:
            raise
        _record_failure(run, exc)
        raise RunFailed(
            f"run {ctx.run_id} stopped: {type(exc).__name__}: {exc}. What it changed is "
            "recorded or will be completed by the next run."
        ) from exc
    finally:
        if run.lease is not None:
            run.lease.release()


def recover(run: Run) -> Run:
    """Finish what crashed runs left (intents, temp files, run records); snapshot the policy."""
    ctx = run.ctx
    if ctx.dry_run:
        return run
    assert run.book is not None and run.recorder is not None
    head, _ = run.book.head()
    run.ctx = ctx = replace(
        ctx, ledger_from=head, policy_hash=snapshots.snapshot(ctx.storage, run.policy)
    )
    run.recorder.ctx = ctx
    open_run(ctx, run.kind)
    for prefix in ("raw", "training", "usage", "_ledger", "_state"):
        for info in ctx.storage.list(prefix, TMP_SUFFIX, data_only=False):
            ctx.storage.delete(info.path)
    run.recovered = run.recorder.settle(rewrite.pending(ctx.storage))
    for rel in run.recovered:
        log.warning("completed the interrupted change of %s", rel)
    recover_interrupted(ctx, run.book)
    return run


def read_training(run: Run) -> Run:
    """What training/ holds: exported requests (units skip them) and duplicates."""
    files = training_files(run.ctx)
    run.index = read_index(run.ctx.storage, files, run.ctx.settings.workers * 2)
    run.ctx = replace(run.ctx, exported=run.index.exported)
    run.publisher = Publisher(run.ctx)
    for rel in run.index.unreadable:
        run.warnings.append(f"{rel}: training part not readable; it could not be checked")
    if run.index.unreadable:  # its sample ids are unknown: an export could duplicate them
        run.publisher.withheld = (
            f"{len(run.index.unreadable)} training part(s) could not be read, so nothing was "
            "exported (a request could have been exported twice); the next run exports"
        )
    return run


def finish_run(run: Run, extra: Any = None) -> RunSummary:
    """Settle this run's own left-over intents (a lost worker), then write the run record.
    ``extra``: a backfill's per-day result, folded into the summary."""
    ctx = run.ctx
    if not ctx.dry_run:
        assert run.recorder is not None and run.book is not None
        run.recorder.flush()
        run.recovered += run.recorder.settle(rewrite.pending(ctx.storage, ctx.run_id))
    summary = RunSummary.of(ctx, run.started, run.results, run.kind)
    if not ctx.dry_run and run.recorder is not None:  # what the ledger says this run did
        summary.count_deletions(run.recorder.deleted)
    summary.warnings += run.warnings + registry_warnings(run.policy, run.results)
    if run.publisher is not None and run.publisher.withheld and not ctx.dry_run:
        summary.errors.append(run.publisher.withheld)
        summary.status = "failed"
    summary.totals["changes_completed_for_interrupted_runs"] = len(run.recovered)
    if extra is not None:
        summary.add_backfill(extra)
    if not ctx.dry_run:
        ctx.checkpoint("before_run_record")
        close_run(ctx, run.book, summary)
    return summary


def run_nightly(settings: Settings) -> RunSummary:
    """The nightly pass without Prefect (the CLI's default, tests, benchmarks)."""
    run = open_lake(settings)
    require_key(run)
    with writer_scope(run):
        recover(run)
        read_training(run)
        process_raw_files(run, list_raw_files(run))
        prune_training(run)
        return finish_run(run)


def training_files(ctx: RunContext) -> list[str]:
    return [f.path for f in ctx.storage.list("training", ".parquet")]


def _record_failure(run: Run, exc: BaseException) -> None:
    try:
        if run.recorder is not None:
            run.recorder.flush()
        summary = RunSummary.failed_run(run.ctx, run.started, exc, run.kind)
        close_run(run.ctx, run.book, summary)
    except (Exception, LeaseLost):
        log.exception("could not write the run record of %s", run.ctx.run_id)
