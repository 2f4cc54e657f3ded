"""Export the eligible rows of one raw file to ``training/``, sanitized and pseudonymized.

Parts are append-only: ``training/event_date=D/part-<filekey>-<run_id>.parquet``. Which rows
of a raw file are already exported is read from its existing parts (their ``sample_id``),
so a crash between parts, a rerun, or a row that becomes eligible later never duplicates
or loses a row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import texts as raw_texts
from lakesweep.context import RunContext, file_key
from lakesweep.plan import FilePlan
from lakesweep.pseudonym import hmac_array
from lakesweep.rawfile import RawRows
from lakesweep.sanitize import sanitize_records, sanitizer_version

TRAINING_SCHEMA = pa.schema(
    [
        ("sample_id", pa.string()),
        ("org_key", pa.string()),
        ("event_date", pa.date32()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("endpoint", pa.string()),
        ("model", pa.string()),
        ("prompt", pa.string()),
        ("output", pa.string()),
        ("documents", pa.list_(pa.string())),
        ("entity_counts", pa.map_(pa.string(), pa.int64())),
        ("sanitizer_version", pa.string()),
        ("run_id", pa.string()),
    ]
)


@dataclass
class ExportResult:
    rows: int = 0
    too_long: int = 0  # eligible rows not exported: a text longer than max_text_chars
    bytes_written: int = 0
    entities: Counter[str] = field(default_factory=Counter)


def part_prefix(rel: str) -> str:
    return f"part-{file_key(rel)}-"


def part_file_key(path: str) -> str | None:
    """The raw file key in a training part's name (``part-<filekey>-<run_id>.parquet``)."""
    name = path.rsplit("/", 1)[-1]
    if name.startswith("part-") and name.count("-") >= 2:
        return name.split("-")[1]
    return None


def export_file(ctx: RunContext, rel: str, raw: RawRows, plan: FilePlan) -> ExportResult:
    """Sanitize and write the eligible rows of ``rel`` not exported yet."""
    result = ExportResult()
    if ctx.settings.pseudonym_key is None:
        return result
    rows, sample_ids = eligible_rows(ctx, rel, raw, plan)
    if rows.num_rows:
        done = pa.array(sorted(_exported_ids(ctx, rel)), pa.string())
        fresh = pc.invert(pc.is_in(sample_ids, done))
        rows, sample_ids = rows.filter(fresh), sample_ids.filter(fresh)
    if not rows.num_rows:
        return result
    texts = raw_texts.texts(ctx, rel, rows)
    fits = pa.array([raw_texts.fits(t, ctx.settings.max_text_chars) for t in texts], pa.bool_())
    result.too_long = len(texts) - sum(fits.to_pylist())
    if result.too_long:
        rows, sample_ids = rows.filter(fits), sample_ids.filter(fits)
        texts = [t for t, ok in zip(texts, fits.to_pylist(), strict=True) if ok]
    if not rows.num_rows:
        return result
    table, result.entities = training_table(ctx, rel, rows, sample_ids, texts)
    for day in sorted(pc.unique(table.column("event_date")).to_pylist()):
        part = table.filter(pc.equal(table.column("event_date"), pa.scalar(day, pa.date32())))
        path = f"training/event_date={day.isoformat()}/{part_prefix(rel)}{ctx.run_id}.parquet"
        result.bytes_written += write_part(ctx, path, part)
        result.rows += part.num_rows
        ctx.checkpoint("mid_export")
    ctx.checkpoint("after_export")
    return result


def eligible_rows(
    ctx: RunContext, rel: str, raw: RawRows, plan: FilePlan
) -> tuple[pa.Table, pa.Array]:
    """The normalized eligible rows of a raw file and their sample ids (first occurrence of a
    duplicated request_id only)."""
    key = ctx.settings.pseudonym_key
    assert key is not None
    eligible = plan.decisions.column("eligible").combine_chunks()
    rows = raw.rows.filter(eligible)
    sample_ids = hmac_array(key.get_secret_value().encode(), _column(ctx, rel, "request_id", rows))
    first = _first_occurrence(sample_ids)
    return rows.filter(first), sample_ids.filter(first)


def training_table(
    ctx: RunContext, rel: str, rows: pa.Table, sample_ids: pa.Array, texts: list | None = None
) -> tuple[pa.Table, Counter[str]]:
    """Training rows for ``rows`` of raw file ``rel``: texts sanitized, ids pseudonymized."""
    key = ctx.settings.pseudonym_key
    assert key is not None
    sanitized = sanitize_records(ctx.settings, texts or raw_texts.texts(ctx, rel, rows))
    entities: Counter[str] = Counter()
    for r in sanitized:
        entities.update(r.entity_counts)
    table = pa.table(
        {
            "sample_id": sample_ids,
            "org_key": hmac_array(
                key.get_secret_value().encode(), rows.column("org_id").combine_chunks()
            ),
            "event_date": pc.cast(rows.column("created_at"), pa.date32()),
            "created_at": pc.assume_timezone(rows.column("created_at"), "UTC"),
            "endpoint": rows.column("endpoint"),
            "model": rows.column("model"),
            **sanitized_columns(sanitized),
            "sanitizer_version": pa.array([sanitizer_version()] * rows.num_rows, pa.string()),
            "run_id": pa.array([ctx.run_id] * rows.num_rows, pa.string()),
        },
        schema=TRAINING_SCHEMA,
    )
    return table, entities


def sanitized_columns(sanitized: list) -> dict[str, pa.Array]:
    return {
        "prompt": pa.array([r.fields["prompt"] for r in sanitized], pa.string()),
        "output": pa.array([r.fields["output"] for r in sanitized], pa.string()),
        "documents": pa.array([r.fields["documents"] for r in sanitized], pa.list_(pa.string())),
        "entity_counts": pa.array(
            [sorted(r.entity_counts.items()) for r in sanitized],
            TRAINING_SCHEMA.field("entity_counts").type,
        ),
    }


def write_part(ctx: RunContext, path: str, part: pa.Table) -> int:
    """Publish a training file atomically (temp, verify, replace); returns bytes written."""
    tmp = ctx.storage.temp_path(path, ctx.run_id)
    written = ctx.storage.write_table(tmp, part, compression="zstd")
    if ctx.storage.parquet_file(tmp).metadata.num_rows != part.num_rows:
        ctx.storage.delete(tmp)
        raise RuntimeError(f"{tmp}: training part has the wrong row count; not published")
    ctx.storage.replace(tmp, path)
    return written


def _exported_ids(ctx: RunContext, rel: str) -> set[str]:
    done: set[str] = set()
    for part in ctx.exported.get(file_key(rel), ()):
        if ctx.storage.exists(part):
            done.update(ctx.storage.read_table(part, columns=["sample_id"]).column(0).to_pylist())
    return done


def _first_occurrence(values: pa.Array) -> pa.Array:
    seen: set[str] = set()
    out = []
    for v in values.to_pylist():
        out.append(v not in seen)
        seen.add(v)
    return pa.array(out, pa.bool_())


def _column(ctx: RunContext, rel: str, name: str, rows: pa.Table) -> pa.Array:
    table = ctx.storage.parquet_file(rel).read(columns=[name])
    return table.column(0).combine_chunks().cast(pa.string()).take(rows.column("__row"))
