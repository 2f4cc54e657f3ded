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


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 over real HTTP on 127.0.0.1 (one server per test process)."""
    from tests.s3 import start_server

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        os.environ[name] = value
    server, url = start_server()
    os.environ["AWS_ENDPOINT_URL"] = url
    yield url
    os.environ.pop("AWS_ENDPOINT_URL", None)
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, request):
    """A fresh bucket per test."""
    import re

    from tests.s3 import client

    name = re.sub(r"[^a-z0-9-]", "-", request.node.name.lower())[:40].strip("-") + "-b"
    client().create_bucket(Bucket=name)
    return name


@pytest.fixture(scope="session")
def _fault_proxy(s3_endpoint):
    from tests.faultproxy import FaultProxy

    with FaultProxy(s3_endpoint) as running:
        yield running


@pytest.fixture
def proxy(_fault_proxy):
    """The fault-injecting proxy in front of moto (tests/faultproxy.py): no rules, no events."""
    _fault_proxy.clear()
    yield _fault_proxy
    _fault_proxy.clear()


@pytest.fixture(scope="session")
def s3_template(tmp_path_factory):
    """A small lake as its second night finds it (tests/s3lakes.py), built once."""
    from tests.s3lakes import build_template

    return build_template(tmp_path_factory.mktemp("s3template"))


@pytest.fixture(scope="session")
def s3_expected(s3_template, _fault_proxy, tmp_path_factory):
    """The fault-free result of that night on S3 (tests/s3lakes.py:outcome)."""
    from tests.s3lakes import fault_free_outcome

    return fault_free_outcome(s3_template, _fault_proxy.url, tmp_path_factory.mktemp("baseline"))
