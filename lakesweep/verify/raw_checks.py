"""Check 1: no raw row that a rule deletes. Also counts raw rows per file and org (check 4)."""

from __future__ import annotations

import hashlib

import duckdb
import pyarrow as pa

from lakesweep import queries
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

RAW_COUNT_SCHEMA = pa.schema(
    [("file", pa.string()), ("filekey", pa.string()), ("org_id", pa.string()), ("rows", pa.int64())]
)


def filekey(rel: str) -> str:
    """The lake's name for a raw file's usage parts and markers (docs/layout.md)."""
    return hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def check_raw(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int
) -> tuple[Check, pa.Table]:
    """Judge every raw row by the contract's rules; return the check and per-org row counts."""
    check = Check(
        "raw_rules",
        "no raw row that a rule deletes",
        max_examples=examples,
        notes=[f"default retention {inputs.retention_days} days"],
    )
    counts: list[dict] = []
    for rel in inputs.raw_files:
        try:
            groups = queries.run(
                con,
                SQL,
                "raw_file",
                file=inputs.path(rel),
                now=inputs.now,
                due=inputs.due,
                default_retention_days=inputs.retention_days,
                examples=examples,
            ).fetchall()
        except duckdb.Error as exc:
            reason = (
                f"cannot be read, so it was not checked: {str(exc).splitlines()[0]} "
                "(nightly quarantines such files in place: see _ledger/quarantine)"
            )
            check.add("raw_unreadable", Example(rel, None, reason), severity="warning")
            continue
        key = filekey(rel)
        per_org: dict[str, int] = {}
        for org_id, rule_due, rule_now, days, rows, ex_rows, ex_created in groups:
            per_org[org_id] = per_org.get(org_id, 0) + rows
            if rule_due is None and rule_now is None:
                continue
            for i, (row, created) in enumerate(zip(ex_rows, ex_created, strict=True)):
                example = Example(rel, row, _reason(rule_due or rule_now, org_id, created, days))
                if rule_due:
                    check.add(f"raw_{rule_due}", example, count=rows if i == 0 else 0)
                else:
                    pending = Example(rel, row, f"{example.reason}; {_pending(inputs)}")
                    kind = f"raw_pending_{rule_now}"
                    check.add(kind, pending, severity="warning", count=rows if i == 0 else 0)
        counts.extend(
            {"file": rel, "filekey": key, "org_id": org, "rows": n} for org, n in per_org.items()
        )
    return check, pa.Table.from_pylist(counts, schema=RAW_COUNT_SCHEMA)


def _reason(rule: str, org_id: str, created: object, days: int) -> str:
    if rule == "zero_data_retention":
        return f"org {org_id!r} has zero data retention: its rows must not be kept"
    if rule == "erasure":
        return (
            f"created_at {created} is covered by an erasure request of org {org_id!r}, "
            "which is not on legal hold"
        )
    return f"created_at {created} is older than {days} days (org {org_id!r}, not on legal hold)"


def _pending(inputs: LakeInputs) -> str:
    return (
        f"it became due after the last nightly run's clock ({inputs.due:%Y-%m-%d %H:%M}); "
        "the next nightly run deletes it"
    )
