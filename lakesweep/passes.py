"""The per-file passes of a run: raw files (units count, delete and sanitize groups of files;
the coordinator publishes their exports and records their changes, once each) and training
files (rows that may no longer be there are removed).

Units run on the executor (lakesweep.executor: threads, Dask or inline); the callbacks here
run in the coordinator, which owns the publisher and the recorder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lakesweep import propagate, units
from lakesweep.executor import map_files
from lakesweep.rawfiles import not_raw_input, raw_files
from lakesweep.units import FileResult

if TYPE_CHECKING:
    from lakesweep.run import Run


def list_raw_files(run: Run) -> list[str]:
    """Every file the contract's glob reads (lakesweep.rawfiles); others under raw/ logged."""
    storage = run.ctx.storage
    if not storage.is_dir("raw"):
        return []
    for rel in not_raw_input(storage):
        run.warnings.append(f"{rel} is not raw input (not raw/event_date=*/*.parquet)")
    found = raw_files(storage)
    run.sizes = {f.path: f.size for f in found}
    return [f.path for f in found]


def process_raw_files(
    run: Run, files: list[str], *, workers: int | None = None
) -> list[FileResult]:
    """Count, delete and sanitize every raw file; publish and record as results arrive.
    Files go to units in groups (same partition, a few at a time: one query per step).
    ``workers`` overrides how many groups run at once (1: in this thread)."""
    phase = "dry run" if run.ctx.dry_run else "raw files"
    settings = run.ctx.settings
    if workers is not None:
        settings = settings.model_copy(update={"workers": workers})
    parallel = settings.dask_workers or (16 if settings.dask_address else settings.workers)
    groups = groups_of(files, run.sizes, group_files(len(files), parallel))
    found = map_files(
        settings,
        phase,
        units.process_raw_files,
        groups,
        run.ctx,
        run.policy,
        on_result=lambda g: _collect_group(run, g),
    )
    results = [r for g in found for r in g.files]
    run.results += results
    return results


GROUP_FILES, GROUP_BYTES = 16, 64 << 20


def group_files(n_files: int, parallel: int) -> int:
    """Files per group: up to GROUP_FILES (one query per step serves them all), but at least
    four groups per worker, so that no worker idles at the end while another has a big one."""
    return max(1, min(GROUP_FILES, -(-n_files // (4 * max(1, parallel)))))


def groups_of(
    files: list[str], sizes: dict[str, int], per_group: int = GROUP_FILES
) -> list[tuple[str, ...]]:
    """Files in groups of at most ``per_group`` files and about GROUP_BYTES bytes (a unit
    holds its group in memory), in path order (so mostly a partition's files together)."""
    out: list[tuple[str, ...]] = []
    current: list[str] = []
    total = 0
    for rel in files:
        size = sizes.get(rel, 0)
        if current and (len(current) >= per_group or total + size > GROUP_BYTES):
            out.append(tuple(current))
            current, total = [], 0
        current.append(rel)
        total += size
    if current:
        out.append(tuple(current))
    return out


def prune_training(run: Run) -> list[FileResult]:
    """Remove training rows that may no longer be there (opt-outs, erasures, duplicates...)."""
    ctx = run.ctx
    if run.index is None:
        from lakesweep.run import read_training

        run = read_training(run)
    assert run.index is not None
    files = run.index.files  # parts this run published were judged by this same policy
    if not files or ctx.settings.pseudonym_key is None:
        return []
    keys = propagate.org_keys(ctx, run.policy)
    unit = _PruneUnit(run.index.drop)
    results = map_files(
        ctx.settings,
        "training files",
        unit,
        files,
        ctx,
        run.policy,
        keys,
        on_result=lambda r: _collect(run, r),
    )
    run.results += results
    return results


@dataclass(frozen=True)
class _PruneUnit:
    drop: dict[str, set[str]]

    def __call__(self, ctx, pol, keys, rel: str) -> FileResult:
        return propagate.prune_training_file(ctx, pol, keys, self.drop.get(rel, set()), rel)


def _collect_group(run: Run, group: units.GroupResult) -> None:
    """In the coordinator: publish a group's export (its rows are counted on the group's
    first file), then record each file's change."""
    if group.export is not None and run.publisher is not None and not run.ctx.dry_run:
        rows, written = run.publisher.publish(group.export)
        group.files[0].exported += rows
        group.files[0].bytes_written += written
    group.export = None
    for result in group.files:
        _collect(run, result)


def _collect(run: Run, result: FileResult) -> None:
    """In the coordinator: publish a unit's export, record its change (once each)."""
    if result.export is not None and run.publisher is not None and not run.ctx.dry_run:
        result.exported, written = run.publisher.publish(result.export)
        result.bytes_written += written
    result.export = None
    if result.intent is not None and run.recorder is not None:
        run.recorder.add(result.intent)
    if result.action == "quarantined" and run.recorder is not None and not run.ctx.dry_run:
        run.recorder.quarantine(
            result.file, result.error_reason or "unreadable", result.error or ""
        )
