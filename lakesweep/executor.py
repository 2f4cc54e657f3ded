"""Where per-file units run: a thread pool on this machine, or a Dask cluster.

Units are plain functions of picklable arguments, so Dask workers run them without Prefect
(no ephemeral Prefect server per worker): the Prefect task that fans out is the unit of
orchestration, Dask is only the engine. ``dask_address`` joins an existing cluster;
``dask_workers`` starts a local one (one process per worker) kept for this process.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from lakesweep import interrupt
from lakesweep.progress import reporter
from lakesweep.settings import Settings

_lock = threading.Lock()
_clients: dict[str, Any] = {}


def map_files(
    settings: Settings,
    phase: str,
    unit: Callable[..., Any],
    files: list[str],
    *shared: Any,
    on_result: Callable[[Any], None] | None = None,
) -> list[Any]:
    """``[unit(*shared, f) for f in files]``, in parallel, in order, with progress.

    ``on_result`` is called in this process for each result as it arrives (the run's
    coordinator publishes and records there), never on a worker. After a stop request
    (lakesweep.interrupt) no unit starts, and units still running are not waited for.
    """
    bar = reporter()
    bar.start(phase, len(files))
    done = on_result or (lambda _: None)
    try:
        if settings.dask_address or settings.dask_workers:
            return _on_dask(settings, unit, files, shared, bar, done)
        results: list[Any] = [None] * len(files)
        if settings.workers == 1:  # in this thread (profilers see it; no pool to start)
            for i, f in enumerate(files):
                interrupt.check()
                results[i] = result = unit(*shared, f)
                done(result)
                bar.advance()
            return results
        pool = ThreadPoolExecutor(max_workers=settings.workers)
        try:
            futures = {
                pool.submit(_unless_stopped, unit, *shared, f): i for i, f in enumerate(files)
            }
            for future in as_completed(futures):
                results[futures[future]] = result = future.result()
                done(result)
                bar.advance()
        except BaseException:  # a lost lease, an interrupt: start nothing more
            pool.shutdown(wait=not interrupt.requested(), cancel_futures=True)
            raise
        pool.shutdown()
        return results
    finally:
        bar.finish()


def _unless_stopped(unit: Callable[..., Any], *args: Any) -> Any:
    interrupt.check()
    return unit(*args)


def _on_dask(settings: Settings, unit, files, shared, bar, done) -> list[Any]:
    from distributed import as_completed as dask_completed

    client = dask_client(settings)
    scattered = [client.scatter(s, broadcast=True, hash=False) for s in shared]
    futures = client.map(unit, *[[s] * len(files) for s in scattered], files, pure=False)
    index = {f.key: i for i, f in enumerate(futures)}
    results: list[Any] = [None] * len(files)
    try:
        for future in dask_completed(futures):
            results[index[future.key]] = result = future.result()
            done(result)
            bar.advance()
    except BaseException:  # a lost lease, an interrupt: the cluster starts nothing more
        client.cancel(futures)
        raise
    return results


def dask_client(settings: Settings) -> Any:
    """A client for the configured cluster (started once per process when local)."""
    from distributed import Client, LocalCluster

    target = settings.dask_address or f"local:{settings.dask_workers}"
    with _lock:
        if target not in _clients:
            if settings.dask_address:
                _clients[target] = Client(settings.dask_address)
            else:
                cluster = LocalCluster(
                    n_workers=settings.dask_workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
                _clients[target] = Client(cluster)
        return _clients[target]


@atexit.register
def close() -> None:
    with _lock:
        for client in _clients.values():
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
        _clients.clear()
