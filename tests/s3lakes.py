"""S3 lakes for the fault tests: a small "second night" lake, and what a finished lake must be.

The template is a lake after one nightly run (local, at ``NIGHT_ONE``) plus what changed since:
an opt-out, an erasure, new raw files (zero-retention rows, a request already exported, an
odd file name) and a file that expires by ``NOW``. One nightly at ``NOW`` then does every kind
of effect: usage of new files, raw rewrites and a raw removal, training exports, training
rewrites and a training removal, old versions purged, ledger records, a run record.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from lakesweep.lease import LEASE
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import (
    NOW,
    chain_problems,
    ledger_deleted,
    raw_request_ids,
    raw_row,
    runs_without_one_record,
    snapshot,
    training_ids,
    ts,
    usage_totals,
    write_erasures,
    write_opt_outs,
    write_orgs,
    write_raw,
)
from tests.s3 import client, download, upload

KEY = "s3-faults-key"
NIGHT_ONE = NOW - dt.timedelta(days=1)
PREFIX = "lake"


def build_template(root: Path) -> Path:
    """The lake as the second night finds it (see the module docstring)."""
    write_orgs(
        root,
        [
            {"org_id": "org_ok"},
            {"org_id": "org_b"},
            {"org_id": "org_er"},
            {"org_id": "org_zdr", "zero_data_retention": True},
            {"org_id": "org_gw", "google_workspace": True},
        ],
    )
    old = ts(30.5)  # kept on night one (29.5 days old), expired on night two
    write_raw(root, "2026-05-15", "old.parquet", [raw_row("old-1", "org_ok", old),
                                                 raw_row("old-2", "org_b", old)])  # fmt: skip
    five = ts(5)
    write_raw(
        root,
        "2026-06-10",
        "x.parquet",
        [
            raw_row("x-ok-1", "org_ok", five),
            raw_row("x-ok-2", "org_ok", five, input_tokens=None),
            raw_row("x-b-1", "org_b", five),
            raw_row("x-er-1", "org_er", five, endpoint="generate"),
            raw_row("x-gw-1", "org_gw", five, connector="google_drive"),
        ],
    )
    write_raw(root, "2026-06-11", "y.parquet", [raw_row("y-b-1", "org_b", ts(4)),
                                               raw_row("y-b-2", "org_b", ts(4))])  # fmt: skip
    run_nightly(build_settings(lake=str(root), now=NIGHT_ONE, pseudonym_key=KEY))
    write_opt_outs(root, [("org_b", True, NOW - dt.timedelta(hours=2))])
    write_erasures(root, [("org_er", NOW - dt.timedelta(hours=3))])
    one = ts(1)
    write_raw(
        root,
        "2026-06-14",
        "a.parquet",
        [
            raw_row("a-ok-1", "org_ok", one, prompt="mail me at jo@example.com"),
            raw_row("a-ok-2", "org_ok", one, model="command-light"),
            raw_row("a-zdr-1", "org_zdr", one),
            raw_row("a-zdr-2", "org_zdr", one, output_tokens=7),
            raw_row("a-b-1", "org_b", one),
        ],
    )
    late = [raw_row("x-ok-1", "org_ok", five), raw_row("l-ok-3", "org_ok", one)]
    write_raw(root, "2026-06-14", "_late name.parquet", late)  # exported already, and a new one
    for lock in (root / "_state" / "locks").glob("*"):
        lock.unlink()
    return root


def new_bucket(name: str, versioned: bool = True) -> str:
    s3 = client()
    s3.create_bucket(Bucket=name)
    if versioned:
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    return name


def lake_uri(bucket: str) -> str:
    return f"s3://{bucket}/{PREFIX}"


def nightly(bucket: str, endpoint: str, now: dt.datetime = NOW, **flags):
    """One nightly on the S3 lake through ``endpoint``; returns (summary or None, error)."""
    settings = build_settings(
        lake=lake_uri(bucket), now=now, pseudonym_key=KEY, s3_endpoint_url=endpoint, **flags
    )
    try:
        return run_nightly(settings), None
    except Exception as exc:  # the run stopped; what it left is for the next run
        return None, exc


def expire_lease(bucket: str) -> bool:
    """Make a left-over lease expired (as the hour after a crash would); True if there was one."""
    s3, key = client(), f"{PREFIX}/{LEASE}"
    try:
        body = json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    except s3.exceptions.NoSuchKey:
        return False
    body["expires_epoch"] = 0
    s3.put_object(Bucket=bucket, Key=key, Body=json.dumps(body).encode())
    return True


def stale_versions(bucket: str, folders: tuple[str, ...] = ("raw", "training")) -> list[str]:
    """Noncurrent versions and delete markers left under the given folders of the lake."""
    out = []
    for folder in folders:
        pages = (
            client()
            .get_paginator("list_object_versions")
            .paginate(Bucket=bucket, Prefix=f"{PREFIX}/{folder}/")
        )
        for page in pages:
            out += [f"{v['Key']}@{v['VersionId']}" for v in page.get("Versions", [])
                    if not v["IsLatest"]]  # fmt: skip
            out += [f"{m['Key']}@{m['VersionId']} (delete marker)"
                    for m in page.get("DeleteMarkers", [])]  # fmt: skip
    return sorted(out)


def outcome(root: Path) -> dict:
    """What a finished lake must equal, exactly: the list of the fault tests' promises."""
    state = root / "_state"
    return {
        "raw_ids": raw_request_ids(root),
        "raw_files": set(snapshot(root, ("raw",))),
        "usage": usage_totals(root),
        "ledger": ledger_deleted(root),
        "training": sorted(training_ids(root)),  # a multiset: a duplicate shows
        "chain": chain_problems(root),
        "runs_without_one_record": runs_without_one_record(root),
        "left_over": sorted(
            p.relative_to(root).as_posix()
            for p in [*state.glob("intents/**/*.json"), *state.glob("runs/*.json")]
        )
        + (["_state/lease.json"] if (state / "lease.json").exists() else []),
    }


def fetch(bucket: str, local: Path) -> Path:
    return download(bucket, PREFIX, local)


def put_template(template: Path, bucket: str) -> None:
    upload(template, bucket, PREFIX)


def fault_free_outcome(template: Path, endpoint: str, local: Path) -> dict:
    """The template's night on S3 without faults, run twice (the second changes nothing)."""
    bucket = new_bucket("faults-baseline")
    put_template(template, bucket)
    for _ in range(2):
        summary, error = nightly(bucket, endpoint)
        assert error is None and summary.status == "succeeded", (error, summary)
    result = outcome(fetch(bucket, local))
    assert stale_versions(bucket) == []
    # Not vacuous: every kind of effect happened.
    assert {t for t, _ in result["ledger"]} == {"raw", "training"}
    assert len(result["training"]) == 6 and result["usage"] and not result["left_over"]
    return result
