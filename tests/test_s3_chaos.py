"""Chaos: a nightly on S3 with a Dask LocalCluster of two worker processes, a few faults from
the proxy, and the worker that is rewriting a raw file SIGKILLed the moment its replace has
landed (it never hears the answer). Dask runs that unit again elsewhere; a rerun follows. The
lake must equal the fault-free run exactly, and ``verify`` must pass on the S3 lake."""

from __future__ import annotations

import os
import signal

import psutil
import pytest

from lakesweep import executor
from lakesweep.pseudonym import KEY_ENV
from lakesweep.verify.runner import verify_lake
from tests.faultproxy import Event
from tests.lakes import NOW
from tests.s3lakes import (
    KEY,
    PREFIX,
    expire_lease,
    fetch,
    lake_uri,
    new_bucket,
    nightly,
    outcome,
    put_template,
    stale_versions,
)


def sender(event: Event) -> int | None:
    """The pid of this test's child process that sent the request (a Dask worker)."""
    for proc in psutil.Process().children(recursive=True):
        try:
            for conn in proc.net_connections(kind="tcp"):
                if conn.laddr and (conn.laddr.ip, conn.laddr.port) == tuple(event.peer):
                    return proc.pid
        except psutil.Error:
            continue
    return None


@pytest.mark.xdist_group("dask")
def test_dask_worker_killed_mid_run_on_s3_then_rerun_equals_fault_free(
    s3_template, s3_expected, proxy, tmp_path, monkeypatch
):
    monkeypatch.setenv(KEY_ENV, KEY)
    bucket = new_bucket("chaos-dask-worker-killed")
    put_template(s3_template, bucket)
    lake = f"/{bucket}/{PREFIX}/"
    killed: list[int] = []

    def kill_the_sender(event: Event) -> None:
        pid = sender(event)
        if pid is not None and pid != os.getpid():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    proxy.add("drop", method="PUT", key=lake + "raw/event_date=2026-06-10/x.parquet",
              hook=kill_the_sender)  # fmt: skip
    proxy.add("503", method="PUT", key=lake + "usage/")  # retried by the client
    proxy.add("reset", method="GET", key=lake + "raw/event_date=2026-06-14/a.parquet")
    proxy.add("drop", method="PUT", key=lake + "_state/files/", nth=2)
    proxy.add("drop", method="PUT", key=lake + "_ledger/log/")
    try:
        summary, error = nightly(bucket, proxy.url, dask_workers=2)
        assert killed, "no worker was killed"
        assert all(rule.fired for rule in proxy.rules), proxy.rules
        proxy.clear()
        if error is None and summary.status == "succeeded":  # then it did all its work
            assert outcome(fetch(bucket, tmp_path / "first")) == s3_expected
        expire_lease(bucket)
        summary, error = nightly(bucket, proxy.url, dask_workers=2)
    finally:
        executor.close()  # stop the cluster now, not at interpreter exit
    assert error is None and summary.status == "succeeded", (error, summary and summary.errors)
    assert outcome(fetch(bucket, tmp_path / "rerun")) == s3_expected
    assert stale_versions(bucket) == []
    report = verify_lake(lake_uri(bucket), sample=0, now=NOW, s3_endpoint_url=proxy.url)
    assert report.violations == 0, report.to_dict()
