"""Test helpers: write tiny lakes exactly as the contract describes them."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from lakesweep.demo import RAW_SCHEMA

UTC = dt.UTC
NOW = dt.datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def ts(days_ago: float, now: dt.datetime = NOW) -> dt.datetime:
    return now - dt.timedelta(days=days_ago)


def raw_row(request_id: str, org_id: str, created_at: dt.datetime | None, **extra: Any) -> dict:
    row = {
        "request_id": request_id,
        "org_id": org_id,
        "created_at": created_at,
        "endpoint": "chat",
        "model": "command-r",
        "connector": None,
        "prompt": f"prompt of {request_id}",
        "output": f"output of {request_id}",
        "documents": None,
        "embedding": None,
        "input_tokens": 10,
        "output_tokens": 5,
    }
    row.update(extra)
    return row


def write_raw(
    root: Path,
    day: str,
    name: str,
    rows: list[dict],
    schema: pa.Schema = RAW_SCHEMA,
    **table_extra: pa.Array,
) -> Path:
    table = pa.Table.from_pylist(rows, schema=schema)
    for column, values in table_extra.items():
        table = table.append_column(column, values)
    folder = root / "raw" / f"event_date={day}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    pq.write_table(table, path)
    return path


def write_orgs(root: Path, orgs: list[dict]) -> None:
    defaults = {
        "zero_data_retention": False,
        "google_workspace": False,
        "legal_hold_until": None,
        "retention_days": None,
    }
    rows = [{**defaults, **o} for o in orgs]
    schema = pa.schema(
        [
            ("org_id", pa.string()),
            ("zero_data_retention", pa.bool_()),
            ("google_workspace", pa.bool_()),
            ("legal_hold_until", pa.date32()),
            ("retention_days", pa.int64()),
        ]
    )
    (root / "policy").mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), root / "policy" / "orgs.parquet")


def write_opt_outs(root: Path, events: list[tuple[str, bool, dt.datetime]]) -> None:
    schema = pa.schema(
        [
            ("org_id", pa.string()),
            ("opted_out", pa.bool_()),
            ("effective_at", pa.timestamp("us", tz="UTC")),
        ]
    )
    rows = [{"org_id": o, "opted_out": b, "effective_at": t} for o, b, t in events]
    (root / "policy").mkdir(parents=True, exist_ok=True)
    pq.write_table(
        pa.Table.from_pylist(rows, schema=schema), root / "policy" / "opt_out_events.parquet"
    )


def write_erasures(root: Path, requests: list[tuple[str, dt.datetime]]) -> None:
    schema = pa.schema(
        [
            ("request_id", pa.string()),
            ("org_id", pa.string()),
            ("requested_at", pa.timestamp("us", tz="UTC")),
        ]
    )
    rows = [
        {"request_id": f"er{i}", "org_id": o, "requested_at": t}
        for i, (o, t) in enumerate(requests)
    ]
    (root / "policy").mkdir(parents=True, exist_ok=True)
    pq.write_table(
        pa.Table.from_pylist(rows, schema=schema), root / "policy" / "erasure_requests.parquet"
    )


def raw_request_ids(root: Path) -> set[str]:
    ids: set[str] = set()
    for path in (root / "raw").glob("event_date=*/*.parquet"):
        ids.update(pq.read_table(path, columns=["request_id"]).column(0).to_pylist())
    return ids


def snapshot(root: Path, folders: tuple[str, ...] = ("raw", "usage")) -> dict[str, str]:
    """sha256 of every data file under the given folders (relative path -> digest)."""
    out = {}
    for folder in folders:
        for path in sorted((root / folder).rglob("*.parquet")):
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def usage_totals(root: Path) -> dict[tuple, tuple[int, int, int]]:
    """(event_date, org_id, endpoint, model, connector) -> (requests, input, output), summed."""
    import duckdb

    if not (root / "usage").exists():
        return {}
    rows = duckdb.sql(
        "select event_date, org_id, endpoint, model, connector, sum(requests), "
        "sum(input_tokens), sum(output_tokens) from read_parquet($glob, hive_partitioning=true, "
        "union_by_name=true) group by all",
        params={"glob": str(root / "usage" / "*" / "*.parquet")},
    ).fetchall()
    return {tuple(r[:5]): tuple(int(x) for x in r[5:]) for r in rows}


def ledger_deleted(root: Path) -> dict[tuple[str, str], int]:
    """(table, rule) -> rows deleted, from the ledger's deletion records."""
    import duckdb

    if not list((root / "_ledger").glob("*/*.jsonl")):
        return {}
    rows = duckdb.sql(
        "select \"table\", rule, sum(rows) from read_json_auto($glob) where kind = 'deletion' "
        "group by all",
        params={"glob": str(root / "_ledger" / "*" / "*.jsonl")},
    ).fetchall()
    return {(t, r): int(n) for t, r, n in rows}


def ledger_records(root: Path, kind: str | None = None) -> list[dict]:
    """Every ledger record (all of _ledger/*/*.jsonl), optionally of one kind, in seq order."""
    import json

    out = []
    for path in sorted((root / "_ledger").glob("*/*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                rec = json.loads(line)
                if kind is None or rec.get("kind") == kind:
                    out.append(rec)
    return out


def training_ids(root: Path) -> list[str]:
    """Every sample_id in training/ (a list: duplicates stay visible)."""
    ids: list[str] = []
    for path in sorted((root / "training").glob("*/*.parquet")):
        ids += pq.read_table(path, columns=["sample_id"]).column(0).to_pylist()
    return ids


def chain_problems(root: Path) -> list[str]:
    """Breaks of the ledger's hash chain (empty when intact), checked independently."""
    problems, prev = [], ""
    entries = sorted((root / "_ledger" / "log").glob("*.jsonl"))
    for n, path in enumerate(entries):
        import json

        if path.stem != f"{n:012d}":
            problems.append(f"{path.name}: expected entry {n}")
        data = path.read_bytes()
        for line in data.decode().splitlines():
            rec = json.loads(line)
            if rec["seq"] != n or rec["prev_hash"] != prev:
                problems.append(f"{path.name}: seq/prev_hash do not chain")
        prev = hashlib.sha256(data).hexdigest()
    return problems


def runs_without_one_record(root: Path) -> list[str]:
    """Run ids that made ledger records but do not have exactly one `run` record."""
    from collections import Counter

    records = ledger_records(root)
    runs = Counter(r["run_id"] for r in records if r["kind"] == "run")
    ids = {r["run_id"] for r in records}
    return sorted(i for i in ids if runs[i] != 1)


def expire_lease(root: Path) -> None:
    """Make the current lease expired, as a crashed holder's lease becomes with time."""
    import json

    path = root / "_state" / "lease.json"
    if path.exists():
        try:
            body = json.loads(path.read_text())
        except ValueError:
            return
        body["expires_epoch"] = 0
        path.write_text(json.dumps(body))
