"""Query results as text: a rich table, CSV or JSON. Formats only; the CLI does the printing."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import io
import json
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.table import Table

CELL_CHARS = 40
"""Longer values are cut in table output."""


class Format(enum.StrEnum):
    """Output formats of `lakesweep sql` and `lakesweep usage`."""

    table = "table"
    csv = "csv"
    json = "json"


def _plain(value: Any) -> Any:
    """A JSON-friendly value: dates and timestamps as ISO-8601, decimals as numbers."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)  # UUID, intervals' kin and other types JSON does not know


def to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A JSON array with one object per row."""
    records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
    return json.dumps(records, indent=2, ensure_ascii=False)


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV with a header line; NULL is an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else _csv_value(v) for v in row])
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    plain = _plain(value)
    return json.dumps(plain) if isinstance(plain, dict | list) else plain


def _cell(value: Any) -> str:
    """A table cell: thousands separators, ∅ for NULL, long text cut (CSV/JSON keep it all)."""
    if value is None:
        return "∅"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    plain = _plain(value)
    text = json.dumps(plain) if isinstance(plain, dict | list) else str(plain)
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def to_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    caption: str | None = None,
    max_rows: int | None = None,
) -> Table:
    """A rich table (numbers right-aligned, NULL shown as ∅), cut to ``max_rows`` rows."""
    shown = rows if max_rows is None else rows[:max_rows]
    if max_rows is not None and len(rows) > max_rows:
        more = f"showing {max_rows} of {len(rows)} rows; use --format csv for all"
        caption = f"{caption}\n{more}" if caption else more
    table = Table(caption=caption, caption_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for index, name in enumerate(columns):
        numeric = bool(shown) and all(
            isinstance(row[index], int | float | decimal.Decimal) or row[index] is None
            for row in shown
        )
        table.add_column(name, justify="right" if numeric else "left")
    for row in shown:
        table.add_row(*(_cell(v) for v in row))
    return table


def render(
    fmt: Format,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    caption: str | None = None,
    max_rows: int | None = None,
) -> Table | str:
    """The result in ``fmt``: a rich Table for ``table``, else text."""
    if fmt is Format.csv:
        return to_csv(columns, rows)
    if fmt is Format.json:
        return to_json(columns, rows)
    return to_table(columns, rows, caption, max_rows)
