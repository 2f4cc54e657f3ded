"""Check ``raw_rules``: no raw row a rule deletes stays past its deadline and the grace period.

Every raw file (the contract's glob, lakesweep.rawfiles) is read whole with lakesweep.rawfile,
the same reader nightly uses (column lookup, types, extremes); the rules themselves are
sql/verify.sql's own. A file that cannot be read is a violation: it was not verified.
Returns the per-file, per-org counts (and each file's content id) the usage check needs.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import duckdb
import pyarrow as pa

from lakesweep import queries
from lakesweep.rawfile import RawFileError, read_raw
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

FILES = pa.schema([("file", pa.string()), ("cid", pa.string()), ("mtime", pa.float64())])


def read_raw_rows(inputs: LakeInputs, check: Check) -> tuple[pa.Table, pa.Table]:
    """(raw_rows, files) of every readable raw file; unreadable ones are violations."""

    def one(info):
        try:
            return info, read_raw(inputs.storage, info.path), None
        except (RawFileError, OSError) as exc:
            return info, None, exc

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(one, inputs.raw))
    parts, files = [], []
    for info, raw, error in found:
        if raw is None:
            reason = f"cannot be judged, so it was not verified: {error}"
            check.add("raw_unreadable", Example(info.path, None, reason))
            continue
        rows = raw.rows
        parts.append(
            pa.table(
                {
                    "file": pa.array([info.path] * rows.num_rows, pa.string()),
                    "row_number": rows.column("__row"),
                    "org_id": rows.column("org_id"),
                    "created_at": rows.column("created_at"),
                    "input_tokens": rows.column("input_tokens"),
                    "output_tokens": rows.column("output_tokens"),
                }
            )
        )
        files.append({"file": info.path, "cid": raw.cid, "mtime": info.mtime})
    empty = pa.schema(
        [
            ("file", pa.string()),
            ("row_number", pa.int64()),
            ("org_id", pa.string()),
            ("created_at", pa.timestamp("us")),
            ("input_tokens", pa.int64()),
            ("output_tokens", pa.int64()),
        ]
    )
    rows = pa.concat_tables(parts) if parts else empty.empty_table()
    return rows, pa.Table.from_pylist(files, schema=FILES)


def check_raw(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int
) -> tuple[Check, pa.Table]:
    """Judge every raw row; returns the check and the files table (path, cid, mtime)."""
    check = Check(
        "raw_rules",
        "no raw row past its deadline (plus the grace period) that a rule deletes",
        max_examples=examples,
        notes=[
            f"default retention {inputs.retention_days} days, grace "
            f"{inputs.grace.total_seconds() / 3600:g} h"
        ],
    )
    rows, files = read_raw_rows(inputs, check)
    con.register("raw_rows", rows)
    con.register("raw_files", files)
    params = {**inputs.judged_at(), "examples": examples}
    found = queries.run_some(con, SQL, "raw_judged", **params).fetchall()
    for rel, org, rule, overdue, n, days, ex_rows, ex_created in found:
        for i, (row, created) in enumerate(zip(ex_rows, ex_created, strict=True)):
            reason = _reason(rule, org, created, days)
            count = n if i == 0 else 0
            if overdue:
                check.add(f"raw_{rule}", Example(rel, row, reason), count=count)
            else:
                reason += f"; due less than {inputs.grace} ago: the next nightly run deletes it"
                example = Example(rel, row, reason)
                check.add(f"raw_pending_{rule}", example, severity="warning", count=count)
    check.notes.append(f"{rows.num_rows} rows in {files.num_rows} raw files judged")
    return check, files


def _reason(rule: str, org_id: str | None, created: object, days: int) -> str:
    if rule == "zero_data_retention":
        return f"org {org_id!r} has zero data retention: its rows must not be kept"
    if rule == "erasure":
        return (
            f"created_at {created} is covered by an erasure request of org {org_id!r}, "
            "which is not on legal hold"
        )
    return f"created_at {created} is older than {days} days (org {org_id!r}, not on legal hold)"
