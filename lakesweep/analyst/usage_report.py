"""`lakesweep usage`: the common token-usage questions, answered from the `usage` view.

The SQL is in ``sql/analyst_usage.sql``; every choice reaches it as a ``$parameter``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import duckdb

from lakesweep import queries

SQL_FILE = "analyst_usage.sql"
KEYS = {"org": "org_id", "model": "model", "endpoint": "endpoint", "connector": "connector"}
PERIODS = ("day", "week", "month")
METRICS = ("requests", "input_tokens", "output_tokens", "total_tokens")
_RELATIVE = re.compile(r"^(\d+)([dw])$")
WEEK_NOTE = "weeks start on Monday (ISO 8601) and are labelled by that Monday"


class UsageQueryError(ValueError):
    """The options of a usage query do not fit together; the message says how to fix them."""


@dataclass(frozen=True)
class UsageQuery:
    """What to sum and how: ``by`` holds keys of :data:`KEYS` and at most one of :data:`PERIODS`."""

    by: tuple[str, ...]
    since: dt.date | None = None
    until: dt.date | None = None
    orgs: tuple[str, ...] = ()
    top: int | None = None
    metric: str = "total_tokens"
    growth: bool = False

    def check(self) -> None:
        """Raise :class:`UsageQueryError` when the options contradict each other."""
        unknown = [b for b in self.by if b not in KEYS and b not in PERIODS]
        if unknown or not self.by:
            raise UsageQueryError(
                f"--by takes {', '.join([*KEYS, *PERIODS])} (got {', '.join(unknown) or 'none'})"
            )
        if len(set(self.by)) != len(self.by) or len(self.periods) > 1:
            raise UsageQueryError("give each --by once, and at most one of day, week, month")
        if self.metric not in METRICS:
            raise UsageQueryError(f"--metric takes one of {', '.join(METRICS)}")
        if self.since and self.until and self.since > self.until:
            raise UsageQueryError(f"--since {self.since} is after --until {self.until}")
        if self.top is not None and self.top < 1:
            raise UsageQueryError("--top needs a positive number")
        if self.growth and self.periods:
            raise UsageQueryError(
                "--growth compares the two halves of the --since/--until window; "
                "use it with org, model, endpoint or connector, not day/week/month"
            )

    @property
    def keys(self) -> list[str]:
        return [b for b in self.by if b in KEYS]

    @property
    def periods(self) -> list[str]:
        return [b for b in self.by if b in PERIODS]


@dataclass(frozen=True)
class UsageResult:
    """Rows to show, their column names, and a note on how to read them (or None)."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    note: str | None = None


def parse_day(text: str, today: dt.date) -> dt.date:
    """``YYYY-MM-DD``, or ``Nd`` / ``Nw``: N days / weeks before ``today``."""
    value = text.strip()
    relative = _RELATIVE.match(value)
    if relative:
        count, unit = int(relative.group(1)), relative.group(2)
        return today - dt.timedelta(days=count * (7 if unit == "w" else 1))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageQueryError(
            f"{text!r} is not a date: use YYYY-MM-DD, or 90d / 13w for days / weeks ago"
        ) from None


def _params(q: UsageQuery) -> dict[str, Any]:
    return {"keys": q.keys, "orgs": list(q.orgs), "metric": q.metric, "top": q.top}


def summarize(con: duckdb.DuckDBPyConnection, q: UsageQuery) -> UsageResult:
    """Sums per ``q.by`` (columns in the order given), largest ``q.metric`` first in a period."""
    q.check()
    params = {**_params(q), "period": (q.periods or [None])[0], "since": q.since, "until": q.until}
    rows = queries.run(con, SQL_FILE, "usage_summary", **params).fetchall()
    # Row layout of usage_summary: org_id, model, endpoint, connector, period, 4 metrics.
    positions = {"org": 0, "model": 1, "endpoint": 2, "connector": 3, **dict.fromkeys(PERIODS, 4)}
    picks = [positions[b] for b in q.by] + [5, 6, 7, 8]
    columns = [KEYS.get(b, b) for b in q.by] + list(METRICS)
    note = WEEK_NOTE if "week" in q.by else None
    return UsageResult(columns, [tuple(row[i] for i in picks) for row in rows], note)


def growth_windows(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """Two equally long windows: the first and the second half of ``first..last``.

    With an odd number of days the middle day belongs to neither half.
    """
    half = ((last - first).days + 1) // 2
    if half < 1:
        raise UsageQueryError(
            f"--growth needs at least two days of usage to compare; {first}..{last} has one"
        )
    one_day = dt.timedelta(days=1)
    return first, first + (half - 1) * one_day, last - (half - 1) * one_day, last


def growth(con: duckdb.DuckDBPyConnection, q: UsageQuery) -> UsageResult:
    """Change of ``q.metric`` per key from the first to the second half of the window.

    The window is ``--since..--until`` (default: the first and last day with usage). Rows
    are sorted fastest-growing first: keys new in the second half, then by change in percent.
    """
    q.check()
    bounds = queries.run(con, SQL_FILE, "usage_date_range", since=q.since, until=q.until)
    first, last = bounds.fetchall()[0]
    first, last = q.since or first, q.until or last
    if first is None or last is None:
        return UsageResult([], [], "no usage aggregates in that window")
    b_from, b_to, a_from, a_to = growth_windows(first, last)
    windows = {"before_from": b_from, "before_to": b_to, "after_from": a_from, "after_to": a_to}
    rows = queries.run(con, SQL_FILE, "usage_growth", **_params(q), **windows).fetchall()
    positions = {"org": 0, "model": 1, "endpoint": 2, "connector": 3}
    picks = [positions[b] for b in q.by] + [4, 5, 6, 7]
    columns = [KEYS[b] for b in q.by]
    columns += [f"{q.metric}_before", f"{q.metric}_after", "change", "change_pct"]
    note = (
        f"{q.metric}: {b_from}..{b_to} (before) vs {a_from}..{a_to} (after); "
        "change_pct is empty where there was nothing before"
    )
    return UsageResult(columns, [tuple(row[i] for i in picks) for row in rows], note)
