"""Progress reporting seam: the CLI installs a terminal bar, everything else logs.

Every reporter is wrapped so that :data:`status` always says what the process is doing
(phase, done, total): the one line printed on Ctrl-C comes from it. Inside :func:`quiet`
(a per-partition task of the Prefect flow, whose flow reports progress itself) reporters
report nothing.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger("lakesweep.progress")


class Reporter(Protocol):
    def start(self, phase: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...


@dataclass
class Status:
    """The phase this process is in and how far it got (read on an interrupt)."""

    phase: str = ""
    done: int = 0
    total: int = 0
    unit: str = "files"


status = Status()
_status_lock = threading.Lock()
_quiet: ContextVar[bool] = ContextVar("lakesweep_quiet_progress", default=False)


class LogReporter:
    """Logs progress at most every 10 seconds."""

    def __init__(self, every: float = 10.0) -> None:
        self.every, self.phase, self.total, self.done, self.last = every, "", 0, 0, 0.0

    def start(self, phase: str, total: int) -> None:
        self.phase, self.total, self.done, self.last = phase, total, 0, time.monotonic()
        log.info("%s: %d", phase, total)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            log.info("%s: %d/%d", self.phase, self.done, self.total)

    def finish(self) -> None:
        log.info("%s: %d/%d done", self.phase, self.done, self.total)


class NullReporter:
    def start(self, phase: str, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


class _Tracked:
    """A reporter that also keeps :data:`status` up to date."""

    def __init__(self, inner: Reporter) -> None:
        self.inner = inner

    def start(self, phase: str, total: int) -> None:
        with _status_lock:
            status.phase, status.done, status.total = phase, 0, total
            status.unit = "partitions" if "partitions" in phase else "files"
        self.inner.start(phase, total)

    def advance(self, n: int = 1) -> None:
        with _status_lock:
            status.done += n
        self.inner.advance(n)

    def finish(self) -> None:
        self.inner.finish()


_factory: Callable[[], Reporter] = LogReporter


def set_reporter(factory: Callable[[], Reporter]) -> None:
    """Install the reporter factory used by the next runs in this process (CLI)."""
    global _factory
    _factory = factory


def reporter() -> Reporter:
    return NullReporter() if _quiet.get() else _Tracked(_factory())


@contextmanager
def quiet() -> Iterator[None]:
    """Reporters created in this context (this thread) report nothing."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def phase(name: str) -> None:
    """Say which step the process is in (a step without a file count: recovery, the record)."""
    with _status_lock:
        status.phase, status.done, status.total = name, 0, 0
