"""A realistic demo lake: Faker text, several orgs covering every rule, >= 40 days of data."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

RAW_SCHEMA = pa.schema(
    [
        ("request_id", pa.string()),
        ("org_id", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("endpoint", pa.string()),
        ("model", pa.string()),
        ("connector", pa.string()),
        ("prompt", pa.string()),
        ("output", pa.string()),
        ("documents", pa.list_(pa.string())),
        ("embedding", pa.list_(pa.float32())),
        ("input_tokens", pa.int64()),
        ("output_tokens", pa.int64()),
    ]
)
ENDPOINTS = ("chat", "chat", "chat", "generate", "embed", "rerank", "classify", "summarize")
MODELS = ("command-r", "command-r-plus", "command-light", "embed-english-v3")


@dataclass(frozen=True)
class DemoOrg:
    org_id: str
    zero_data_retention: bool = False
    google_workspace: bool = False
    legal_hold_days: int | None = None  # legal_hold_until = today + this
    retention_days: int | None = None
    opt_out: tuple[tuple[int, bool], ...] = ()  # (days ago, opted_out)
    erasure_days_ago: int | None = None
    registered: bool = True


ORGS = (
    DemoOrg("org_acme"),
    DemoOrg("org_globex", retention_days=90),
    DemoOrg("org_initech", retention_days=7),
    DemoOrg("org_umbrella", zero_data_retention=True),
    DemoOrg("org_hooli", legal_hold_days=30, erasure_days_ago=5),
    DemoOrg("org_piedpiper", legal_hold_days=-3, erasure_days_ago=10),
    DemoOrg("org_stark", erasure_days_ago=12),
    DemoOrg("org_wayne", opt_out=((15, True),)),
    DemoOrg("org_wonka", opt_out=((60, True), (20, False))),
    DemoOrg("org_cyberdyne", google_workspace=True),
    DemoOrg("org_ghost", registered=False),
)


def write_policy(root: Path, now: dt.datetime, orgs: tuple[DemoOrg, ...] = ORGS) -> None:
    today = now.date()
    registered = [o for o in orgs if o.registered]
    policy = root / "policy"
    policy.mkdir(parents=True, exist_ok=True)
    hold = [
        today + dt.timedelta(days=o.legal_hold_days) if o.legal_hold_days is not None else None
        for o in registered
    ]
    pq.write_table(
        pa.table(
            {
                "org_id": [o.org_id for o in registered],
                "zero_data_retention": [o.zero_data_retention for o in registered],
                "google_workspace": [o.google_workspace for o in registered],
                "legal_hold_until": pa.array(hold, pa.date32()),
                "retention_days": pa.array([o.retention_days for o in registered], pa.int64()),
            }
        ),
        policy / "orgs.parquet",
    )
    events = [(o.org_id, out, now - dt.timedelta(days=d)) for o in orgs for d, out in o.opt_out]
    ts = pa.timestamp("us", tz="UTC")
    pq.write_table(
        pa.table(
            {
                "org_id": pa.array([e[0] for e in events], pa.string()),
                "opted_out": pa.array([e[1] for e in events], pa.bool_()),
                "effective_at": pa.array([e[2] for e in events], ts),
            }
        ),
        policy / "opt_out_events.parquet",
    )
    erasures = [o for o in orgs if o.erasure_days_ago is not None]
    pq.write_table(
        pa.table(
            {
                "request_id": [f"er-{i:04d}" for i in range(len(erasures))],
                "org_id": [o.org_id for o in erasures],
                "requested_at": pa.array(
                    [now - dt.timedelta(days=o.erasure_days_ago) for o in erasures], ts
                ),
            }
        ),
        policy / "erasure_requests.parquet",
    )


def write_raw(
    root: Path,
    now: dt.datetime,
    rows: int,
    days: int = 45,
    seed: int = 7,
    orgs: tuple[DemoOrg, ...] = ORGS,
    max_files_per_day: int = 3,
) -> int:
    """Write ``rows`` raw requests spread over ``days`` days ending at ``now``; returns files."""
    from lakesweep.demo_text import TextFactory

    rng = random.Random(seed)
    text = TextFactory(seed)
    per_day = max(1, rows // days)
    files = 0
    for d in range(days):
        day = (now - dt.timedelta(days=days - 1 - d)).date()
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
        span = min(86400.0, (now - start).total_seconds() - 1) if d == days - 1 else 86400.0
        n_files = 1 + (d % max_files_per_day)
        for f in range(n_files):
            n = per_day // n_files
            records = [_row(rng, text, start, span, orgs) for _ in range(n)]
            table = pa.Table.from_pylist(records, schema=RAW_SCHEMA)
            if f == 1:  # schema drift: an extra column the logging system added
                table = table.append_column("client_version", pa.array(["1.4.2"] * n))
            if f == 2:  # an older writer that never sent documents or embeddings
                table = table.drop_columns(["documents", "embedding"])
            folder = root / "raw" / f"event_date={day.isoformat()}"
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, folder / f"part-{f:03d}.parquet", compression="zstd")
            files += 1
    # A shard that only logged the zero-retention org: the whole file goes.
    zdr = tuple(o for o in orgs if o.zero_data_retention)
    if zdr:
        day = (now - dt.timedelta(days=2)).date()
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
        rows_zdr = [_row(rng, text, start, 86400.0, zdr) for _ in range(5)]
        folder = root / "raw" / f"event_date={day.isoformat()}"
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(
            pa.Table.from_pylist(rows_zdr, schema=RAW_SCHEMA), folder / "zdr-000.parquet"
        )
        files += 1
    # A late file: rows of the three previous days that arrived in today's folder.
    late = [_row(rng, text, now - dt.timedelta(days=3), 2 * 86400.0, orgs) for _ in range(20)]
    late[0]["created_at"] = None  # a row whose age cannot be known
    folder = root / "raw" / f"event_date={now.date().isoformat()}"
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(late, schema=RAW_SCHEMA), folder / "late-000.parquet")
    return files + 1


def _row(
    rng: random.Random, text, start: dt.datetime, span: float, orgs: tuple[DemoOrg, ...]
) -> dict:
    org = rng.choice(orgs)
    endpoint = rng.choice(ENDPOINTS)
    embed = endpoint == "embed"
    prompt = text.prompt()
    output = None if embed else text.output()
    return {
        "request_id": text.request_id(),
        "org_id": org.org_id,
        "created_at": start + dt.timedelta(seconds=rng.uniform(0, span)),
        "endpoint": endpoint,
        "model": "embed-english-v3" if embed else rng.choice(MODELS[:3]),
        "connector": "google_drive" if rng.random() < 0.05 else None,
        "prompt": prompt,
        "output": output,
        "documents": text.documents_or_none(),
        "embedding": [rng.random() for _ in range(8)] if embed else None,
        "input_tokens": None if rng.random() < 0.02 else len(prompt) // 4,
        "output_tokens": 0 if output is None else len(output) // 4,
    }


def build_demo_lake(
    root: Path,
    rows: int = 20_000,
    days: int = 45,
    seed: int = 7,
    now: dt.datetime | None = None,
    max_files_per_day: int = 3,
) -> int:
    """Create a complete demo lake at ``root``; returns the number of raw files."""
    now = now or dt.datetime.now(dt.UTC)
    write_policy(root, now)
    return write_raw(root, now, rows, days, seed, max_files_per_day=max_files_per_day)
