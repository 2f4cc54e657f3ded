"""Object-store faults, through a fault-injecting proxy in front of the moto server.

Each case injects one fault into a nightly run on a versioned S3 lake (tests/s3lakes.py: a
"second night" that rewrites, removes, exports, prunes, purges and records), then runs again
(fault-free) at the same clock. The lake must then equal the fault-free run exactly (raw ids,
usage per key, ledger deletions per rule, training ids as a multiset, hash chain, one run
record per run, nothing left over, no noncurrent version or delete marker under raw/ or
training/) and ``verify`` must pass. A *lost response* (the write happened, the client never
heard: it retries) must not fail the run; an *outage* (503s or resets on every attempt) must
make the run report failure unless what it did is complete anyway.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import pytest

from lakesweep.lease import LEASE, Lease, LeaseHeld
from lakesweep.pseudonym import KEY_ENV
from lakesweep.storage import Storage
from lakesweep.verify.runner import verify_lake
from tests.lakes import NOW
from tests.s3lakes import (
    KEY,
    PREFIX,
    expire_lease,
    fetch,
    new_bucket,
    nightly,
    outcome,
    put_template,
    stale_versions,
)


@dataclass(frozen=True)
class Case:
    id: str
    action: str  # drop | 503 | reset
    method: str
    key: str  # under the lake root
    query: str | None = None
    body: bytes | None = None
    times: int = 1
    first_run: str = "succeeded"  # succeeded | failed | any (what the faulty run must report)
    leaves_lease: bool = False  # the faulty run could not release its lease

    def __str__(self) -> str:
        return self.id


DELETION = b'"kind": "deletion"'
RUN_RECORD = b'"kind": "run"'
RAW_REWRITE = "raw/event_date=2026-06-10/x.parquet"
OUTAGE = 3  # botocore's standard mode makes 3 attempts


def lost(case_id: str, method: str, key: str, **kw) -> Case:
    """The request takes effect; its response is lost (the client retries)."""
    return Case(case_id, "drop", method, key, **kw)


def outage(case_id: str, action: str, method: str, key: str, **kw) -> Case:
    """Every attempt of one request fails (``OUTAGE`` attempts); by default the run fails."""
    return Case(case_id, action, method, key, **{"times": OUTAGE, "first_run": "failed", **kw})


CASES = [
    lost("lease-put-lost", "PUT", LEASE),
    lost("ledger-entry-lost", "PUT", "_ledger/log/", body=DELETION),
    lost("training-part-lost", "PUT", "training/event_date=2026-06-14/"),
    lost("raw-replace-lost", "PUT", RAW_REWRITE),
    outage("usage-part-503", "503", "PUT", "usage/"),
    outage("lineage-record-503", "503", "PUT", "_state/files/"),
    outage("intent-reset", "reset", "PUT", "_state/intents/"),
    outage("run-record-503", "503", "PUT", "_ledger/log/", body=RUN_RECORD),
    # pyarrow cannot read a training part at the start: what training holds is unknown.
    outage("training-index-503", "503", "GET", "training/event_date=2026-06-10/"),
    # The run settles its own left-over intent before its end: the purge is redone.
    outage("version-purge-503", "503", "DELETE", "raw/", query="versionId", first_run="any"),
    # Every release attempt (3 x 3) fails: the work is done; the lease expires on its own.
    outage(
        "lease-release-503",
        "503",
        "DELETE",
        LEASE,
        times=9,
        first_run="succeeded",
        leaves_lease=True,
    ),  # fmt: skip
]


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)  # verify reads the key as an auditor would


def bucket_for(case_id: str) -> str:
    return new_bucket(re.sub(r"[^a-z0-9-]", "-", f"fault-{case_id}")[:60])


def finished_lake(bucket: str, tmp_path):
    root = fetch(bucket, tmp_path)
    report = verify_lake(str(root), sample=0, now=NOW)
    assert report.violations == 0, report.to_dict()
    return outcome(root)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fault_then_rerun_equals_the_fault_free_run(
    case, s3_template, s3_expected, proxy, tmp_path
):
    bucket = bucket_for(case.id)
    put_template(s3_template, bucket)
    rule = proxy.add(
        case.action,
        method=case.method,
        key=f"/{bucket}/{PREFIX}/{case.key}",
        query=case.query,
        body=case.body,
        times=case.times,
    )
    summary, error = nightly(bucket, proxy.url)
    proxy.remove(rule)
    assert rule.fired == case.times, f"the fault never happened: {rule}"
    status = "failed" if error is not None else summary.status
    if case.first_run != "any":
        assert status == case.first_run, (error, summary and summary.errors)
    if status == "succeeded":  # a run that says so did all its work
        assert stale_versions(bucket) == []
        lease_left = ["_state/lease.json"] if case.leaves_lease else []
        assert finished_lake(bucket, tmp_path / "first") == {**s3_expected, "left_over": lease_left}

    expire_lease(bucket)  # a lease the run could not release expires with time
    summary, error = nightly(bucket, proxy.url)
    assert error is None and summary.status == "succeeded", (error, summary.errors)
    assert finished_lake(bucket, tmp_path / "rerun") == s3_expected
    assert stale_versions(bucket) == []


def test_lost_lease_response_still_leaves_one_holder(proxy):
    """The create's response is lost, its retry gets 412: the run adopts its own lease."""
    bucket = new_bucket("lease-lost-response", versioned=False)
    storage = Storage(f"s3://{bucket}/{PREFIX}", proxy.url)
    rule = proxy.add("drop", method="PUT", key=f"/{bucket}/{PREFIX}/{LEASE}")
    mine = Lease(storage, "run-a", 60)
    mine.acquire()
    assert rule.fired == 1
    mine.check()  # it may write
    with pytest.raises(LeaseHeld):
        Lease(storage, "run-b", 60).acquire()
    mine.release()
    assert not storage.exists(LEASE)


def test_two_runs_take_over_an_expired_lease_at_once_one_wins(proxy):
    """Both read the expired lease; one's takeover request is held back by the proxy until the
    other holds the lease. The compare-and-swap on the expired lease's ETag lets exactly one
    through (a read-then-write takeover would let both believe they hold it)."""
    bucket = new_bucket("lease-takeover-race", versioned=False)
    storage = Storage(f"s3://{bucket}/{PREFIX}", proxy.url)
    crashed = Lease(storage, "crashed", 60)
    crashed.acquire()
    crashed._stop.set()  # it crashed: no more heartbeats
    expire_lease(bucket)
    fast_holds = threading.Event()
    slow = proxy.add(  # the slow run's second PUT (its takeover; the first is its create)
        "delay",
        method="PUT",
        key=f"/{bucket}/{PREFIX}/{LEASE}",
        body=b"slow-run",
        nth=2,
        hook=lambda _: fast_holds.wait(20),
    )
    read_both = threading.Barrier(2)
    winners, losers = [], []

    def take(run_id: str) -> None:
        lease = Lease(storage, run_id, 60)
        original = lease._read

        def read_then_wait():  # both must have read the expired version before either writes
            blob = original()
            read_both.wait(timeout=10)
            return blob

        lease._read = read_then_wait  # type: ignore[method-assign]
        try:
            lease.acquire()
            winners.append(lease)
            fast_holds.set()
        except LeaseHeld:
            losers.append(run_id)

    threads = [threading.Thread(target=take, args=(r,)) for r in ("slow-run", "fast-run")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert slow.fired == 1  # the slow run's takeover PUT really was late
    assert [w.run_id for w in winners] == ["fast-run"] and losers == ["slow-run"]
    assert storage.read_json(LEASE)["run_id"] == "fast-run"
    winners[0].release()
