"""Files by ``event_date`` partition: what the Prefect flow maps over (days, not files) and
how the run summary groups what it did (per partition and rule)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lakesweep.units import FileResult

UNKNOWN = "?"  # a path outside <table>/event_date=*/ (never listed as raw input)


def partition_of(rel: str) -> str:
    """``raw/event_date=2026-06-01/x.parquet`` -> ``2026-06-01``."""
    parts = rel.split("/")
    if len(parts) >= 3 and parts[1].startswith("event_date="):
        return parts[1].removeprefix("event_date=")
    return UNKNOWN


def by_partition(files: list[str]) -> dict[str, list[str]]:
    """``files`` grouped by partition, partitions in order, files in listing order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for rel in files:
        groups[partition_of(rel)].append(rel)
    return dict(sorted(groups.items()))


def partition_rows(results: list[FileResult]) -> list[dict[str, Any]]:
    """One row per (table, partition) a run touched: files, rows seen, rows deleted per
    rule, files failed. Raw partitions are all listed; training ones only when changed."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in results:
        key = (r.table, partition_of(r.file))
        row = rows.setdefault(
            key,
            {"table": key[0], "event_date": key[1], "files": 0, "rows": 0, "failed": 0},
        )
        row.setdefault("deleted", Counter()).update(r.deleted)
        row["files"] += 1
        row["rows"] += r.rows_before
        row["failed"] += 1 if r.error else 0
    out = []
    for (table, _), row in sorted(rows.items()):
        row["deleted"] = dict(sorted(row["deleted"].items()))
        if table == "raw" or row["deleted"] or row["failed"]:
            out.append(row)
    return out
