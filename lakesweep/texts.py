"""Text columns of raw rows as the sanitizer takes them: str or list[str], never a crash.

Invalid UTF-8 is replaced (U+FFFD), non-string scalars are stringified, a bare string in
``documents`` becomes a one-item list.
"""

from __future__ import annotations

import pyarrow as pa

TEXT_COLUMNS = ("prompt", "output", "documents")


def texts(table: pa.Table, rows: pa.Table) -> list[dict]:
    """prompt/output/documents of the given rows (by ``__row``) of a raw file's ``table``
    (columns found as DuckDB finds them: exact name, else any case; missing ones are null)."""
    from lakesweep.files import plain_column
    from lakesweep.rawfile import find_column

    picked = rows.column("__row")
    columns = {}
    for c in TEXT_COLUMNS:
        name = find_column(table.schema.names, c)
        columns[c] = (
            _strings(
                plain_column(table.column(name)).take(picked).combine_chunks(),
                many=c == "documents",
            )
            if name is not None
            else [None] * rows.num_rows
        )
    return [{c: columns[c][i] for c in TEXT_COLUMNS} for i in range(rows.num_rows)]


def fits(record: dict, limit: int) -> bool:
    sizes = [len(record["prompt"] or ""), len(record["output"] or "")]
    sizes += [len(d) for d in record["documents"] or []]
    return max(sizes) <= limit


def _strings(values: pa.Array, many: bool) -> list:
    """Values as str (or list[str] when ``many``); invalid UTF-8 is replaced, not fatal."""
    try:
        py = values.to_pylist()
    except UnicodeDecodeError:
        py = [_decode(v) for v in _as_binary(values).to_pylist()]
    out = []
    for v in py:
        if v is None:
            out.append(None)
        elif many:
            items = v if isinstance(v, list) else [v]
            out.append(
                [_decode(x) if isinstance(x, bytes) else str(x) for x in items if x is not None]
            )
        else:
            out.append(_decode(v) if isinstance(v, bytes) else str(v))
    return out


def _as_binary(values: pa.Array) -> pa.Array:
    if pa.types.is_list(values.type) or pa.types.is_large_list(values.type):
        return values.cast(pa.list_(pa.binary()))
    return values.cast(pa.binary())


def _decode(value: object) -> object:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value
