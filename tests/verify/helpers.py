"""Helpers for the verify tests: run verify as JSON, index its findings, plant files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests.lakes import NOW

Invoke = Callable[..., tuple[int, str]]


def verify_json(invoke: Invoke, root: Path, *extra: str) -> tuple[int, dict]:
    code, out = invoke(
        "verify", "--lake", str(root), "--now", NOW.isoformat(), "--sample", "0", "--json", *extra
    )
    return code, json.loads(out)


def findings(report: dict) -> dict[str, dict]:
    """kind -> finding, over every check."""
    return {f["kind"]: f for c in report["checks"] for f in c["findings"]}


def first_file(root: Path, folder: str) -> Path:
    return sorted((root / folder).glob("event_date=*/*.parquet"))[0]


def rewrite(path: Path, change: Callable[[pa.Table], pa.Table]) -> None:
    pq.write_table(change(pq.read_table(path)), path)
