"""What a run did, in numbers: returned by the flows, printed by the CLI, kept in the ledger."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lakesweep.context import RunContext
    from lakesweep.units import FileResult


@dataclass
class RunSummary:
    run_id: str
    lake: str
    now: str
    dry_run: bool
    status: str  # succeeded | failed | dry_run
    started_at: str
    ended_at: str
    totals: dict[str, int] = field(default_factory=dict)
    deleted_by_rule: dict[str, int] = field(default_factory=dict)
    files: list[dict[str, Any]] = field(default_factory=list)  # files that changed or failed
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    @classmethod
    def of(cls, ctx: RunContext, started: dt.datetime, results: list[FileResult]) -> RunSummary:
        by_rule: Counter[str] = Counter()
        actions: Counter[str] = Counter()
        for r in results:
            by_rule.update(r.deleted)
            actions[r.action] += 1
        errors = [r.error for r in results if r.error]
        totals = {
            "files": len(results),
            "files_untouched": actions["none"],
            "files_rewritten": actions["rewrite"],
            "files_removed": actions["remove"],
            "files_failed": actions["failed"],
            "rows_seen": sum(r.rows_before for r in results),
            "rows_deleted": sum(by_rule.values()),
            "rows_unknown_age": sum(r.unknown_age for r in results),
            "rows_unregistered_org": sum(r.unregistered for r in results),
            "rows_eligible": sum(r.eligible for r in results),
            "usage_files_counted": sum(r.usage_committed for r in results),
            "bytes_written": sum(r.bytes_written for r in results),
        }
        status = "failed" if errors else ("dry_run" if ctx.dry_run else "succeeded")
        changed = [_file_row(r) for r in results if r.deleted or r.error]
        return cls(
            ctx.run_id,
            ctx.settings.lake,
            ctx.clock.now.isoformat(),
            ctx.dry_run,
            status,
            _iso(started),
            _iso(dt.datetime.now(dt.UTC)),
            totals,
            dict(sorted(by_rule.items())),
            changed,
            errors,
        )

    @classmethod
    def failed_run(cls, ctx: RunContext, started: dt.datetime, exc: BaseException) -> RunSummary:
        return cls(
            ctx.run_id, ctx.settings.lake, ctx.clock.now.isoformat(), ctx.dry_run, "failed",
            _iso(started), _iso(dt.datetime.now(dt.UTC)), errors=[f"{type(exc).__name__}: {exc}"],
        )  # fmt: skip

    def detail(self) -> dict[str, Any]:
        """What goes into the ledger's run record (no row content, no file list)."""
        return {
            "lake": self.lake,
            "now": self.now,
            "totals": self.totals,
            "deleted_by_rule": self.deleted_by_rule,
            "errors": self.errors[:50],
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _file_row(r: FileResult) -> dict[str, Any]:
    return {
        "file": r.file,
        "action": r.action,
        "rows_before": r.rows_before,
        "rows_after": r.rows_after,
        "deleted": r.deleted,
        "bytes_written": r.bytes_written,
        "error": r.error,
    }


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
