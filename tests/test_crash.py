"""Crash safety: a crash at any step boundary, then a rerun, equals the run that never crashed."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from lakesweep import faults
from lakesweep.demo import build_demo_lake
from lakesweep.faults import InjectedCrash
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import (
    NOW,
    chain_problems,
    expire_lease,
    ledger_deleted,
    raw_request_ids,
    runs_without_one_record,
    snapshot,
    training_ids,
    usage_totals,
)

# Steps a run reaches once (the lake has one file whose rows all go: after_delete; the
# ledger is appended in batches: before/after_ledger once per batch).
ONCE_PER_RUN = [
    ("after_lease", 1),
    ("before_run_record", 1),
    ("after_delete", 1),
    ("before_ledger", 1),
    ("after_ledger", 1),
]
PER_FILE = ["mid_usage", "after_usage", "after_intent", "after_replace", "mid_export"]
CASES = ONCE_PER_RUN + [(step, nth) for step in PER_FILE for nth in (1, 4)]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=200, days=34, seed=11, now=NOW, max_files_per_day=1)
    return root


@pytest.fixture(scope="module")
def expected(template, tmp_path_factory):
    root = tmp_path_factory.mktemp("reference")
    shutil.copytree(template, root, dirs_exist_ok=True)
    run_nightly(settings(root))
    return outcome(root)


def settings(root, **flags):
    return build_settings(lake=str(root), now=NOW, pseudonym_key="crash-key", **flags)


def outcome(root):
    return {
        "raw_ids": raw_request_ids(root),
        "raw_files": set(snapshot(root, ("raw",))),
        "usage": usage_totals(root),
        "ledger": ledger_deleted(root),
        "stray": sorted(p.name for p in root.rglob("*.lakesweep-tmp")),
        "intents": sorted(p.name for p in (root / "_state" / "intents").rglob("*.json")),
        "training": sorted(training_ids(root)),  # a multiset: a duplicate would show
        "chain": chain_problems(root),
        "runs_without_one_record": runs_without_one_record(root),
    }


@pytest.mark.parametrize(("step", "nth"), CASES)
def test_crash_then_rerun_equals_no_crash(template, expected, tmp_path, step, nth):
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    with pytest.raises(InjectedCrash):
        run_nightly(settings(tmp_path, fail_at=f"{step}:{nth}"))
    # A crash leaves no file that a reader of *.parquet would pick up.
    crashed_glob = {p.name for p in tmp_path.rglob("*.parquet")}
    assert not any(name.startswith(".") for name in crashed_glob)
    faults.reset()
    expire_lease(tmp_path)  # a crashed run's lease expires with time
    run_nightly(settings(tmp_path))
    assert outcome(tmp_path) == expected


def test_kill_9_at_random_moments(template, expected, tmp_path):
    """Real SIGKILLs of a running `lakesweep nightly` process at random moments, repeated."""
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    code = (
        "import sys; from lakesweep.run import run_nightly; "
        "from lakesweep.settings import build_settings; from tests.lakes import NOW; "
        "run_nightly(build_settings(lake=sys.argv[1], now=NOW, lease_seconds=10, workers=1, "
        "pseudonym_key='crash-key'))"
    )
    rng = random.Random(20261129)
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)])
        time.sleep(rng.uniform(1.0, 3.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        expire_lease(tmp_path)  # as ten seconds of waiting would
    run_nightly(settings(tmp_path))
    assert outcome(tmp_path) == expected
