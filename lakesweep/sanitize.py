"""The bridge from the core to sanitizers/: one Sanitizer per process, shared by threads."""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from typing import Any

from lakesweep.settings import Settings

_lock = threading.Lock()
_instances: dict[tuple[str, int], Any] = {}


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
    parallelizes inside, over its own worker processes)."""
    with _lock:
        return _sanitizer(settings).sanitize_records(records)


def sanitizer_version() -> str:
    from sanitizers import SANITIZER_VERSION

    return SANITIZER_VERSION


@atexit.register
def close() -> None:
    """Stop the sanitizer worker processes of this process."""
    with _lock:
        for instance in _instances.values():
            instance.close()
        _instances.clear()
