"""Shared fixtures. Prefect tests share one prefect_test_harness per test process."""

from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("LAKESWEEP_SANITIZER_PROCESSES", "1")  # model loaded once per test process

import pytest  # noqa: E402

import lakesweep  # noqa: E402,F401  (offline environment first)
from lakesweep import faults  # noqa: E402


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for every flow test of this process (startup is 7-17 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(autouse=True)
def _reset_faults(monkeypatch):
    monkeypatch.delenv("LAKESWEEP_FAIL_AT", raising=False)
    monkeypatch.delenv("LAKESWEEP_FAIL_MODE", raising=False)
    faults.reset()
    yield
    faults.reset()
