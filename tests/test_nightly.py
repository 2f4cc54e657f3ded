"""The nightly pass end to end on real Parquet files, checked against the Python oracle."""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lakesweep.demo import RAW_SCHEMA, build_demo_lake
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import (
    NOW,
    ledger_deleted,
    raw_request_ids,
    raw_row,
    snapshot,
    ts,
    usage_totals,
    write_orgs,
    write_raw,
)
from tests.oracle import lake_expectations


def nightly(root, **flags):
    return run_nightly(build_settings(lake=str(root), now=NOW, **flags))


@pytest.fixture
def demo_lake(tmp_path):
    build_demo_lake(tmp_path, rows=900, days=42, seed=3, now=NOW)
    return tmp_path


def test_demo_lake_ends_exactly_as_the_rules_say(demo_lake):
    rules, usage_before = lake_expectations(demo_lake, NOW)
    summary = nightly(demo_lake)

    kept = {rid for rid, rule in rules.items() if rule is None}
    assert raw_request_ids(demo_lake) == kept
    expected_by_rule = Counter(rule for rule in rules.values() if rule)
    assert set(expected_by_rule) == {"zero_data_retention", "erasure", "expired"}
    assert summary.deleted_by_rule == dict(sorted(expected_by_rule.items()))
    assert ledger_deleted(demo_lake) == {("raw", r): n for r, n in expected_by_rule.items()}
    assert usage_totals(demo_lake) == usage_before
    assert summary.status == "succeeded"
    assert summary.totals["rows_unknown_age"] == 1


def test_second_run_changes_nothing(demo_lake):
    nightly(demo_lake)
    before = snapshot(demo_lake, ("raw", "usage", "training"))
    ledger_before = ledger_deleted(demo_lake)
    second = nightly(demo_lake)
    assert snapshot(demo_lake, ("raw", "usage", "training")) == before
    assert ledger_deleted(demo_lake) == ledger_before
    assert second.totals["bytes_written"] == 0
    assert second.totals["rows_deleted"] == 0
    assert second.totals["files_untouched"] == second.totals["files"]


def test_untouched_files_are_byte_identical_and_rewrites_keep_order_and_types(tmp_path):
    write_orgs(tmp_path, [{"org_id": "keep"}, {"org_id": "gone", "zero_data_retention": True}])
    untouched = write_raw(
        tmp_path, "2026-06-14", "a.parquet", [raw_row(f"k{i}", "keep", ts(1)) for i in range(5)]
    )
    mixed_rows = [raw_row(f"m{i}", "gone" if i % 2 else "keep", ts(1)) for i in range(9)]
    extra = pa.array([f"v{i}" for i in range(9)])
    mixed = write_raw(tmp_path, "2026-06-14", "b.parquet", mixed_rows, client_version=extra)
    doomed = write_raw(tmp_path, "2026-06-14", "c.parquet", [raw_row("g", "gone", ts(1))])
    original_bytes = untouched.read_bytes()
    original_schema = pq.read_schema(mixed)

    summary = nightly(tmp_path)

    assert untouched.read_bytes() == original_bytes
    assert not doomed.exists()
    table = pq.read_table(mixed)
    assert table.schema.equals(original_schema, check_metadata=False)
    assert table.column("request_id").to_pylist() == ["m0", "m2", "m4", "m6", "m8"]
    assert table.column("client_version").to_pylist() == ["v0", "v2", "v4", "v6", "v8"]
    assert summary.totals["files_untouched"] == 1
    assert summary.totals["files_rewritten"] == 1
    assert summary.totals["files_removed"] == 1
    assert not list(tmp_path.rglob("*.lakesweep-tmp"))


def test_file_without_documents_or_connector_columns(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o", "retention_days": 3}])
    schema = pa.schema([f for f in RAW_SCHEMA if f.name not in ("documents", "connector")])
    rows = [
        {k: v for k, v in raw_row(f"r{i}", "o", ts(i + 0.5)).items() if k in schema.names}
        for i in range(6)
    ]
    path = write_raw(tmp_path, "2026-06-10", "a.parquet", rows, schema=schema)
    nightly(tmp_path)
    table = pq.read_table(path)
    assert table.column("request_id").to_pylist() == ["r0", "r1", "r2"]
    assert table.schema.names == schema.names


def test_usage_is_committed_once_and_late_files_are_added(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o", "retention_days": 2}])
    write_raw(
        tmp_path,
        "2026-06-10",
        "a.parquet",
        [raw_row(f"r{i}", "o", ts(5), input_tokens=100, output_tokens=None) for i in range(4)],
    )
    nightly(tmp_path)
    key = (ts(5).date(), "o", "chat", "command-r", None)
    assert usage_totals(tmp_path) == {key: (4, 400, 0)}
    assert raw_request_ids(tmp_path) == set()  # all expired, yet still counted

    # A late file for the same day arrives; the earlier file is gone: counts only grow.
    write_raw(tmp_path, "2026-06-10", "late.parquet", [raw_row("late", "o", ts(5), input_tokens=7)])
    nightly(tmp_path)
    nightly(tmp_path)
    assert usage_totals(tmp_path) == {key: (5, 407, 5)}


def test_dry_run_changes_nothing_and_reports_the_plan(demo_lake):
    rules, _ = lake_expectations(demo_lake, NOW)
    before = {p: p.read_bytes() for p in demo_lake.rglob("*") if p.is_file()}
    summary = nightly(demo_lake, dry_run=True)
    after = {p: p.read_bytes() for p in demo_lake.rglob("*") if p.is_file()}
    assert after == before
    assert summary.status == "dry_run"
    assert summary.totals["rows_deleted"] == sum(1 for r in rules.values() if r)
    assert summary.totals["bytes_written"] > 0  # the estimate of what a real run writes
    assert all(f["action"] in ("rewrite", "remove") for f in summary.files)
