"""`lakesweep usage --growth`: the two halves of the window, fastest growing first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lakesweep import queries
from lakesweep.analyst import views
from lakesweep.analyst.usage_report import UsageQuery, UsageQueryError, growth, growth_windows

from .conftest import write_usage

D = dt.date


def test_growth_on_the_small_lake(lake_con) -> None:
    # 08-31..09-07 is 8 days: before 08-31..09-03, after 09-04..09-07 (total tokens)
    result = growth(lake_con, UsageQuery(by=("model",), growth=True, since=D(2026, 8, 31),
                                         until=D(2026, 9, 7)))  # fmt: skip
    assert result.columns == [
        "model", "total_tokens_before", "total_tokens_after", "change", "change_pct"
    ]  # fmt: skip
    assert result.rows == [
        ("m-small", 0, 135, 135, None),  # new in the second half
        ("m-large", 150, 65, -85, -56.7),
        ("m-embed", 40, 0, -40, -100.0),
    ]
    assert "2026-08-31..2026-09-03" in result.note


def test_growth_ranks_the_fastest_growing_first(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    d1, d2 = D(2026, 5, 1), D(2026, 5, 2)
    rows = [
        (d1, "o", "chat", "small", None, 1, 5, 5),  # 10 -> 30: +200 %
        (d2, "o", "chat", "small", None, 3, 15, 15),
        (d1, "o", "chat", "big", None, 10, 50, 50),  # 100 -> 150: +50 %
        (d2, "o", "chat", "big", None, 15, 75, 75),
    ]
    write_usage(root, rows, "raw/x.parquet")
    con = queries.connect()
    views.attach(con, root)
    assert growth(con, UsageQuery(by=("model",), growth=True)).rows == [
        ("small", 10, 30, 20, 200.0),
        ("big", 100, 150, 50, 50.0),
    ]


def test_growth_windows_are_equally_long() -> None:
    assert growth_windows(D(2026, 1, 1), D(2026, 1, 4)) == (
        D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 3), D(2026, 1, 4)
    )  # fmt: skip
    # odd: the middle day (01-03) is in neither half
    assert growth_windows(D(2026, 1, 1), D(2026, 1, 5)) == (
        D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 4), D(2026, 1, 5)
    )  # fmt: skip
    with pytest.raises(UsageQueryError, match="at least two days"):
        growth_windows(D(2026, 1, 1), D(2026, 1, 1))
