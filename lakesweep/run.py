"""The steps of a run, as plain functions: the Prefect flows and :func:`run_nightly` call them.

start -> (lease) -> recover -> load policy -> list files -> process files -> finish.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from lakesweep import backfill, ledger, policy, propagate, rewrite, usage
from lakesweep.context import Clock, RunContext, new_run_id
from lakesweep.executor import map_files
from lakesweep.export import part_file_key
from lakesweep.lease import Lease
from lakesweep.settings import Settings
from lakesweep.storage import Storage, StorageError
from lakesweep.summary import RunSummary
from lakesweep.units import FileResult, process_raw_file

log = logging.getLogger(__name__)


class LakeError(RuntimeError):
    """The lake root is missing or is not a lake."""


def start_run(settings: Settings) -> RunContext:
    """Open the lake and take the run's clock once."""
    storage = Storage(settings.lake, settings.s3_endpoint_url)
    if not storage.is_dir("."):
        raise LakeError(f"lake root {settings.lake!r} does not exist or is not a folder")
    if not storage.is_dir("raw") and not storage.is_dir("policy"):
        raise LakeError(
            f"{settings.lake!r} is not a lake: it has no raw/ and no policy/ folder "
            "(see the lake contract for the layout)"
        )
    clock = Clock.take(settings.now)
    ctx = RunContext(settings, storage, new_run_id(clock.now), clock)
    log.info(
        "run %s on %s, now=%s%s",
        ctx.run_id,
        settings.lake,
        clock.now.isoformat(),
        " (dry run)" if settings.dry_run else "",
    )
    return ctx


@contextmanager
def writer_scope(ctx: RunContext) -> Iterator[RunContext]:
    """Hold the one-writer lease (not in a dry run); a failure still gets a run record."""
    lease = Lease(ctx.storage, ctx.run_id, ctx.settings.lease_seconds)
    started = dt.datetime.now(dt.UTC)
    if not ctx.dry_run:
        ctx.storage.check_writable()
        lease.acquire(ctx.settings.lease_wait_seconds)
        ctx.checkpoint("after_lease")
    try:
        yield ctx
    except Exception as exc:
        if not ctx.dry_run:
            write_run_record(ctx, RunSummary.failed_run(ctx, started, exc))
        raise
    finally:
        if not ctx.dry_run:
            lease.release()


def recover(ctx: RunContext) -> RunContext:
    """Finish what a crashed run left; learn which raw files are counted and exported."""
    if not ctx.dry_run:
        for rel in rewrite.reconcile(ctx):
            log.warning("completed the interrupted deletion of %s", rel)
    exported: dict[str, list[str]] = {}
    for info in ctx.storage.list("training", ".parquet"):
        key = part_file_key(info.path)
        if key is not None:
            exported.setdefault(key, []).append(info.path)
    return replace(
        ctx,
        counted=usage.counted_keys(ctx.storage),
        exported={k: tuple(v) for k, v in exported.items()},
    )


def load_policy(ctx: RunContext) -> policy.Policy:
    return policy.load_policy(ctx.storage)


def list_raw_files(ctx: RunContext) -> list[str]:
    """Every ``raw/event_date=*/*.parquet``; other .parquet files under raw/ are logged."""
    if not ctx.storage.is_dir("raw"):
        raise LakeError(f"{ctx.settings.lake} has no raw/ folder: is this a lake root?")
    files = []
    for info in ctx.storage.list("raw", ".parquet"):
        if _in_day_folder(info.path):
            files.append(info.path)
        else:
            log.warning("ignoring %s: raw files live in raw/event_date=YYYY-MM-DD/", info.path)
    return files


def process_raw_files(ctx: RunContext, pol: policy.Policy, files: list[str]) -> list[FileResult]:
    """Aggregate, export and purge every raw file, ``settings.workers`` at a time."""
    phase = "dry run" if ctx.dry_run else "raw files"
    return map_files(ctx.settings, phase, process_raw_file, files, ctx, pol)


def prune_training(ctx: RunContext, pol: policy.Policy) -> list[FileResult]:
    """Remove training rows that are no longer eligible (opt-outs, erasures, ...)."""
    files = propagate.training_files(ctx)
    if not files or ctx.settings.pseudonym_key is None:
        return []
    keys = propagate.org_keys(ctx, pol)
    return map_files(
        ctx.settings, "training files", propagate.prune_training_file, files, ctx, pol, keys
    )


def finish_run(ctx: RunContext, results: list[FileResult], started: dt.datetime) -> RunSummary:
    summary = RunSummary.of(ctx, started, results)
    if not ctx.dry_run:
        ctx.checkpoint("before_run_record")
        write_run_record(ctx, summary)
    return summary


def write_run_record(ctx: RunContext, summary: RunSummary) -> None:
    rec = ledger.record(
        "run",
        ctx.run_id,
        started_at=summary.started_at,
        ended_at=summary.ended_at,
        status=summary.status,
        rows=summary.totals.get("rows_deleted", 0),
        detail=summary.detail(),
    )
    try:
        ledger.write(ctx.storage, f"_ledger/runs/{ctx.run_id}.jsonl", [rec])
    except (OSError, StorageError):
        log.exception("could not write the run record of %s", ctx.run_id)


def backfill_days(
    ctx: RunContext, pol: policy.Policy, first: dt.date, last: dt.date, resanitize: bool
) -> backfill.BackfillResult:
    """Rebuild the training rows of [first, last] from the raw data that still exists."""
    return backfill.backfill(ctx, pol, backfill.days_between(first, last), resanitize)


def finish_backfill(
    ctx: RunContext, result: backfill.BackfillResult, pruned: list[FileResult], started: dt.datetime
) -> RunSummary:
    summary = RunSummary.of(ctx, started, pruned)
    summary.kind = "backfill"
    summary.days = [vars(r) for r in result.days.values()]
    summary.entities = dict(sorted(result.entities.items()))
    summary.totals["bytes_written"] += result.bytes_written
    summary.totals["rows_rebuilt"] = sum(r.rebuilt for r in result.days.values())
    summary.errors += result.errors
    if result.errors:
        summary.status = "failed"
    if not ctx.dry_run:
        write_run_record(ctx, summary)
    return summary


def run_backfill(settings: Settings, first: dt.date, last: dt.date, resanitize: bool) -> RunSummary:
    """The backfill without Prefect."""
    started = dt.datetime.now(dt.UTC)
    ctx = start_run(settings)
    with writer_scope(ctx):
        ctx = recover(ctx)
        pol = load_policy(ctx)
        pruned = prune_training(ctx, pol)
        result = backfill_days(ctx, pol, first, last, resanitize)
        return finish_backfill(ctx, result, pruned, started)


def run_nightly(settings: Settings) -> RunSummary:
    """The nightly pass without Prefect (tests, benchmarks, Dask workers)."""
    started = dt.datetime.now(dt.UTC)
    ctx = start_run(settings)
    with writer_scope(ctx):
        ctx = recover(ctx)
        pol = load_policy(ctx)
        files = list_raw_files(ctx)
        results = process_raw_files(ctx, pol, files)
        results += prune_training(ctx, pol)
        return finish_run(ctx, results, started)


def _in_day_folder(rel: str) -> bool:
    parts = rel.split("/")
    return len(parts) == 3 and parts[1].startswith("event_date=")
