"""A lake for the S3 tests: the small lake plus many usage parts and newer ledger records,
built locally and uploaded byte for byte to a bucket of the moto server (tests/s3.py).

The expected numbers are counted here from the rows written ("rows in"), so the tests can
check exact counts on both backends ("rows out"), not only that both agree.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tests.s3 import client

from .conftest import SMALL_LAKE_USAGE, Row, build_small_lake, write_ledger, write_usage

BUCKET = "analyst-lakes"
PREFIX = "team's lakes/prod"  # a quote and a space: the SQL literal and S3 keys handle both
MORE_FILES = 12


@dataclass(frozen=True)
class Lakes:
    """The same lake twice: a local folder and ``s3://BUCKET/PREFIX``."""

    local: Path
    s3: str
    usage_rows: int
    totals: dict[str, int]  # requests, input_tokens, output_tokens (null tokens count as 0)
    deleted_rows: int
    runs: int


def more_usage(root: Path, seed: int = 13) -> list[Row]:
    """Usage parts of MORE_FILES raw files over 40 days, with keys shared across files."""
    rng = random.Random(seed)
    first = dt.date(2026, 6, 1)
    written: list[Row] = []
    for index in range(MORE_FILES):
        rows: list[Row] = [
            (
                first + dt.timedelta(days=rng.randrange(40)),
                rng.choice(["acme", "beta", "gamma", "delta"]),
                rng.choice(["chat", "embed", "rerank"]),
                rng.choice(["m-large", "m-small", None]),
                rng.choice(["google_drive", None]),
                rng.randrange(1, 50),
                rng.choice([None, rng.randrange(10_000)]),
                rng.randrange(5_000),
            )
            for _ in range(rng.randrange(1, 7))
        ]
        write_usage(root, rows, f"raw/event_date=2026-06-01/more-{index}.parquet")
        written += rows
    return written


def newer_ledger(root: Path) -> None:
    """Records with the keys the ledger is gaining (hash chain, transitions, per-org tokens)
    and in new subfolders; the analyst views read the keys they know by name."""
    chain = {"seq": 7, "prev_hash": "ab" * 32, "hash": "cd" * 32, "policy": {"sha256": "ef"}}
    deletion = {
        **chain,
        "kind": "deletion",
        "run_id": "r-0004",
        "recorded_at": "2026-10-05T03:02:00Z",
        "table": "raw",
        "file": "raw/event_date=2026-08-01/y.parquet",
        "rule": "expired",
        "rows": 6,
        "transition": {"from": "kept", "to": "deleted"},
        "orgs": [
            {"org_id": "acme", "rows": 4, "input_tokens": 40, "output_tokens": 4},
            {"org_id": "delta", "rows": 2, "input_tokens": 20, "output_tokens": 2},
        ],
    }
    run = {
        **chain,
        "kind": "run",
        "run_id": "r-0004",
        "recorded_at": "2026-10-05T03:05:00Z",
        "started_at": "2026-10-05T03:00:00Z",
        "ended_at": "2026-10-05T03:05:00Z",
        "status": "succeeded",
        "detail": json.dumps({"kind": "nightly"}),
    }
    path = root / "_ledger/deletions/2026-10/r-0004-raw-y.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(deletion) + "\n", encoding="utf-8")
    write_ledger(root, "recovered/r-0004.jsonl", [run])


def upload(local: Path, bucket: str, prefix: str) -> None:
    """tests.s3.upload, 8 PUTs at a time."""
    s3 = client()
    files = [path for path in sorted(local.rglob("*")) if path.is_file()]

    def put(path: Path) -> None:
        key = f"{prefix}/{path.relative_to(local).as_posix()}"
        s3.put_object(Bucket=bucket, Key=key, Body=path.read_bytes())

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(put, files))


def build_lakes(tmp: Path) -> Lakes:
    """Build the lake in ``tmp`` and upload it (the ``s3_endpoint`` fixture must be active)."""
    local = build_small_lake(tmp / "lake")
    rows = [r for rows, _ in SMALL_LAKE_USAGE.values() for r in rows] + more_usage(local)
    newer_ledger(local)
    client().create_bucket(Bucket=BUCKET)
    upload(local, BUCKET, PREFIX)
    totals: Counter[str] = Counter()
    for row in rows:
        totals.update({"requests": row[5], "input_tokens": row[6] or 0, "output_tokens": row[7]})
    return Lakes(local, f"s3://{BUCKET}/{PREFIX}", len(rows), dict(totals), 12 + 6, 4)
