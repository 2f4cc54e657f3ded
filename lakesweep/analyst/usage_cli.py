"""The `lakesweep usage` command (the CLI layer over usage_report.py)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

import typer

from lakesweep.analyst import usage_report
from lakesweep.analyst.console import (
    EndpointOption,
    FormatOption,
    LakeOption,
    fail,
    lake_from_settings,
    note,
    open_lake,
    show,
)
from lakesweep.analyst.output import Format


class Metric(enum.StrEnum):
    """What `lakesweep usage` ranks by and --growth compares."""

    requests = "requests"
    input_tokens = "input_tokens"
    output_tokens = "output_tokens"
    total_tokens = "total_tokens"


By = Annotated[
    list[str],
    typer.Option(
        "--by",
        help="org, model, endpoint, connector, day, week or month. Repeat or comma-separate "
        "for several: --by week,org. Weeks are ISO weeks: they start on Monday and are "
        "labelled by that Monday's date.",
    ),
]
Since = Annotated[
    str | None,
    typer.Option(help="First event_date, inclusive: YYYY-MM-DD, or 90d / 13w before today."),
]
Until = Annotated[
    str | None, typer.Option(help="Last event_date, inclusive; same forms as --since.")
]
Org = Annotated[list[str] | None, typer.Option("--org", help="Only this org id (repeatable).")]
Top = Annotated[
    int | None,
    typer.Option(help="Keep the N largest groups by --metric (by day/week/month only: periods)."),
]
MetricOption = Annotated[
    Metric, typer.Option(help="What the order and --top rank by, and what --growth compares.")
]
Growth = Annotated[
    bool,
    typer.Option(
        "--growth",
        help="Compare the first and the second half of the --since..--until window (default: "
        "all usage) per group; fastest growing first.",
    ),
]


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def usage(
    by: By,
    lake: LakeOption = None,
    endpoint: EndpointOption = None,
    since: Since = None,
    until: Until = None,
    org: Org = None,
    top: Top = None,
    metric: MetricOption = Metric.total_tokens,
    growth: Growth = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Token usage summed per org, model, endpoint, connector and/or day, week, month.

    Dates are event dates (UTC). Weeks start on Monday (ISO 8601).
    """
    today = dt.datetime.now(dt.UTC).date()
    try:
        query = usage_report.UsageQuery(
            by=_split(by),
            since=usage_report.parse_day(since, today) if since else None,
            until=usage_report.parse_day(until, today) if until else None,
            orgs=_split(org or []),
            top=top,
            metric=metric.value,
            growth=growth,
        )
        query.check()
    except usage_report.UsageQueryError as error:
        fail(str(error))
    con, found = open_lake(lake_from_settings(lake, endpoint))
    with con:
        result = (usage_report.growth if growth else usage_report.summarize)(con, query)
    if not found.usage_files:
        note(
            f"no usage aggregates under {found.root}/usage yet (a new lake?); "
            "`lakesweep nightly` writes them"
        )
    elif not result.rows:
        note("no usage matches these options")
    if fmt is not Format.table and result.note:
        note(result.note)
    show(fmt, result.columns, result.rows, caption=result.note)
