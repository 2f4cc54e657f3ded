"""Token-count aggregates: committed once per raw file, before that file loses any row.

A raw file is counted when ``_state/usage/<filekey>.json`` exists. Its parts
(``usage/event_date=D/part-<filekey>.parquet``) have deterministic names, so a crash
between parts and marker is repaired by rewriting the same parts with the same numbers:
a request is never counted twice, and a counted file is never recounted from partly
deleted data.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import queries
from lakesweep.context import RunContext, file_key
from lakesweep.storage import Storage

HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
USAGE_COLUMNS = ("created_at", "org_id", "endpoint", "model", "connector") + (
    "input_tokens",
    "output_tokens",
)


def marker_path(key: str) -> str:
    return f"_state/usage/{key}.json"


def counted_keys(storage: Storage) -> frozenset[str]:
    """Keys of the raw files already counted (one listing, at the start of a run)."""
    return frozenset(f.path.rsplit("/", 1)[-1][:-5] for f in storage.list("_state/usage", ".json"))


def aggregate(rows: pa.Table) -> pa.Table:
    """sql/usage.sql:aggregate_file over the normalized rows of one raw file."""
    con = queries.thread_connection()
    con.register("raw_usage", rows.select(list(USAGE_COLUMNS)))
    try:
        return queries.run(con, "usage.sql", "aggregate_file").to_arrow_table()
    finally:
        con.unregister("raw_usage")


def commit(ctx: RunContext, rel: str, rows: pa.Table) -> int:
    """Write the aggregates of raw file ``rel`` and its marker; returns bytes written."""
    key = file_key(rel)
    agg = aggregate(rows)
    written, parts = 0, []
    dates = agg.column("event_date")
    for day in pc.unique(dates).to_pylist():
        mask = pc.is_null(dates) if day is None else pc.equal(dates, pa.scalar(day, pa.date32()))
        part = agg.filter(mask)
        folder = HIVE_NULL if day is None else day.isoformat()
        path = f"usage/event_date={folder}/part-{key}.parquet"
        tmp = ctx.storage.temp_path(path, ctx.run_id)
        written += ctx.storage.write_table(tmp, part, compression="zstd")
        ctx.storage.replace(tmp, path)
        parts.append(path)
    marker = {"file": rel, "rows": rows.num_rows, "run_id": ctx.run_id, "parts": parts}
    ctx.storage.write_json(marker_path(key), marker)
    ctx.checkpoint("after_usage")
    return written
