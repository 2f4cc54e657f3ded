"""What `lakesweep audit` reads about one org: its raw rows (through lakesweep.rawfile, as
nightly and verify read them), its training rows (by org_key), its usage aggregates, and the
ledger records and run records that concern it. Counts, times and names, never row content.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import queries
from lakesweep.pseudonym import KEY_ENV, hmac_hex
from lakesweep.rawfile import RawFileError, read_raw
from lakesweep.verify.lake import LakeInputs

SQL = "audit.sql"
ORG_RAW = pa.schema([("file", pa.string()), ("created_at", pa.timestamp("us"))])


def utc(value: Any) -> dt.datetime | None:
    """An ISO time of the ledger ("...Z", "+00:00" or naive UTC) as naive UTC."""
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def raw_rows(inputs: LakeInputs, org_id: str, notes: list[str]) -> pa.Table:
    """(file, created_at) of every raw row of the org; unreadable files are noted."""

    def one(rel: str) -> pa.Table | None:
        try:
            rows = read_raw(inputs.storage, rel).rows
        except FileNotFoundError:
            return None
        except (RawFileError, OSError) as exc:
            notes.append(f"{rel} cannot be read, its rows are not counted: {exc}")
            return None
        mine = rows.filter(pc.equal(rows.column("org_id"), org_id))
        files = pa.array([rel] * mine.num_rows, pa.string())
        return pa.table([files, mine.column("created_at")], schema=ORG_RAW)

    with ThreadPoolExecutor(max_workers=4) as pool:
        parts = [t for t in pool.map(one, [f.path for f in inputs.raw]) if t is not None]
    return pa.concat_tables(parts) if parts else ORG_RAW.empty_table()


def counts(rows: list[tuple[str, str | None, int]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {
        "event_date": Counter(),
        "request": Counter(),
        "file": Counter(),
    }
    for what, key, n in rows:
        out[what][key or "unknown"] += n
    return out


def raw_counts(
    con: duckdb.DuckDBPyConnection, inputs: LakeInputs, org_id: str, notes: list[str]
) -> dict[str, Counter[str]]:
    con.register("org_raw", raw_rows(inputs, org_id, notes))
    return counts(queries.run(con, SQL, "org_raw_rows", org_id=org_id).fetchall())


def training_counts(
    con: duckdb.DuckDBPyConnection, inputs: LakeInputs, org_id: str, notes: list[str]
) -> dict[str, Counter[str]] | None:
    """The org's training rows by org_key; None when the key is not set (not checked)."""
    if inputs.key is None:
        notes.append(f"training rows not checked: set {KEY_ENV} to find them by org_key")
        return None
    if not inputs.training_files:
        return counts([])
    files = inputs.paths(inputs.training_files)
    key = hmac_hex(inputs.key, org_id)
    found = queries.run(con, SQL, "org_training_rows", files=files, org_id=org_id, org_key=key)
    return counts(found.fetchall())


def usage_rows(con: duckdb.DuckDBPyConnection, inputs: LakeInputs, org_id: str) -> list[dict]:
    """The usage aggregates kept for the org, per event_date, endpoint and model."""
    if not inputs.usage_files:
        return []
    rel = queries.run(con, SQL, "org_usage", files=inputs.paths(inputs.usage_files), org_id=org_id)
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]


USAGE_KEPT = (
    "per event_date, endpoint and model: requests, input_tokens and output_tokens "
    "(counts only: no text, no request ids)"
)


def usage_summary(usage: list[dict]) -> dict[str, Any]:
    """What the certificate says about the usage aggregates kept for the org."""
    return {
        "what": USAGE_KEPT,
        "requests": sum(u["requests"] or 0 for u in usage),
        "input_tokens": sum(u["input_tokens"] or 0 for u in usage),
        "output_tokens": sum(u["output_tokens"] or 0 for u in usage),
        "event_dates": len({u["event_date"] for u in usage}),
        "rows": usage,
    }


def ledger_facts(inputs: LakeInputs, org_id: str) -> tuple[list[dict], dict[str, dict]]:
    """(deletion entries naming the org, oldest first; every run record by run id)."""
    deletions, runs = [], {}
    for rec in inputs.records:
        if rec.get("kind") == "run":
            runs[rec.get("run_id")] = _run(rec)
        if rec.get("kind") != "deletion":
            continue
        for org in rec.get("orgs") or []:
            if org.get("org_id") == org_id:
                deletions.append(
                    {
                        "run_id": rec.get("run_id"),
                        "recorded_at": utc(rec.get("recorded_at")),
                        "run_now": utc(rec.get("run_now")),
                        "table": rec.get("table"),
                        "file": rec.get("file"),
                        "rule": rec.get("rule"),
                        "action": rec.get("action"),
                        "org_rows": int(org.get("rows") or 0),
                        "record_rows": int(rec.get("rows") or 0),
                        "min_created_at": utc(org.get("min_created_at")),
                        "max_created_at": utc(org.get("max_created_at")),
                        "policy": rec.get("policy"),
                        "seq": rec.get("seq"),
                    }
                )
    deletions.sort(key=lambda d: (d["recorded_at"] or dt.datetime.min, d["table"], d["file"]))
    return deletions, runs


def _run(rec: dict) -> dict[str, Any]:
    try:
        detail = json.loads(rec.get("detail") or "{}")
    except ValueError:
        detail = {}
    versions = detail.get("versions") or {}
    return {
        "run_id": rec.get("run_id"),
        "kind": detail.get("kind"),
        "status": rec.get("status"),
        "clock": utc(rec.get("run_now") or detail.get("now")),
        "started_at": utc(rec.get("started_at")),
        "ended_at": utc(rec.get("ended_at")) or utc(rec.get("recorded_at")),
        "recorded_by": rec.get("recorded_by"),
        "policy": rec.get("policy") or versions.get("policy"),
        "lakesweep": _labelled(versions, "lakesweep"),
        "sanitizer": _labelled(versions, "sanitizer"),
    }


def _labelled(versions: dict, name: str) -> str | None:
    """``1.3.0 (code 0123456789abcdef)``: the release and the content hash of its files."""
    version, code = versions.get(name), versions.get(f"{name}_code")
    return f"{version} (code {code})" if version and code else version
