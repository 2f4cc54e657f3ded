"""Run mode of `lakesweep nightly`/`backfill` (issue 11): a Prefect flow run reported to the
configured server when PREFECT_API_URL is set (or --prefect), otherwise the same steps
directly, said in one line; bad input is rejected before Prefect is imported."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lakesweep.cli import prefect_api_url
from lakesweep.demo import build_demo_lake
from tests.lakes import NOW, raw_request_ids
from tests.probe import probe

LAKESWEEP = str(Path(sys.executable).with_name("lakesweep"))
DIRECT = "running the nightly steps directly, without Prefect"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=120, days=33, seed=9, now=NOW, max_files_per_day=1)
    return root


def no_prefect_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a user with no Prefect API configured anywhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.pop("LAKESWEEP_PSEUDONYM_KEY", None)
    return {**env, "PREFECT_HOME": str(tmp_path / "prefect-home"), **extra}


def test_default_without_a_prefect_api_runs_the_steps_directly(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    args = ["nightly", "--lake", str(lake), "--now", NOW.isoformat(), "--json"]
    results, proc = probe([args], tmp_path, no_prefect_env(tmp_path))
    assert results[0]["code"] == 0, proc.stderr
    assert results[0]["heavy"] == []  # no Prefect, and no model: nothing to export
    assert json.loads(proc.stdout)["status"] == "succeeded"
    assert proc.stderr.count(DIRECT) == 1
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_no_prefect_says_nothing_about_the_mode(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    args = ["nightly", "--lake", str(lake), "--now", NOW.isoformat(), "--no-prefect", "--json"]
    results, proc = probe([args], tmp_path, no_prefect_env(tmp_path))
    assert results[0]["code"] == 0 and results[0]["heavy"] == []
    assert proc.stderr.strip() == ""


def test_the_api_url_is_read_from_the_environment_or_the_active_profile(tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    assert prefect_api_url() is None  # no profiles file
    (tmp_path / "profiles.toml").write_text(
        'active = "prod"\n'
        '[profiles.local]\nPREFECT_API_URL = "http://127.0.0.1:4200/api"\n'
        '[profiles.prod]\nPREFECT_API_URL = "https://prefect.example.internal/api"\n'
    )
    assert prefect_api_url() == "https://prefect.example.internal/api"
    monkeypatch.setenv("PREFECT_PROFILE", "local")
    assert prefect_api_url() == "http://127.0.0.1:4200/api"
    monkeypatch.setenv("PREFECT_API_URL", "http://10.0.0.1:4200/api")
    assert prefect_api_url() == "http://10.0.0.1:4200/api"
    monkeypatch.setenv("PREFECT_API_URL", "")
    monkeypatch.setenv("PREFECT_PROFILE", "ephemeral")  # a profile without a URL
    assert prefect_api_url() is None


def test_bad_input_is_rejected_before_prefect_is_imported(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    no_policy = shutil.copytree(template, tmp_path / "no-policy")
    (no_policy / "policy" / "orgs.parquet").unlink()
    bad_policy = shutil.copytree(template, tmp_path / "bad-policy")
    (bad_policy / "policy" / "orgs.parquet").write_bytes(b"not parquet")
    now = ["--now", NOW.isoformat()]
    days = ["--from", "2026-06-01", "--to", "2026-06-02"]
    commands = [
        ["nightly", "--lake", str(tmp_path / "nowhere"), *now],
        ["nightly", "--lake", str(no_policy), *now],
        ["nightly", "--lake", str(bad_policy), *now],
        ["nightly", "--lake", str(lake), "--workers", "0", *now],
        ["nightly", "--lake", str(tmp_path / "nowhere"), "--prefect", *now],
        ["nightly", "--lake", str(no_policy), "--prefect", *now],
        ["backfill", "--lake", str(lake), *days],
        ["backfill", "--lake", str(lake), *days, "--prefect"],
    ]
    # A configured (unreachable) server: the default mode would be a Prefect flow run.
    env = no_prefect_env(tmp_path, PREFECT_API_URL="http://127.0.0.1:9/api")
    started = time.monotonic()
    results, proc = probe(commands, tmp_path, env)
    assert time.monotonic() - started < 60
    for result in results:
        assert result["code"] == 2, f"{result}\n{proc.stderr}"
        assert "prefect" not in result["heavy"], result
    for message in (
        "does not exist",
        "orgs.parquet (or orgs.csv) is missing",
        "orgs.parquet cannot be read",
        "invalid settings: workers",
        "set LAKESWEEP_PSEUDONYM_KEY first",
    ):
        assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "reporting to Prefect" not in proc.stderr
    assert raw_request_ids(lake) == raw_request_ids(template)


@pytest.mark.xdist_group("prefect")
def test_with_a_prefect_api_url_the_cli_runs_a_flow_reported_to_that_server(
    prefect_harness, template, tmp_path
):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()  # the test harness's server on 127.0.0.1
    lake = shutil.copytree(template, tmp_path / "lake")
    env = {**os.environ, "PREFECT_API_URL": url, "PREFECT_HOME": str(tmp_path / "home")}
    env.pop("LAKESWEEP_PSEUDONYM_KEY", None)
    proc = subprocess.run(
        [LAKESWEEP, "nightly", "--lake", str(lake), "--now", NOW.isoformat(), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"running the nightly flow, reporting to Prefect at {url}" in proc.stderr
    assert DIRECT not in proc.stderr
    run_id = json.loads(proc.stdout)["run_id"]

    async def flow_runs():
        async with get_client() as client:
            flow = FlowFilter(name=FlowFilterName(any_=["nightly"]))
            return await client.read_flow_runs(flow_filter=flow)

    mine = [r for r in asyncio.run(flow_runs()) if r.parameters.get("lake") == str(lake)]
    assert len(mine) == 1
    assert mine[0].state is not None and mine[0].state.is_completed()

    async def artifacts():
        async with get_client() as client:
            return await client.read_latest_artifacts()

    assert any(run_id in str(a.data or "") for a in asyncio.run(artifacts()))
