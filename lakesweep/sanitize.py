"""The bridge from the core to sanitizers/: one Sanitizer per process, shared by threads."""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from typing import Any

from lakesweep import codehash, interrupt
from lakesweep.settings import Settings

_lock = threading.Lock()
_instances: dict[tuple[str, int], Any] = {}
BATCH = 512  # records per sanitizer call


def _sanitizer(settings: Settings) -> Any:
    from sanitizers import Sanitizer, SanitizerConfig

    processes = settings.sanitizer_processes
    if multiprocessing.current_process().daemon:  # e.g. a Dask worker: no child processes
        processes = 1
    key = (settings.spacy_model, processes)
    if key not in _instances:
        _instances[key] = Sanitizer(SanitizerConfig(model=key[0], processes=key[1]))
    return _instances[key]


def sanitize_records(settings: Settings, records: list[dict[str, Any]]) -> list[Any]:
    """Sanitize records ({prompt, output, documents}); serialized per process (the sanitizer
    parallelizes inside, over its own worker processes). Records go in batches (each record
    is sanitized on its own, so batching changes no result), and a stop request (Ctrl-C)
    is honoured between batches: a big file does not hold an interrupted run for minutes."""
    out: list[Any] = []
    for start in range(0, len(records), BATCH):
        interrupt.check()
        with _lock:
            out += _sanitizer(settings).sanitize_records(records[start : start + BATCH])
    return out


def sanitizer_version() -> str:
    from sanitizers import SANITIZER_VERSION

    return SANITIZER_VERSION


def sanitizer_build(settings: Settings) -> str | None:
    """The exact sanitizer this process runs: its files, name list and model (codehash)."""
    return codehash.sanitizer_build(settings.spacy_model)


def abort() -> None:
    """On an interrupt: stop this process's worker processes now (SIGTERM; they print
    nothing). Their work is lost, and a unit waiting for it fails at once."""
    for child in multiprocessing.active_children():
        child.terminate()


@atexit.register
def close() -> None:
    """Stop the sanitizer worker processes of this process."""
    with _lock:
        for instance in _instances.values():
            instance.close()
        _instances.clear()
