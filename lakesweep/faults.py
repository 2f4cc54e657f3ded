"""Fault injection at named step boundaries, for crash tests.

``LAKESWEEP_FAIL_AT=after_replace`` (or the ``fail_at`` setting) crashes the run the first
time it reaches that step; ``after_replace:3`` on the third time. With
``LAKESWEEP_FAIL_MODE=exit`` the process dies on the spot (``os._exit``) like a ``kill -9``;
with ``hang`` the thread that reaches the step waits until a stop is requested (Ctrl-C, see
lakesweep.interrupt), like a long step that checks for one (interrupt tests); otherwise
:class:`InjectedCrash` is raised, which no lakesweep handler catches.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter

from lakesweep import interrupt

STEPS = (
    "after_lease",
    "mid_usage",
    "after_usage",
    "after_intent",
    "after_replace",
    "after_delete",
    "before_purge",
    "after_purge",
    "before_ledger",
    "after_ledger",
    "mid_export",
    "mid_propagation",
    "before_run_record",
)

_lock = threading.Lock()
_seen: Counter[str] = Counter()


class InjectedCrash(BaseException):  # noqa: N818 - BaseException so no `except Exception` eats it
    """Raised at the configured step; simulates a crash."""


def reset() -> None:
    with _lock:
        _seen.clear()
        _pauses.clear()


def checkpoint(step: str, fail_at: str | None = None) -> None:
    """Crash here if the run was asked to fail at ``step`` (the N-th time with ``step:N``)."""
    if _pauses:
        _maybe_pause(step)
    spec = fail_at or os.environ.get("LAKESWEEP_FAIL_AT")
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != step:
        return
    with _lock:
        _seen[step] += 1
        hit = _seen[step] == int(nth or 1)
    if not hit:
        return
    mode = os.environ.get("LAKESWEEP_FAIL_MODE")
    if mode == "exit":
        os._exit(137)
    if mode == "hang":  # a step that takes for ever, and stops when the run is told to stop
        while not interrupt.requested():
            time.sleep(0.05)
        interrupt.check()
    raise InjectedCrash(f"injected crash at {spec}")


_pauses: dict[str, tuple[threading.Event, threading.Event]] = {}


def pause_at(step: str) -> tuple[threading.Event, threading.Event]:
    """Tests: the next thread to reach ``step`` sets ``reached`` and blocks until ``resume``
    is set (a run stalled mid-way, e.g. to let its lease expire under it)."""
    events = (threading.Event(), threading.Event())
    with _lock:
        _pauses[step] = events
    return events


def _maybe_pause(step: str) -> None:
    with _lock:
        events = _pauses.pop(step, None)
    if events is not None:
        reached, resume = events
        reached.set()
        resume.wait()
