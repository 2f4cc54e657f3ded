"""Check 4: usage is never below what the ledger implies.

For every raw file and org, the requests counted in that file's usage parts
(``usage/*/part-<filekey>.parquet``) must be at least the rows still in raw plus the rows the
ledger records as deleted from that file. The file's usage marker (``_state/usage``) must
count at least as many rows too. A raw file with no marker, no usage and no deletions arrived
after the last run: that is pending (a warning), not a violation.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from lakesweep import queries
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example
from lakesweep.verify.raw_checks import filekey

S, I64 = pa.string(), pa.int64()
EMPTY = {
    "usage_counted": pa.schema([("filekey", S), ("org_id", S), ("counted", I64)]),
    "ledger_deleted": pa.schema([("filekey", S), ("file", S), ("org_id", S), ("deleted", I64)]),
    "ledger_file_deleted": pa.schema([("filekey", S), ("file", S), ("deleted", I64)]),
}
MARKERS = pa.schema([("filekey", S), ("file", S), ("rows", I64)])


def check_usage(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, raw_counts: pa.Table, examples: int
) -> Check:
    check = Check("usage", "usage never below the ledger-implied totals", max_examples=examples)
    con.register("raw_counts", raw_counts)
    con.register("usage_markers", _markers(inputs, check))
    sources = {
        "usage_counted": ("usage_counted", inputs.usage_files),
        "ledger_deleted": ("ledger_raw_deleted", inputs.ledger_files),
        "ledger_file_deleted": ("ledger_raw_file_deleted", inputs.ledger_files),
    }
    for table, (name, rels) in sources.items():
        data = (
            queries.run(con, SQL, name, files=inputs.paths(rels)).to_arrow_table()
            if rels
            else EMPTY[table].empty_table()
        )
        con.register(table, data)
    for file, org_id, in_raw, deleted, counted, has_marker in queries.run(
        con, SQL, "usage_vs_ledger"
    ).fetchall():
        if not has_marker and deleted == 0 and counted == 0:
            reason = f"{in_raw} row(s) of org {org_id!r} not counted in usage yet (a new file?)"
            example = Example(file, None, reason)
            check.add("usage_not_counted_yet", example, severity="warning", count=in_raw)
            continue
        reason = (
            f"usage counts {counted} requests of org {org_id!r} for this file, but raw still "
            f"holds {in_raw} and the ledger records {deleted} deleted"
        )
        check.add("usage_below_ledger", Example(file, None, reason))
    for file, marker_rows, in_raw, deleted in queries.run(con, SQL, "marker_vs_ledger").fetchall():
        reason = (
            f"the usage marker counts {marker_rows} rows, but raw still holds {in_raw} and the "
            f"ledger records {deleted} deleted"
        )
        check.add("usage_marker_below_ledger", Example(file, None, reason))
    ((counted, in_raw, deleted),) = queries.run(con, SQL, "usage_totals").fetchall()
    totals = f"usage counts {counted} requests; counted raw files hold {in_raw} rows"
    totals += f" and the ledger records {deleted} deleted"
    if counted < in_raw + deleted:
        check.add("usage_total_below_ledger", Example("usage/", None, totals))
    check.notes.append(totals)
    return check


def _markers(inputs: LakeInputs, check: Check) -> pa.Table:
    out = []
    for info in inputs.storage.list("_state/usage", ".json"):
        try:
            body = inputs.storage.read_json(info.path)
            out.append(
                {"filekey": filekey(body["file"]), "file": body["file"], "rows": body["rows"]}
            )
        except (ValueError, KeyError, TypeError, OSError) as exc:
            reason = f"unreadable usage marker: {exc}; it cannot vouch for its file"
            check.add("usage_marker_unreadable", Example(info.path, None, reason))
    return pa.Table.from_pylist(out, schema=MARKERS)
