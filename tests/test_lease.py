"""One writer at a time: the lease on the lake."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from lakesweep.lease import _LIVE, LEASE, Lease, LeaseHeld, LeaseLost
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
    crashed = Lease(storage, "crashed-run", 600)
    crashed.acquire()
    crashed._stop.set()
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


def _expire(storage: Storage) -> None:
    body = storage.read_json(LEASE)
    body["expires_epoch"] = 0
    storage.write_json(LEASE, body)


def test_a_run_whose_create_response_was_lost_adopts_its_own_lease(tmp_path):
    storage = Storage(str(tmp_path))
    lease = Lease(storage, "run-a", 600)
    storage.create(LEASE, lease._body())  # the create happened; its answer never came
    lease.acquire()  # create-only fails, but the lease is ours: adopted, not refused
    lease.check()
    lease.release()
    assert not storage.exists(LEASE)


@pytest.mark.parametrize(("age", "taken"), [(1_000, True), (10, False)])
def test_an_empty_lease_file_is_recovered_once_older_than_the_lease(tmp_path, age, taken):
    storage = Storage(str(tmp_path))
    (tmp_path / "_state").mkdir()
    path = tmp_path / LEASE
    path.write_bytes(b"")  # a crash between create and write (an older version)
    os.utime(path, (time.time() - age, time.time() - age))
    lease = Lease(storage, "run-b", 600)
    if taken:
        lease.acquire()
        assert storage.read_json(LEASE)["run_id"] == "run-b"
        lease.release()
    else:
        with pytest.raises(LeaseHeld):
            lease.acquire()


def test_a_holder_whose_lease_was_taken_over_writes_nothing_more(tmp_path):
    storage = Storage(str(tmp_path))
    stalled = Lease(storage, "stalled", 600)
    stalled.acquire()
    stalled._stop.set()  # its process stalls: no heartbeat
    _expire(storage)
    successor = Lease(storage, "next", 600)
    successor.acquire()
    stalled.renew()  # wakes up: its compare-and-swap fails
    with pytest.raises(LeaseLost):
        stalled.check()
    with pytest.raises(LeaseLost):
        storage.fenced(stalled.fence()).write_bytes("_state/x.json", b"{}")
    assert not storage.exists("_state/x.json")
    stalled.release()  # conditional: the successor's lease stays
    assert storage.read_json(LEASE)["run_id"] == "next"
    successor.release()


def test_the_heartbeat_extends_the_lease_and_a_fence_in_another_process_sees_it(tmp_path):
    storage = Storage(str(tmp_path))
    lease = Lease(storage, "run-a", 30)
    lease.acquire()
    before = storage.read_json(LEASE)["expires_epoch"]
    time.sleep(0.05)
    lease.renew()
    assert storage.read_json(LEASE)["expires_epoch"] > before
    fence = lease.fence()
    _LIVE.pop(lease.token)  # as seen from a Dask worker: only the lease object
    fence.check()
    _expire(storage)
    with pytest.raises(LeaseLost):
        fence.check()
    lease._stop.set()
