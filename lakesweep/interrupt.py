"""Interrupts: a process-wide request to stop, and the CLI's Ctrl-C that makes it.

The request is checked by units before they start (lakesweep.executor) and by the sanitizer
between batches (lakesweep.sanitize); what they leave is what any crash leaves (intents, the
run marker), which the next run's recovery completes.

For the commands that run the lake (CLI only), one Ctrl-C stops within seconds. The first
SIGINT requests the stop (no unit starts, the sanitizer stops between batches, its worker
processes are stopped), mutes console logging, and raises KeyboardInterrupt in the main
thread as Python does. On its way out the run releases its lease (lakesweep.run.writer_scope)
and, in a Prefect flow run, Prefect marks the flow run Crashed. Then one line says what was
done and the process exits with 130: normally (threads end at their next stop check), but
never later than GRACE seconds after the Ctrl-C, whatever still runs (Prefect draining its
events, a hung read). A second Ctrl-C exits at once.
"""

from __future__ import annotations

import contextlib
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

from lakesweep import progress

EXIT_CODE = 130
_requested = threading.Event()


class Interrupted(BaseException):  # noqa: N818 - BaseException: no per-file handler may eat it
    """The run was asked to stop (Ctrl-C); the next run completes what it started."""


def request_stop() -> None:
    """Ask every part of the run in this process to stop at its next check."""
    _requested.set()


def requested() -> bool:
    return _requested.is_set()


def check() -> None:
    """Raise :class:`Interrupted` if a stop was requested (units call it before they start,
    lakesweep.executor; the sanitizer between batches, lakesweep.sanitize)."""
    if _requested.is_set():
        raise Interrupted("the run was interrupted")


def reset() -> None:
    """Forget a stop request (tests that run several runs in one process)."""
    _requested.clear()


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
    except (KeyboardInterrupt, Interrupted):
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
    if requested():
        _say()
        os._exit(EXIT_CODE)
    request_stop()
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
    """Print the one line (once), in one write to the descriptor: the grace thread may say
    it while the main thread shuts the interpreter down, and a buffered stream's lock held
    then is a fatal error of its own."""
    if _said.acquire(blocking=False):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # closed, or its reader gone
                stream.flush()
        line = interrupted_line(_run["command"], _run["dry_run"]) + "\n"
        try:
            os.write(sys.stderr.fileno(), line.encode("utf-8", "replace"))
        except (OSError, ValueError):  # a stderr without a descriptor (a host's stream)
            sys.stderr.write(line)


def _exit_after(seconds: float) -> None:
    time.sleep(seconds)
    _say()
    os._exit(EXIT_CODE)
