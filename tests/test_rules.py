"""The contract's rules as a table: one case per clause -> the expected decision.

Each case is one raw row of org ``o`` with ``created_at`` = NOW - ``age`` days, evaluated by
sql/rules.sql through the real planner (DuckDB) and by the Python oracle.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lakesweep.context import Clock, RunContext
from lakesweep.plan import decide
from lakesweep.policy import load_policy
from lakesweep.rawfile import read_raw as read_rows
from lakesweep.settings import build_settings
from lakesweep.storage import Storage
from tests.lakes import NOW, raw_row, ts, write_erasures, write_opt_outs, write_orgs, write_raw
from tests.oracle import expected_rule

TODAY = NOW.date()
DAY = dt.timedelta(days=1)

# (case id, org row or None (unregistered), age in days or None, erasure days ago, expected)
CASES = [
    ("fresh row is kept", {}, 1, None, None),
    ("31 days old expires", {}, 31, None, "expired"),
    ("29 days old is kept", {}, 29, None, None),
    (
        "zero retention deletes a fresh row",
        {"zero_data_retention": True},
        0.1,
        None,
        "zero_data_retention",
    ),
    (
        "zero retention wins over legal hold",
        {"zero_data_retention": True, "legal_hold_until": TODAY + 5 * DAY},
        100,
        1,
        "zero_data_retention",
    ),
    (
        "zero retention deletes a row of unknown age",
        {"zero_data_retention": True},
        None,
        None,
        "zero_data_retention",
    ),
    ("active legal hold keeps an old row", {"legal_hold_until": TODAY}, 400, None, None),
    (
        "legal hold ended yesterday: old row expires",
        {"legal_hold_until": TODAY - DAY},
        400,
        None,
        "expired",
    ),
    ("retention_days override keeps a 60-day-old row", {"retention_days": 90}, 60, None, None),
    (
        "retention_days override expires a 91-day-old row",
        {"retention_days": 90},
        91,
        None,
        "expired",
    ),
    ("short retention_days expires an 8-day-old row", {"retention_days": 7}, 8, None, "expired"),
    (
        "retention_days 0 expires anything older than now",
        {"retention_days": 0},
        0.01,
        None,
        "expired",
    ),
    ("erasure requested after the row: erased", {}, 5, 2, "erasure"),
    ("erasure requested before the row: kept", {}, 2, 5, None),
    ("erasure wins over expiry", {}, 40, 1, "erasure"),
    ("erasure under legal hold is suspended", {"legal_hold_until": TODAY + 30 * DAY}, 5, 2, None),
    ("erasure completes once the hold ended", {"legal_hold_until": TODAY - DAY}, 5, 2, "erasure"),
    ("unregistered org keeps default retention", None, 10, None, None),
    ("unregistered org expires after 30 days", None, 31, None, "expired"),
    ("unregistered org's erasure is honoured", None, 3, 1, "erasure"),
    ("row of unknown age is kept", {}, None, None, None),
    ("row of unknown age ignores erasure", {}, None, 1, None),
]


@pytest.mark.parametrize(
    ("case", "org", "age", "erased", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_rule_table(tmp_path, case, org, age, erased, expected):
    created = None if age is None else ts(age)
    orgs = [] if org is None else [{"org_id": "o", **org}]
    write_orgs(tmp_path, orgs + [{"org_id": "other"}])
    erasures = [] if erased is None else [("o", ts(erased))]
    write_erasures(tmp_path, erasures)
    # The folder's date disagrees with created_at on purpose: created_at decides.
    write_raw(tmp_path, "2020-01-01", "a.parquet", [raw_row("r1", "o", created)])

    got = _decide_one(tmp_path)

    oracle_orgs = {o["org_id"]: o for o in orgs}
    assert got == expected
    assert (
        expected_rule(
            "o",
            created and created.replace(tzinfo=None),
            oracle_orgs,
            [(o, t.replace(tzinfo=None)) for o, t in erasures],
            NOW.replace(tzinfo=None),
        )
        == expected
    )


def test_folder_date_does_not_decide(tmp_path):
    """A fresh row in an old day's folder is kept; an old row in today's folder expires."""
    write_orgs(tmp_path, [{"org_id": "o"}])
    write_raw(tmp_path, "2001-01-01", "old-folder.parquet", [raw_row("fresh", "o", ts(1))])
    write_raw(tmp_path, TODAY.isoformat(), "new-folder.parquet", [raw_row("old", "o", ts(45))])
    ctx, policy = _ctx(tmp_path)
    old = decide(
        ctx, policy, read_rows(ctx.storage, "raw/event_date=2001-01-01/old-folder.parquet").rows
    )
    new = decide(
        ctx, policy, read_rows(ctx.storage, f"raw/event_date={TODAY}/new-folder.parquet").rows
    )
    assert old.decisions.column("rule").to_pylist() == [None]
    assert old.decisions.column("event_date").to_pylist() == [ts(1).date()]
    assert new.decisions.column("rule").to_pylist() == ["expired"]


@pytest.mark.parametrize(
    ("events", "connector", "org", "eligible"),
    [
        ([], None, {}, True),
        ([], "google_drive", {}, False),
        ([], None, {"google_workspace": True}, False),
        ([("o", True, 10)], None, {}, False),  # opted out before the row
        ([("o", True, 1)], None, {}, False),  # opted in at created_at, opted out now
        ([("o", True, 10), ("o", False, 4)], None, {}, False),  # out at created_at, in now
        ([("o", True, 10), ("o", False, 8)], None, {}, True),  # back in before the row
        ([("o", True, -1)], None, {}, True),  # an event after now is ignored
        ([], None, {"legal_hold_until": TODAY + 9 * DAY}, True),
    ],
)
def test_training_eligibility(tmp_path, events, connector, org, eligible):
    write_orgs(tmp_path, [{"org_id": "o", **org}])
    write_opt_outs(tmp_path, [(o, out, ts(d)) for o, out, d in events])
    write_raw(tmp_path, "2026-06-10", "a.parquet", [raw_row("r", "o", ts(5), connector=connector)])
    ctx, policy = _ctx(tmp_path)
    plan = decide(ctx, policy, read_rows(ctx.storage, "raw/event_date=2026-06-10/a.parquet").rows)
    assert plan.decisions.column("eligible").to_pylist() == [eligible]


def test_erased_row_under_hold_is_kept_but_not_eligible(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o", "legal_hold_until": TODAY + 9 * DAY}])
    write_erasures(tmp_path, [("o", ts(1))])
    write_raw(tmp_path, "2026-06-10", "a.parquet", [raw_row("r", "o", ts(5))])
    ctx, policy = _ctx(tmp_path)
    plan = decide(ctx, policy, read_rows(ctx.storage, "raw/event_date=2026-06-10/a.parquet").rows)
    assert plan.decisions.column("rule").to_pylist() == [None]
    assert plan.decisions.column("eligible").to_pylist() == [False]


def _ctx(root):
    settings = build_settings(lake=str(root), now=NOW)
    storage = Storage(str(root))
    return RunContext(settings, storage, "test", Clock.take(NOW)), load_policy(storage)


def _decide_one(root) -> str | None:
    ctx, policy = _ctx(root)
    rel = "raw/event_date=2020-01-01/a.parquet"
    return decide(ctx, policy, read_rows(ctx.storage, rel).rows).decisions.column("rule")[0].as_py()
