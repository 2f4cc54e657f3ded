"""Reading one raw request-log file: once, whole, with its identity, normalized for the rules.

A raw file is read in one request (:meth:`Storage.read_object`); its bytes give its content id
(lakesweep.lineage), its Parquet table is kept whole for the rewrite and the texts, and the
columns the rules and usage need are normalized:

- a column is found by name as DuckDB finds it: the exact name, else the same name in any case;
- a missing nullable column reads as null (the contract) - even ``created_at`` (then every row
  is of unknown age) and ``org_id``/``request_id`` (then no row is exported);
- ids are trimmed of surrounding whitespace, as in the policy files;
- a value of the wrong type becomes null where it cannot be read (and is counted), never
  a failed file; timestamps at the extremes are clamped (lakesweep.timeutil).

Only a file that is not readable Parquet, or whose ``org_id`` is a nested type (no org can be
read from it, so no rule can be applied), raises :class:`RawFileError` (quarantined in place,
reported; `verify` fails on it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep.files import parquet_file
from lakesweep.lineage import content_id
from lakesweep.storage import Blob, Storage
from lakesweep.timeutil import try_utc_naive

ID_COLUMNS = ("request_id", "org_id")
STRING_COLUMNS = ("request_id", "org_id", "connector", "endpoint", "model")
INT_COLUMNS = ("input_tokens", "output_tokens")
COLUMNS = STRING_COLUMNS + ("created_at",) + INT_COLUMNS
_INT64 = (-(2**63), 2**63 - 1)


class RawFileError(Exception):
    """A raw file that cannot be processed; ``reason`` is a short machine-readable tag."""

    def __init__(self, rel: str, reason: str, message: str) -> None:
        super().__init__(f"{rel}: {message}")
        self.rel, self.reason = rel, reason


@dataclass(frozen=True)
class RawFile:
    rel: str
    blob: Blob  # the bytes as read, with their version token
    cid: str  # sha256 of the bytes
    rows: pa.Table  # __row + COLUMNS, normalized
    unreadable_created_at: int  # values present but not readable as a timestamp
    missing: tuple[str, ...]  # contract columns the file does not have

    @property
    def num_rows(self) -> int:
        return self.rows.num_rows

    @cached_property
    def table(self) -> pa.Table:
        """Every column, as stored (decoded from the bytes already read, only when needed:
        a file with nothing to delete or export never decodes its texts)."""
        return parquet_file(self.blob.data).read()


def read_raw(storage: Storage, rel: str) -> RawFile:
    """Read ``rel`` once and normalize it; RawFileError if it is not readable Parquet."""
    try:
        blob = storage.read_object(rel)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise RawFileError(rel, "unreadable", f"cannot be read: {exc}") from exc
    return parse_raw(rel, blob)


def parse_raw(rel: str, blob: Blob) -> RawFile:
    try:
        pf = parquet_file(blob.data)
        names = pf.schema_arrow.names
        wanted = {c: find_column(names, c) for c in COLUMNS}
        table = pf.read(columns=sorted({n for n in wanted.values() if n is not None}))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise RawFileError(rel, "unreadable", f"cannot read as Parquet: {exc}") from exc
    n = pf.metadata.num_rows
    out: dict[str, pa.Array] = {"__row": pa.array(range(n), pa.int64())}
    unreadable, missing = 0, []
    for column in COLUMNS:
        name = wanted[column]
        if name is None:
            missing.append(column)
        values = table.column(name).combine_chunks() if name is not None else pa.nulls(n)
        if isinstance(values, pa.ExtensionArray):
            values = values.storage
        if column == "org_id" and pa.types.is_nested(values.type):
            raise RawFileError(
                rel, "wrong_type", f"column {name!r} is {values.type}: no org can be read from it"
            )
        if column == "created_at":
            values, unreadable = try_utc_naive(values)
        elif column in STRING_COLUMNS:
            values = as_strings(values)
            if column in ID_COLUMNS:
                values = pc.utf8_trim_whitespace(values)
        else:
            values = as_int64(values)
        out[column] = values
    return RawFile(rel, blob, content_id(blob.data), pa.table(out), unreadable, tuple(missing))


def find_column(names: list[str], wanted: str) -> str | None:
    """The column DuckDB would bind to ``wanted``: exact name first, then any case."""
    if wanted in names:
        return wanted
    return next((n for n in names if n.lower() == wanted), None)


def as_strings(values: pa.Array) -> pa.Array:
    """Any column as strings: binary is decoded (invalid UTF-8 replaced), numbers printed."""
    t = values.type
    if pa.types.is_dictionary(t):
        return as_strings(values.dictionary_decode())
    if pa.types.is_string(t):
        return values
    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return values.cast(pa.string())
    if pa.types.is_null(t):
        return pa.nulls(len(values), pa.string())
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return pa.array(
            [None if v is None else v.decode("utf-8", "replace") for v in values.to_pylist()],
            pa.string(),
        )
    try:
        return values.cast(pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array([None if v is None else str(v) for v in values.to_pylist()], pa.string())


def as_int64(values: pa.Array) -> pa.Array:
    """Token counts as int64; a value that is not a whole number in range becomes null."""
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    if values.type == pa.int64():
        return values
    try:
        return values.cast(pa.int64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array([_int_or_none(v) for v in values.to_pylist()], pa.int64())


def _int_or_none(value: object) -> int | None:
    try:
        number = int(value)  # type: ignore[call-overload]
        if isinstance(value, float) and number != value:
            return None
    except (TypeError, ValueError, OverflowError):
        return None
    return number if _INT64[0] <= number <= _INT64[1] else None
