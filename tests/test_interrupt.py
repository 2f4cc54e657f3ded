"""Ctrl-C (issue 14): one SIGINT, sent as a terminal sends it (to the whole process group,
sanitizer worker processes included), stops a run within seconds in both run modes and prints
one line, without a traceback. It leaves what crash recovery handles, and the next run
completes it. The run is held mid-way by the ``hang`` fault mode (a step that waits until the
run is told to stop), so the interrupt always lands in the middle of the work."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from lakesweep.demo import build_demo_lake
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import NOW, ledger_deleted, ledger_records, raw_request_ids
from tests.oracle import lake_expectations

LAKESWEEP = str(Path(sys.executable).with_name("lakesweep"))
KEY = "interrupt-test-key"
LINE = "the next `lakesweep nightly` completes what this one started"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=160, days=33, seed=12, now=NOW, max_files_per_day=1)
    return root


def interrupt(lake: Path, env: dict[str, str], ready, *args: str) -> tuple[int, str, float]:
    """Start `lakesweep nightly` in its own process group, wait until ``ready(lake)``, press
    Ctrl-C once; (exit code, stderr, seconds from Ctrl-C to exit)."""
    cmd = [LAKESWEEP, "nightly", "--lake", str(lake), "--now", NOW.isoformat(), *args]
    proc = subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    while not ready(lake):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never got to the step"
        time.sleep(0.2)
    pressed = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, stderr, time.monotonic() - pressed


def parts(lake: Path, folder: str) -> list[Path]:
    return list((lake / folder).glob("*/*.parquet"))


def assert_left_for_recovery_then_completed(lake: Path, key: str | None, before: Path) -> None:
    assert not (lake / "_state" / "lease.json").exists()  # released: the next run starts now
    (marker,) = (lake / "_state" / "runs").glob("*.json")  # the run record is still owed
    summary = run_nightly(build_settings(lake=str(lake), now=NOW, pseudonym_key=key))
    assert summary.status == "succeeded", summary.errors
    statuses = Counter(r["status"] for r in ledger_records(lake, "run"))
    assert statuses == {"interrupted": 1, "succeeded": 1}
    rules, _ = lake_expectations(before, NOW)
    assert raw_request_ids(lake) == {r for r, rule in rules.items() if rule is None}
    expected = Counter(rule for rule in rules.values() if rule)
    assert {r: n for (t, r), n in ledger_deleted(lake).items() if t == "raw"} == expected
    assert marker.stem in {r["run_id"] for r in ledger_records(lake, "run")}


def test_ctrl_c_stops_a_direct_run_with_sanitizer_processes(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    env = {
        **os.environ,
        "LAKESWEEP_PSEUDONYM_KEY": KEY,
        "LAKESWEEP_SANITIZER_PROCESSES": "2",  # worker processes that get the Ctrl-C too
        "LAKESWEEP_FAIL_AT": "mid_export:2",  # the coordinator, publishing the 2nd export
        "LAKESWEEP_FAIL_MODE": "hang",
    }
    code, stderr, seconds = interrupt(
        lake, env, lambda root: bool(parts(root, "training")), "--no-prefect"
    )
    assert code == 130, stderr
    assert seconds < 10
    assert stderr.splitlines() == [stderr.strip()]  # one line, nothing else
    assert stderr.startswith("interrupted during raw files after ") and LINE in stderr
    assert_left_for_recovery_then_completed(lake, KEY, template)


@pytest.mark.xdist_group("prefect")
def test_ctrl_c_stops_a_prefect_flow_run(prefect_harness, template, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName
    from prefect.settings import PREFECT_API_URL

    lake = shutil.copytree(template, tmp_path / "lake")
    env = {k: v for k, v in os.environ.items() if k != "LAKESWEEP_PSEUDONYM_KEY"}
    env |= {
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "LAKESWEEP_FAIL_AT": "after_usage:3",  # a unit, in a partition's task run
        "LAKESWEEP_FAIL_MODE": "hang",
    }
    code, stderr, seconds = interrupt(lake, env, lambda root: len(parts(root, "usage")) >= 3)
    assert code == 130, stderr
    assert seconds < 10
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("interrupted during raw partitions after ") and LINE in last

    async def states():
        async with get_client() as client:
            flow = FlowFilter(name=FlowFilterName(any_=["nightly"]))
            runs = await client.read_flow_runs(flow_filter=flow)
            return [r.state.type.value for r in runs if r.parameters.get("lake") == str(lake)]

    assert asyncio.run(states()) == ["CRASHED"]
    assert_left_for_recovery_then_completed(lake, None, template)


STORM = """
import os, signal, threading, time
from sanitizers.config import SanitizerConfig
from sanitizers.pool import WorkerPool

def storm():  # a Ctrl-C every 5 ms, to the whole group, for 3 s: worker start-up included
    end = time.monotonic() + 3
    while time.monotonic() < end:
        os.killpg(0, signal.SIGINT)
        time.sleep(0.005)

pressed = []
signal.signal(signal.SIGINT, lambda *_: pressed.append(1))  # the parent decides, as the CLI
threading.Thread(target=storm, daemon=True).start()
pool = WorkerPool(SanitizerConfig(processes=2))
findings = pool.analyze_units(["Call Maria Garcia at 555-0100. " * 200] * 40)
print(len(findings), sum(1 for f in findings if f), len(pool.executor._processes), bool(pressed))
pool.close()
"""


def test_a_ctrl_c_while_sanitizer_workers_start_does_not_kill_them():
    """The CI failure of 1.22.0: a Ctrl-C landed while a worker process was starting, before
    it could ignore it; the worker died half-way through printing "Fatal Python error: "
    onto the run's one line (and a run that goes on would have found its pool broken).
    Workers now start with Ctrl-C held and ignore it before they let it in."""
    proc = subprocess.run(
        [sys.executable, "-c", STORM],
        capture_output=True,
        text=True,
        timeout=180,
        start_new_session=True,  # its own process group, which the storm hits
        cwd=Path(__file__).parents[1],
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "40 40 2 True\n", "")
