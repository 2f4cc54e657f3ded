"""The contract's deletion rules in plain Python: an independent oracle for the SQL."""

from __future__ import annotations

import datetime as dt


def expected_rule(
    org_id: str,
    created_at: dt.datetime | None,
    orgs: dict[str, dict],
    erasures: list[tuple[str, dt.datetime]],
    now: dt.datetime,
    default_retention: int = 30,
) -> str | None:
    """The rule that deletes a row (first that holds), or None when it is kept."""
    org = orgs.get(org_id)
    today = now.date()
    hold = bool(org and org.get("legal_hold_until") and org["legal_hold_until"] >= today)
    if org and org.get("zero_data_retention"):
        return "zero_data_retention"
    if created_at is None:
        return None
    covered = any(o == org_id and t >= created_at for o, t in erasures)
    if covered and not hold:
        return "erasure"
    days = org.get("retention_days") if org else None
    days = default_retention if days is None else days
    if created_at < now - dt.timedelta(days=days) and not hold:
        return "expired"
    return None


def lake_expectations(root, now: dt.datetime, default_retention: int = 30):
    """Read a local lake's raw files and policy directly (pyarrow) and apply the oracle.

    Returns (rule by request_id, usage totals by key before deletion).
    """
    from collections import Counter

    import pyarrow.parquet as pq

    now = now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now
    orgs = {o["org_id"]: o for o in pq.read_table(root / "policy" / "orgs.parquet").to_pylist()}
    erasures = []
    if (root / "policy" / "erasure_requests.parquet").exists():
        for r in pq.read_table(root / "policy" / "erasure_requests.parquet").to_pylist():
            erasures.append((r["org_id"], _naive(r["requested_at"])))
    rules: dict[str, str | None] = {}
    usage: Counter = Counter()
    for path in sorted((root / "raw").glob("event_date=*/*.parquet")):
        for row in pq.read_table(path).to_pylist():
            created = _naive(row.get("created_at"))
            rules[row["request_id"]] = expected_rule(
                row["org_id"], created, orgs, erasures, now, default_retention
            )
            key = (
                created.date() if created else None,
                row["org_id"],
                row.get("endpoint"),
                row.get("model"),
                row.get("connector"),
            )
            usage[key + ("requests",)] += 1
            usage[key + ("input",)] += row.get("input_tokens") or 0
            usage[key + ("output",)] += row.get("output_tokens") or 0
    totals = {}
    for key in {k[:5] for k in usage}:
        totals[key] = (
            usage[key + ("requests",)],
            usage[key + ("input",)],
            usage[key + ("output",)],
        )
    return rules, totals


def _naive(value):
    if value is None:
        return None
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def expected_eligible(row: dict, orgs: dict, erasures: list, opt_events: list, now) -> bool:
    """The contract's training rule for one raw row (naive UTC datetimes)."""
    created = _naive(row.get("created_at"))
    org = orgs.get(row["org_id"])
    if created is None or org is None:
        return False
    if expected_rule(row["org_id"], created, orgs, erasures, now) is not None:
        return False
    if any(o == row["org_id"] and t >= created for o, t in erasures):
        return False
    if org.get("zero_data_retention") or org.get("google_workspace"):
        return False
    if row.get("connector") == "google_drive":
        return False

    def opted_out_at(t):
        events = [(e_at, out) for o, out, e_at in opt_events if o == row["org_id"] and e_at <= t]
        events = [e for e in events if e[0] <= now]
        if not events:
            return False
        latest = max(e[0] for e in events)
        return any(out for e_at, out in events if e_at == latest)

    return not opted_out_at(created) and not opted_out_at(now)


def lake_eligible(root, now: dt.datetime) -> set[str]:
    """request_ids of every eligible row of a local lake, read directly with pyarrow."""
    import pyarrow.parquet as pq

    now = _naive(now)
    policy = root / "policy"
    orgs = {o["org_id"]: o for o in pq.read_table(policy / "orgs.parquet").to_pylist()}
    erasures, events = [], []
    if (policy / "erasure_requests.parquet").exists():
        erasures = [
            (r["org_id"], _naive(r["requested_at"]))
            for r in pq.read_table(policy / "erasure_requests.parquet").to_pylist()
        ]
    if (policy / "opt_out_events.parquet").exists():
        events = [
            (r["org_id"], r["opted_out"], _naive(r["effective_at"]))
            for r in pq.read_table(policy / "opt_out_events.parquet").to_pylist()
        ]
    out = set()
    for path in sorted((root / "raw").glob("event_date=*/*.parquet")):
        for row in pq.read_table(path).to_pylist():
            if expected_eligible(row, orgs, erasures, events, now):
                out.add(row["request_id"])
    return out
