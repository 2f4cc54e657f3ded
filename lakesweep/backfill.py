"""Backfill: rebuild the training rows of a range of days from raw data that still exists.

1. Units (one per raw file, in parallel) sanitize, with the current sanitizer and every export
   setting (lakesweep.export), the eligible rows whose ``event_date`` is in the range.
2. Each training part of those days is rebuilt in place by one change (lakesweep.rewrite):
   a row whose raw row still exists gets its fresh version; a row whose raw row is gone is
   kept (run through the sanitizer again with ``resanitize``); a row that the export
   settings now keep out (a text over ``max_text_chars``) is removed. Old object versions
   are purged on versioned buckets and listed in the ledger, as for every rewrite.
3. Fresh rows that training did not hold go out through the run's publisher (never twice).

Backfill never touches raw/ or usage/ and never moves the run's clock.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import export, lineage, rewrite
from lakesweep import texts as raw_texts
from lakesweep.context import RunContext
from lakesweep.files import parquet_file
from lakesweep.plan import decide
from lakesweep.policy import Policy
from lakesweep.rawfile import read_raw
from lakesweep.sanitize import sanitize_records


@dataclass
class DayReport:
    day: str
    raw_rows: int = 0  # raw rows of that day still in the lake
    rebuilt: int = 0  # training rows rebuilt from raw
    kept_without_raw: int = 0  # training rows whose raw row is gone (kept)
    resanitized: int = 0
    too_long: int = 0  # rows kept out of training by max_text_chars
    status: str = "nothing to do"


@dataclass
class Fresh:
    """What one raw file contributes: sanitized rows of the range, raw rows per day."""

    table: pa.Table | None = None
    raw_rows: Counter[str] = field(default_factory=Counter)
    too_long_ids: list[str] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    error: str | None = None


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        raise ValueError(f"--to {last} is before --from {first}")
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def fresh_rows(ctx: RunContext, pol: Policy, days: frozenset[dt.date], rel: str) -> Fresh:
    """A unit: the rows of raw file ``rel`` in ``days``, sanitized as an export would be."""
    out = Fresh()
    try:
        raw = read_raw(ctx.storage, rel)
        plan = decide(ctx, pol, raw.rows)
        dates = plan.decisions.column("event_date").to_pylist()
        out.raw_rows.update(d.isoformat() for d in dates if d in days)
        if ctx.settings.pseudonym_key is None:
            return out
        rows, sample_ids = export.eligible_rows(ctx.settings, raw, plan)
        in_range = pc.is_in(
            pc.cast(rows.column("created_at"), pa.date32()), pa.array(sorted(days), pa.date32())
        )
        rows, sample_ids = rows.filter(in_range), sample_ids.filter(in_range)
        texts = raw_texts.texts(raw.table, rows)
        fits = [raw_texts.fits(t, ctx.settings.max_text_chars) for t in texts]
        out.too_long_ids = [s for s, ok in zip(sample_ids.to_pylist(), fits, strict=True) if not ok]
        rows, sample_ids, texts, _ = export.export_filter(ctx.settings, rows, sample_ids, texts)
        if rows.num_rows and not ctx.dry_run:
            out.table, out.entities = export.training_table(ctx, rows, sample_ids, texts)
        elif rows.num_rows:
            out.table = pa.table(
                {
                    "sample_id": sample_ids,
                    "event_date": pc.cast(rows.column("created_at"), pa.date32()),
                }
            )
    except FileNotFoundError:
        pass
    except Exception as exc:  # reported; other files go on
        out.error = f"{rel}: {exc}"
    return out


def rebuild_part(
    ctx: RunContext,
    rel: str,
    fresh: dict[str, dict],
    too_long: set[str],
    resanitize: bool,
    report: DayReport,
) -> dict | None:
    """Rebuild one training part in place; returns the change's intent (None: unchanged)."""
    blob = ctx.storage.read_object(rel)
    table = export.with_current_columns(parquet_file(blob.data).read())
    ids = table.column("sample_id").to_pylist()
    out_rows, removed, rebuilt = [], 0, 0
    texts = table.select(["prompt", "output", "documents"]).to_pylist()
    limit = ctx.settings.max_text_chars  # every export setting applies to rows kept as well
    too_long = too_long | {
        s
        for s, t in zip(ids, texts, strict=True)
        if s not in fresh and not raw_texts.fits(t, limit)
    }
    old = [i for i, s in enumerate(ids) if s not in fresh and s not in too_long]
    if resanitize and old:
        table = _resanitized(ctx, table, old)
        report.resanitized += len(old)
    report.kept_without_raw += len(old)
    rows = table.to_pylist()
    for s, row in zip(ids, rows, strict=True):
        if s in too_long:
            removed += 1
        elif s in fresh:
            out_rows.append(fresh.pop(s))
            rebuilt += 1
        else:
            out_rows.append(row)
    report.rebuilt += rebuilt
    report.too_long += removed
    if ctx.dry_run or (not rebuilt and not removed and not (resanitize and old)):
        return None
    new = pa.Table.from_pylist(out_rows, schema=table.schema) if out_rows else None
    change = rewrite.Change(
        "training",
        rel,
        lineage.content_id(blob.data),
        blob.token,
        table,
        new,
        kind="rewrite",
        deleted={"too_long": removed} if removed else {},
        options={"compression": "zstd"},
        detail={
            "reason": "backfill",
            "rebuilt": rebuilt,
            "resanitized": len(old) if resanitize else 0,
        },
    )
    return rewrite.apply(ctx, change, len(blob.data))


def _resanitized(ctx: RunContext, table: pa.Table, rows: list[int]) -> pa.Table:
    """Run the current sanitizer again over the given rows' texts (already sanitized once)."""
    picked = table.take(pa.array(rows, pa.int64()))
    sanitized = sanitize_records(
        ctx.settings, picked.select(["prompt", "output", "documents"]).to_pylist()
    )
    columns = export.sanitized_columns(sanitized)
    merged = []
    for before, r in zip(picked.column("entity_counts").to_pylist(), sanitized, strict=True):
        counts = Counter(dict(before or []))
        counts.update(r.entity_counts)
        merged.append(sorted(counts.items()))
    columns["entity_counts"] = pa.array(merged, table.schema.field("entity_counts").type)
    columns.update(export.release_columns(ctx.settings, len(rows)))
    out = table.to_pylist()
    new = pa.table(columns).to_pylist()
    for i, values in zip(rows, new, strict=True):
        out[i].update(values)
    return pa.Table.from_pylist(out, schema=table.schema)


def status(r: DayReport, dry_run: bool) -> str:
    """What happened to the day (a dry run: what would happen, never "rebuilt")."""
    rebuilt, resanitized = (
        ("to rebuild", "to resanitize") if dry_run else ("rebuilt", "resanitized")
    )
    if r.raw_rows == 0 and r.kept_without_raw == 0:
        return "no raw data, no training rows"
    if r.raw_rows == 0:
        done = resanitized if r.resanitized else "cannot rebuild"
        return f"raw data gone: {done}"
    if r.rebuilt == 0:
        return "no eligible raw rows"
    if r.kept_without_raw:
        return f"partly {rebuilt} (some raw rows gone)"
    return rebuilt
