"""Reading raw request-log files: the columns the rules need, normalized, with row numbers."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from lakesweep.storage import Storage
from lakesweep.timeutil import try_utc_naive

REQUIRED = ("request_id", "org_id", "created_at")
STRING_COLUMNS = ("request_id", "org_id", "connector", "endpoint", "model")
INT_COLUMNS = ("input_tokens", "output_tokens")
RULE_COLUMNS = ("org_id", "created_at", "connector", "endpoint", "model") + INT_COLUMNS


class RawFileError(Exception):
    """A raw file that cannot be processed; ``reason`` is a short machine-readable tag."""

    def __init__(self, rel: str, reason: str, message: str) -> None:
        super().__init__(f"{rel}: {message}")
        self.rel, self.reason = rel, reason


@dataclass(frozen=True)
class RawRows:
    rows: pa.Table  # __row + requested columns, normalized
    num_rows: int
    schema: pa.Schema  # the file's full Arrow schema
    unreadable_created_at: int  # non-null values that could not be read as a timestamp


def read_rows(storage: Storage, rel: str, columns: tuple[str, ...] = RULE_COLUMNS) -> RawRows:
    """Read ``columns`` of a raw file (missing nullable ones become null) and normalize them."""
    try:
        pf = storage.parquet_file(rel)
        schema = pf.schema_arrow
        missing = [c for c in REQUIRED if c not in schema.names]
        if missing:
            raise RawFileError(rel, "missing_column", f"required column(s) missing: {missing}")
        present = [c for c in columns if c in schema.names]
        table = pf.read(columns=present)
    except RawFileError:
        raise
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise RawFileError(rel, "unreadable", f"cannot read as Parquet: {exc}") from exc
    n = table.num_rows
    out: dict[str, pa.Array] = {"__row": pa.array(range(n), pa.int64())}
    unreadable = 0
    for column in columns:
        values = table.column(column).combine_chunks() if column in present else pa.nulls(n)
        if column == "created_at":
            values, unreadable = try_utc_naive(values)
        elif column in STRING_COLUMNS:
            values = _cast(rel, column, values, pa.string())
        elif column in INT_COLUMNS:
            values = _cast(rel, column, values, pa.int64())
        out[column] = values
    return RawRows(pa.table(out), n, schema, unreadable)


def _cast(rel: str, column: str, values: pa.Array, dtype: pa.DataType) -> pa.Array:
    """Cast to the contract's type. Token counts that are not numbers become null (they
    count as 0); an identifier or text column of a nested type makes the file unusable."""
    if values.type == dtype:
        return values
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    try:
        return values.cast(dtype)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        if dtype == pa.int64() and not pa.types.is_nested(values.type):
            return pa.array([_int_or_none(v) for v in values.to_pylist()], pa.int64())
        raise RawFileError(
            rel, "wrong_type", f"column {column!r} is {values.type}, expected {dtype}"
        ) from exc


def _int_or_none(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return None
