"""Check ``usage``: nothing lost without a record, nothing counted twice.

A raw file is known by its content (SHA-256); lakesweep records each content it has counted
(``_state/files/<cid>.json``: its origin, i.e. the content usage counted). For every place a
counted identity was ever seen (where it was first seen, where it is now, where the ledger
deleted rows of it), per org: requests counted in usage = rows still there + rows the ledger
says were deleted there, and the same for both token sums. A difference is rows that vanished
without a record (data loss or tampering), rows added back, or double counting.
A raw file whose content was never counted is pending while it is new, and a violation once
it has waited longer than the grace period: nightly skipped it.
"""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pyarrow as pa

from lakesweep import queries
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

S, H = pa.string(), pa.decimal128(38, 0)
LINEAGE = pa.schema([("cid", S), ("origin", S), ("parent", S), ("path", S)])
DELETED = pa.schema(
    [("origin", S), ("file", S), ("org_id", S)]
    + [("rows", pa.int64()), ("input_tokens", H), ("output_tokens", H)]
)
COUNTED = pa.schema(
    [("origin32", S), ("org_id", S), ("rows", H), ("input_tokens", H), ("output_tokens", H)]
)


def check_usage(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, files: pa.Table, examples: int
) -> Check:
    check = Check("usage", "usage = rows in raw + rows the ledger deleted", max_examples=examples)
    lineage = _lineage(inputs, check)
    origins = _origins(lineage, files)
    con.register("lineage", lineage)
    con.register("present", _present(con, origins))
    con.register("deleted", _deleted(inputs))
    counted = (
        queries.run(con, SQL, "usage_by_origin", files=inputs.paths(inputs.usage_files))
        .to_arrow_table()
        .cast(COUNTED)
        if inputs.usage_files
        else COUNTED.empty_table()
    )
    con.register("counted", counted)
    known = set(lineage.column("cid").to_pylist())
    for rel, cid, mtime in zip(*(files.column(c).to_pylist() for c in FILES_COLUMNS), strict=True):
        if origins.get(rel):
            continue
        waited = inputs.now.replace(tzinfo=dt.UTC).timestamp() - mtime
        reason = f"not counted in usage yet (content {cid[:12]}, arrived {waited / 3600:.1f} h ago)"
        if waited > inputs.grace.total_seconds():
            check.add("usage_file_skipped", Example(rel, None, reason + ": nightly skipped it"))
        else:
            check.add("usage_not_counted_yet", Example(rel, None, reason), severity="warning")
    for origin, rel, org, in_raw, in_ledger, n, tin, cin, tout, cout in queries.run(
        con, SQL, "reconcile"
    ).fetchall():
        accounted = in_raw + in_ledger
        if (n, cin, cout) == (accounted, tin, tout):
            continue
        reason = (
            f"org {org!r}, file content {origin[:12]}: usage counts {n} requests "
            f"({cin}/{cout} tokens) but raw holds {in_raw} and the ledger deleted {in_ledger} "
            f"({tin}/{tout} tokens): "
        )
        if n > accounted:
            kind, why = "usage_above_raw_and_ledger", "rows vanished without a record"
        elif n < accounted:
            kind, why = "usage_below_raw_and_ledger", "rows added back or not counted"
        else:
            kind, why = "usage_tokens_differ", "token counts changed"
        check.add(kind, Example(rel, None, reason + why))
    check.notes.append(f"{len(known)} file contents counted; {len(inputs.usage_files)} usage parts")
    return check


FILES_COLUMNS = ("file", "cid", "mtime")


def _lineage(inputs: LakeInputs, check: Check) -> pa.Table:
    rows = []
    for info in inputs.storage.list("_state/files", ".json", data_only=False):
        try:
            body = json.loads(inputs.storage.read_bytes(info.path))
            rows.append({k: body.get(k) for k in ("cid", "origin", "parent", "path")})
        except (ValueError, OSError, AttributeError) as exc:
            reason = f"unreadable file-identity record: {exc}; usage cannot be reconciled"
            check.add("lineage_unreadable", Example(info.path, None, reason))
    return pa.Table.from_pylist(rows, schema=LINEAGE)


def _origins(lineage: pa.Table, files: pa.Table) -> dict[str, str | None]:
    """Per raw file, the counted identity its content descends from: an original recorded at
    that path; else a content a rewrite left at that path; else a copy of an original."""
    originals, derived = {}, {}
    for cid, origin, parent, path in zip(
        *(lineage.column(c).to_pylist() for c in ("cid", "origin", "parent", "path")), strict=True
    ):
        if parent is None:
            originals[cid] = (origin, path)
        else:
            derived[(cid, path)] = origin
    out: dict[str, str | None] = {}
    for rel, cid in zip(
        files.column("file").to_pylist(), files.column("cid").to_pylist(), strict=True
    ):
        original = originals.get(cid)
        if original is not None and original[1] == rel:
            out[rel] = original[0]
        else:
            out[rel] = derived.get((cid, rel)) or (original[0] if original else None)
    return out


def _present(con: duckdb.DuckDBPyConnection, origins: dict[str, str | None]) -> pa.Table:
    per_org = queries.run(con, SQL, "raw_per_org").to_arrow_table()
    return per_org.append_column(
        "origin", pa.array([origins[f] for f in per_org.column("file").to_pylist()], S)
    )


def _deleted(inputs: LakeInputs) -> pa.Table:
    rows = []
    for rec in inputs.records:
        if rec.get("kind") != "deletion" or rec.get("table") != "raw" or not rec.get("origin"):
            continue
        for org in rec.get("orgs") or []:
            rows.append(
                {
                    "origin": rec["origin"],
                    "file": rec.get("file"),
                    "org_id": org.get("org_id"),
                    "rows": int(org.get("rows") or 0),
                    "input_tokens": int(org.get("input_tokens") or 0),
                    "output_tokens": int(org.get("output_tokens") or 0),
                }
            )
    return pa.Table.from_pylist(rows, schema=DELETED)
