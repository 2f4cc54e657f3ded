"""The deployments for real, as the README serves them: a Prefect server on 127.0.0.1,
`prefect deploy` from prefect.yaml, a process worker, the pseudonym key as a Prefect Secret
block (never in prefect.yaml, not in the worker's environment), and `prefect deployment run`
of the nightly deployment on a small lake: a good run ends Completed; a run lakesweep records
as failed (a quarantined file) and a run that cannot start (the key gone while training holds
rows) end Failed, each with its summary artifact published."""

from __future__ import annotations

import json
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


def api_post(api: str, path: str, body: dict) -> list[dict]:
    request = urllib.request.Request(
        f"{api}/{path}",
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.mark.xdist_group("prefect")
def test_nightly_deployment_runs_on_a_worker(tmp_path):
    lake = tmp_path / "lake"
    build_demo_lake(lake, rows=150, days=33, seed=2, max_files_per_day=1)
    before = raw_request_ids(lake)
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if k != "LAKESWEEP_PSEUDONYM_KEY"}
    env |= {
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_WORKER_QUERY_SECONDS": "2",
        "LAKESWEEP_LAKE": str(lake),
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

        def prefect(*args: str, timeout: int = 300, ok: bool = True) -> str:
            proc = subprocess.run(
                [PREFECT, *args],
                env=env,
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            output = f"{proc.stdout}\n{proc.stderr}"
            assert (proc.returncode == 0) == ok, f"prefect {' '.join(args)}:\n{output}"
            return output

        def store_key() -> None:
            subprocess.run(
                [sys.executable, "-m", "flows.secrets"],
                input="deployment-test-key\n",
                env=env,
                cwd=REPO,
                text=True,
                check=True,
                timeout=120,
                capture_output=True,
            )

        def run_nightly(ok: bool) -> str:
            args = ("deployment", "run", "nightly/nightly", "--watch", "--watch-timeout", "300")
            return prefect(*args, timeout=400, ok=ok)

        prefect("work-pool", "create", "lakesweep-pool", "--type", "process")
        deployed = prefect("--no-prompt", "deploy", "--all")
        assert "nightly/nightly" in deployed and "backfill/backfill" in deployed
        assert "deployment-test-key" not in (REPO / "prefect.yaml").read_text()
        store_key()  # the README's `... | python -m flows.secrets`
        worker = subprocess.Popen(
            [PREFECT, "worker", "start", "--pool", "lakesweep-pool"],
            env=env,
            cwd=REPO,
            stdout=open(tmp_path / "worker.log", "w"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        assert "Completed" in run_nightly(ok=True)
        after = raw_request_ids(lake)
        assert after < before  # the run deleted what the rules delete
        assert list((lake / "training").glob("*/*.parquet"))  # exported: the block's key
        prefect("--no-prompt", "block", "delete", "secret/lakesweep-pseudonym-key")
        assert "Failed" in run_nightly(ok=False)  # no key, and training holds rows
        assert raw_request_ids(lake) == after  # it did not start
        store_key()
        (lake / "raw" / "event_date=2026-06-01").mkdir(parents=True, exist_ok=True)
        (lake / "raw" / "event_date=2026-06-01" / "junk.parquet").write_bytes(b"not parquet")
        assert "Failed" in run_nightly(ok=False)  # a quarantined file
        runs = api_post(api, "flow_runs/filter", {"sort": "START_TIME_ASC"})
        runs = [r for r in runs if r["state_type"] != "SCHEDULED"]  # not the cron's next ones
        artifacts = api_post(api, "artifacts/filter", {})
    finally:
        for proc in (worker, server):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    good, no_key, quarantined = runs
    assert [r["state_type"] for r in runs] == ["COMPLETED", "FAILED", "FAILED"]
    assert "LAKESWEEP_PSEUDONYM_KEY is not set" in no_key["state"]["message"]
    assert "junk.parquet: cannot read as Parquet" in quarantined["state"]["message"]
    summaries = {a["flow_run_id"]: a["data"] for a in artifacts if a["key"] == "lakesweep-nightly"}
    assert "succeeded" in summaries[good["id"]]
    assert "did not complete" in summaries[no_key["id"]]
    assert "junk.parquet" in summaries[quarantined["id"]]
    assert {a["key"] for a in artifacts if a["flow_run_id"] == good["id"]} == {
        "lakesweep-nightly",
        "lakesweep-nightly-deletions",
        "lakesweep-nightly-progress",
    }
    statuses = [r["status"] for r in ledger_records(lake, "run")]
    assert statuses == ["succeeded", "failed"]  # the refused run changed nothing
