"""`lakesweep audit`: a deletion certificate for one org, from the ledger and the lake itself.

It lists every deletion record that names the org (run, time, table, file, rule, the org's
rows), the runs they came from, the org's erasure requests with their state, and what of the
org is still in the lake (raw rows by event_date; training rows through HMAC(org_id) when
LAKESWEEP_PSEUDONYM_KEY is set). The org id is untrusted: it is only bound as a parameter.

An erasure request is *complete* when no raw or training row it covers remains and the org is
not on legal hold; its completion time is the recorded_at of the last erasure deletion of the
org by a run whose clock is at or after the request (or the end of the first successful run
after the request when nothing had to be deleted).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import duckdb

from lakesweep import queries
from lakesweep.pseudonym import KEY_ENV, hmac_hex
from lakesweep.verify.lake import LakeInputs, connect, open_lake

SQL = "audit.sql"


def certificate(
    lake: str | None,
    org_id: str,
    now: dt.datetime | None = None,
    s3_endpoint_url: str | None = None,
) -> dict[str, Any]:
    """The certificate as a JSON-ready dict. Raises LakeInputError when the lake is unreadable."""
    inputs = open_lake(lake, now=now, s3_endpoint_url=s3_endpoint_url)
    con = connect(inputs)
    with con:
        ledger = inputs.paths(inputs.ledger_entries + inputs.ledger_other)
        deletions = _rows(con, "org_deletions", files=ledger, org_id=org_id) if ledger else []
        runs = {r["run_id"]: r for r in _rows(con, "runs", files=ledger)} if ledger else {}
        raw, raw_covered, notes = _raw_remaining(inputs, con, org_id)
        training, training_covered = _training_remaining(inputs, con, org_id, notes)
    org = _org(inputs, org_id)
    for d in deletions:
        run = runs.get(d["run_id"], {})
        d["run_clock"] = run.get("clock")
        d["run_kind"] = run.get("kind")
    requests = [
        _request_state(
            r, org, inputs, deletions, list(runs.values()), raw_covered, training_covered
        )
        for r in inputs.policy.erasure_requests.to_pylist()
        if r["org_id"] == org_id
    ]
    totals: Counter[tuple[str, str]] = Counter()
    for d in deletions:
        totals[(d["table"], d["rule"])] += d["org_rows"]
    if org is None:
        notes.append("the org is not in the org registry (policy/orgs)")
    return {
        "org_id": org_id,
        "lake": inputs.storage.root,
        "now": inputs.now,
        "org": org,
        "deletions": deletions,
        "runs": [runs[r] for r in dict.fromkeys(d["run_id"] for d in deletions) if r in runs],
        "deleted": [{"table": t, "rule": r, "rows": n} for (t, r), n in sorted(totals.items())],
        "erasure_requests": requests,
        "remaining": {
            "raw_rows": sum(raw.values()),
            "raw_by_event_date": dict(sorted(raw.items())),
            "training_rows": None if training is None else sum(training.values()),
            "training_by_event_date": None if training is None else dict(sorted(training.items())),
        },
        "notes": notes,
    }


def _rows(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    rel = queries.run(con, SQL, name, **params)
    columns = rel.columns
    return [dict(zip(columns, row, strict=True)) for row in rel.fetchall()]


def _org(inputs: LakeInputs, org_id: str) -> dict[str, Any] | None:
    for org in inputs.policy.orgs.to_pylist():
        if org["org_id"] == org_id:
            return org
    return None


def _raw_remaining(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, org_id: str
) -> tuple[Counter[str], Counter[str], list[str]]:
    by_day: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    notes: list[str] = []
    for rel in (f.path for f in inputs.raw):
        path = inputs.paths([rel])[0]
        try:
            rows = queries.run(con, SQL, "org_raw_rows", file=path, org_id=org_id).fetchall()
        except duckdb.Error as exc:  # the reason names the file as the lake does (not DuckDB)
            reason = str(exc).splitlines()[0].replace(path, rel)
            notes.append(f"{rel} cannot be read, not counted: {reason}")
            continue
        for what, key, n in rows:
            (by_day if what == "event_date" else covered)[key or "unknown"] += n
    return by_day, covered, notes


def _training_remaining(
    inputs: LakeInputs, con: duckdb.DuckDBPyConnection, org_id: str, notes: list[str]
) -> tuple[Counter[str] | None, Counter[str]]:
    covered: Counter[str] = Counter()
    if inputs.key is None:
        notes.append(f"training rows not checked: set {KEY_ENV} to find them by org_key")
        return None, covered
    by_day: Counter[str] = Counter()
    if not inputs.training_files:
        return by_day, covered
    org_key = hmac_hex(inputs.key, org_id)
    files = inputs.paths(inputs.training_files)
    for what, key, n in queries.run(
        con, SQL, "org_training_rows", files=files, org_id=org_id, org_key=org_key
    ).fetchall():
        (by_day if what == "event_date" else covered)[key or "unknown"] += n
    return by_day, covered


def _request_state(
    request: dict[str, Any],
    org: dict[str, Any] | None,
    inputs: LakeInputs,
    deletions: list[dict[str, Any]],
    runs: list[dict[str, Any]],
    raw_covered: Counter[str],
    training_covered: Counter[str],
) -> dict[str, Any]:
    requested_at = request["requested_at"]
    rid = request["request_id"] or f"requested {requested_at}"
    after = [
        d
        for d in deletions
        if d["rule"] == "erasure" and (d["run_clock"] or d["recorded_at"]) >= requested_at
    ]
    state = {
        "request_id": request["request_id"],
        "requested_at": requested_at,
        "rows_erased": sum(d["org_rows"] for d in after),
        "raw_rows_covered_remaining": raw_covered.get(rid, 0),
        "training_rows_covered_remaining": training_covered.get(rid, 0),
        "completed_at": None,
    }
    hold = org and org["legal_hold_until"]
    later_runs = [
        r
        for r in runs
        if r["status"] == "succeeded" and (r["clock"] or r["ended_at"]) >= requested_at
    ]
    if hold and hold >= inputs.now.date():
        state["status"] = f"pending (legal hold until {hold})"
    elif state["raw_rows_covered_remaining"] or state["training_rows_covered_remaining"]:
        state["status"] = "incomplete: rows covered by the request remain"
        if not later_runs:
            state["status"] = "pending (no run since the request)"
    else:
        state["status"] = "complete"
        if after:
            state["completed_at"] = max(d["recorded_at"] for d in after)
        elif later_runs:
            state["completed_at"] = later_runs[0]["ended_at"]
    return state
