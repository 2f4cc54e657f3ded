"""One unit of work per raw file: count, delete, prepare the export.

Plain functions of (context, policy, file): they run in a thread, a process or on Dask, and
any of them may run twice (a retry, a lost worker): every effect is create-only or
conditional on the version read, and what is left to record or publish is returned to the
run's coordinator (lakesweep.run), never written here.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from lakesweep import export, lineage, rewrite, usage
from lakesweep.context import RunContext
from lakesweep.plan import decide
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


def process_raw_file(ctx: RunContext, policy: Policy, rel: str) -> FileResult:
    """Count a raw file if its content is new, delete what the rules delete, and sanitize
    its eligible rows that training does not hold yet."""
    result = FileResult(file=rel)
    try:
        raw = read_raw(ctx.storage, rel)
        result.bytes_before = len(raw.blob.data)
        result.missing_columns = raw.missing
        known = lineage.lookup(ctx.storage, raw.cid)
        plan = decide(ctx, policy, raw.rows)
        result.rows_before, result.rows_after = plan.rows_before, plan.rows_after
        result.deleted = plan.deleted
        result.unknown_age = plan.count("unknown_age")
        result.unregistered = plan.rows_before - plan.count("registered")
        result.unregistered_orgs, result.unregistered_orgs_capped = plan.unregistered_orgs()
        result.eligible = plan.count("eligible")
        if result.deleted:
            result.action = "remove" if plan.rows_after == 0 else "rewrite"
        if ctx.dry_run:
            result.bytes_written = _estimate(result)
            return result
        if known is None:
            result.bytes_written += usage.commit(ctx, raw)
            result.usage_committed = True
        if result.deleted:
            kept = raw.table.filter(plan.keep_mask) if plan.rows_after else None
            change = rewrite.Change(
                "raw",
                rel,
                raw.cid,
                raw.blob.token,
                raw.table,
                kept,
                deleted=plan.deleted,
                orgs=plan.deleted_orgs(raw.rows),
                origin=known.origin if known else raw.cid,
                options=rewrite.write_options(raw.blob.data, kept) if kept is not None else {},
            )
            result.intent = rewrite.apply(ctx, change, result.bytes_before)
            result.bytes_written += result.intent["bytes_after"]
        try:
            prepared = export.prepare(ctx, raw, plan)
            result.export, result.too_long = prepared.table, prepared.too_long
            result.entities = prepared.entities
        except Exception as exc:  # the deletion stands; the run is reported failed
            log.exception("export failed for %s", rel)
            result.error, result.error_reason = f"{rel}: export failed: {exc}", "export"
    except FileNotFoundError:
        result.action = "gone"  # removed since it was listed (by a run that ran before)
    except RawFileError as exc:
        log.error("quarantined (left in place): %s", exc)
        result.action, result.error, result.error_reason = "quarantined", str(exc), exc.reason
    except ConcurrentModification as exc:
        result.action, result.error, result.error_reason = "failed", str(exc), "changed"
    except Exception as exc:  # one bad file must not stop the others; reported in the summary
        log.exception("failed on %s", rel)
        result.action, result.error, result.error_reason = "failed", f"{rel}: {exc}", "error"
    return result


def _estimate(result: FileResult) -> int:
    if result.rows_after == 0 or result.rows_before == 0:
        return 0
    return int(result.bytes_before * result.rows_after / result.rows_before)
