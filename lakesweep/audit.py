"""`lakesweep audit`: a deletion certificate for one org, from the ledger and the lake itself.

It answers: was the org's data deleted, by which runs, under which policy (snapshot hashes)
and code (lakesweep and sanitizer versions), is anything left, and has the record been
altered (the ledger's hash chain, lakesweep.verify.ledger_checks). It lists every deletion
record that names the org, its erasure requests and their completion, the longest time a
zero-retention row existed before deletion, the usage aggregates kept for it (counts per
event_date, endpoint and model: no text), and what of the org is still in the lake (raw rows;
training rows through HMAC(org_id) when LAKESWEEP_PSEUDONYM_KEY is set). Times are UTC.

The org id is untrusted: it is only bound as a parameter. An id found nowhere (no policy
file, raw row, usage aggregate or ledger record names it) is not certified: exit 1.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from lakesweep import __version__
from lakesweep.audit_facts import provenance, request_state, zero_retention_exposure
from lakesweep.audit_sources import (
    ledger_facts,
    raw_counts,
    training_counts,
    usage_rows,
    usage_summary,
)
from lakesweep.verify.lake import LakeInputs, connect, open_lake
from lakesweep.verify.ledger_checks import check_chain


def certificate(
    lake: str | None,
    org_id: str,
    now: dt.datetime | None = None,
    s3_endpoint_url: str | None = None,
) -> dict[str, Any]:
    """The certificate as a JSON-ready dict (times as ISO 8601 UTC). Raises LakeInputError
    when the lake or its policy cannot be read."""
    inputs = open_lake(lake, now=now, s3_endpoint_url=s3_endpoint_url)
    chain = check_chain(inputs, examples=3)  # reads every ledger record into inputs.records
    notes: list[str] = []
    with connect(inputs) as con:
        raw = raw_counts(con, inputs, org_id, notes)
        zdr_remaining = _remaining_created(con) if raw["file"] else []
        training = training_counts(con, inputs, org_id, notes)
        usage = usage_rows(con, inputs, org_id)
    deletions, runs = ledger_facts(inputs, org_id)
    org = _org(inputs, org_id)
    requests = [
        request_state(
            r,
            org,
            inputs.now,
            deletions,
            list(runs.values()),
            raw["request"],
            training and training["request"],
        )
        for r in inputs.policy.erasure_requests.to_pylist()
        if r["org_id"] == org_id
    ]
    found_in = _found_in(inputs, org_id, org, raw, training, usage, deletions)
    if org is None:
        notes.append("the org is not in the org registry (policy/orgs)")
    zdr = bool(org and org["zero_data_retention"])
    cert = {
        "org_id": org_id,
        "lake": inputs.storage.root,
        "now": inputs.now,
        "lakesweep_version": __version__,
        "found_in": found_in,
        "org": org,
        "ledger_chain": {
            "intact": chain.count("violation") == 0,
            "entries": len(inputs.ledger_entries),
            "records": len(inputs.records),
            "problems": [
                f"{f.kind}: {e.reason}"
                for f in chain.findings.values()
                for e in f.examples
                if f.severity == "violation"
            ],
        },
        "deleted": _deleted(deletions),
        "runs": [
            runs.get(r) or {"run_id": r, "status": "no run record"}
            for r in dict.fromkeys(d["run_id"] for d in deletions)
        ],
        "provenance": provenance(inputs, deletions, runs),
        "zero_retention": {
            "org_has_zero_retention": zdr,
            "longest_before_deletion": zero_retention_exposure(
                deletions, zdr_remaining, zdr, inputs.now
            ),
        },
        "usage_kept": usage_summary(usage),
        "erasure_requests": requests,
        "remaining": {
            "raw_rows": sum(raw["event_date"].values()),
            "raw_by_event_date": dict(sorted(raw["event_date"].items())),
            "raw_by_file": dict(sorted(raw["file"].items())),
            "training_rows": None if training is None else sum(training["event_date"].values()),
            "training_by_event_date": None
            if training is None
            else dict(sorted(training["event_date"].items())),
        },
        "deletions": deletions,
        "notes": notes,
    }
    return iso_utc(cert)


def exit_code(cert: dict[str, Any]) -> int:
    """0: a certificate; 1: the org appears nowhere, or the ledger chain is not intact."""
    return 0 if cert["found_in"] and cert["ledger_chain"]["intact"] else 1


def _org(inputs: LakeInputs, org_id: str) -> dict[str, Any] | None:
    return next((o for o in inputs.policy.orgs.to_pylist() if o["org_id"] == org_id), None)


def _found_in(inputs, org_id, org, raw, training, usage, deletions) -> list[str]:
    policy = inputs.policy
    places = {
        "policy/orgs": org is not None,
        "policy/opt_out_events": org_id in policy.opt_out_events.column("org_id").to_pylist(),
        "policy/erasure_requests": org_id in policy.erasure_requests.column("org_id").to_pylist(),
        "raw": bool(raw["file"]),
        "training": bool(training and training["event_date"]),
        "usage": bool(usage),
        "ledger": bool(deletions),
    }
    return [name for name, here in places.items() if here]


def _deleted(deletions: list[dict]) -> list[dict[str, Any]]:
    totals: Counter[tuple[str, str]] = Counter()
    for d in deletions:
        totals[(d["table"], d["rule"])] += d["org_rows"]
    return [{"table": t, "rule": r, "rows": n} for (t, r), n in sorted(totals.items())]


def _remaining_created(con: Any) -> list[dt.datetime | None]:
    return [row[0] for row in con.execute("select min(created_at) from org_raw").fetchall()]


def iso_utc(value: Any) -> Any:
    """Every datetime in ``value`` as ISO 8601 with Z (all times here are naive UTC)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds") + "Z"
    if isinstance(value, dict):
        return {k: iso_utc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [iso_utc(v) for v in value]
    return value
