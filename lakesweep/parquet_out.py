"""A rewritten Parquet file: encoded like the original (its codec and row group size;
dictionaries only where values repeat) and checked before it may replace the original."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from lakesweep.files import parquet_file


class VerifyError(RuntimeError):
    """A rewritten file did not match what was expected; the original is left untouched."""


def write_options(original: bytes, table: pa.Table) -> dict[str, Any]:
    """Keep the original's codec and row group size; dictionary-encode only columns where
    values repeat (a dictionary of unique prompts costs time and bytes for nothing)."""
    meta = pq.ParquetFile(pa.BufferReader(original)).metadata
    codec = "zstd"
    if meta.num_row_groups and meta.num_columns:
        codec = meta.row_group(0).column(0).compression.lower()
        codec = {"uncompressed": "none"}.get(codec, codec)
    rows_per_group = max(
        (meta.row_group(i).num_rows for i in range(meta.num_row_groups)), default=0
    )
    return {
        "compression": codec,
        "row_group_size": rows_per_group or None,
        "use_dictionary": _repetitive_columns(table),
    }


def _repetitive_columns(table: pa.Table, sample: int = 2000) -> list[str]:
    out = []
    for f in table.schema:
        column = table.column(f.name).slice(0, sample)
        if not (pa.types.is_string(f.type) or pa.types.is_large_string(f.type)):
            if not pa.types.is_nested(f.type):
                out.append(f.name)  # numbers, timestamps: cheap either way
            continue
        n = len(column) - column.null_count
        if n == 0 or pc.count_distinct(column).as_py() <= n // 2:
            out.append(f.name)
    return out


def verify_bytes(rel: str, data: bytes, schema: pa.Schema, expected_rows: int) -> None:
    """The new bytes parse as Parquet with the expected schema and row count (the footer; the
    storage then reads the written file back and compares it byte for byte)."""
    try:
        pf = parquet_file(data)
        rows = pf.metadata.num_rows
        written_schema = pf.schema_arrow
    except (pa.ArrowException, OSError) as exc:
        raise VerifyError(f"{rel}: the rewritten file is not readable: {exc}") from exc
    problem = None
    if rows != expected_rows:
        problem = f"has {rows} rows, expected {expected_rows}"
    elif not written_schema.equals(schema, check_metadata=False):
        problem = f"schema changed:\n{written_schema}\nexpected:\n{schema}"
    if problem:
        raise VerifyError(f"{rel}: the rewritten file {problem}; the original is untouched")
