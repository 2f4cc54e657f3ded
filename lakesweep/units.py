"""One unit of work per raw file: count, delete, prepare the export.

Plain functions of (context, policy, file): they run in a thread, a process or on Dask, and
any of them may run twice (a retry, a lost worker): every effect is create-only or
conditional on the version read, and what is left to record or publish is returned to the
run's coordinator (lakesweep.run), never written here.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import pyarrow as pa

from lakesweep import export, lineage, rewrite, usage
from lakesweep.context import RunContext
from lakesweep.files import keep_rows
from lakesweep.parquet_out import write_options
from lakesweep.plan import plan_files
from lakesweep.policy import Policy
from lakesweep.rawfile import RawFileError, read_raw
from lakesweep.storage import ConcurrentModification

log = logging.getLogger(__name__)


@dataclass
class FileResult:
    file: str
    table: str = "raw"
    rows_before: int = 0
    rows_after: int = 0
    deleted: dict[str, int] = field(default_factory=dict)
    action: str = "none"  # none | rewrite | remove | quarantined | failed | gone
    bytes_before: int = 0
    bytes_written: int = 0
    usage_committed: bool = False
    unknown_age: int = 0
    unregistered: int = 0
    unregistered_orgs: dict[str | None, int] = field(default_factory=dict)  # by org id
    unregistered_orgs_capped: bool = False  # more ids than unregistered_orgs holds
    eligible: int = 0
    exported: int = 0
    too_long: int = 0
    missing_columns: tuple[str, ...] = ()
    entities: Counter[str] = field(default_factory=Counter)
    error: str | None = None
    error_reason: str | None = None
    intent: dict[str, Any] | None = None  # a change to record (lakesweep.recorder)
    export: pa.Table | None = None  # sanitized rows to publish (lakesweep.publish)

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass
class GroupResult:
    """What a unit over a group of raw files returns to the coordinator."""

    files: list[FileResult]
    export: pa.Table | None = None  # sanitized rows of the whole group, to publish


def process_raw_file(ctx: RunContext, policy: Policy, rel: str) -> FileResult:
    """One raw file as a group of one (tests, tools)."""
    group = process_raw_files(ctx, policy, (rel,))
    group.files[0].export = group.export
    return group.files[0]


def process_raw_files(ctx: RunContext, policy: Policy, rels: tuple[str, ...]) -> GroupResult:
    """Count the raw files whose content is new, delete what the rules delete, and sanitize
    their eligible rows that training does not hold yet. One query per step for the group;
    every effect is still per file, so a failure of one file leaves the others' intact."""
    results = [FileResult(file=rel) for rel in rels]
    raws, known, live = _read_all(ctx, results)
    try:
        plans = plan_files(ctx, policy, [raw.rows for raw in raws])
    except Exception as exc:  # the group's query failed: every file of it is reported
        for r in live:
            _failed(r, exc)
        return GroupResult(results)
    for result, plan in zip(live, plans, strict=True):
        result.rows_before, result.rows_after = plan.rows_before, plan.rows_after
        result.deleted = plan.deleted
        result.unknown_age = plan.count("unknown_age")
        result.unregistered = plan.rows_before - plan.count("registered")
        result.unregistered_orgs, result.unregistered_orgs_capped = plan.unregistered_orgs()
        result.eligible = plan.count("eligible")
        if result.deleted:
            result.action = "remove" if plan.rows_after == 0 else "rewrite"
    if ctx.dry_run:
        for result in live:
            result.bytes_written = _estimate(result)
        return GroupResult(results)
    ok = _commit_group(replace(ctx, storage=ctx.storage.deferred()), raws, known, plans, live)
    group = GroupResult(results)
    try:
        prepared = export.prepare(ctx, [raws[i] for i in ok], [plans[i] for i in ok])
        group.export = prepared.table
        for i, n in zip(ok, prepared.too_long, strict=True):
            live[i].too_long = n
        if ok:
            live[ok[0]].entities = prepared.entities
    except Exception as exc:  # the deletions stand; the run is reported failed
        log.exception("export failed for %s", ", ".join(rels))
        for i in ok:
            live[i].error = f"{live[i].file}: export failed: {exc}"
            live[i].error_reason = "export"
    return group


def _commit_group(ctx, raws, known, plans, live) -> list[int]:
    """Count and delete, in phases over the group with one durability barrier between
    dependent steps (usage parts before the record that says "counted"; intents and lineage
    records before the replace they describe); returns the files that went through."""
    new = [i for i, k in enumerate(known) if k is None]
    aggregates = dict(zip(new, usage.aggregate([raws[i] for i in new]), strict=True))
    pending: dict[int, rewrite.Pending] = {}
    steps = [
        (new, lambda i: _add(live[i], usage.write_parts(ctx, raws[i], aggregates[i]))),
        (new, lambda i: _counted(live[i], usage.record_counted(ctx, raws[i]))),
        (range(len(live)), lambda i: _begin(ctx, i, raws[i], known[i], plans[i], pending)),
        (pending, lambda i: rewrite.stage(ctx, pending[i])),
        (pending, lambda i: _add(live[i], rewrite.commit(ctx, pending[i])["bytes_after"])),
    ]
    failed: set[int] = set()
    for indices, step in steps:
        for i in list(indices):
            if i in failed:
                continue
            try:
                step(i)
            except FileNotFoundError:  # removed since it was listed
                live[i].action = "gone"
                failed.add(i)
            except ConcurrentModification as exc:  # changed since it was read: not touched
                live[i].action, live[i].error = "failed", str(exc)
                live[i].error_reason = "changed"
                failed.add(i)
            except Exception as exc:  # one bad file must not stop the others
                _failed(live[i], exc)
                failed.add(i)
        ctx.storage.barrier()
    for i, p in pending.items():
        if i not in failed:
            live[i].intent = p.intent
    return [i for i in range(len(live)) if i not in failed]


def _add(result: FileResult, written: int) -> None:
    result.bytes_written += written


def _counted(result: FileResult, _: None) -> None:
    result.usage_committed = True


def _begin(ctx, i: int, raw, known, plan, pending: dict) -> None:
    """The write-ahead intent of a file that loses rows."""
    if plan.deleted:
        origin = known.origin if known else raw.cid
        p = rewrite.begin(ctx, _change(raw, plan, origin), len(raw.blob.data))
        rewrite.write_intent(ctx, p)
        pending[i] = p


def _read_all(ctx: RunContext, results: list[FileResult]) -> tuple[list, list, list]:
    """Read every file of the group once; files that cannot be read are reported as such."""
    raws, known, live = [], [], []
    for result in results:
        try:
            raw = read_raw(ctx.storage, result.file)
            result.bytes_before = len(raw.blob.data)
            result.missing_columns = raw.missing
            known.append(lineage.lookup(ctx.storage, raw.cid, result.file))
            raws.append(raw)
            live.append(result)
        except FileNotFoundError:
            result.action = "gone"  # removed since it was listed
        except RawFileError as exc:
            log.error("quarantined (left in place): %s", exc)
            result.action, result.error, result.error_reason = "quarantined", str(exc), exc.reason
        except Exception as exc:
            _failed(result, exc)
    return raws, known, live


def _change(raw, plan, origin: str) -> rewrite.Change:
    kept = keep_rows(raw.table, plan.keep_mask) if plan.rows_after else None
    return rewrite.Change(
        "raw",
        raw.rel,
        raw.cid,
        raw.blob.token,
        raw.table,
        kept,
        deleted=plan.deleted,
        orgs=plan.orgs,
        origin=origin,
        options=write_options(raw.blob.data, kept) if kept is not None else {},
    )


def _failed(result: FileResult, exc: BaseException) -> None:
    log.error("failed on %s: %s", result.file, exc, exc_info=exc)
    result.action, result.error, result.error_reason = "failed", f"{result.file}: {exc}", "error"


def _estimate(result: FileResult) -> int:
    if result.rows_after == 0 or result.rows_before == 0:
        return 0
    return int(result.bytes_before * result.rows_after / result.rows_before)
