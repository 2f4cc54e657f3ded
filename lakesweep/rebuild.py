"""The backfill's steps over a :class:`lakesweep.run.Run` (the Prefect flow calls them too)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa

from lakesweep.backfill import DayReport, days_between, fresh_rows, rebuild_part, status
from lakesweep.executor import map_files
from lakesweep.export import TRAINING_SCHEMA
from lakesweep.run import (
    Run,
    finish_run,
    list_raw_files,
    open_lake,
    prune_training,
    read_training,
    recover,
    training_files,
    writer_scope,
)
from lakesweep.settings import Settings
from lakesweep.summary import RunSummary


@dataclass
class BackfillResult:
    days: dict[str, DayReport] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    bytes_written: int = 0
    errors: list[str] = field(default_factory=list)


def backfill_days(run: Run, first: dt.date, last: dt.date, resanitize: bool) -> BackfillResult:
    """Rebuild the training rows of [first, last] from the raw data that still exists."""
    ctx, days = run.ctx, days_between(first, last)
    result = BackfillResult({d.isoformat(): DayReport(d.isoformat()) for d in days})
    wanted = frozenset(days)
    phase = "backfill: raw files"
    found = map_files(ctx.settings, phase, fresh_rows, list_raw_files(run), ctx, run.policy, wanted)
    fresh: dict[str, dict] = {}
    too_long: set[str] = set()
    for f in found:
        for day, n in f.raw_rows.items():
            result.days[day].raw_rows += n
        if f.error:
            result.errors.append(f.error)
        result.entities.update(f.entities)
        too_long.update(f.too_long_ids)
        for row in f.table.to_pylist() if f.table is not None else []:
            fresh.setdefault(row["sample_id"], row)  # a request in two raw files: once
    for rel in training_files(ctx):
        day = _day(rel)
        if day not in result.days:
            continue
        try:
            intent = rebuild_part(ctx, rel, fresh, too_long, resanitize, result.days[day])
        except FileNotFoundError:
            continue
        except Exception as exc:  # reported; other parts go on
            result.errors.append(f"{rel}: {exc}")
            continue
        if intent is not None:
            result.bytes_written += intent["bytes_after"]
            assert run.recorder is not None
            run.recorder.add(intent)
    _publish_new(run, fresh, result)
    for report in result.days.values():
        report.status = status(report, ctx.dry_run)
    return result


def _publish_new(run: Run, fresh: dict[str, dict], result: BackfillResult) -> None:
    """Fresh rows that no part of the range held: published once, like a nightly export."""
    if not fresh:
        return
    by_day = Counter(str(row["event_date"]) for row in fresh.values())
    if run.ctx.dry_run or run.publisher is None:
        for day, n in by_day.items():
            result.days[day].rebuilt += n
        return
    table = pa.Table.from_pylist(list(fresh.values()), schema=TRAINING_SCHEMA)
    rows, written = run.publisher.publish(table)
    result.bytes_written += written
    if rows == table.num_rows:
        for day, n in by_day.items():
            result.days[day].rebuilt += n


def finish_backfill(run: Run, result: BackfillResult) -> RunSummary:
    summary = finish_run(run, extra=result)
    return summary


def run_backfill(settings: Settings, first: dt.date, last: dt.date, resanitize: bool) -> RunSummary:
    """The backfill without Prefect."""
    run = open_lake(settings, kind="backfill")
    with writer_scope(run):
        recover(run)
        read_training(run)
        prune_training(run)
        result = backfill_days(run, first, last, resanitize)
        return finish_backfill(run, result)


def _day(rel: str) -> str | None:
    parts = rel.split("/")
    if len(parts) >= 3 and parts[1].startswith("event_date="):
        return parts[1].removeprefix("event_date=")
    return None
