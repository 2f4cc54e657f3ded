"""What `lakesweep audit` concludes for one org from the ledger and the lake: under which
policy snapshots and code versions its rows were deleted, the longest time a zero-retention
row existed before it was deleted, and the state of each of its erasure requests.

An erasure request is *complete* when no raw or training row it covers remains and the org is
not on legal hold; its completion time is the recorded_at of the last erasure deletion of the
org by a run whose clock is at or after the request (or the end of the first successful run
after the request when nothing had to be deleted).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from lakesweep.snapshots import SNAPSHOTS, content_hash, load_snapshot
from lakesweep.verify.lake import LakeInputs


def zero_retention_exposure(
    deletions: list[dict], remaining: list[dt.datetime | None], zdr_now: bool, now: dt.datetime
) -> dict[str, Any] | None:
    """The longest a zero-retention row of the org existed: from its created_at to the ledger
    record of its deletion (an upper bound: the file was replaced just before). Rows still in
    raw while the org has zero retention count up to now."""
    worst: dict[str, Any] | None = None
    for d in deletions:
        if d["rule"] != "zero_data_retention" or d["min_created_at"] is None:
            continue
        held = (d["recorded_at"] or now) - d["min_created_at"]
        if worst is None or held > worst["held"]:
            worst = {
                "held": held,
                "created_at": d["min_created_at"],
                "deleted_at": d["recorded_at"],
            }
            worst |= {"run_id": d["run_id"], "table": d["table"], "file": d["file"]}
    oldest = min((c for c in remaining if c is not None), default=None) if zdr_now else None
    if oldest is not None and (worst is None or now - oldest > worst["held"]):
        worst = {"held": now - oldest, "created_at": oldest, "deleted_at": None, "run_id": None}
        worst |= {"table": "raw", "file": None}
    if worst is not None:
        worst["seconds"] = int(worst.pop("held").total_seconds())
    return worst


def provenance(inputs: LakeInputs, deletions: list[dict], runs: dict[str, dict]) -> dict:
    """Policy snapshots (by content hash: present and unaltered?) and code versions of the
    runs that deleted the org's rows."""
    mine = list(dict.fromkeys(d["run_id"] for d in deletions))
    snapshots = []
    for digest in dict.fromkeys(d["policy"] for d in deletions):
        snap = load_snapshot(inputs.storage, digest) if digest else None
        state = "missing" if snap is None else "intact"
        if snap is not None and content_hash(snap) != digest:
            state = "altered"
        snapshots.append(
            {
                "hash": digest,
                "path": f"{SNAPSHOTS}/{digest}/" if digest else None,
                "state": state if digest else "not recorded",
                "runs": sorted({d["run_id"] for d in deletions if d["policy"] == digest}),
            }
        )
    versions: dict[str, Counter[str]] = {"lakesweep": Counter(), "sanitizer": Counter()}
    for run_id in mine:
        run = runs.get(run_id) or {}
        for name, seen in versions.items():
            seen[run.get(name) or _unknown(run)] += 1
    return {
        "policy_snapshots": snapshots,
        "lakesweep_versions": dict(versions["lakesweep"]),
        "sanitizer_versions": dict(versions["sanitizer"]),
    }


def _unknown(run: dict) -> str:
    if not run:
        return "unknown (no run record)"
    if run.get("status") == "interrupted":
        return "unknown (interrupted run)"
    return "none (nothing sanitized)" if run.get("lakesweep") else "unknown"


def request_state(
    request: dict[str, Any],
    org: dict[str, Any] | None,
    now: dt.datetime,
    deletions: list[dict],
    runs: list[dict],
    raw_covered: Counter[str],
    training_covered: Counter[str] | None,
) -> dict[str, Any]:
    requested_at = request["requested_at"]
    rid = request["request_id"] or f"requested {requested_at}"
    after = [
        d
        for d in deletions
        if d["rule"] == "erasure" and (d["run_now"] or d["recorded_at"]) >= requested_at
    ]
    state = {
        "request_id": request["request_id"],
        "requested_at": requested_at,
        "rows_erased": sum(d["org_rows"] for d in after),
        "raw_rows_covered_remaining": raw_covered.get(rid, 0),
        "training_rows_covered_remaining": (training_covered or Counter()).get(rid, 0),
        "completed_at": None,
    }
    hold = org and org["legal_hold_until"]
    later = [
        r
        for r in runs
        if r["status"] == "succeeded"
        and r["ended_at"] is not None
        and (r["clock"] or r["ended_at"]) >= requested_at
    ]
    if hold and hold >= now.date():
        state["status"] = f"pending (legal hold until {hold})"
    elif state["raw_rows_covered_remaining"] or state["training_rows_covered_remaining"]:
        state["status"] = "incomplete: rows covered by the request remain"
        if not later:
            state["status"] = "pending (no run since the request)"
    else:
        state["status"] = "complete"
        if after:
            state["completed_at"] = max(d["recorded_at"] for d in after)
        elif later:
            state["completed_at"] = min(r["ended_at"] for r in later)
    return state
