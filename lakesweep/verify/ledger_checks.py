"""Checks ``ledger_chain`` and ``deletions``: the record is whole, and every deletion in it
was justified.

- Chain: entries ``_ledger/log/<seq>.jsonl`` are numbered 0, 1, 2... without gaps, every record
  carries its entry's ``seq`` and the SHA-256 of the previous entry's bytes. An edited,
  removed or inserted entry breaks it. (Cutting the newest entries off leaves a valid chain:
  the usage check catches the deletions that would then have no record.)
- Justified: each raw deletion record is judged against the policy snapshot it names
  (``_state/policy/<hash>``) at its run's clock: the org zero-retention; or the org not on
  legal hold and an erasure request covering the newest deleted row; or the org not on legal
  hold and that row past its retention.
- Every run that wrote records ends with one ``run`` record (or is still running).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import duckdb
import pyarrow as pa

from lakesweep import queries
from lakesweep.snapshots import content_hash, load_snapshot
from lakesweep.verify.lake import SQL, LakeInputs, read_records
from lakesweep.verify.model import Check, Example

DELETIONS = pa.schema(
    [
        ("seq", pa.int64()),
        ("run_id", pa.string()),
        ("file", pa.string()),
        ("rule", pa.string()),
        ("org_id", pa.string()),
        ("rows", pa.int64()),
        ("max_created_at", pa.string()),
        ("run_now", pa.string()),
        ("default_retention_days", pa.int64()),
        ("policy", pa.string()),
    ]
)


def check_chain(inputs: LakeInputs, examples: int) -> Check:
    check = Check("ledger_chain", "the ledger is whole (hash chain)", max_examples=examples)
    prev = ""
    for n, (rel, data, records) in enumerate(read_records(inputs)):
        if rel != f"_ledger/log/{n:012d}.jsonl":
            check.add("ledger_gap", Example(rel, None, f"expected entry {n} here: one is missing"))
        if records is None:
            check.add("ledger_unreadable", Example(rel, None, "not valid JSON lines"))
        elif any(r.get("seq") != n or r.get("prev_hash") != prev for r in records):
            reason = "its seq/prev_hash do not follow the previous entry: edited or removed"
            check.add("ledger_chain_broken", Example(rel, None, reason))
        prev = hashlib.sha256(data).hexdigest()
    for rel in inputs.ledger_other:
        reason = "not part of the hash chain (written by hand, or by lakesweep 0.1)"
        check.add("ledger_outside_chain", Example(rel, None, reason), severity="warning")
    runs = Counter(r.get("run_id") for r in inputs.records if r.get("kind") == "run")
    live = {
        info.path.rsplit("/", 1)[-1].removesuffix(".json")
        for info in inputs.storage.list("_state/runs", ".json", data_only=False)
    }
    for run_id in sorted({r.get("run_id") for r in inputs.records} - set(runs)):
        reason = f"run {run_id} made records but has no run record"
        severity = "warning" if run_id in live else "violation"
        reason += " yet (still running, or the next run records it)" if run_id in live else ""
        check.add("run_without_record", Example(None, None, reason), severity=severity)
    for run_id, n in runs.items():
        if n > 1:
            check.add("run_recorded_twice", Example(None, None, f"run {run_id}: {n} run records"))
    check.notes.append(f"{len(inputs.ledger_entries)} entries, {len(inputs.records)} records")
    return check


def check_deletions(inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    check = Check(
        "deletions", "every raw deletion had a rule under its run's policy", max_examples=examples
    )
    rows, digests = [], set()
    for rec in inputs.records:
        if rec.get("kind") != "deletion" or rec.get("table") != "raw":
            continue
        digests.add(rec.get("policy"))
        for org in rec.get("orgs") or []:
            rows.append(
                {
                    "seq": rec.get("seq"),
                    "run_id": rec.get("run_id"),
                    "file": rec.get("file"),
                    "rule": rec.get("rule"),
                    "org_id": org.get("org_id"),
                    "rows": org.get("rows"),
                    "max_created_at": org.get("max_created_at"),
                    "run_now": rec.get("run_now"),
                    "default_retention_days": rec.get("default_retention_days"),
                    "policy": rec.get("policy"),
                }
            )
    snap_orgs, snap_erasures = [], []
    for digest in sorted(d for d in digests if d):
        snap = load_snapshot(inputs.storage, digest)
        if snap is None:
            reason = f"policy snapshot {digest[:12]} named by deletions is missing"
            check.add("policy_snapshot_missing", Example(f"_state/policy/{digest}", None, reason))
            continue
        if content_hash(snap) != digest:
            reason = "the policy snapshot no longer matches its hash: it was altered"
            check.add("policy_snapshot_altered", Example(f"_state/policy/{digest}", None, reason))
        snap_orgs.append(snap.orgs.append_column("policy", pa.array([digest] * snap.orgs.num_rows)))
        er = snap.erasure_requests.select(["org_id", "requested_at"])
        snap_erasures.append(er.append_column("policy", pa.array([digest] * er.num_rows)))
    if None in digests:
        check.add("deletion_without_policy", Example(None, None, "a deletion names no policy"))
    con.register("deletion_orgs", pa.Table.from_pylist(rows, schema=DELETIONS))
    con.register("snap_orgs", _concat(snap_orgs, inputs.policy.orgs))
    con.register("snap_erasures", _concat(snap_erasures, inputs.policy.erasure_requests))
    for seq, run_id, rel, rule, org, n, problem in queries.run(
        con, SQL, "unjustified_deletions"
    ).fetchall():
        reason = f"ledger entry {seq}, run {run_id}: {n} row(s) of org {org!r} deleted as {rule}"
        check.add(f"unjustified_{rule}", Example(rel, None, f"{reason}, but {problem}"))
    check.notes.append(f"{len(rows)} per-org deletion entries judged")
    return check


def _concat(tables: list[pa.Table], like: pa.Table) -> pa.Table:
    if tables:
        return pa.concat_tables(tables, promote_options="permissive")
    columns = ["org_id", "requested_at"] if "requested_at" in like.column_names else None
    base = like.select(columns) if columns else like
    empty = base.schema.append(pa.field("policy", pa.string())).empty_table()
    return empty
