"""What `lakesweep nightly`/`backfill` print (issue 14): summaries by partition and rule that
fit 80 columns without cutting ids, per-file detail only with --verbose/--json, registry
warnings (counts and ids, never row content), --wait, LAKESWEEP_CONFIG for every command,
the pseudonym key checked before anything changes, and a backfill dry run that says so."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lakesweep.cli import app
from lakesweep.demo import build_demo_lake
from lakesweep.lease import Lease
from lakesweep.storage import Storage
from tests.lakes import NOW, raw_row, ts, write_erasures, write_opt_outs, write_orgs, write_raw

LAKESWEEP = str(Path(sys.executable).with_name("lakesweep"))
KEY = "output-test-key"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=400, days=40, seed=8, now=NOW)
    return root


def invoke(*args: str, **env: str) -> tuple[int, str, str]:
    """`lakesweep ARGS` in this process (no start-up cost): (exit code, stdout, stderr)."""
    full = {"LAKESWEEP_PSEUDONYM_KEY": None, **env}
    result = CliRunner().invoke(app, list(args), env=full, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def flat(text: str) -> str:
    return " ".join(text.split())


def cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k != "LAKESWEEP_PSEUDONYM_KEY"}
    full |= {"COLUMNS": "80", **env}
    return subprocess.run(
        [LAKESWEEP, *args], capture_output=True, text=True, env=full, timeout=300, check=False
    )


def test_summary_by_partition_and_rule_fits_80_columns(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    args = ["nightly", "--lake", str(lake), "--now", NOW.isoformat(), "--no-prefect"]
    plain = cli(*args, "--dry-run")
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    summary = json.loads(invoke(*args, "--dry-run", "--json")[1])
    assert re.search(r"^run \d{8}T\d{6}Z-[0-9a-f]{6}, now ", plain.stdout, re.M)  # whole ids
    assert "by partition and rule" in plain.stdout
    header = next(line for line in lines if "event_date" in line)
    for rule in ("zero_data_retention", "erasure", "expired"):
        assert rule in header  # rule names are never cut
    assert len(summary["files"]) > 31 and len(lines) < 70  # does not grow with the files
    assert not any(f["file"] in plain.stdout for f in summary["files"])
    verbose = cli(*args, "--dry-run", "--verbose")
    assert summary["files"][0]["file"] in verbose.stdout.replace("\n", "")
    raw = [p for p in summary["partitions"] if p["table"] == "raw"]
    assert sum(sum(p["deleted"].values()) for p in raw) == summary["totals"]["rows_deleted"]


def test_ids_that_match_no_registry_entry_are_warned_about(tmp_path):
    write_orgs(tmp_path, [{"org_id": "org_a"}, {"org_id": "org_b"}])
    write_opt_outs(tmp_path, [("org_b_typo", True, ts(3))])
    write_erasures(tmp_path, [("Org_A", ts(2))])
    secret = "my password is hunter2"
    rows = [raw_row(f"r{i}", "ORG_A", ts(1), prompt=secret) for i in range(3)]
    write_raw(tmp_path, "2026-06-14", "a.parquet", rows + [raw_row("r9", "org_a", ts(1))])
    code, out, err = invoke(
        "nightly", "--lake", str(tmp_path), "--now", NOW.isoformat(), "--no-prefect"
    )
    assert code == 0, err
    text = flat(out)
    assert "registry: 3 raw rows name 1 org id(s) that match no org of policy/orgs" in text
    assert "'ORG_A'" in text and "'org_b_typo'" in text and "'Org_A'" in text
    assert "1 opt-out events name 1 org id(s)" in text and "1 erasures name 1 org id(s)" in text
    assert "hunter2" not in out + err


def test_wait_seconds_waits_for_the_lake_then_says_who_holds_it(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    Lease(Storage(str(lake)), "someone-else", 600).acquire()
    started = time.monotonic()
    code, _, err = invoke("nightly", "--lake", str(lake), "--no-prefect", "--wait", "3")
    assert code == 3 and time.monotonic() - started >= 3
    assert "is being processed by run someone-else" in err
    assert "pass --wait SECONDS" in flat(err)
    assert "--wait" in invoke("backfill", "--help")[1]


@pytest.mark.parametrize(
    "command",
    [
        ["nightly", "--no-prefect"],
        ["backfill", "--from", "2026-06-01", "--to", "2026-06-02", "--no-prefect"],
        ["verify"],
        ["audit", "--org", "org_acme"],
    ],
)
def test_a_missing_lakesweep_config_is_an_error_for_every_command(template, command):
    code, _, err = invoke(
        *command, "--lake", str(template), LAKESWEEP_CONFIG="/no/such/lakesweep.toml"
    )
    assert code == 2, err
    assert "LAKESWEEP_CONFIG names /no/such/lakesweep.toml, which is not a file" in flat(err)


def test_missing_key_while_training_holds_rows_refuses_but_a_dry_run_plans(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    part = lake / "training" / "event_date=2026-06-01" / "part-x.parquet"
    part.parent.mkdir(parents=True)
    shutil.copy(next((lake / "raw").glob("*/*.parquet")), part)
    args = ["nightly", "--lake", str(lake), "--now", NOW.isoformat(), "--no-prefect"]
    code, out, err = invoke(*args, "--dry-run")
    assert code == 0, err
    assert "a real run would not start" in flat(out)
    code, _, err = invoke(*args)
    assert code == 2
    assert "LAKESWEEP_PSEUDONYM_KEY is not set" in flat(err)
    assert "Nothing was changed" in err and "docs/install.md" in flat(err)
    assert not (lake / "_ledger").exists()
    assert "docs/contract.md" in invoke("nightly", "--lake", str(tmp_path), "--no-prefect")[2]


def test_a_backfill_plan_says_what_it_would_do(template, tmp_path):
    lake = shutil.copytree(template, tmp_path / "lake")
    day = (NOW.date()).isoformat()
    args = ["backfill", "--lake", str(lake), "--from", day, "--to", day, "--no-prefect"]
    code, out, err = invoke(*args, "--dry-run", LAKESWEEP_PSEUDONYM_KEY=KEY)
    assert code == 0, err
    assert "lakesweep backfill: dry run (nothing was changed)" in out
    assert "dry_run" not in out and "rebuilt" not in out
    assert "to rebuild" in out
