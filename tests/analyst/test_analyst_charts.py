"""The report's charts: small bars stay visible, run ids are whole, time axes end with the data."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.figure import Figure

from lakesweep.analyst import charts

AT = dt.datetime(2026, 11, 29, 7, 28)
RUNS = ["20261129T072753Z-9a02e5", "20261130T030000Z-1b2c3d", "20261201T030000Z-4e5f60"]


def bar_widths(fig: Figure) -> dict[int, float]:
    """Drawn length of each horizontal bar row, as a share of the x axis."""
    ax = fig.axes[0]
    widths: dict[int, float] = {}
    for patch in ax.patches:
        row = round(patch.get_y() + patch.get_height() / 2)
        widths[row] = widths.get(row, 0.0) + patch.get_width() / ax.get_xlim()[1]
    return widths


def texts(fig: Figure) -> list[str]:
    ax = fig.axes[0]
    return [t.get_text() for t in ax.texts] + [t.get_text() for t in ax.get_yticklabels()]


def test_a_5_row_bar_is_visible_next_to_thousands() -> None:
    rows = [
        (RUNS[0], AT, "erasure", 3000),
        (RUNS[0], AT, "expired", 12000),
        (RUNS[1], AT + dt.timedelta(days=1), "expired", 5),
        (RUNS[2], AT + dt.timedelta(days=2), None, 0),  # a run that deleted nothing
    ]
    fig = charts.deletions_per_rule(rows)
    widths = bar_widths(fig)
    assert widths[0] > 0.8
    assert widths[1] >= 0.01  # 5 of 15,000 rows would be 0.03 % of the axis: invisible
    assert widths.get(2, 0.0) == 0.0
    assert {"15k", "5", "0"} <= set(texts(fig))  # exact numbers at the bar ends


def test_run_ids_are_whole_in_the_labels() -> None:
    rows = [(run, AT + dt.timedelta(days=i), "expired", 10 * (i + 1)) for i, run in enumerate(RUNS)]
    labels = [t.get_text() for t in charts.deletions_per_rule(rows).axes[0].get_yticklabels()]
    assert labels == [f"{(AT + dt.timedelta(days=i)):%Y-%m-%d %H:%M}  {run}"
                      for i, run in enumerate(RUNS)]  # fmt: skip


def test_small_org_bars_are_visible_too() -> None:
    widths = bar_widths(charts.top_orgs([("big", 1_000_000), ("tiny", 5), ("none", 0)]))
    assert widths[1] >= 0.01 and widths[2] == 0.0


def test_the_time_axis_ends_with_the_data() -> None:
    first, last = dt.date(2026, 10, 15), dt.date(2026, 11, 29)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    rows = [(day, model, 100 + i) for i, day in enumerate(days) for model in ("a", "b")]
    ax = charts.tokens_over_time(rows, "day").axes[0]
    low, high = ax.get_xlim()
    assert (mdates.num2date(low).date(), mdates.num2date(high).date()) == (first, last)
    ax.figure.canvas.draw()  # the offset label names the data's last month, not the next one
    assert ax.xaxis.get_offset_text().get_text() in {"2026-Nov", ""}
