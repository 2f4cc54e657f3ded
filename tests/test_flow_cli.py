"""The Prefect flow (real test server) and the `lakesweep` command as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from lakesweep.demo import build_demo_lake
from lakesweep.lease import LEASE, Lease
from lakesweep.storage import Storage
from tests.lakes import NOW, ledger_deleted, raw_request_ids
from tests.oracle import lake_expectations

LAKESWEEP = [str(Path(sys.executable).with_name("lakesweep"))]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=240, days=33, seed=5, now=NOW, max_files_per_day=1)
    return root


def copy(template, dst):
    shutil.copytree(template, dst, dirs_exist_ok=True)
    return dst


@pytest.mark.xdist_group("prefect")
def test_nightly_flow_applies_the_rules(prefect_harness, template, tmp_path):
    from prefect.client.orchestration import get_client

    from flows.nightly import nightly

    lake = copy(template, tmp_path)
    rules, _ = lake_expectations(lake, NOW)
    summary = nightly(lake=str(lake), now=NOW)
    assert summary["status"] == "succeeded"
    assert raw_request_ids(lake) == {r for r, rule in rules.items() if rule is None}
    expected = Counter(rule for rule in rules.values() if rule)
    assert summary["deleted_by_rule"] == dict(sorted(expected.items()))
    assert ledger_deleted(lake) == {("raw", r): n for r, n in expected.items()}

    async def artifact():
        async with get_client() as client:
            return await client.read_latest_artifacts()

    import asyncio

    artifacts = [a for a in asyncio.run(artifact()) if a.key == "lakesweep-nightly"]
    assert artifacts and summary["run_id"] in artifacts[0].data


def run_cli(*args, env=None):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [*LAKESWEEP, *args], capture_output=True, text=True, env=full_env, check=False, timeout=300
    )


def test_cli_dry_run_prints_the_plan_and_changes_nothing(template, tmp_path):
    lake = copy(template, tmp_path)
    before = {p: p.read_bytes() for p in lake.rglob("*") if p.is_file()}
    proc = run_cli(
        "nightly",
        "--lake",
        str(lake),
        "--dry-run",
        "--no-prefect",
        "--json",
        "--now",
        NOW.isoformat(),
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    rules, _ = lake_expectations(lake, NOW)
    assert summary["status"] == "dry_run"
    assert summary["totals"]["rows_deleted"] == sum(1 for r in rules.values() if r)
    assert {p: p.read_bytes() for p in lake.rglob("*") if p.is_file()} == before


def test_cli_run_then_rerun(template, tmp_path):
    lake = copy(template, tmp_path)
    first = run_cli("nightly", "--lake", str(lake), "--no-prefect", "--now", NOW.isoformat())
    assert first.returncode == 0, first.stderr
    assert "zero_data_retention" in first.stdout and "rows deleted" in first.stdout
    second = run_cli(
        "nightly", "--lake", str(lake), "--no-prefect", "--json", "--now", NOW.isoformat()
    )
    assert json.loads(second.stdout)["totals"]["rows_deleted"] == 0


@pytest.mark.parametrize(
    ("setup", "code", "message"),
    [
        ("no-lake", 2, "does not exist"),
        ("no-orgs", 2, "orgs.parquet (or orgs.csv) is missing"),
        ("leased", 3, "is being processed by run someone-else"),
        ("bad-file", 1, "cannot read as Parquet"),
    ],
)
def test_cli_errors_are_clear_and_exit_non_zero(template, tmp_path, setup, code, message):
    lake = copy(template, tmp_path / "lake")
    if setup == "no-lake":
        lake = tmp_path / "nowhere"
    elif setup == "no-orgs":
        (lake / "policy" / "orgs.parquet").unlink()
    elif setup == "leased":
        Lease(Storage(str(lake)), "someone-else", 600).acquire()
    elif setup == "bad-file":
        (lake / "raw" / "event_date=2026-06-01" / "junk.parquet").write_bytes(b"not parquet")
    proc = run_cli("nightly", "--lake", str(lake), "--no-prefect", "--now", NOW.isoformat())
    assert proc.returncode == code, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    if setup == "leased":
        assert (lake / LEASE).exists()
    if setup == "bad-file":  # everything else was still processed
        assert ledger_deleted(lake)
        assert (lake / "raw" / "event_date=2026-06-01" / "junk.parquet").exists()
