"""One unit of work per raw file: aggregate, export, purge.

Plain functions of (context, policy, file): they run in a thread, a process or on Dask.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from lakesweep import ledger, rewrite, usage
from lakesweep.context import RunContext, file_key
from lakesweep.export import export_file
from lakesweep.plan import decide
from lakesweep.policy import Policy
from lakesweep.rawfile import RawFileError, read_rows

log = logging.getLogger(__name__)


@dataclass
class FileResult:
    file: str
    table: str = "raw"
    rows_before: int = 0
    rows_after: int = 0
    deleted: dict[str, int] = field(default_factory=dict)
    action: str = "none"  # none | rewrite | remove | quarantined | failed
    bytes_before: int = 0
    bytes_written: int = 0
    usage_committed: bool = False
    unknown_age: int = 0
    unregistered: int = 0
    eligible: int = 0
    exported: int = 0
    too_long: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    error: str | None = None
    error_reason: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


def process_raw_file(ctx: RunContext, policy: Policy, rel: str) -> FileResult:
    """Plan one raw file, commit its usage if new, then delete what the rules delete."""
    result = FileResult(file=rel)
    try:
        result.bytes_before = ctx.storage.size(rel)
        fingerprint = ctx.storage.fingerprint(rel)
        raw = read_rows(ctx.storage, rel)
        plan = decide(ctx, policy, raw.rows)
        result.rows_before, result.rows_after = plan.rows_before, plan.rows_after
        result.deleted = plan.deleted
        result.unknown_age = plan.count("unknown_age")
        result.unregistered = plan.rows_before - plan.count("registered")
        result.eligible = plan.count("eligible")
        counted = file_key(rel) in ctx.counted
        if ctx.dry_run:
            if result.deleted:
                result.action = "remove" if plan.rows_after == 0 else "rewrite"
                result.bytes_written = _estimate(result)
            return result
        if not counted:
            result.bytes_written += usage.commit(ctx, rel, raw.rows)
            result.usage_committed = True
        try:
            exported = export_file(ctx, rel, raw, plan)
            result.exported, result.entities = exported.rows, exported.entities
            result.too_long = exported.too_long
            result.bytes_written += exported.bytes_written
        except Exception as exc:  # deletion must still happen; the run is reported failed
            log.exception("export failed for %s", rel)
            result.error, result.error_reason = f"{rel}: export failed: {exc}", "export"
        if result.deleted:
            deletion = rewrite.Deletion(
                "raw",
                rel,
                plan.rows_before,
                plan.keep_mask,
                plan.deleted,
                plan.orgs_by_rule,
                fingerprint,
            )
            result.bytes_written += rewrite.apply(ctx, deletion)
            result.action = "remove" if plan.rows_after == 0 else "rewrite"
    except RawFileError as exc:
        log.error("quarantined (left in place): %s", exc)
        result.action, result.error, result.error_reason = "quarantined", str(exc), exc.reason
        if not ctx.dry_run:
            quarantine(ctx, rel, exc)
    except Exception as exc:  # one bad file must not stop the others; reported in the summary
        log.exception("failed on %s", rel)
        result.action, result.error, result.error_reason = "failed", f"{rel}: {exc}", "error"
    return result


def quarantine(ctx: RunContext, rel: str, exc: RawFileError) -> None:
    """Leave the file where it is (never deleted) and record why it could not be processed."""
    rec = ledger.record(
        "quarantine", ctx.run_id, table="raw", file=rel, rule=exc.reason, detail={"error": str(exc)}
    )
    ledger.write(ctx.storage, f"_ledger/quarantine/{ctx.run_id}-{file_key(rel)}.jsonl", [rec])


def _estimate(result: FileResult) -> int:
    if result.rows_after == 0 or result.rows_before == 0:
        return 0
    return int(result.bytes_before * result.rows_after / result.rows_before)
