"""Versioned buckets: every path that rewrites or removes a raw or training object (nightly,
training propagation, backfill, backfill --resanitize) purges the old versions and delete
markers it leaves, and the ledger lists exactly the version ids that were purged (observed
on the wire, through the proxy). A crash between the purge and the ledger loses no id."""

from __future__ import annotations

import datetime as dt
import io
import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lakesweep.faults import InjectedCrash
from lakesweep.rebuild import run_backfill
from lakesweep.settings import build_settings
from tests.lakes import NOW, ledger_records
from tests.s3 import client
from tests.s3lakes import (
    KEY,
    PREFIX,
    fetch,
    lake_uri,
    new_bucket,
    nightly,
    put_template,
    stale_versions,
)

FIRST, LAST = dt.date(2026, 5, 1), NOW.date()
PII = "call 555-123-4567 or jo@example.com"


@pytest.fixture(scope="module")
def night_one_runs(s3_template):
    return {r["run_id"] for r in ledger_records(s3_template)}


def backfill(bucket: str, endpoint: str, resanitize: bool = False, **flags):
    settings = build_settings(
        lake=lake_uri(bucket), now=NOW, pseudonym_key=KEY, s3_endpoint_url=endpoint, **flags
    )
    return run_backfill(settings, FIRST, LAST, resanitize)


def purged_on_the_wire(proxy, bucket: str) -> set[str]:
    """Version ids of raw/ and training/ objects deleted for good (DELETE ?versionId=)."""
    prefixes = tuple(f"/{bucket}/{PREFIX}/{folder}/" for folder in ("raw", "training"))
    found = set()
    for e in proxy.events:
        if e.method == "DELETE" and e.status == 204 and e.path.startswith(prefixes):
            match = re.search(r"(?:^|&)versionId=([^&]+)", e.query)
            if match:
                found.add(match.group(1))
    return found


def check_purged(proxy, bucket: str, tmp_path, night_one_runs: set[str]) -> list[dict]:
    """No old version is left, every change of an S3 run lists what it purged, and the ledger
    lists exactly the ids that were purged. Returns those change records."""
    assert stale_versions(bucket) == []
    changes = [
        r
        for r in ledger_records(fetch(bucket, tmp_path))
        if r["kind"] in ("deletion", "rewrite")
        and r["table"] in ("raw", "training")
        and r["run_id"] not in night_one_runs
    ]
    assert changes
    assert all(r["versions"] for r in changes), [r for r in changes if not r["versions"]]
    listed = {v for r in changes for v in r["versions"]}
    assert listed == purged_on_the_wire(proxy, bucket)
    return changes


def versions_holding(bucket: str, text: str) -> list[str]:
    """Every version (current or not) of a training part whose prompt holds ``text``."""
    s3, found = client(), []
    pages = s3.get_paginator("list_object_versions").paginate(
        Bucket=bucket, Prefix=f"{PREFIX}/training/"
    )
    for page in pages:
        for v in page.get("Versions", []):
            body = s3.get_object(Bucket=bucket, Key=v["Key"], VersionId=v["VersionId"])["Body"]
            prompts = pq.read_table(io.BytesIO(body.read()), columns=["prompt"]).column(0)
            if any(text in (p or "") for p in prompts.to_pylist()):
                found.append(f"{v['Key']}@{v['VersionId']}")
    return found


def plant_pre_upgrade_part(bucket: str) -> str:
    """Overwrite the part whose raw data is gone with one an older sanitizer let PII through."""
    s3 = client()
    listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"{PREFIX}/training/event_date=2026-05-16/")
    key = listed["Contents"][0]["Key"]
    table = pq.read_table(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
    table = table.set_column(
        table.schema.get_field_index("prompt"), "prompt", pa.array([PII] * table.num_rows)
    )
    buf = io.BytesIO()
    pq.write_table(table, buf)
    s3.put_object(Bucket=bucket, Key=key, Body=buf.getvalue())
    return key


def test_nightly_propagation_and_backfills_purge_and_list_every_old_version(
    s3_template, night_one_runs, proxy, tmp_path
):
    bucket = new_bucket("versions-every-path")
    put_template(s3_template, bucket)
    summary, error = nightly(bucket, proxy.url)  # raw rewrites and removal, training pruned
    assert error is None and summary.status == "succeeded"
    night = check_purged(proxy, bucket, tmp_path / "night", night_one_runs)
    assert {(r["table"], r["action"]) for r in night} == {
        ("raw", "rewrite"),
        ("raw", "remove"),
        ("training", "rewrite"),
        ("training", "remove"),
    }

    summary = backfill(bucket, proxy.url, max_text_chars=20)  # rebuilt, one row too long now
    assert summary.status == "succeeded", summary.errors
    assert sum(day["too_long"] for day in summary.days) == 1
    rebuilt = check_purged(proxy, bucket, tmp_path / "backfill", night_one_runs)
    assert {r["rule"] for r in rebuilt if r["kind"] == "rewrite"} == {"backfill"}

    plant_pre_upgrade_part(bucket)
    assert versions_holding(bucket, "jo@example.com")
    summary = backfill(bucket, proxy.url, resanitize=True)
    assert summary.status == "succeeded", summary.errors
    check_purged(proxy, bucket, tmp_path / "resanitize", night_one_runs)
    assert versions_holding(bucket, "jo@example.com") == []  # no version of it is readable
    assert sum(day["resanitized"] for day in summary.days) >= 1


@pytest.mark.parametrize(
    ("command", "step"),
    [("nightly", "before_purge"), ("backfill", "after_purge")],
)
def test_a_crash_between_purge_and_ledger_loses_no_version_id(
    s3_template, night_one_runs, proxy, tmp_path, command, step
):
    bucket = new_bucket(f"versions-crash-{command}-{step.replace('_', '-')}")
    put_template(s3_template, bucket)
    with pytest.raises(InjectedCrash):
        if command == "nightly":
            nightly(bucket, proxy.url, fail_at=step)
        else:
            backfill(bucket, proxy.url, fail_at=step)
    summary, error = nightly(bucket, proxy.url)  # completes what the crashed run started
    assert error is None and summary.status == "succeeded"
    assert summary.totals["changes_completed_for_interrupted_runs"] >= 1
    changes = check_purged(proxy, bucket, tmp_path, night_one_runs)
    recovered = [r for r in changes if r["recorded_by"] != r["run_id"]]
    assert recovered and all(r["versions"] for r in recovered)
