"""What the storage layer hands around: file facts, read results, errors, and the fence.

Shared by lakesweep.storage (local folders) and lakesweep.storage_s3 (object stores).
"""

from __future__ import annotations

import io
import posixpath
from dataclasses import dataclass
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

TMP_SUFFIX = ".lakesweep-tmp"


class StorageError(RuntimeError):
    """A file operation failed; the message names the file and what to do."""


class ConcurrentModification(StorageError):  # noqa: N818
    """A file changed since it was read (or exists where it must not); it was not written."""


class Fence(Protocol):
    def check(self) -> None:
        """Raise if the writer may no longer write (lost or expired lease)."""


@dataclass(frozen=True)
class FileInfo:
    path: str  # relative to the lake root
    size: int
    mtime: float = 0.0  # seconds since the epoch


@dataclass(frozen=True)
class Staged:
    rel: str
    tmp: str  # local: the temp file holding the bytes; S3: unused (the bytes are here)
    data: bytes


@dataclass(frozen=True)
class Blob:
    data: bytes
    token: str  # version of exactly these bytes, for conditional writes


def check_rel(rel: str) -> str:
    """Refuse anything that could leave the lake root."""
    norm = posixpath.normpath(rel)
    if rel.startswith("/") or norm == ".." or norm.startswith("../") or "\x00" in rel:
        raise StorageError(f"refusing path {rel!r}: it is outside the lake root")
    return norm


def table_bytes(table: pa.Table, **options: Any) -> bytes:
    """A Parquet file of ``table`` as bytes (written once, then created or replaced)."""
    buf = io.BytesIO()
    pq.write_table(table, buf, **options)
    return buf.getvalue()


def plain_type(t: pa.DataType) -> pa.DataType:
    """``t`` without Arrow's view layouts (string_view, binary_view, list_view), which some
    writers store in a file's Arrow schema and pyarrow cannot filter or take yet."""
    if pa.types.is_string_view(t):
        return pa.large_string()
    if pa.types.is_binary_view(t):
        return pa.large_binary()
    if pa.types.is_list_view(t) or pa.types.is_large_list_view(t):
        return pa.large_list(t.value_field.with_type(plain_type(t.value_type)))
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        field = t.value_field.with_type(plain_type(t.value_type))
        if pa.types.is_fixed_size_list(t):
            return pa.list_(field, t.list_size)
        return pa.large_list(field) if pa.types.is_large_list(t) else pa.list_(field)
    if pa.types.is_struct(t):
        return pa.struct([f.with_type(plain_type(f.type)) for f in t])
    if pa.types.is_map(t):
        return pa.map_(plain_type(t.key_type), plain_type(t.item_type), t.keys_sorted)
    if pa.types.is_dictionary(t):
        return pa.dictionary(t.index_type, plain_type(t.value_type), t.ordered)
    return t


def keep_rows(table: pa.Table, mask: pa.Array) -> pa.Table:
    """``table.filter(mask)`` for any schema, the result in ``table``'s own schema."""
    plain = pa.schema([f.with_type(plain_type(f.type)) for f in table.schema])
    if plain.equals(table.schema):
        return table.filter(mask)
    return table.cast(plain).filter(mask).cast(table.schema)


def plain_column(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """A column in :func:`plain_type`'s layout (for take/filter)."""
    target = plain_type(values.type)
    return values if target.equals(values.type) else values.cast(target)


def parquet_file(data: bytes) -> pq.ParquetFile:
    """A Parquet file over ``data``, INT96 timestamps (Spark, Impala, Hive) read in
    microseconds as DuckDB reads them: pyarrow's default, nanoseconds, wraps silently outside
    the years 1677-2262 (the year 9999 would read as 1816)."""
    return pq.ParquetFile(pa.BufferReader(data), coerce_int96_timestamp_unit="us")
