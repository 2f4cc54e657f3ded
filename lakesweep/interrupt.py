"""Ctrl-C for the commands that run the lake (CLI only): one press stops within seconds.

The first SIGINT asks every part of the run to stop (lakesweep.stopping: no unit starts, the
sanitizer stops between batches, its worker processes are stopped), mutes Prefect's console
logs, and raises KeyboardInterrupt in the main thread as Python does. On its way out the
run releases its lease (lakesweep.run.writer_scope) and, in a Prefect flow run, Prefect
marks the flow run Crashed. What the run started is left exactly as a crash leaves it
(write-ahead intents, the run marker), which the next run's recovery completes. Then one
line says what was done and the process exits with 130: normally (threads end at their next
stop check), but never later than GRACE seconds after the Ctrl-C, whatever still runs
(Prefect draining its events, a hung read). A second Ctrl-C exits at once.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from lakesweep import progress, stopping

EXIT_CODE = 130
GRACE = 8.0  # seconds from the first Ctrl-C to the end of the process, whatever still runs
_said = threading.Lock()
_run: dict[str, Any] = {"command": "nightly", "dry_run": False}


@contextmanager
def handled(command: str, dry_run: bool = False) -> Iterator[None]:
    """Run the body with the interrupt handling above (main thread only)."""
    _run.update(command=command, dry_run=dry_run)
    previous = signal.signal(signal.SIGINT, _on_sigint)
    try:
        yield
    except (KeyboardInterrupt, stopping.Interrupted):
        _say()
        raise SystemExit(EXIT_CODE) from None
    finally:
        signal.signal(signal.SIGINT, previous)


def interrupted_line(command: str, dry_run: bool) -> str:
    """The one line: what was done, and that the next run completes it."""
    s = progress.status
    if dry_run:
        return f"interrupted: the {command} dry run stopped; nothing was changed"
    where = f"during {s.phase}" if s.phase else "before the raw files"
    if s.total:
        where += f" after {s.done} of {s.total} {s.unit}"
    return (
        f"interrupted {where}: the {command} run stopped; the lake is as after a crash, and "
        f"the next `lakesweep {command}` completes what this one started"
    )


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    if stopping.requested():
        _say()
        os._exit(EXIT_CODE)
    stopping.request_stop()
    if "lakesweep.sanitize" in sys.modules:
        sys.modules["lakesweep.sanitize"].abort()
    _mute_console()
    threading.Thread(target=_exit_after, args=(GRACE,), daemon=True).start()
    raise KeyboardInterrupt


def _mute_console() -> None:
    """Nothing but the one line reaches the terminal from now on: what other threads still
    log is a consequence of the interrupt (Prefect's "Crash detected!" lines still go to
    its API, the flow run's logs)."""
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "prefect"]
    for logger in [logging.root, *(logging.getLogger(n) for n in names)]:
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setLevel(logging.CRITICAL + 1)


def _say() -> None:
    """Print the one line (once)."""
    if _said.acquire(blocking=False):
        sys.stdout.flush()
        sys.stderr.write(interrupted_line(_run["command"], _run["dry_run"]) + "\n")
        sys.stderr.flush()


def _exit_after(seconds: float) -> None:
    time.sleep(seconds)
    _say()
    os._exit(EXIT_CODE)
