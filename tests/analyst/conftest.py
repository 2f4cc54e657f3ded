"""Hand-made lakes for the analyst tests, written exactly as docs/layout.md describes.

SMALL_LAKE_USAGE is the usage of the `small_lake` fixture; the expected numbers in the tests
are summed by hand from it (see the comments there). `lakes`: the same lake on S3 (s3lake.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import typer

from lakesweep import queries
from lakesweep.analyst import cli, views

D = dt.date
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
USAGE_FIELDS = [
    ("event_date", pa.date32()),
    ("org_id", pa.string()),
    ("endpoint", pa.string()),
    ("model", pa.string()),
    ("connector", pa.string()),
    ("requests", pa.int64()),
    ("input_tokens", pa.int64()),
    ("output_tokens", pa.int64()),
]
LEDGER_KEYS = (
    *("kind", "run_id", "recorded_at", "table", "file", "rule", "rows", "action"),
    *("bytes_before", "bytes_after", "orgs", "started_at", "ended_at", "status", "detail"),
)

# (event_date, org_id, endpoint, model, connector, requests, input_tokens, output_tokens)
Row = tuple[D | None, str, str | None, str | None, str | None, int, int | None, int]


def file_key(raw_path: str) -> str:
    return hashlib.sha256(raw_path.encode()).hexdigest()[:32]


def write_usage(
    root: Path, rows: Sequence[Row], raw_path: str, *, connector: bool = True
) -> list[Path]:
    """The usage parts of one raw file: one file per event date, like the nightly run."""
    written = []
    for day in sorted({r[0] for r in rows}, key=lambda d: (d is None, d)):
        part = [r for r in rows if r[0] == day]
        fields = [f for f in USAGE_FIELDS if connector or f[0] != "connector"]
        columns = {
            name: pa.array([r[i] for r in part], typ)
            for i, (name, typ) in enumerate(USAGE_FIELDS)
            if connector or name != "connector"
        }
        table = pa.table(columns, schema=pa.schema(fields))
        folder = root / "usage" / f"event_date={HIVE_NULL if day is None else day.isoformat()}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{file_key(raw_path)}.parquet"
        pq.write_table(table, path, compression="zstd")
        written.append(path)
    return written


def write_ledger(root: Path, rel: str, records: Sequence[dict]) -> Path:
    """One JSON-lines ledger file; every record carries every key (null where unused)."""
    path = root / "_ledger" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({**dict.fromkeys(LEDGER_KEYS), **r}) for r in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


SMALL_LAKE_USAGE: dict[str, tuple[list[Row], bool]] = {
    # raw file -> (rows, has connector column). Weeks: 08-31 and 09-07 are Mondays.
    "raw/event_date=2026-08-31/a.parquet": (
        [
            (D(2026, 8, 31), "acme", "chat", "m-large", None, 2, 100, 50),  # 1
            (D(2026, 8, 31), "beta", "embed", "m-embed", None, 1, 40, 0),  # 2
        ],
        False,  # written before the connector column existed
    ),
    "raw/event_date=2026-09-06/b.parquet": (
        [
            (D(2026, 9, 6), "acme", "chat", "m-large", "google_drive", 1, 30, 20),  # 3
            (D(2026, 9, 6), "acme", "chat", "m-small", None, 3, None, 15),  # 4 (null input)
            (D(2026, 9, 7), "beta", "chat", "m-small", "google_drive", 2, 60, 30),  # 5
            (D(2026, 9, 7), "acme", "chat", "m-large", None, 1, 10, 5),  # 6
            (None, "acme", "chat", "m-large", None, 1, 5, 5),  # 9: created_at was null
        ],
        True,
    ),
    "raw/event_date=2026-09-07/c.parquet": (
        [(D(2026, 9, 7), "beta", "chat", "m-small", "google_drive", 1, 20, 10)],  # 7 = key of 5
        True,
    ),
    "raw/event_date=2026-10-01/d.parquet": (
        [(D(2026, 10, 1), "gamma", "rerank", "m-small", None, 4, 80, 0)],  # 8
        True,
    ),
}


def _run(run_id: str, day: int, status: str = "succeeded") -> dict:
    at = f"2026-10-{day:02d}T03:0"
    detail = {"now": f"{at}0:00Z", "totals": {"files": 3}}
    return {
        "kind": "run",
        "run_id": run_id,
        "recorded_at": f"{at}5:00.000001Z",
        "started_at": f"{at}0:00+00:00",
        "ended_at": f"{at}5:00+00:00",
        "status": status,
        "detail": json.dumps(detail),
    }


def _deletion(run_id: str, day: int, table: str, rule: str, orgs: dict[str, int]) -> dict:
    return {
        "kind": "deletion",
        "run_id": run_id,
        "recorded_at": f"2026-10-{day:02d}T03:02:00.000001Z",
        "table": table,
        "file": f"{table}/event_date=2026-08-01/x.parquet",
        "rule": rule,
        "rows": sum(orgs.values()),
        "action": "rewrite",
        "bytes_before": 1000,
        "bytes_after": 400,
        "orgs": [{"org_id": o, "rows": n} for o, n in orgs.items()],
    }


def build_small_lake(root: Path) -> Path:
    for raw_path, (rows, has_connector) in SMALL_LAKE_USAGE.items():
        write_usage(root, rows, raw_path, connector=has_connector)
    # Not data: readers skip names starting with "." or "_" (these are not even Parquet).
    (root / "usage/event_date=2026-09-07/_tmp.parquet").write_bytes(b"not parquet")
    (root / "usage/event_date=2026-09-07/.part-x.parquet.r1.tmp").write_bytes(b"not parquet")
    write_ledger(root, "runs/r-0001.jsonl", [_run("r-0001", 2)])
    write_ledger(root, "runs/r-0002.jsonl", [_run("r-0002", 3)])
    write_ledger(root, "runs/r-0003.jsonl", [_run("r-0003", 4, status="failed")])
    write_ledger(
        root,
        "deletions/r-0001-0a.jsonl",
        [
            _deletion("r-0001", 2, "raw", "expired", {"acme": 3, "beta": 2}),
            _deletion("r-0001", 2, "raw", "zero_data_retention", {"gamma": 2}),
        ],
    )
    write_ledger(
        root,
        "deletions/r-0002-0b.jsonl",
        [_deletion("r-0002", 3, "training", "opted_out", {"beta": 1})],
    )
    write_ledger(
        root, "deletions/r-0002-0c.jsonl", [_deletion("r-0002", 3, "raw", "erasure", {"acme": 4})]
    )
    (root / "_ledger/runs/.r-0004.jsonl.tmp").write_text("{not json")
    return root


@pytest.fixture
def small_lake(tmp_path: Path) -> Path:
    return build_small_lake(tmp_path / "lake")


@pytest.fixture
def empty_lake(tmp_path: Path) -> Path:
    root = tmp_path / "new-lake"
    root.mkdir()
    return root


@pytest.fixture
def lake_con(small_lake: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with queries.connect() as con:
        views.attach(con, small_lake)
        yield con


@pytest.fixture
def app() -> typer.Typer:
    """A Typer app with only the analyst commands, as lakesweep/cli.py registers them."""
    application = typer.Typer(pretty_exceptions_enable=False)
    cli.register(application)
    return application


@pytest.fixture(scope="session")
def lakes(s3_endpoint: str, tmp_path_factory: pytest.TempPathFactory):
    from .s3lake import build_lakes  # it imports this module

    return build_lakes(tmp_path_factory.mktemp("s3-lakes"))
