"""Training rows: which raw rows to export, and their sanitized, pseudonymized form.

Units (one per raw file, anywhere: a thread, a process, a Dask worker) call
:func:`prepare` to sanitize the eligible rows of their file that training does not hold
yet; they do not write them. The run's coordinator publishes what units return through one
:class:`lakesweep.publish.Publisher`, which drops every request already exported (by this or
an earlier run, from any file), so no request is ever exported twice, whatever ran twice.
Every path that writes training (nightly, backfill, resanitize) goes through
:func:`export_filter` and :func:`training_table`, so every export setting applies to all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import texts as raw_texts
from lakesweep.context import RunContext
from lakesweep.exported import prefixes
from lakesweep.plan import FilePlan
from lakesweep.pseudonym import hmac_array
from lakesweep.rawfile import RawFile
from lakesweep.sanitize import sanitize_records, sanitizer_build, sanitizer_version
from lakesweep.settings import Settings

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
        ("sanitizer_build", pa.string()),
        ("run_id", pa.string()),
    ]
)


@dataclass
class Prepared:
    table: pa.Table | None = None  # sanitized rows to publish (TRAINING_SCHEMA)
    too_long: list[int] = field(default_factory=list)  # per file: eligible rows over the limit
    entities: Counter[str] = field(default_factory=Counter)


def prepare(ctx: RunContext, raws: list[RawFile], plans: list[FilePlan]) -> Prepared:
    """Sanitize the eligible rows of ``raws`` that training did not hold when the run began
    (all the files' texts in one call to the sanitizer)."""
    out = Prepared(too_long=[0] * len(raws))
    if ctx.settings.pseudonym_key is None:
        return out
    picked: list[tuple[pa.Table, pa.Array]] = []
    every_text: list[dict] = []
    for i, (raw, plan) in enumerate(zip(raws, plans, strict=True)):
        rows, sample_ids = eligible_rows(ctx.settings, raw, plan)
        fresh = pc.invert(pc.is_in(prefixes(sample_ids), ctx.exported))
        rows, sample_ids = rows.filter(fresh), sample_ids.filter(fresh)
        texts = raw_texts.texts(raw.table, rows)
        rows, sample_ids, texts, out.too_long[i] = export_filter(
            ctx.settings, rows, sample_ids, texts
        )
        if rows.num_rows:
            picked.append((rows.select(list(NEEDED)), sample_ids))
            every_text += texts
    if picked:
        rows = pa.concat_tables([r for r, _ in picked])
        sample_ids = pa.concat_arrays([s for _, s in picked])
        out.table, out.entities = training_table(ctx, rows, sample_ids, every_text)
    return out


NEEDED = ("org_id", "created_at", "endpoint", "model")


def eligible_rows(settings: Settings, raw: RawFile, plan: FilePlan) -> tuple[pa.Table, pa.Array]:
    """The normalized eligible rows of a raw file and their sample ids (the first row of a
    request_id repeated within the file)."""
    key = settings.pseudonym_key
    assert key is not None
    rows = raw.rows.filter(plan.decisions.column("eligible").combine_chunks())
    sample_ids = hmac_array(key.get_secret_value().encode(), rows.column("request_id"))
    first = _first_occurrence(sample_ids)
    return rows.filter(first), sample_ids.filter(first)


def export_filter(
    settings: Settings, rows: pa.Table, sample_ids: pa.Array, texts: list[dict]
) -> tuple[pa.Table, pa.Array, list[dict], int]:
    """Apply the export settings: rows with a text longer than ``max_text_chars`` stay out."""
    fits = [raw_texts.fits(t, settings.max_text_chars) for t in texts]
    too_long = len(fits) - sum(fits)
    if too_long:
        mask = pa.array(fits, pa.bool_())
        rows, sample_ids = rows.filter(mask), sample_ids.filter(mask)
        texts = [t for t, ok in zip(texts, fits, strict=True) if ok]
    return rows, sample_ids, texts, too_long


def training_table(
    ctx: RunContext, rows: pa.Table, sample_ids: pa.Array, texts: list[dict]
) -> tuple[pa.Table, Counter[str]]:
    """Training rows for normalized raw ``rows``: texts sanitized, ids pseudonymized."""
    key = ctx.settings.pseudonym_key
    assert key is not None
    sanitized = sanitize_records(ctx.settings, texts)
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
            **release_columns(ctx.settings, rows.num_rows),
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


def release_columns(settings: Settings, rows: int) -> dict[str, pa.Array]:
    """Which sanitizer wrote ``rows`` rows: its release and its exact build (files, model)."""
    return {
        "sanitizer_version": pa.array([sanitizer_version()] * rows, pa.string()),
        "sanitizer_build": pa.array([sanitizer_build(settings)] * rows, pa.string()),
    }


def with_current_columns(table: pa.Table) -> pa.Table:
    """``table`` (a training part as read) with the columns of TRAINING_SCHEMA it lacks added
    as nulls at its end (parts written before a column existed), so rows written now fit."""
    for name in TRAINING_SCHEMA.names:
        if name not in table.schema.names:
            table = table.append_column(
                TRAINING_SCHEMA.field(name),
                pa.nulls(table.num_rows, TRAINING_SCHEMA.field(name).type),
            )
    return table


def _first_occurrence(values: pa.Array) -> pa.Array:
    seen: set[str] = set()
    out = []
    for v in values.to_pylist():
        out.append(v not in seen)
        seen.add(v)
    return pa.array(out, pa.bool_())
