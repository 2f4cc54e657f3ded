"""`verify` and `audit` on s3:// give exactly what they give on the same lake copied locally
(with its objects' times), on a swept lake (clean) and on one with planted violations (a
zero-retention row copied back, a file that is not Parquet). The endpoint comes from
``--s3-endpoint-url``."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lakesweep.cli import app
from lakesweep.pseudonym import KEY_ENV
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import NOW, raw_row, ts, write_raw
from tests.s3 import client
from tests.s3lakes import KEY, PREFIX, lake_uri, new_bucket, put_template

ORGS = ["org_er", "org_zdr"]


def run_cli(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def answers(lake: str, *endpoint: str) -> dict:
    """verify's report and every org's certificate, as JSON, without the lake's own name."""
    now = ["--now", NOW.isoformat(), "--json", *endpoint]
    code, report = run_cli("verify", "--lake", lake, *now)
    out = {"verify": (code, {**report, "lake": None})}
    for org in ORGS:
        code, cert = run_cli("audit", "--lake", lake, "--org", org, *now)
        out[org] = (code, {**cert, "lake": None})
    return out


def copy_with_times(bucket: str, local: Path) -> Path:
    """The S3 lake copied to a folder, each file with its object's LastModified as its mtime
    (as `aws s3 sync` does): verify judges "arrived N hours ago" from those times."""
    s3 = client()
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=PREFIX + "/"):
        for obj in page.get("Contents", []):
            path = local / obj["Key"][len(PREFIX) + 1 :]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read())
            stamp = obj["LastModified"].timestamp()
            os.utime(path, (stamp, stamp))
    return local


@pytest.fixture(scope="module")
def swept(s3_template, tmp_path_factory):
    root = tmp_path_factory.mktemp("s3commands") / "lake"
    shutil.copytree(s3_template, root)
    run_nightly(build_settings(lake=str(root), now=NOW, pseudonym_key=KEY))
    return root


def test_verify_and_audit_on_s3_equal_the_local_copy(swept, proxy, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    tampered = tmp_path / "tampered"
    shutil.copytree(swept, tampered)
    write_raw(tampered, "2026-06-14", "copied.parquet", [raw_row("a-zdr-1", "org_zdr", ts(1))])
    (tampered / "raw" / "event_date=2026-06-13").mkdir()
    (tampered / "raw" / "event_date=2026-06-13" / "notes.parquet").write_bytes(b"not parquet")
    for name, planted in (("clean", swept), ("tampered", tampered)):
        bucket = new_bucket(f"commands-{name}", versioned=False)
        put_template(planted, bucket)
        local = copy_with_times(bucket, tmp_path / f"copy-{name}")
        proxy.events.clear()
        on_s3 = answers(lake_uri(bucket), "--s3-endpoint-url", proxy.url)
        assert proxy.events  # the flag was honoured: every request went through it
        assert on_s3 == answers(str(local)), name
        code, report = on_s3["verify"]
        assert (code, report["violations"] == 0) == ((0, True) if name == "clean" else (1, False))
        assert on_s3["org_er"][1]["deleted"] and on_s3["org_zdr"][1]["deleted"]
    kinds = {f["kind"] for c in report["checks"] for f in c["findings"]}
    assert {"raw_unreadable", "raw_pending_zero_data_retention"} <= kinds, kinds
