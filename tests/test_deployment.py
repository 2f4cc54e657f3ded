"""The deployments for real: a Prefect server on 127.0.0.1, `prefect deploy` from prefect.yaml,
a process worker, and `prefect deployment run` of the nightly deployment on a small lake."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from lakesweep.demo import build_demo_lake
from tests.lakes import ledger_records, raw_request_ids

REPO = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).with_name("prefect"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"Prefect server at {url} did not become healthy")


@pytest.mark.xdist_group("prefect")
def test_nightly_deployment_runs_on_a_worker(tmp_path):
    lake = tmp_path / "lake"
    build_demo_lake(lake, rows=150, days=33, seed=2, max_files_per_day=1)
    before = raw_request_ids(lake)
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "LAKESWEEP_LAKE": str(lake),
        "LAKESWEEP_PSEUDONYM_KEY": "deployment-test-key",
        "LAKESWEEP_SANITIZER_PROCESSES": "1",
    }
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
    )
    worker = None
    try:
        wait_healthy(api)

        def prefect(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
            proc = subprocess.run(
                [PREFECT, *args],
                env=env,
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            assert proc.returncode == 0, f"prefect {' '.join(args)}:\n{proc.stdout}\n{proc.stderr}"
            return proc

        prefect("work-pool", "create", "lakesweep-pool", "--type", "process")
        deployed = prefect("--no-prompt", "deploy", "--all")
        assert "nightly/nightly" in deployed.stdout and "backfill/backfill" in deployed.stdout
        worker = subprocess.Popen(
            [PREFECT, "worker", "start", "--pool", "lakesweep-pool"],
            env=env,
            cwd=REPO,
            stdout=open(tmp_path / "worker.log", "w"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        run = prefect(
            "deployment", "run", "nightly/nightly", "--watch", "--watch-timeout", "300", timeout=400
        )
        assert "Completed" in run.stdout, run.stdout
    finally:
        for proc in (worker, server):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    after = raw_request_ids(lake)
    assert after < before  # the run deleted what the rules delete
    assert list((lake / "training").glob("*/*.parquet"))
    [record] = ledger_records(lake, "run")
    assert record["status"] == "succeeded"
