"""Timestamps: everything inside lakesweep is naive UTC microseconds (``timestamp[us]``).

Values at the extremes are inputs, not crashes: a timestamp beyond what microseconds can hold
(about ±146,000 years from 1970, kept clear of DuckDB's limits) is clamped to that bound, so
a far-past row still reads as very old and a far-future row as not yet due.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc

TS = pa.timestamp("us")
LIMIT_US = 2**62  # clamp bound, in microseconds either side of the epoch
_PER_UNIT = {"s": 1_000_000, "ms": 1_000, "us": 1}


def to_utc_naive(values: pa.Array) -> pa.Array:
    """Timestamps (any unit, any zone, or naive = UTC), dates and ISO strings -> naive UTC us.

    Raises ``pa.ArrowInvalid`` for values that cannot be read; see :func:`try_utc_naive`.
    """
    t = values.type
    if pa.types.is_dictionary(t):
        return to_utc_naive(values.dictionary_decode())
    if pa.types.is_timestamp(t):
        raw = pc.cast(values.cast(pa.timestamp(t.unit)), pa.int64())  # epoch in UTC units
        if t.unit == "ns":
            return pc.cast(pc.divide(raw, 1000), pa.int64()).cast(TS)
        return _clamped(raw, _PER_UNIT[t.unit])
    if pa.types.is_date32(t):
        return _clamped(values.cast(pa.int32()).cast(pa.int64()), 86_400_000_000)
    if pa.types.is_date64(t):
        return _clamped(pc.cast(values.cast(pa.int64()), pa.int64()), 1_000)
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pa.array([_parse(v) for v in values.to_pylist()], TS)
    if pa.types.is_null(t):
        return pa.nulls(len(values), TS)
    raise pa.ArrowInvalid(f"a {t} column is not a timestamp")


def _clamped(raw: pa.Array, per_unit: int) -> pa.Array:
    bound = LIMIT_US // per_unit
    raw = pc.max_element_wise(raw, -bound, skip_nulls=False)
    raw = pc.min_element_wise(raw, bound, skip_nulls=False)
    return pc.multiply(raw, per_unit).cast(pa.int64()).cast(TS)


def try_utc_naive(values: pa.Array) -> tuple[pa.Array, int]:
    """Like :func:`to_utc_naive`, but unreadable values become null; returns (array, unreadable)."""
    try:
        return to_utc_naive(values), 0
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError):
        pass
    out, bad = [], 0
    for value in values.to_pylist():
        try:
            out.append(_parse(value) if isinstance(value, str) else _from_py(value))
        except (ValueError, TypeError, OverflowError):
            out.append(None)
            bad += 1
    return pa.array(out, TS), bad


def _from_py(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    raise ValueError(f"{value!r} is not a timestamp")


def _parse(value: str | None) -> dt.datetime | None:
    if value is None or not value.strip():
        return None
    parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return _from_py(parsed)


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """A Python datetime as naive UTC (aware values converted, naive assumed UTC)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def count_null(values: pa.Array) -> int:
    return int(pc.sum(pc.is_null(values)).as_py() or 0) if len(values) else 0
