"""Policy values as their fixed Arrow types: what may be read as what (as DuckDB reads it:
"t"/"yes" as true, "60.0" as 60, "2026-07-01 00:00:00" as a date), and one clear error
naming the file, the column and the row for what may not."""

from __future__ import annotations

import contextlib

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep.timeutil import to_utc_naive

TS = pa.timestamp("us")


class PolicyError(ValueError):
    """The policy inputs are invalid; nothing may be deleted or exported."""


ACCEPTED = {  # target type -> source types that may be read as it (no silent float->bool)
    "bool": (pa.types.is_boolean, pa.types.is_integer, pa.types.is_string),
    "int64": (pa.types.is_integer, pa.types.is_string, pa.types.is_floating),
    "date32[day]": (pa.types.is_date, pa.types.is_timestamp, pa.types.is_string),
    "string": (pa.types.is_string, pa.types.is_large_string),
    "timestamp[us]": (pa.types.is_timestamp, pa.types.is_date, pa.types.is_string),
}


def coerce(rel: str, column: str, values: pa.Array, dtype: pa.DataType) -> pa.Array:
    """``values`` of a policy column as ``dtype``, or PolicyError naming file, column, row."""
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    if not pa.types.is_null(values.type) and not any(
        accept(values.type) for accept in ACCEPTED[str(dtype)]
    ):
        raise PolicyError(f"{rel}: column {column!r} has type {values.type}, expected {dtype}")
    if pa.types.is_string(values.type) and dtype == pa.int64():
        try:
            values.cast(pa.int64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            with contextlib.suppress(pa.ArrowInvalid, pa.ArrowNotImplementedError):
                values = values.cast(pa.float64())  # "60.0": pandas' CSV of a nullable int
    if pa.types.is_floating(values.type):  # pandas writes nullable ints as float64
        fractional = pc.not_equal(pc.floor(values), values)
        if pc.any(fractional).as_py():
            row = pc.index(fractional, True).as_py()
            raise PolicyError(
                f"{rel}: column {column!r}, row {row + 1}: {values[row].as_py()!r} "
                "is not a whole number"
            )
    if pa.types.is_integer(values.type) and dtype == pa.bool_():
        bad = pc.invert(pc.is_in(values, pa.array([0, 1], values.type)))
        if pc.any(bad).as_py():
            row = pc.index(bad, True).as_py()
            raise PolicyError(
                f"{rel}: column {column!r}, row {row + 1}: cannot read {values[row].as_py()!r} "
                "as bool (expected true/false, t/f, yes/no, y/n or 1/0)"
            )
    try:
        if dtype == TS:
            return to_utc_naive(values)
        if pa.types.is_string(values.type) and dtype == pa.date32():
            return _date_or_timestamp(values)
        if pa.types.is_string(values.type) and dtype == pa.bool_():
            values = _duckdb_bools(pc.utf8_lower(pc.utf8_trim_whitespace(values)))
        return values.cast(dtype)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as exc:
        for row, value in enumerate(values.to_pylist()):
            try:
                one = pa.array([value], values.type)
                if dtype == TS:
                    to_utc_naive(one)
                elif dtype == pa.date32() and pa.types.is_string(one.type):
                    _date_or_timestamp(one)
                else:
                    one.cast(dtype)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
                raise PolicyError(
                    f"{rel}: column {column!r}, row {row + 1}: cannot read {value!r} as {dtype}"
                ) from exc
        raise PolicyError(f"{rel}: column {column!r} cannot be read as {dtype}: {exc}") from exc


def _date_or_timestamp(values: pa.Array) -> pa.Array:
    """'2026-07-01' or '2026-07-01 00:00:00' (pandas) as a date."""
    try:
        return values.cast(pa.date32())
    except pa.ArrowInvalid:
        return to_utc_naive(values).cast(pa.date32())


def _duckdb_bools(values: pa.Array) -> pa.Array:
    """The spellings DuckDB reads as booleans (t/f, yes/no, y/n) as true/false."""
    values = pc.if_else(pc.is_in(values, pa.array(["t", "y", "yes"])), "true", values)
    return pc.if_else(pc.is_in(values, pa.array(["f", "n", "no"])), "false", values)
