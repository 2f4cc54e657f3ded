"""The nightly flow on a real Prefect test server (issue 14): its final state tells what
lakesweep's run record says, one task run per raw event_date partition, the summary, the
deletions table and a progress artifact, and the pseudonym key from a Secret block."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest

from lakesweep.demo import build_demo_lake
from lakesweep.keycheck import MissingKey
from lakesweep.partitions import by_partition
from lakesweep.rawfiles import raw_files
from lakesweep.storage import Storage
from tests.lakes import NOW, ledger_records, training_ids

pytestmark = pytest.mark.xdist_group("prefect")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=150, days=33, seed=21, now=NOW, max_files_per_day=2)
    return root


@pytest.fixture
def lake(template, tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("LAKESWEEP_PSEUDONYM_KEY", raising=False)
    return shutil.copytree(template, tmp_path / "lake")


def flow_run(lake: Path, **params):
    from flows.nightly import nightly

    return nightly(lake=str(lake), now=NOW, key_block=None, **params, return_state=True)


def read(call):
    from prefect.client.orchestration import get_client

    async def go():
        async with get_client() as client:
            return await call(client)

    return asyncio.run(go())


def artifacts_of(state) -> dict[str, object]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    run_id = state.state_details.flow_run_id
    found = read(
        lambda c: c.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    )
    return {a.key: a.data for a in found}


def test_flow_state_follows_the_run_status(prefect_harness, lake):
    from flows.outcome import RunFailed, unwrap

    good = flow_run(lake)
    assert good.is_completed() and unwrap(good)["status"] == "succeeded"
    junk = lake / "raw" / "event_date=2026-06-01" / "junk.parquet"
    junk.write_bytes(b"not parquet")
    bad = flow_run(lake)
    summary = unwrap(bad)  # the summary survives a Failed state
    assert bad.is_failed() and summary["status"] == "failed"
    assert "junk.parquet: cannot read as Parquet" in bad.message
    published = artifacts_of(bad)
    assert summary["run_id"] in published["lakesweep-nightly"]
    assert "## Errors" in published["lakesweep-nightly"]
    with pytest.raises(RunFailed, match="junk.parquet"):
        from flows.nightly import nightly

        nightly(lake=str(lake), now=NOW, key_block=None)  # a plain call raises it
    assert [r["status"] for r in ledger_records(lake, "run")] == ["succeeded", "failed", "failed"]


def test_a_run_that_cannot_start_ends_failed_with_its_reason(prefect_harness, lake):
    from flows.outcome import unwrap

    part = lake / "training" / "event_date=2026-06-01" / "part-x.parquet"
    part.parent.mkdir(parents=True)
    shutil.copy(next((lake / "raw").glob("*/*.parquet")), part)  # training holds rows
    state = flow_run(lake)
    assert state.is_failed() and "LAKESWEEP_PSEUDONYM_KEY is not set" in state.message
    with pytest.raises(MissingKey):
        unwrap(state)  # the CLI maps it to exit 2
    assert "did not complete" in artifacts_of(state)["lakesweep-nightly"]
    assert ledger_records(lake) == []  # nothing was changed
    dry = flow_run(lake, dry_run=True)  # a dry run still shows the plan
    assert dry.is_completed() and unwrap(dry)["status"] == "dry_run"


def test_one_task_per_partition_and_the_artifacts(prefect_harness, lake):
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.outcome import unwrap

    days = by_partition([f.path for f in raw_files(Storage(str(lake)))])
    assert len(days) < sum(len(f) for f in days.values())  # some days hold several files
    state = flow_run(lake, workers=2)
    summary = unwrap(state)
    run_id = state.state_details.flow_run_id
    tasks = read(
        lambda c: c.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id])))
    )
    names = sorted(t.name for t in tasks if t.name.startswith("raw-"))
    assert names == sorted(f"raw-{day}" for day in days)
    assert all(t.state.is_completed() for t in tasks)
    published = artifacts_of(state)
    assert float(published["lakesweep-nightly-progress"]) == 100.0
    table = json.loads(published["lakesweep-nightly-deletions"])
    by_rule: dict[str, int] = {}
    for row in table:
        assert row["table"] == "raw" and row["event_date"] in days
        by_rule[row["rule"]] = by_rule.get(row["rule"], 0) + row["rows"]
    assert by_rule == summary["deleted_by_rule"]
    assert {p["event_date"] for p in summary["partitions"]} == set(days)


def test_the_key_comes_from_a_secret_block(prefect_harness, lake):
    from prefect.blocks.system import Secret

    from flows.nightly import nightly

    Secret(value="block-key").save("lakesweep-test-key", overwrite=True)
    summary = nightly(lake=str(lake), now=NOW, key_block="lakesweep-test-key")
    assert summary["totals"]["rows_exported"] == len(training_ids(lake)) > 0
    (run,) = ledger_records(lake, "run")
    assert json.loads(run["detail"])["versions"]["pseudonym_key"]  # a key id, not the key
    assert "block-key" not in json.dumps(ledger_records(lake))
