"""Token-count aggregates: written once per raw file identity, before that file loses any row.

A raw content first seen (no lineage record) is counted: its aggregates go to
``usage/event_date=D/part-<origin>.parquet`` (``origin`` = the first 32 hex characters of its
content id) with create-only writes, then its lineage record is created. A unit that runs
again (a retry, a lost Dask worker, a rerun after a crash) either finds the record (counted:
nothing to do) or finds some parts already there (same content, same numbers: kept as they
are). A rewritten file's lineage points at its origin, so it is never counted again and
usage never shrinks.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import lineage, queries
from lakesweep.context import RunContext
from lakesweep.rawfile import RawFile
from lakesweep.storage import table_bytes

HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
USAGE_COLUMNS = ("created_at", "org_id", "endpoint", "model", "connector") + (
    "input_tokens",
    "output_tokens",
)


def part_path(origin: str, day: object) -> str:
    folder = HIVE_NULL if day is None else day.isoformat()  # type: ignore[attr-defined]
    return f"usage/event_date={folder}/part-{origin[:32]}.parquet"


def aggregate(raws: list[RawFile]) -> list[pa.Table]:
    """sql/usage.sql:aggregate_file over several raw files at once; one table per file."""
    if not raws:
        return []
    parts = [
        r.rows.select(list(USAGE_COLUMNS)).add_column(
            0, "__file", pa.array([i] * r.num_rows, pa.int32())
        )
        for i, r in enumerate(raws)
    ]
    con = queries.thread_connection()
    con.register("raw_usage", pa.concat_tables(parts))
    try:
        agg = queries.run(con, "usage.sql", "aggregate_file").to_arrow_table()
    finally:
        con.unregister("raw_usage")
    index = agg.column("__file")
    agg = agg.drop_columns(["__file"])
    return [agg.filter(pc.equal(index, pa.scalar(i, pa.int32()))) for i in range(len(raws))]


def commit(ctx: RunContext, raw: RawFile, agg: pa.Table | None = None) -> int:
    """Count raw file ``raw`` (a content seen for the first time) from its aggregates
    (computed here when not given); returns bytes written."""
    written = write_parts(ctx, raw, agg)
    ctx.storage.barrier()
    record_counted(ctx, raw)
    return written


def write_parts(ctx: RunContext, raw: RawFile, agg: pa.Table | None = None) -> int:
    """The usage parts of ``raw`` (create-only: parts a first attempt wrote stay)."""
    if agg is None:
        [agg] = aggregate([raw])
    written = 0
    dates = agg.column("event_date")
    for day in pc.unique(dates).to_pylist():
        mask = pc.is_null(dates) if day is None else pc.equal(dates, pa.scalar(day, pa.date32()))
        data = table_bytes(agg.filter(mask), compression="zstd")
        if ctx.storage.create(part_path(raw.cid, day), data) is not None:
            written += len(data)
        ctx.checkpoint("mid_usage")
    return written


def record_counted(ctx: RunContext, raw: RawFile) -> None:
    """The lineage record that says ``raw`` is counted (after its parts are durable)."""
    rec = lineage.FileRecord(raw.cid, raw.cid, None, raw.rel, raw.num_rows, ctx.run_id)
    lineage.record(ctx.storage, rec)
    ctx.checkpoint("after_usage")
