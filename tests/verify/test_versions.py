"""verify's sanitizer_versions check: rows sanitized by an earlier release, or by none the
row names, are counted exactly and reported as warnings with the days to backfill."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from sanitizers import SANITIZER_VERSION
from tests.verify.helpers import Invoke, findings, rewrite, verify_json


def _versions_check(report: dict) -> dict:
    (check,) = [c for c in report["checks"] if c["name"] == "sanitizer_versions"]
    return check


def test_a_swept_lake_is_all_current(lake: Path, invoke: Invoke) -> None:
    code, report = verify_json(invoke, lake)
    check = _versions_check(report)
    rows = sum(pq.read_metadata(p).num_rows for p in (lake / "training").rglob("*.parquet"))
    assert code == 0 and check["status"] == "ok", json.dumps(check, indent=1)
    assert check["notes"] == [f"rows per release: {SANITIZER_VERSION}: {rows}"]


def test_earlier_and_unnamed_releases_are_counted_warnings(lake: Path, invoke: Invoke) -> None:
    files = sorted((lake / "training").rglob("*.parquet"))
    assert len(files) >= 3
    old, unnamed = files[0], files[1]

    def earlier(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index("sanitizer_version")
        return table.set_column(i, "sanitizer_version", pa.array(["1.7.0"] * table.num_rows))

    rewrite(old, earlier)
    rewrite(unnamed, lambda t: t.drop_columns(["sanitizer_version"]))
    code, report = verify_json(invoke, lake)
    found = findings(report)
    day = old.parent.name.removeprefix("event_date=")
    assert code == 0  # warnings: the contract asks for sanitized text, not the newest release
    outdated, unknown = found["sanitizer_outdated"], found["sanitizer_unknown"]
    assert outdated["severity"] == unknown["severity"] == "warning"
    assert outdated["count"] == pq.read_metadata(old).num_rows
    assert unknown["count"] == pq.read_metadata(unnamed).num_rows
    reason = outdated["examples"][0]["reason"]
    assert f"--from {day} --to {day} --resanitize" in reason, reason
    assert _versions_check(report)["status"] == "warning"
