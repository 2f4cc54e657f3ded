"""Progress reporting seam: the CLI installs a terminal bar, everything else logs."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("lakesweep.progress")


class Reporter(Protocol):
    def start(self, phase: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...


class LogReporter:
    """Logs progress at most every 10 seconds."""

    def __init__(self, every: float = 10.0) -> None:
        self.every, self.phase, self.total, self.done, self.last = every, "", 0, 0, 0.0

    def start(self, phase: str, total: int) -> None:
        self.phase, self.total, self.done, self.last = phase, total, 0, time.monotonic()
        log.info("%s: %d files", phase, total)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            log.info("%s: %d/%d files", self.phase, self.done, self.total)

    def finish(self) -> None:
        log.info("%s: %d/%d files done", self.phase, self.done, self.total)


_factory: Callable[[], Reporter] = LogReporter


def set_reporter(factory: Callable[[], Reporter]) -> None:
    """Install the reporter factory used by the next runs in this process (CLI)."""
    global _factory
    _factory = factory


def reporter() -> Reporter:
    return _factory()
