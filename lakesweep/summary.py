"""What a run did, in numbers: returned by the flows, printed by the CLI, kept in the ledger."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from lakesweep.keycheck import TRAINING_WITHOUT_KEY, holds_training
from lakesweep.partitions import partition_rows

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
    deleted_by_rule: dict[str, int] = field(default_factory=dict)  # raw rows
    removed_from_training: dict[str, int] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)  # found by the sanitizer
    warnings: list[str] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)  # files that changed or failed
    errors: list[str] = field(default_factory=list)
    kind: str = "nightly"  # nightly | backfill
    days: list[dict[str, Any]] = field(default_factory=list)  # backfill: one report per day
    partitions: list[dict[str, Any]] = field(default_factory=list)  # lakesweep.partitions

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    @classmethod
    def of(
        cls,
        ctx: RunContext,
        started: dt.datetime,
        results: list[FileResult],
        kind: str = "nightly",
    ) -> RunSummary:
        by_rule: Counter[str] = Counter()
        training: Counter[str] = Counter()
        entities: Counter[str] = Counter()
        raw = [r for r in results if r.table == "raw"]
        for r in results:
            (by_rule if r.table == "raw" else training).update(r.deleted)
            entities.update(r.entities)
        errors = [r.error for r in results if r.error]
        warnings = []
        if ctx.settings.pseudonym_key is None:
            warnings.append("nothing was exported to training/: LAKESWEEP_PSEUDONYM_KEY is not set")
            if kind == "nightly" and holds_training(ctx.storage):
                if ctx.dry_run:  # the plan is still worth seeing; the real run would refuse
                    warnings.append(f"{TRAINING_WITHOUT_KEY}: a real run would not start")
                else:
                    errors.append(f"{TRAINING_WITHOUT_KEY}; set the key and run again")
        raw_actions = Counter(r.action for r in raw)
        totals = {
            "files": len(raw),
            "files_untouched": raw_actions["none"],
            "files_rewritten": raw_actions["rewrite"],
            "files_removed": raw_actions["remove"],
            "files_failed": raw_actions["failed"],
            "files_quarantined": raw_actions["quarantined"],
            "files_gone": raw_actions["gone"],
            "training_files": len(results) - len(raw),
            "training_files_changed": sum(1 for r in results if r.table != "raw" and r.deleted),
            "rows_seen": sum(r.rows_before for r in raw),
            "rows_deleted": sum(by_rule.values()),
            "rows_unknown_age": sum(r.unknown_age for r in raw),
            "rows_unregistered_org": sum(r.unregistered for r in raw),
            "rows_eligible": sum(r.eligible for r in raw),
            "rows_exported": sum(r.exported for r in raw),
            "rows_not_exported_too_long": sum(r.too_long for r in raw),
            "training_rows_removed": sum(training.values()),
            "usage_files_counted": sum(r.usage_committed for r in results),
            "bytes_written": sum(r.bytes_written for r in results),
        }
        status = "failed" if errors else ("dry_run" if ctx.dry_run else "succeeded")
        changed = [_file_row(r) for r in results if r.deleted or r.error]
        missing = sorted({c for r in raw for c in r.missing_columns})
        if missing:
            files = sum(1 for r in raw if r.missing_columns)
            warnings.append(
                f"{files} raw file(s) lack column(s) {', '.join(missing)}: read as null"
            )
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
            dict(sorted(training.items())),
            dict(sorted(entities.items())),
            warnings,
            changed,
            errors,
            kind,
            partitions=partition_rows(results),
        )

    @classmethod
    def failed_run(
        cls, ctx: RunContext, started: dt.datetime, exc: BaseException, kind: str = "nightly"
    ) -> RunSummary:
        return cls(
            ctx.run_id,
            ctx.settings.lake,
            ctx.clock.now.isoformat(),
            ctx.dry_run,
            "failed",
            _iso(started),
            _iso(dt.datetime.now(dt.UTC)),
            errors=[f"{type(exc).__name__}: {exc}"],
            kind=kind,
        )

    def count_deletions(self, deleted: dict[str, Counter[str]]) -> None:
        """Deletions as recorded (a unit that died after its change is counted too)."""
        raw, training = deleted.get("raw", Counter()), deleted.get("training", Counter())
        self.deleted_by_rule = dict(sorted(raw.items()))
        self.removed_from_training = dict(sorted(training.items()))
        self.totals["rows_deleted"] = sum(raw.values())
        self.totals["training_rows_removed"] = sum(training.values())

    def add_backfill(self, result: Any) -> None:
        """Fold a backfill's per-day result (lakesweep.rebuild.BackfillResult) in."""
        self.days = [vars(r) for r in result.days.values()]
        merged = Counter(self.entities)
        merged.update(result.entities)
        self.entities = dict(sorted(merged.items()))
        self.totals["bytes_written"] += result.bytes_written
        self.totals["rows_rebuilt"] = sum(r.rebuilt for r in result.days.values())
        self.errors += result.errors
        if result.errors:
            self.status = "failed"

    def detail(self) -> dict[str, Any]:
        """What goes into the ledger's run record (no row content, no file list)."""
        return {
            "kind": self.kind,
            "lake": self.lake,
            "now": self.now,
            "totals": self.totals,
            "deleted_by_rule": self.deleted_by_rule,
            "removed_from_training": self.removed_from_training,
            "entities": self.entities,
            "errors": self.errors[:50],
            "days": self.days,
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _file_row(r: FileResult) -> dict[str, Any]:
    return {
        "file": r.file,
        "table": r.table,
        "action": r.action,
        "rows_before": r.rows_before,
        "rows_after": r.rows_after,
        "deleted": r.deleted,
        "bytes_written": r.bytes_written,
        "error": r.error,
    }


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
