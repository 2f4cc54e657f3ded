"""Property: for random small lakes and policies, one run leaves exactly what the rules keep,
leaves untouched files byte-identical, and keeps usage equal to the totals before deletion."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import (
    NOW,
    raw_request_ids,
    raw_row,
    snapshot,
    ts,
    usage_totals,
    write_erasures,
    write_orgs,
    write_raw,
)
from tests.oracle import lake_expectations

ORG_IDS = ["a", "b", "c", "x' OR 1=1 --"]

orgs_st = st.dictionaries(
    st.sampled_from(ORG_IDS[:3] + ORG_IDS[3:]),
    st.fixed_dictionaries(
        {
            "zero_data_retention": st.booleans(),
            "legal_hold_until": st.one_of(st.none(), st.integers(-5, 5)),
            "retention_days": st.one_of(st.none(), st.integers(0, 60)),
        }
    ),
    max_size=4,
)
row_st = st.tuples(
    st.sampled_from(ORG_IDS + ["unregistered"]),
    st.one_of(st.none(), st.floats(0, 90, allow_nan=False)),
    st.integers(0, 1000),
)
files_st = st.lists(st.lists(row_st, min_size=1, max_size=12), min_size=1, max_size=3)
erasures_st = st.lists(st.tuples(st.sampled_from(ORG_IDS), st.floats(0, 60)), max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(orgs=orgs_st, files=files_st, erasures=erasures_st, default=st.integers(1, 40))
def test_run_keeps_exactly_what_the_rules_keep(orgs, files, erasures, default):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_orgs(root, [_org(org_id, spec) for org_id, spec in orgs.items()])
        write_erasures(root, [(o, ts(age)) for o, age in erasures])
        n = 0
        for i, rows in enumerate(files):
            raw = []
            for org_id, age, tokens in rows:
                raw.append(
                    raw_row(f"r{n}", org_id, None if age is None else ts(age), input_tokens=tokens)
                )
                n += 1
            write_raw(root, f"2026-06-{1 + i:02d}", f"f{i}.parquet", raw)
        rules, usage_before = lake_expectations(root, NOW, default)
        before = snapshot(root, ("raw",))

        run_nightly(build_settings(lake=str(root), now=NOW, retention_days=default))

        assert raw_request_ids(root) == {rid for rid, rule in rules.items() if rule is None}
        assert usage_totals(root) == usage_before
        after = snapshot(root, ("raw",))
        for i in range(len(files)):
            rel = f"raw/event_date=2026-06-{1 + i:02d}/f{i}.parquet"
            ids = {
                f"r{j}"
                for j in range(sum(len(r) for r in files[:i]), sum(len(r) for r in files[: i + 1]))
            }
            if all(rules[rid] is None for rid in ids):
                assert after[rel] == before[rel]  # untouched: byte-identical


def _org(org_id: str, spec: dict) -> dict:
    hold = spec["legal_hold_until"]
    return {
        "org_id": org_id,
        "zero_data_retention": spec["zero_data_retention"],
        "legal_hold_until": None if hold is None else NOW.date() + dt.timedelta(days=hold),
        "retention_days": spec["retention_days"],
    }
