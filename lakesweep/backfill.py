"""Backfill: rebuild the training rows of a range of days from raw data that still exists.

Per (raw file, day) the rebuilt part holds the freshly sanitized eligible rows plus the
earlier rows of that part whose raw row is gone (expired); it replaces the old part in
place (one atomic replace per file). Days with no raw data left are reported, and with
``resanitize`` their existing training rows are run through the current sanitizer.
Backfill never touches raw/ or usage/ and never moves the run's clock.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep.context import RunContext, file_key
from lakesweep.export import (
    eligible_rows,
    part_file_key,
    sanitized_columns,
    training_table,
    write_part,
)
from lakesweep.plan import decide
from lakesweep.policy import Policy
from lakesweep.rawfile import read_rows
from lakesweep.sanitize import sanitize_records, sanitizer_version


@dataclass
class DayReport:
    day: str
    raw_rows: int = 0  # raw rows of that day still in the lake
    rebuilt: int = 0  # training rows rebuilt from raw
    kept_without_raw: int = 0  # training rows whose raw row is gone (kept as they were)
    resanitized: int = 0
    status: str = "nothing to do"


@dataclass
class BackfillResult:
    days: dict[str, DayReport] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    bytes_written: int = 0
    errors: list[str] = field(default_factory=list)


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        raise ValueError(f"--to {last} is before --from {first}")
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def backfill(ctx: RunContext, pol: Policy, days: list[dt.date], resanitize: bool) -> BackfillResult:
    result = BackfillResult({d.isoformat(): DayReport(d.isoformat()) for d in days})
    wanted = set(days)
    parts = _training_parts(ctx, days)  # (file key, day) -> [paths]
    rebuilt_keys: set[tuple[str, dt.date]] = set()
    for info in ctx.storage.list("raw", ".parquet"):
        rel = info.path
        try:
            raw = read_rows(ctx.storage, rel)
            plan = decide(ctx, pol, raw.rows)
        except Exception as exc:  # reported; other files go on
            result.errors.append(f"{rel}: {exc}")
            continue
        dates = plan.decisions.column("event_date").to_pylist()
        for day, n in Counter(d for d in dates if d in wanted).items():
            result.days[day.isoformat()].raw_rows += n
        if ctx.settings.pseudonym_key is None:
            continue
        rows, sample_ids = eligible_rows(ctx, rel, raw, plan)
        row_days = pc.cast(rows.column("created_at"), pa.date32())
        for day in sorted({d for d in row_days.to_pylist() if d in wanted}):
            mask = pc.equal(row_days, pa.scalar(day, pa.date32()))
            key = (file_key(rel), day)
            rebuilt_keys.add(key)
            _rebuild(
                ctx,
                pol,
                rel,
                rows.filter(mask),
                sample_ids.filter(mask),
                parts.get(key, []),
                resanitize,
                result,
            )
    for (_key, day), paths in sorted(parts.items()):
        if (_key, day) not in rebuilt_keys:
            for path in paths:
                _orphan(ctx, path, resanitize, result.days[day.isoformat()], result)
    for report in result.days.values():
        report.status = _status(report)
    return result


def _rebuild(ctx, pol, rel, rows, sample_ids, old_paths, resanitize, result) -> None:
    day = rows.column("created_at")[0].as_py().date()
    report = result.days[day.isoformat()]
    if ctx.dry_run:
        report.rebuilt += rows.num_rows
        for path in old_paths:
            report.kept_without_raw += _without(ctx.storage.read_table(path), sample_ids).num_rows
        return
    fresh, entities = training_table(ctx, rel, rows, sample_ids)
    result.entities.update(entities)
    keep = [_without(ctx.storage.read_table(p), sample_ids) for p in old_paths]
    keep = [t for t in keep if t.num_rows]
    old = pa.concat_tables(keep) if keep else None
    if old is not None and resanitize:
        old = _resanitized(ctx, old, result)
        report.resanitized += old.num_rows
    if old is not None:
        report.kept_without_raw += old.num_rows
    table = pa.concat_tables([fresh, old]) if old is not None else fresh
    target = (
        old_paths[0]
        if old_paths
        else (f"training/event_date={day.isoformat()}/part-{file_key(rel)}-{ctx.run_id}.parquet")
    )
    result.bytes_written += write_part(ctx, target, table)
    for extra in old_paths[1:]:
        ctx.storage.delete(extra)
    report.rebuilt += fresh.num_rows


def _orphan(ctx, path, resanitize, report: DayReport, result: BackfillResult) -> None:
    table = ctx.storage.read_table(path)
    report.kept_without_raw += table.num_rows
    if resanitize and table.num_rows and not ctx.dry_run:
        result.bytes_written += write_part(ctx, path, _resanitized(ctx, table, result))
        report.resanitized += table.num_rows


def _resanitized(ctx: RunContext, table: pa.Table, result: BackfillResult) -> pa.Table:
    records = table.select(["prompt", "output", "documents"]).to_pylist()
    sanitized = sanitize_records(ctx.settings, records)
    columns = sanitized_columns(sanitized)
    old_counts = table.column("entity_counts").to_pylist()
    merged = []
    for before, r in zip(old_counts, sanitized, strict=True):
        counts = Counter(dict(before or []))
        counts.update(r.entity_counts)
        result.entities.update(r.entity_counts)
        merged.append(sorted(counts.items()))
    columns["entity_counts"] = pa.array(merged, table.schema.field("entity_counts").type)
    columns["sanitizer_version"] = pa.array([sanitizer_version()] * table.num_rows, pa.string())
    for name, values in columns.items():
        table = table.set_column(table.schema.get_field_index(name), name, values)
    return table


def _without(table: pa.Table, sample_ids: pa.Array) -> pa.Table:
    return table.filter(pc.invert(pc.is_in(table.column("sample_id"), sample_ids)))


def _training_parts(ctx: RunContext, days: list[dt.date]) -> dict:
    parts: dict[tuple[str, dt.date], list[str]] = defaultdict(list)
    for day in days:
        for info in ctx.storage.list(f"training/event_date={day.isoformat()}", ".parquet"):
            key = part_file_key(info.path) or info.path.rsplit("/", 1)[-1]
            parts[(key, day)].append(info.path)
    return dict(parts)


def _status(r: DayReport) -> str:
    if r.raw_rows == 0 and r.kept_without_raw == 0:
        return "no raw data, no training rows"
    if r.raw_rows == 0:
        return "raw data gone: resanitized" if r.resanitized else "raw data gone: cannot rebuild"
    if r.rebuilt == 0:
        return "no eligible raw rows"
    if r.kept_without_raw:
        return "partly rebuilt (some raw rows gone)"
    return "rebuilt"
