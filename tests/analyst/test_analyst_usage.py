"""`lakesweep usage` on the hand-made small lake: every number summed by hand (conftest.py).

Metric columns are (requests, input_tokens, output_tokens, total_tokens).
"""

from __future__ import annotations

import datetime as dt

import pytest

from lakesweep.analyst.usage_report import (
    UsageQuery,
    UsageQueryError,
    parse_day,
    summarize,
)

D = dt.date
METRICS = ["requests", "input_tokens", "output_tokens", "total_tokens"]


def rows_of(con, **options) -> list[tuple]:
    return summarize(con, UsageQuery(**options)).rows


def test_by_org(lake_con) -> None:
    result = summarize(lake_con, UsageQuery(by=("org",)))
    assert result.columns == ["org_id", *METRICS]
    assert result.rows == [
        ("acme", 8, 145, 95, 240),
        ("beta", 4, 120, 40, 160),
        ("gamma", 4, 80, 0, 80),
    ]


def test_by_model(lake_con) -> None:
    assert rows_of(lake_con, by=("model",)) == [
        ("m-large", 5, 145, 80, 225),
        ("m-small", 10, 160, 55, 215),
        ("m-embed", 1, 40, 0, 40),
    ]


def test_by_endpoint(lake_con) -> None:
    assert rows_of(lake_con, by=("endpoint",)) == [
        ("chat", 11, 225, 135, 360),
        ("rerank", 4, 80, 0, 80),
        ("embed", 1, 40, 0, 40),
    ]


def test_by_connector(lake_con) -> None:
    # None is a direct API call; the first file has no connector column at all.
    assert rows_of(lake_con, by=("connector",)) == [
        (None, 12, 235, 75, 310),
        ("google_drive", 4, 110, 60, 170),
    ]


def test_by_day_keeps_rows_without_a_date_last(lake_con) -> None:
    assert rows_of(lake_con, by=("day",)) == [
        (D(2026, 8, 31), 3, 140, 50, 190),
        (D(2026, 9, 6), 4, 30, 35, 65),
        (D(2026, 9, 7), 4, 90, 45, 135),
        (D(2026, 10, 1), 4, 80, 0, 80),
        (None, 1, 5, 5, 10),
    ]


def test_by_week_starts_on_monday(lake_con) -> None:
    # Mon 08-31 .. Sun 09-06 is one week, though it spans two months.
    result = summarize(lake_con, UsageQuery(by=("week",)))
    assert result.columns == ["week", *METRICS]
    assert result.rows == [
        (D(2026, 8, 31), 7, 170, 85, 255),
        (D(2026, 9, 7), 4, 90, 45, 135),
        (D(2026, 9, 28), 4, 80, 0, 80),
        (None, 1, 5, 5, 10),
    ]
    assert "Monday" in result.note


def test_by_month(lake_con) -> None:
    assert rows_of(lake_con, by=("month",)) == [
        (D(2026, 8, 1), 3, 140, 50, 190),
        (D(2026, 9, 1), 8, 120, 80, 200),
        (D(2026, 10, 1), 4, 80, 0, 80),
        (None, 1, 5, 5, 10),
    ]


def test_since_and_until_are_inclusive(lake_con) -> None:
    assert rows_of(lake_con, by=("org",), since=D(2026, 9, 1), until=D(2026, 9, 30)) == [
        ("beta", 3, 80, 40, 120),
        ("acme", 5, 40, 40, 80),
    ]
    assert rows_of(lake_con, by=("day",), since=D(2026, 9, 7), until=D(2026, 9, 7)) == [
        (D(2026, 9, 7), 4, 90, 45, 135)
    ]


def test_org_filter(lake_con) -> None:
    assert rows_of(lake_con, by=("day",), orgs=("acme",)) == [
        (D(2026, 8, 31), 2, 100, 50, 150),
        (D(2026, 9, 6), 4, 30, 35, 65),
        (D(2026, 9, 7), 1, 10, 5, 15),
        (None, 1, 5, 5, 10),
    ]
    assert rows_of(lake_con, by=("org",), orgs=("beta", "gamma")) == [
        ("beta", 4, 120, 40, 160),
        ("gamma", 4, 80, 0, 80),
    ]


def test_top_and_metric(lake_con) -> None:
    assert rows_of(lake_con, by=("org",), top=2) == [
        ("acme", 8, 145, 95, 240),
        ("beta", 4, 120, 40, 160),
    ]
    # ranked by requests, m-small (10) comes first
    assert rows_of(lake_con, by=("model",), top=1, metric="requests") == [
        ("m-small", 10, 160, 55, 215)
    ]
    # with only a period, --top keeps the busiest periods (still in time order)
    assert rows_of(lake_con, by=("week",), top=2) == [
        (D(2026, 8, 31), 7, 170, 85, 255),
        (D(2026, 9, 7), 4, 90, 45, 135),
    ]


def test_top_with_a_period_keeps_the_largest_groups_in_every_period(lake_con) -> None:
    # total tokens: acme 240, beta 160, gamma 80 -> top 1 is acme, shown per week
    assert rows_of(lake_con, by=("org", "week"), top=1) == [
        ("acme", D(2026, 8, 31), 6, 130, 85, 215),
        ("acme", D(2026, 9, 7), 1, 10, 5, 15),
        ("acme", None, 1, 5, 5, 10),
    ]


def test_parse_day() -> None:
    today = D(2026, 11, 29)
    assert parse_day("2026-07-01", today) == D(2026, 7, 1)
    assert parse_day("90d", today) == D(2026, 8, 31)
    assert parse_day("13w", today) == D(2026, 8, 30)
    with pytest.raises(UsageQueryError, match="YYYY-MM-DD"):
        parse_day("last quarter", today)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"by": ("colour",)}, "--by takes"),
        ({"by": ("week", "day")}, "at most one of day, week, month"),
        ({"by": ("org",), "since": D(2026, 2, 1), "until": D(2026, 1, 1)}, "is after"),
        ({"by": ("org",), "top": 0}, "positive"),
        ({"by": ("week",), "growth": True}, "--growth compares"),
    ],
)
def test_contradicting_options_are_refused(lake_con, options, message) -> None:
    with pytest.raises(UsageQueryError, match=message):
        summarize(lake_con, UsageQuery(**options))
