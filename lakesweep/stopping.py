"""A process-wide request to stop: set by the CLI's interrupt handler (lakesweep.interrupt).

Units check it before they start (lakesweep.executor) and the sanitizer between batches
(lakesweep.sanitize), so a Ctrl-C stops the run's threads within seconds. What they leave
is what any crash leaves (intents, the run marker), which the next run's recovery completes.
"""

from __future__ import annotations

import threading

_requested = threading.Event()


class Interrupted(BaseException):  # noqa: N818 - BaseException: no per-file handler may eat it
    """The run was asked to stop (Ctrl-C); the next run completes what it started."""


def request_stop() -> None:
    _requested.set()


def requested() -> bool:
    return _requested.is_set()


def check() -> None:
    """Raise :class:`Interrupted` if a stop was requested."""
    if _requested.is_set():
        raise Interrupted("the run was interrupted")


def reset() -> None:
    """Forget a stop request (tests that run several runs in one process)."""
    _requested.clear()
