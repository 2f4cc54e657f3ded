"""The same commands on s3://bucket/prefix, against a real S3 HTTP endpoint (moto server)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import threading

import pyarrow.parquet as pq
import pytest

from lakesweep import rewrite
from lakesweep.demo import build_demo_lake
from lakesweep.lease import Lease, LeaseHeld
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from lakesweep.storage import ConcurrentModification, Storage
from tests.lakes import (
    NOW,
    ledger_deleted,
    ledger_records,
    raw_request_ids,
    raw_row,
    ts,
    usage_totals,
    write_erasures,
    write_opt_outs,
    write_raw,
)
from tests.s3 import client, download, upload

KEY = "s3-test-key"
LATER = NOW + dt.timedelta(hours=6)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=220, days=33, seed=8, now=NOW, max_files_per_day=1)
    return root


def outcome(root):
    training = set()
    for path in (root / "training").glob("*/*.parquet"):
        training.update(pq.read_table(path, columns=["sample_id"]).column(0).to_pylist())
    return {
        "raw": raw_request_ids(root),
        "training": training,
        "usage": usage_totals(root),
        "ledger": ledger_deleted(root),
        "stray": sorted(p.name for p in root.rglob("*.lakesweep-tmp")),
    }


def scenario(lake: str, local_root, **flags):
    """The training issue's end to end: run, then opt-out + erasure + late file, run again."""
    settings = dict(pseudonym_key=KEY, **flags)
    run_nightly(build_settings(lake=lake, now=NOW, **settings))
    changes = local_root / "changes"
    write_opt_outs(changes, [("org_acme", True, LATER - dt.timedelta(hours=1))])
    write_erasures(changes, [("org_globex", LATER - dt.timedelta(hours=1))])
    write_raw(
        changes,
        NOW.date().isoformat(),
        "late-1.parquet",
        [raw_row(f"late-{i}", "org_initech", ts(2)) for i in range(4)],
    )
    return changes, settings


def run_scenario_local(template, tmp_path, **flags):
    lake = tmp_path / "local"
    shutil.copytree(template, lake)
    changes, settings = scenario(str(lake), tmp_path, **flags)
    shutil.copytree(changes, lake, dirs_exist_ok=True)
    run_nightly(build_settings(lake=str(lake), now=LATER, **settings))
    return outcome(lake)


def run_scenario_s3(template, tmp_path, bucket):
    upload(template, bucket, "lake")
    changes, settings = scenario(f"s3://{bucket}/lake", tmp_path)
    upload(changes, bucket, "lake")
    run_nightly(build_settings(lake=f"s3://{bucket}/lake", now=LATER, **settings))
    return outcome(download(bucket, "lake", tmp_path / "downloaded"))


def test_end_to_end_on_s3_equals_local(template, tmp_path, bucket):
    local = run_scenario_local(template, tmp_path / "a")
    on_s3 = run_scenario_s3(template, tmp_path / "b", bucket)
    assert on_s3 == local
    assert local["training"] and ("training", "opted_out") in local["ledger"]


def test_versioned_bucket_keeps_no_old_version_with_deleted_rows(template, tmp_path, bucket):
    s3 = client()
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    upload(template, bucket, "lake")
    before = raw_request_ids(template)
    run_nightly(build_settings(lake=f"s3://{bucket}/lake", now=NOW, pseudonym_key=KEY))
    kept = raw_request_ids(download(bucket, "lake", tmp_path / "now"))
    deleted = before - kept
    assert deleted
    survivors = set()
    versions_seen = 0
    for page in s3.get_paginator("list_object_versions").paginate(
        Bucket=bucket, Prefix="lake/raw/"
    ):
        for v in page.get("Versions", []):
            body = s3.get_object(Bucket=bucket, Key=v["Key"], VersionId=v["VersionId"])["Body"]
            ids = pq.read_table(io.BytesIO(body.read()), columns=["request_id"]).column(0)
            survivors |= set(ids.to_pylist()) & deleted
            versions_seen += 1
        assert not page.get("DeleteMarkers")  # removed files leave no marker behind
    assert versions_seen and not survivors
    ledger = download(bucket, "lake", tmp_path / "ledger")
    purged = [r for r in ledger_records(ledger, "deletion") if r["table"] == "raw"]
    assert purged and all(r["versions"] for r in purged)  # every rewrite left an old version


def test_if_match_stops_overwriting_a_file_changed_since_the_plan(tmp_path, bucket):
    write_raw(
        tmp_path, "2026-06-10", "a.parquet", [raw_row("a", "o", ts(1)), raw_row("b", "o", ts(1))]
    )
    upload(tmp_path, bucket, "lake")
    storage = Storage(f"s3://{bucket}/lake")
    rel = "raw/event_date=2026-06-10/a.parquet"
    planned = storage.read_object(rel)
    # Someone else rewrites the object after the plan.
    write_raw(
        tmp_path, "2026-06-10", "a.parquet", [raw_row("x", "o", ts(1)), raw_row("y", "o", ts(1))]
    )
    client().put_object(
        Bucket=bucket,
        Key=f"lake/{rel}",
        Body=(tmp_path / "raw/event_date=2026-06-10/a.parquet").read_bytes(),
    )
    from lakesweep.context import Clock, RunContext
    from lakesweep.lineage import content_id

    ctx = RunContext(
        build_settings(lake=f"s3://{bucket}/lake", now=NOW), storage, "r1", Clock.take(NOW)
    )
    original = pq.read_table(io.BytesIO(planned.data))
    change = rewrite.Change(
        "raw",
        rel,
        content_id(planned.data),
        planned.token,
        original,
        original.slice(0, 1),
        deleted={"erasure": 1},
        origin=content_id(planned.data),
    )
    with pytest.raises(ConcurrentModification, match="changed"):
        rewrite.apply(ctx, change, len(planned.data))
    after = download(bucket, "lake", tmp_path / "after")
    assert pq.read_table(after / rel).column("request_id").to_pylist() == ["x", "y"]
    assert not list(after.rglob("*.lakesweep-tmp"))


def test_two_runs_racing_for_the_lease_one_wins(bucket):
    storage = Storage(f"s3://{bucket}/lake")
    for attempt in range(5):
        winners: list[Lease] = []
        barrier = threading.Barrier(2)

        def take(run_id, winners=winners, barrier=barrier):
            barrier.wait()
            lease = Lease(storage, run_id, 60)
            try:
                lease.acquire()
                winners.append(lease)
            except LeaseHeld:
                pass

        threads = [threading.Thread(target=take, args=(f"run-{attempt}-{i}",)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(winners) == 1
        winners[0].release()


def test_expired_lease_on_s3_is_taken_over(bucket):
    storage = Storage(f"s3://{bucket}/lake")
    crashed = Lease(storage, "crashed", 60)
    crashed.acquire()
    crashed._stop.set()  # it crashed: no more heartbeats
    lease = storage.read_json("_state/lease.json")
    lease["expires_epoch"] = 0
    storage.write_json("_state/lease.json", lease)
    following = Lease(storage, "next", 60)
    following.acquire()
    assert storage.read_json("_state/lease.json")["run_id"] == "next"
    following.release()


@pytest.mark.xdist_group("dask")
def test_dask_local_cluster_gives_the_local_result(template, tmp_path):
    local = run_scenario_local(template, tmp_path / "threads")
    try:
        on_dask = run_scenario_local(template, tmp_path / "dask", dask_workers=2)
    finally:
        from lakesweep import executor

        executor.close()  # stop the cluster now, not at interpreter exit
    assert on_dask == local


def test_versioned_bucket_without_version_delete_permission_refuses_to_run(
    template, tmp_path, bucket, monkeypatch
):
    import json

    import boto3
    from moto import settings as moto_settings

    from lakesweep.storage import StorageError

    s3 = client()
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    upload(template, bucket, "lake")
    iam = boto3.client("iam", endpoint_url=s3.meta.endpoint_url, region_name="us-east-1")
    iam.create_user(UserName=f"limited-{bucket}"[:60])
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "s3:DeleteObjectVersion", "Resource": "*"},
        ],
    }
    user = f"limited-{bucket}"[:60]
    iam.put_user_policy(
        UserName=user, PolicyName="no-version-delete", PolicyDocument=json.dumps(policy)
    )
    key = iam.create_access_key(UserName=user)["AccessKey"]
    versions_before = s3.list_object_versions(Bucket=bucket, Prefix="lake/raw/")["Versions"]
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key["AccessKeyId"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", key["SecretAccessKey"])
    monkeypatch.setattr(moto_settings, "INITIAL_NO_AUTH_ACTION_COUNT", 0)
    with pytest.raises(StorageError, match="cannot delete old object versions"):
        run_nightly(build_settings(lake=f"s3://{bucket}/lake", now=NOW, pseudonym_key=KEY))
    monkeypatch.setattr(moto_settings, "INITIAL_NO_AUTH_ACTION_COUNT", float("inf"))
    after = s3.list_object_versions(Bucket=bucket, Prefix="lake/raw/")["Versions"]
    assert {(v["Key"], v["VersionId"]) for v in after} == {
        (v["Key"], v["VersionId"]) for v in versions_before
    }
