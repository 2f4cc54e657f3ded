"""`verify` is a proof: each way of breaking a promise after a clean run is found.

One table, one row per tampering: what an attacker (or a bug) does to a swept lake, and the
finding `verify` must report. The clean lake passes (test_verify.py); each row must fail.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lakesweep.snapshots import SNAPSHOTS
from tests.lakes import ledger_records, raw_row, ts, write_raw
from tests.verify.helpers import Invoke, findings, first_file, rewrite, verify_json

DAY = "2026-06-10"


def _rewritten_raw(lake: Path) -> Path:
    """A raw file nightly rewrote (rows were deleted from it, some kept)."""
    rec = next(r for r in ledger_records(lake, "deletion") if r["table"] == "raw" and r["child"])
    return lake / rec["file"]


def drop_a_raw_row(lake: Path) -> None:
    rewrite(_rewritten_raw(lake), lambda t: t.slice(1))


def add_a_deleted_row_back(lake: Path) -> None:
    path = _rewritten_raw(lake)
    rewrite(path, lambda t: pa.concat_tables([t, t.slice(0, 1)]))


def remove_a_whole_raw_file(lake: Path) -> None:
    _rewritten_raw(lake).unlink()


def drop_a_ledger_record(lake: Path) -> None:
    entry = sorted((lake / "_ledger" / "log").glob("*.jsonl"))[0]
    lines = entry.read_text().splitlines()
    entry.write_text("\n".join(lines[1:]) + "\n")


def remove_a_ledger_entry(lake: Path) -> None:
    entries = sorted((lake / "_ledger" / "log").glob("*.jsonl"))
    assert len(entries) >= 2
    entries[0].unlink()


def forget_a_file_identity(lake: Path) -> None:
    rec = next(r for r in ledger_records(lake, "deletion") if r["table"] == "raw" and r["child"])
    [record] = (lake / "_state" / "files").glob(f"{rec['child']}@*.json")
    record.unlink()


def delete_a_usage_part(lake: Path) -> None:
    next((lake / "usage").glob("*/*.parquet")).unlink()


def alter_the_policy_snapshot(lake: Path) -> None:
    [snapshot] = (lake / SNAPSHOTS).iterdir()
    rewrite(snapshot / "orgs.parquet", lambda t: t.slice(1))


def plant_a_hidden_raw_file(lake: Path) -> None:
    write_raw(lake, DAY, ".hidden.parquet", [raw_row("h1", "org_umbrella", ts(5))])


def plant_an_unreadable_raw_file(lake: Path) -> None:
    (lake / "raw" / f"event_date={DAY}").mkdir(parents=True, exist_ok=True)
    (lake / "raw" / f"event_date={DAY}" / "_broken.parquet").write_bytes(b"PAR1 not really")


def duplicate_a_training_row(lake: Path) -> None:
    rewrite(first_file(lake, "training"), lambda t: pa.concat_tables([t, t.slice(0, 1)]))


def blank_a_pseudonym(lake: Path) -> None:
    def blank(t: pa.Table) -> pa.Table:
        ids = t["sample_id"].to_pylist()
        ids[0] = None
        return t.set_column(0, "sample_id", pa.array(ids, pa.string()))

    rewrite(first_file(lake, "training"), blank)


TAMPERING: list[tuple[Callable[[Path], None], str]] = [
    (drop_a_raw_row, "usage_above_raw_and_ledger"),
    (add_a_deleted_row_back, "usage_above_raw_and_ledger"),
    (remove_a_whole_raw_file, "usage_above_raw_and_ledger"),
    (drop_a_ledger_record, "ledger_chain_broken"),
    (drop_a_ledger_record, "usage_above_raw_and_ledger"),
    (remove_a_ledger_entry, "ledger_gap"),
    (forget_a_file_identity, "usage_above_raw_and_ledger"),
    (delete_a_usage_part, "usage_below_raw_and_ledger"),
    (alter_the_policy_snapshot, "policy_snapshot_altered"),
    (plant_a_hidden_raw_file, "raw_zero_data_retention"),
    (plant_an_unreadable_raw_file, "raw_unreadable"),
    (duplicate_a_training_row, "training_duplicate"),
    (blank_a_pseudonym, "training_no_pseudonym"),
]


@pytest.mark.parametrize(
    ("tamper", "kind"), TAMPERING, ids=[f"{t.__name__}-{k}" for t, k in TAMPERING]
)
def test_tampering_is_a_violation(lake: Path, invoke: Invoke, tamper, kind: str) -> None:
    tamper(lake)
    code, report = verify_json(invoke, lake)
    found = findings(report)
    assert code == 1, json.dumps(report, indent=1)[:3000]
    assert kind in found and found[kind]["severity"] == "violation", sorted(found)


def test_policy_at_the_extremes_is_judged_not_crashed(lake: Path, invoke: Invoke) -> None:
    orgs = pq.read_table(lake / "policy" / "orgs.parquet")
    days = [2**31 - 1] + [None] * (orgs.num_rows - 1)
    orgs = orgs.set_column(
        orgs.schema.get_field_index("retention_days"), "retention_days", pa.array(days, pa.int64())
    )
    pq.write_table(orgs, lake / "policy" / "orgs.parquet")
    code, report = verify_json(invoke, lake)
    assert "check_failed" not in findings(report)
    assert code == 0, json.dumps(report, indent=1)[:2000]
