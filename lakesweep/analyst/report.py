"""`lakesweep report`: one self-contained HTML page of usage and deletion charts.

The page has inline SVG charts and inline CSS only: no scripts, fonts, stylesheets or images
are fetched, so it opens offline. Chart data come from ``sql/analyst_report.sql``.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

import duckdb
from matplotlib.figure import Figure

from lakesweep import queries
from lakesweep.analyst import charts
from lakesweep.analyst.views import Lake, attach
from lakesweep.storage import Storage

SQL_FILE = "analyst_report.sql"
TOP_ORGS = 10
MODELS = 8
LAST_RUNS = 10
WEEKLY_AFTER_DAYS = 120
"""Longer usage histories are charted per week (ISO, Monday) instead of per day."""


@dataclass(frozen=True)
class Chart:
    """One chart of the report: ``slug`` names its element id and its PNG file."""

    slug: str
    title: str
    caption: str
    figure: Figure


@dataclass(frozen=True)
class ReportResult:
    """What was written, for the CLI to tell."""

    html: Path
    pngs: list[Path]
    lake: Lake


def build_charts(con: duckdb.DuckDBPyConnection) -> list[Chart]:
    """The four charts, from the analyst views attached to ``con``."""

    def rows(name: str, **params: object) -> list[tuple]:
        return queries.run(con, SQL_FILE, name, **params).fetchall()

    first, last = rows("report_summary")[0][:2]
    bucket = "week" if first is not None and (last - first).days > WEEKLY_AFTER_DAYS else "day"
    specs = [
        (
            "tokens-by-model",
            f"Tokens over time by model (per {bucket})",
            f"Input + output tokens per {bucket}; models beyond the {MODELS} largest are "
            "summed as 'other'. Weeks start on Monday.",
            lambda title: charts.tokens_over_time(
                rows("tokens_by_model", bucket=bucket, models=MODELS), bucket, title
            ),
        ),
        (
            "top-orgs",
            "Top organizations",
            f"The {TOP_ORGS} organizations with the most tokens over the whole history.",
            lambda title: charts.top_orgs(rows("top_orgs", limit=TOP_ORGS), title),
        ),
        (
            "requests-by-endpoint",
            "Requests per endpoint",
            "Logged requests per API endpoint over the whole history.",
            lambda title: charts.requests_per_endpoint(rows("requests_by_endpoint"), title),
        ),
        (
            "deletions-by-rule",
            "Deletions per rule in the last runs",
            f"Rows deleted per policy rule in each of the last {LAST_RUNS} runs (from the "
            "ledger), oldest at the top. The number at the end of each bar is its value; a bar "
            "of very few rows is drawn at a minimum length so that it stays visible.",
            lambda title: charts.deletions_per_rule(
                rows("deletions_by_rule", runs=LAST_RUNS), title
            ),
        ),
    ]
    return [Chart(slug, title, caption, draw(title)) for slug, title, caption, draw in specs]


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
h1 { font-size: 1.5rem; }
figure { margin: 0 0 2rem 0; } figcaption { color: #555; font-size: .85rem; }
figure svg { width: 100%; height: auto; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dt { color: #555; } dd { margin: 0; }
"""


def render_html(lake: Lake, summary: tuple, items: list[Chart], generated: dt.datetime) -> str:
    """The report page: a summary list and one ``<figure>`` per chart, all inline."""
    first, last, orgs, requests, tokens, runs, deleted = summary
    facts = {
        "Lake": lake.root,
        "Usage dates": f"{first} to {last}" if first else "no usage aggregates yet",
        "Organizations": f"{orgs:,}",
        "Requests": f"{requests:,}",
        "Tokens (input + output)": f"{tokens:,}",
        "Runs in the ledger": f"{runs:,}",
        "Rows deleted (all runs)": f"{deleted:,}",
        "Generated": f"{generated:%Y-%m-%d %H:%M} UTC",
    }
    summary_html = "".join(
        f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in facts.items()
    )
    figures = "\n".join(
        f'<figure class="chart" id="chart-{c.slug}">\n'
        f"{charts.to_svg(c.figure, c.title, salt=c.slug)}\n"
        f"<figcaption>{html.escape(c.caption)}</figcaption>\n</figure>"
        for c in items
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>lakesweep usage report</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n<h1>lakesweep usage report</h1>\n"
        f"<dl>{summary_html}</dl>\n{figures}\n</body>\n</html>\n"
    )


def write_report(
    root: Storage | str | Path, out: Path, png_dir: Path | None = None
) -> ReportResult:
    """Write the HTML report of the lake at ``root`` to ``out`` (and PNGs to ``png_dir``)."""
    con = queries.connect()
    try:
        lake = attach(con, root)
        items = build_charts(con)
        summary = queries.run(con, SQL_FILE, "report_summary").fetchall()[0]
    finally:
        con.close()
    generated = dt.datetime.now(dt.UTC)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(lake, summary, items, generated), encoding="utf-8")
    pngs: list[Path] = []
    if png_dir is not None:
        png_dir.mkdir(parents=True, exist_ok=True)
        for chart in items:
            path = png_dir / f"{chart.slug}.png"
            charts.to_png(chart.figure, path)
            pngs.append(path)
    return ReportResult(out, pngs, lake)
