"""One writer at a time: the lease on the lake."""

from __future__ import annotations

import json
import threading

import pytest

from lakesweep.lease import LEASE, Lease, LeaseHeld
from lakesweep.rebuild import run_backfill
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from lakesweep.storage import Storage
from tests.lakes import NOW, raw_row, ts, write_orgs, write_raw


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    storage = Storage(str(tmp_path))
    Lease(storage, "run-a", 600).acquire()
    with pytest.raises(LeaseHeld, match="being processed by run run-a"):
        Lease(storage, "run-b", 600).acquire()


def test_expired_lease_is_taken_over(tmp_path):
    storage = Storage(str(tmp_path))
    Lease(storage, "crashed-run", 600).acquire()
    body = json.loads((tmp_path / LEASE).read_text())
    body["expires_epoch"] = 0
    (tmp_path / LEASE).write_text(json.dumps(body))
    Lease(storage, "run-b", 600).acquire()
    assert json.loads((tmp_path / LEASE).read_text())["run_id"] == "run-b"


def test_waiting_writer_gets_the_lease_once_released(tmp_path):
    storage = Storage(str(tmp_path))
    first = Lease(storage, "run-a", 600)
    first.acquire()
    threading.Timer(0.5, first.release).start()
    Lease(storage, "run-b", 600).acquire(wait_seconds=10)
    assert json.loads((tmp_path / LEASE).read_text())["run_id"] == "run-b"


def test_nightly_and_backfill_racing_one_is_refused(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o"}])
    for i in range(20):
        write_raw(tmp_path, "2026-06-10", f"f{i}.parquet", [raw_row(f"r{i}", "o", ts(40))])
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def nightly():
        barrier.wait()
        try:
            run_nightly(build_settings(lake=str(tmp_path), now=NOW, pseudonym_key="k"))
            outcomes.append("ran")
        except LeaseHeld:
            outcomes.append("refused")

    def backfill():
        barrier.wait()
        try:
            settings = build_settings(lake=str(tmp_path), now=NOW, pseudonym_key="k")
            run_backfill(settings, NOW.date(), NOW.date(), False)
            outcomes.append("ran")
        except LeaseHeld:
            outcomes.append("refused")

    threads = [threading.Thread(target=nightly), threading.Thread(target=backfill)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Either one was refused while the other held the lake, or they ran one after the other;
    # never both at once (the lease file is exclusive) and the lease is always released.
    assert sorted(outcomes) in (["ran", "refused"], ["ran", "ran"])
    assert not (tmp_path / LEASE).exists()


def test_backfill_while_nightly_holds_the_lake_changes_nothing(tmp_path):
    write_orgs(tmp_path, [{"org_id": "o"}])
    write_raw(tmp_path, "2026-06-10", "f.parquet", [raw_row("r", "o", ts(40))])
    Lease(Storage(str(tmp_path)), "nightly-run", 600).acquire()
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    settings = build_settings(lake=str(tmp_path), now=NOW, pseudonym_key="k")
    with pytest.raises(LeaseHeld, match="nightly-run"):
        run_backfill(settings, NOW.date(), NOW.date(), False)
    with pytest.raises(LeaseHeld):
        run_nightly(settings)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
