"""The audit ledger: append-only JSON lines under ``_ledger/``; never row content.

Every record has the same keys (see docs/layout.md) so DuckDB reads all of them with
``read_json_auto('<root>/_ledger/*/*.jsonl')``. Deletion records live at a deterministic
path per (run, file), so a rerun that completes a crashed deletion writes the same record
once, never twice.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from lakesweep.context import file_key
from lakesweep.storage import Storage

KEYS = (
    "kind",
    "run_id",
    "recorded_at",
    "table",
    "file",
    "rule",
    "rows",
    "action",
    "bytes_before",
    "bytes_after",
    "orgs",
    "versions",
    "started_at",
    "ended_at",
    "status",
    "detail",
)


def record(kind: str, run_id: str, **fields: Any) -> dict[str, Any]:
    unknown = set(fields) - set(KEYS)
    if unknown:
        raise ValueError(f"unknown ledger keys: {sorted(unknown)}")
    rec = dict.fromkeys(KEYS)
    rec.update(kind=kind, run_id=run_id, recorded_at=_utc_now(), **fields)
    if isinstance(rec["detail"], dict):
        rec["detail"] = json.dumps(rec["detail"], sort_keys=True, default=str)
    return rec


def deletion_records(
    run_id: str,
    table: str,
    rel: str,
    deleted: dict[str, int],
    orgs_by_rule: dict[str, dict[str, int]],
    action: str,
    bytes_before: int,
    bytes_after: int,
    versions: list[str] | None = None,
) -> list[dict[str, Any]]:
    """One record per rule that deleted rows of ``rel`` (``versions``: old object versions
    deleted with it on a versioned bucket)."""
    return [
        record(
            "deletion",
            run_id,
            table=table,
            file=rel,
            rule=rule,
            rows=rows,
            action=action,
            bytes_before=bytes_before,
            bytes_after=bytes_after,
            orgs=[{"org_id": o, "rows": n} for o, n in orgs_by_rule.get(rule, {}).items()],
            versions=versions or [],
        )
        for rule, rows in deleted.items()
    ]


def deletion_path(run_id: str, table: str, rel: str) -> str:
    return f"_ledger/deletions/{run_id}-{table}-{file_key(rel)}.jsonl"


def write(storage: Storage, rel: str, records: list[dict[str, Any]]) -> None:
    """Write records as one JSON-lines file (atomic); an existing file is left as it is."""
    if not records or storage.exists(rel):
        return
    lines = "".join(json.dumps(r, sort_keys=False, default=str) + "\n" for r in records)
    storage.write_bytes(rel, lines.encode("utf-8"))


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
