"""The training export end to end: exact eligible set, propagation, idempotency, crashes."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lakesweep import faults
from lakesweep.codehash import sanitizer_build
from lakesweep.demo import build_demo_lake
from lakesweep.faults import InjectedCrash
from lakesweep.keycheck import MissingKey
from lakesweep.pseudonym import hmac_hex
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from sanitizers import SANITIZER_VERSION
from tests.lakes import (
    NOW,
    ledger_records,
    raw_request_ids,
    raw_row,
    snapshot,
    ts,
    write_erasures,
    write_opt_outs,
    write_orgs,
    write_raw,
)
from tests.oracle import lake_eligible

KEY = "test-pseudonym-key"


def nightly(root, now=NOW, **flags):
    flags.setdefault("pseudonym_key", KEY)
    return run_nightly(build_settings(lake=str(root), now=now, **flags))


def sid(request_id: str) -> str:
    return hmac_hex(KEY.encode(), request_id)


def training(root) -> list[dict]:
    rows = []
    for path in sorted((root / "training").glob("event_date=*/*.parquet")):
        rows += pq.read_table(path).to_pylist()
    return rows


def training_ids(root) -> Counter:
    return Counter(r["sample_id"] for r in training(root))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    build_demo_lake(root, rows=260, days=33, seed=21, now=NOW, max_files_per_day=1)
    return root


@pytest.fixture
def lake(template, tmp_path):
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_exported_set_is_exactly_the_eligible_set(lake):
    eligible = lake_eligible(lake, NOW)
    summary = nightly(lake)
    assert training_ids(lake) == Counter({sid(r): 1 for r in eligible})
    assert summary.totals["rows_exported"] == len(eligible)
    rows = training(lake)
    assert set(rows[0]) >= {
        "sample_id",
        "org_key",
        "event_date",
        "endpoint",
        "model",
        "prompt",
        "output",
        "documents",
        "entity_counts",
        "sanitizer_version",
        "sanitizer_build",
    }
    assert {(r["sanitizer_version"], r["sanitizer_build"]) for r in rows} == {
        (SANITIZER_VERSION, sanitizer_build("en_core_web_sm"))
    }
    assert not {"request_id", "org_id", "embedding"} & set(rows[0])
    assert all(r["event_date"] == r["created_at"].date() for r in rows)
    assert all(KEY not in str(r) for r in rows)
    # The contract's reader sees every row, with event_date typed as a date.
    import duckdb

    glob = str(lake / "training" / "*" / "*.parquet")
    got = duckdb.sql(
        "select count(*), count(distinct sample_id), any_value(typeof(event_date)) "
        "from read_parquet($g, hive_partitioning = true)",
        params={"g": glob},
    )
    assert got.fetchall() == [(len(eligible), len(eligible), "DATE")]


def test_second_run_changes_nothing(lake):
    nightly(lake)
    before = snapshot(lake, ("raw", "usage", "training"))
    second = nightly(lake)
    assert snapshot(lake, ("raw", "usage", "training")) == before
    assert second.totals["rows_exported"] == 0
    assert second.totals["bytes_written"] == 0


def test_opt_out_erasure_and_late_file_propagate_on_the_next_run(lake):
    nightly(lake)
    later = NOW + dt.timedelta(hours=6)
    write_opt_outs(
        lake,
        [
            ("org_acme", True, later - dt.timedelta(hours=1)),
            ("org_wayne", True, NOW - dt.timedelta(days=15)),
        ],
    )
    write_erasures(
        lake,
        [
            ("org_globex", later - dt.timedelta(hours=1)),
            ("org_stark", NOW - dt.timedelta(days=12)),
            ("org_hooli", NOW - dt.timedelta(days=5)),
            ("org_piedpiper", NOW - dt.timedelta(days=10)),
        ],
    )
    write_raw(
        lake,
        NOW.date().isoformat(),
        "late-1.parquet",
        [raw_row(f"late-{i}", "org_initech", ts(2 + i / 10)) for i in range(5)],
    )
    globex_before = {r for r in raw_request_ids(lake) if r}  # for the erasure check below

    summary = nightly(lake, now=later)

    # The training set is again exactly the eligible set, under the new policy and clock.
    eligible = lake_eligible(lake, later)
    assert training_ids(lake) == Counter({sid(r): 1 for r in eligible})
    assert summary.removed_from_training["opted_out"] > 0
    assert summary.removed_from_training["erasure"] > 0
    assert sum(sid(f"late-{i}") in training_ids(lake) for i in range(5)) == 5
    acme_key = hmac_hex(KEY.encode(), "org_acme")
    globex_key = hmac_hex(KEY.encode(), "org_globex")
    assert not [r for r in training(lake) if r["org_key"] in (acme_key, globex_key)]
    # Erasure: globex's raw rows created before the request are gone too.
    globex_raw = _raw_rows_of(lake, "org_globex")
    assert all(r["created_at"] > later - dt.timedelta(hours=1) for r in globex_raw)
    assert globex_before  # the lake had rows to begin with
    ledger = _ledger(lake)
    assert {("training", "opted_out"), ("training", "erasure"), ("raw", "erasure")} <= {
        (r["table"], r["rule"]) for r in ledger
    }
    # A third run: nothing more to do, late file exported once.
    third = nightly(lake, now=later)
    assert third.totals["rows_exported"] == 0 and third.totals["training_rows_removed"] == 0


@pytest.mark.parametrize(
    "step", ["mid_export:1", "mid_export:3", "after_replace:2", "after_usage:4"]
)
def test_crash_mid_export_then_rerun_is_exact(lake, step):
    with pytest.raises(InjectedCrash):
        nightly(lake, fail_at=step)
    faults.reset()
    (lake / "_state" / "lease.json").unlink(missing_ok=True)
    nightly(lake)
    eligible = lake_eligible_before_deletion(lake)
    assert training_ids(lake) == Counter({sid(r): 1 for r in eligible})


def lake_eligible_before_deletion(lake):
    """Eligibility does not change with deletion: eligible rows are never deleted tonight."""
    return lake_eligible(lake, NOW)


def test_no_key_exports_nothing_and_says_why(lake):
    summary = nightly(lake, pseudonym_key=None)
    assert not (lake / "training").exists()
    assert any("LAKESWEEP_PSEUDONYM_KEY" in w for w in summary.warnings)
    assert summary.status == "succeeded"  # deletion still happened
    assert summary.totals["rows_deleted"] > 0


def test_no_key_with_existing_training_does_not_start(lake):
    """An export is due (training/ holds rows whose opt-outs and erasures need the key): the
    run refuses before it changes anything (issue 14: fail early), and a dry run warns."""
    nightly(lake)
    before = snapshot(lake, ("raw", "usage", "training")), ledger_records(lake)
    with pytest.raises(MissingKey, match="cannot be applied to them without it"):
        nightly(lake, pseudonym_key=None)
    assert (snapshot(lake, ("raw", "usage", "training")), ledger_records(lake)) == before
    summary = nightly(lake, pseudonym_key=None, dry_run=True)
    assert summary.status == "dry_run"
    assert any("a real run would not start" in w for w in summary.warnings)


def test_planted_personal_values_do_not_reach_training(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o"}])
    planted = {
        "email": "margaret.hamilton@apollo-guidance.com",
        "phone": "(415) 555-0132",
        "card": "4111 1111 1111 1111",
        "ssn": "078-05-1120",
        "key": "AKIAIOSFODNN7EXAMPLE",
        "person": "Margaret Hamilton",
    }
    rows = [
        raw_row(
            "p1",
            "o",
            ts(1),
            prompt=f"Hi, I am {planted['person']}, mail me at "
            f"{planted['email']} or call {planted['phone']}.",
            output=f"Sure {planted['person']}, your card {planted['card']} is noted.",
            documents=[f"SSN: {planted['ssn']}", f"aws_access_key_id={planted['key']}"],
        ),
    ]
    write_raw(tmp_path, "2026-06-14", "a.parquet", rows)
    nightly(tmp_path)
    [row] = training(tmp_path)
    text = " ".join([row["prompt"], row["output"], *row["documents"]])
    for value in planted.values():
        assert value not in text
    assert "<PERSON_1>" in row["prompt"] and "<PERSON_1>" in row["output"]
    counts = dict(row["entity_counts"])
    assert counts["EMAIL_ADDRESS"] == 1 and counts["US_SSN"] == 1


def _raw_rows_of(lake, org_id):
    rows = []
    for path in (lake / "raw").glob("event_date=*/*.parquet"):
        rows += [r for r in pq.read_table(path).to_pylist() if r["org_id"] == org_id]
    return rows


def _ledger(lake):
    import json

    return [
        json.loads(line)
        for p in (lake / "_ledger").glob("*/*.jsonl")
        for line in p.read_text().splitlines()
    ]


def test_backfill_rebuilds_days_with_raw_and_reports_days_without(lake):
    from lakesweep.rebuild import run_backfill

    nightly(lake)
    eligible = lake_eligible(lake, NOW)
    recent = (NOW - dt.timedelta(days=2)).date()
    gone = (NOW - dt.timedelta(days=40)).date()  # before the lake's first day: no raw data
    # A training part for a day whose raw data is gone (as if exported long ago).
    orphan_dir = lake / "training" / f"event_date={gone}"
    orphan_dir.mkdir(parents=True)
    some = pq.read_table(next((lake / "training").glob(f"event_date={recent}/*.parquet")))
    orphan = some.slice(0, 1).set_column(2, "event_date", pa.array([gone], pa.date32()))
    orphan = orphan.set_column(0, "sample_id", pa.array([sid("long-gone-request")]))
    # ... by an older writer: an earlier release, and no sanitizer_build column yet.
    i = orphan.schema.get_field_index("sanitizer_version")
    orphan = orphan.set_column(i, "sanitizer_version", pa.array(["1.7.0"]))
    orphan = orphan.drop_columns(["sanitizer_build"])
    pq.write_table(orphan, orphan_dir / "part-0123-old.parquet")
    raw_before = snapshot(lake, ("raw", "usage"))
    before_recent = {r["sample_id"]: r for r in training(lake) if r["event_date"] == recent}

    summary = run_backfill(
        build_settings(lake=str(lake), pseudonym_key=KEY, now=NOW), gone, recent, False
    )

    days = {d["day"]: d for d in summary.days}
    assert days[gone.isoformat()]["status"] == "raw data gone: cannot rebuild"
    assert days[gone.isoformat()]["kept_without_raw"] == 1
    assert days[recent.isoformat()]["status"] == "rebuilt"
    assert days[recent.isoformat()]["rebuilt"] == len(before_recent)
    after_recent = {r["sample_id"]: r for r in training(lake) if r["event_date"] == recent}
    assert after_recent.keys() == before_recent.keys()
    assert all(r["run_id"] == summary.run_id for r in after_recent.values())
    # Nothing else changed: same eligible set overall, raw and usage untouched.
    assert snapshot(lake, ("raw", "usage")) == raw_before
    ids = training_ids(lake)
    assert ids == Counter({sid(r): 1 for r in eligible}) + Counter(
        {orphan["sample_id"][0].as_py(): 1}
    )

    again = run_backfill(
        build_settings(lake=str(lake), pseudonym_key=KEY, now=NOW), gone, gone, True
    )
    assert {d["day"]: d["status"] for d in again.days} == {
        gone.isoformat(): "raw data gone: resanitized"
    }
    [resanitized] = pq.read_table(orphan_dir / "part-0123-old.parquet").to_pylist()
    assert resanitized["sample_id"] == orphan["sample_id"][0].as_py()
    # The part gained the build column; the row names the release and build that wrote it.
    assert resanitized["sanitizer_version"] == SANITIZER_VERSION
    assert resanitized["sanitizer_build"] == sanitizer_build("en_core_web_sm")


def test_late_opt_out_event_for_the_past_removes_exported_rows(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o"}])
    write_raw(
        tmp_path, "2026-06-10", "a.parquet", [raw_row("r1", "o", ts(5)), raw_row("r2", "o", ts(1))]
    )
    nightly(tmp_path)
    assert len(training(tmp_path)) == 2
    # An opt-out effective 6..3 days ago arrives late: r1 was opted out at its created_at.
    write_opt_outs(tmp_path, [("o", True, ts(6)), ("o", False, ts(3))])
    summary = nightly(tmp_path)
    assert [r["sample_id"] for r in training(tmp_path)] == [sid("r2")]
    assert summary.removed_from_training == {"opted_out": 1}


def _propagation_scenario(root, fail_at=None):
    nightly(root)
    later = NOW + dt.timedelta(hours=6)
    write_opt_outs(root, [("org_acme", True, later - dt.timedelta(hours=1))])
    write_erasures(root, [("org_globex", later - dt.timedelta(hours=1))])
    if fail_at:
        with pytest.raises(InjectedCrash):
            nightly(root, now=later, fail_at=fail_at)
        faults.reset()
        (root / "_state" / "lease.json").unlink(missing_ok=True)
    nightly(root, now=later)
    removed = Counter()
    for r in _ledger(root):
        if r["kind"] == "deletion":
            removed[(r["table"], r["rule"])] += r["rows"]
    return training_ids(root), removed, raw_request_ids(root)


@pytest.mark.parametrize(
    "step", ["mid_propagation:1", "mid_propagation:3", "after_intent:40", "before_ledger:1"]
)
def test_crash_mid_propagation_then_rerun_is_exact(template, tmp_path, step):
    ref, crashed = tmp_path / "ref", tmp_path / "crashed"
    shutil.copytree(template, ref)
    shutil.copytree(template, crashed)
    expected = _propagation_scenario(ref)
    assert expected[1][("training", "opted_out")] > 0
    assert _propagation_scenario(crashed, fail_at=step) == expected
    assert not list(crashed.rglob("*.lakesweep-tmp"))
