"""Worker processes for per-unit analysis: each loads the model once, at start-up.

Processes are started with "spawn" (safe next to threads, e.g. Prefect/Dask in the parent)
and kept for the Sanitizer's lifetime, so the model is never loaded twice in one process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from sanitizers.analysis import Analyzer
from sanitizers.config import SanitizerConfig
from sanitizers.recognizers import Finding

log = logging.getLogger(__name__)

_WORKER: Analyzer | None = None


def _init_worker(config: SanitizerConfig) -> None:
    global _WORKER
    # A Ctrl-C reaches the whole process group: the parent decides what it stops, and a
    # worker whose parent is gone (interrupted, killed) exits instead of waiting for ever.
    # The worker started with Ctrl-C held (_ctrl_c_held): it ignores it before it lets it in.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _WORKER = Analyzer(config)
    _WORKER.engine  # noqa: B018  (load the model now, once per worker process)


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(0)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C in this thread while it may start worker processes (the pool starts one
    when work is submitted). A started process keeps the mask, so a Ctrl-C that lands while
    its interpreter starts waits until _init_worker ignores it, instead of killing the
    worker (a broken pool) half-way through printing an error. CPython's resource tracker
    is started the same way. The Ctrl-C still reaches this process (another thread takes it,
    or it waits the few milliseconds of a submit)."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _analyze(units: list[str]) -> list[list[Finding]]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.analyze_units(units)


def chunk(units: list[str], parts: int, min_chars: int = 4_000) -> list[list[str]]:
    """Cut units into about `parts` chunks of similar character counts (in order)."""
    total = sum(len(u) for u in units)
    target = max(min_chars, total // max(1, parts) + 1)
    chunks: list[list[str]] = [[]]
    size = 0
    for unit in units:
        if size >= target:
            chunks.append([])
            size = 0
        chunks[-1].append(unit)
        size += len(unit)
    return [c for c in chunks if c]


class WorkerPool:
    """A fixed set of analysis processes."""

    def __init__(self, config: SanitizerConfig) -> None:
        self.processes = config.processes
        self.executor = ProcessPoolExecutor(
            max_workers=config.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(config,),
        )
        log.info("started %d sanitizer worker processes", config.processes)

    def analyze_units(self, units: list[str]) -> list[list[Finding]]:
        chunks = chunk(units, self.processes * 4)
        out: list[list[Finding]] = []
        with _ctrl_c_held():  # map submits every chunk now, and may start workers
            parts = self.executor.map(_analyze, chunks)
        for part in parts:
            out.extend(part)
        return out

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
