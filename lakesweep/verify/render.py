"""Rich tables for the verify report (the audit certificate: render_audit.py). Cells are Text,
never markup: org ids and file names are untrusted and must print as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from lakesweep.verify.model import Example, Report

STYLE = {"ok": "green", "violation": "bold red", "warning": "yellow", "skipped": "yellow"}


def _where(example: Example) -> str:
    if example.file is None:
        return ""
    return example.file if example.row is None else f"{example.file} row {example.row}"


def verify_view(report: Report) -> Group:
    """One line per check, then each kind of finding with its examples (where and why)."""
    table = Table(title=Text(f"lakesweep verify {report.lake}"), title_justify="left")
    for column in ("check", "status", "violations", "warnings", "first example"):
        table.add_column(column, overflow="fold")
    lines: list[Text] = [Text(f"rules judged at {report.now} UTC; grace period {report.grace}")]
    for check in report.checks:
        first = next(
            (
                f.examples[0]
                for f in check.findings.values()
                if f.examples and f.severity == "violation"
            ),
            None,
        )
        table.add_row(
            Text(check.name),
            Text(check.status, style=STYLE[check.status]),
            Text(str(check.count("violation"))),
            Text(str(check.count("warning"))),
            Text(_where(first) if first else ""),
        )
        if check.findings:
            lines.append(Text(f"{check.name} (checks: {check.title})", style="bold"))
        lines.extend(Text(f"{check.name}: {note}", style="dim") for note in check.notes)
        for finding in check.findings.values():
            head = f"{finding.severity} {finding.kind}: {finding.count}"
            lines.append(Text(head, style=STYLE[finding.severity]))
            lines.extend(
                Text(f"  {_where(ex)}: {ex.reason}" if _where(ex) else f"  {ex.reason}")
                for ex in finding.examples
            )
    verdict = (
        Text(f"{report.violations} violation(s)", style="bold red")
        if report.violations
        else Text("no violations", style="bold green")
    )
    return Group(table, *lines, verdict)


def table(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Table:
    """A titled table of plain-text cells ("none" when there are no rows)."""
    out = Table(title=Text(title), title_justify="left")
    for column in columns:
        out.add_column(column, overflow="fold")
    for row in rows:
        out.add_row(*(Text(_cell(v)) for v in row))
    if not rows:
        out.add_row(*(Text("none" if i == 0 else "") for i in range(len(columns))))
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    return str(value)
