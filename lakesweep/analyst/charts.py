"""The report's charts as matplotlib figures, and their SVG (inline) and PNG forms.

Uses the object-oriented API (``Figure``), never pyplot: no GUI backend, no global state.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from collections.abc import Sequence
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

_SIZE = (8.0, 3.6)
_OPENING_SVG = re.compile(r"<svg\b[^>]*>")
_MIN_SHARE = 0.012
"""A bar of a nonzero count is drawn at least this share of the longest bar, so that a few
rows next to thousands stay visible; the number written at the end of each bar is its value."""


def _compact(value: float, _pos: object = None) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:g}"


def _counts(axis: Axis, ticks: int = 10) -> None:
    """Whole-number ticks (at most ``ticks``) with compact labels (1.5k, 2M) on a count axis."""
    axis.set_major_locator(MaxNLocator(nbins=ticks, integer=True))
    axis.set_major_formatter(FuncFormatter(_compact))


def _figure(title: str, height: float = _SIZE[1]) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(_SIZE[0], height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _visible(values: Sequence[int], longest: int) -> list[float]:
    floor = longest * _MIN_SHARE
    return [max(float(v), floor) if v > 0 else 0.0 for v in values]


def _bar_ends(ax: Axes, ends: Sequence[float], values: Sequence[int]) -> None:
    """Write each bar's exact value after its end (horizontal bars), with room for it."""
    for y, (end, value) in enumerate(zip(ends, values, strict=True)):
        ax.annotate(
            _compact(value),
            (end, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )
    if max(ends, default=0) > 0:
        ax.set_xlim(0, max(ends) * 1.12)


def _empty(fig: Figure, ax: Axes, message: str) -> Figure:
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    return fig


def tokens_over_time(
    rows: Sequence[tuple[dt.date, str, int]], bucket: str, title: str = "Tokens by model"
) -> Figure:
    """One line per model: total tokens per day or week (``bucket``)."""
    fig, ax = _figure(title)
    if not rows:
        return _empty(fig, ax, "No usage aggregates yet")
    buckets = sorted({row[0] for row in rows})
    models = list(dict.fromkeys(row[1] for row in rows))
    values = {(row[0], row[1]): row[2] for row in rows}
    for model in sorted(models, key=lambda m: -sum(values.get((b, m), 0) for b in buckets)):
        series = [values.get((b, model), 0) for b in buckets]
        ax.plot(
            buckets, series, marker="o", markersize=3, linewidth=1.5, label=model, clip_on=False
        )
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if len(buckets) == 1:  # one point: show a week around it, not matplotlib's default years
        ax.set_xlim(buckets[0] - dt.timedelta(days=3), buckets[0] + dt.timedelta(days=3))
    else:  # the axis spans the data exactly: no ticks or month labels after the last bucket
        ax.set_xlim(buckets[0], buckets[-1])
    _counts(ax.yaxis)
    ax.set_ylim(bottom=0)
    ax.set_ylabel(f"tokens per {bucket} (input + output)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return fig


def _barh(title: str, labels: Sequence[str], values: Sequence[int], xlabel: str) -> Figure:
    fig, ax = _figure(title, height=max(2.4, 1.1 + 0.32 * len(labels)))
    if not labels:
        return _empty(fig, ax, "No usage aggregates yet")
    positions = range(len(labels))
    widths = _visible(values, max(values))
    ax.barh(positions, widths, color="#4c78a8")
    ax.set_yticks(list(positions), labels=list(labels), fontsize=8)
    ax.invert_yaxis()
    _counts(ax.xaxis, ticks=6)
    ax.set_xlabel(xlabel)
    _bar_ends(ax, widths, values)
    return fig


def top_orgs(rows: Sequence[tuple[str | None, int]], title: str = "Top organizations") -> Figure:
    """Horizontal bars: the organizations with the most tokens."""
    labels = [org if org is not None else "(no org)" for org, _ in rows]
    return _barh(title, labels, [v for _, v in rows], "tokens (input + output)")


def requests_per_endpoint(
    rows: Sequence[tuple[str, int]], title: str = "Requests per endpoint"
) -> Figure:
    """Horizontal bars: requests per endpoint."""
    return _barh(title, [e for e, _ in rows], [v for _, v in rows], "requests")


def deletions_per_rule(
    rows: Sequence[tuple[str, dt.datetime | None, str | None, int]],
    title: str = "Deletions per rule in the last runs",
) -> Figure:
    """Stacked horizontal bars: rows deleted per rule in each of the last runs (oldest at the
    top), labelled with the run's time and its whole run id, and its total at the bar's end."""
    runs = list(dict.fromkeys((run_id, at) for run_id, at, _, _ in rows))
    fig, ax = _figure(title, height=max(2.4, 1.1 + 0.32 * len(runs)))
    if not rows:
        return _empty(fig, ax, "No runs recorded in the ledger yet")
    rules = sorted({rule for _, _, rule, _ in rows if rule is not None})
    counts = {(run_id, rule): n for run_id, _, rule, n in rows}
    totals = [sum(counts.get((run_id, rule), 0) for rule in rules) for run_id, _ in runs]
    labels = [f"{at:%Y-%m-%d %H:%M}  {run_id}" if at else run_id for run_id, at in runs]
    left = [0.0] * len(runs)
    for rule in rules:
        widths = _visible([counts.get((run_id, rule), 0) for run_id, _ in runs], max(totals))
        ax.barh(range(len(runs)), widths, left=left, label=rule)
        left = [start + width for start, width in zip(left, widths, strict=True)]
    ax.set_yticks(range(len(runs)), labels=labels, fontsize=8)
    ax.invert_yaxis()
    _counts(ax.xaxis, ticks=6)
    ax.set_xlabel("rows deleted")
    _bar_ends(ax, left, totals)
    if rules:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return fig


def to_svg(fig: Figure, title: str, salt: str) -> str:
    """The figure as an inline ``<svg>`` element with a ``<title>``: text as text, no fonts.

    Text stays ``<text>`` (``svg.fonttype: none``), drawn with the viewer's sans-serif font,
    so the page embeds no font and no glyph outlines.

    ``salt`` keeps element ids unique when several charts share one page.
    """
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt}):
        metadata = {"Title": title, "Date": None, "Creator": None, "Type": None, "Format": None}
        fig.savefig(buffer, format="svg", metadata=metadata)
    svg = buffer.getvalue()
    opening = _OPENING_SVG.search(svg)
    if opening is None:  # pragma: no cover - matplotlib always writes one
        raise ValueError("matplotlib wrote no <svg> element")
    tag = opening.group(0)[:-1] + f' role="img" aria-label="{_attr(title)}">'
    body = svg[opening.end() :]
    if "<title>" not in body:  # matplotlib writes one from the Title metadata; keep it so
        body = f"<title>{_attr(title)}</title>{body}"
    return tag + body


def to_png(fig: Figure, path: Path) -> None:
    """Write the figure as a PNG file."""
    fig.savefig(path, format="png", dpi=120, metadata={"Software": None})


def _attr(text: str) -> str:
    return html.escape(text, quote=True)
