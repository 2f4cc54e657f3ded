"""Rich tables for the verify report and the audit certificate. Cells are Text, never markup:
org ids and file names are untrusted and must print as they are."""

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
            lines.append(Text(f"{check.name}: {check.title}", style="bold"))
        lines.extend(Text(f"{check.name}: {note}", style="dim") for note in check.notes)
        for finding in check.findings.values():
            head = f"{finding.severity} {finding.kind}: {finding.count}"
            lines.append(Text(head, style=STYLE[finding.severity]))
            lines.extend(Text(f"  {_where(ex)}: {ex.reason}") for ex in finding.examples)
    verdict = (
        Text(f"{report.violations} violation(s)", style="bold red")
        if report.violations
        else Text("no violations", style="bold green")
    )
    return Group(table, *lines, verdict)


def audit_view(cert: dict[str, Any]) -> Group:
    """The certificate: the org, its deletions, its erasure requests, what remains."""
    org = cert["org"]
    head = Text(f"deletion certificate for org {cert['org_id']!r} in {cert['lake']}\n")
    head.append(f"as of {cert['now']}; ")
    if org is None:
        head.append("not in the org registry")
    else:
        flags = {k: v for k, v in org.items() if k != "org_id" and v not in (None, False)}
        head.append("registry: " + (", ".join(f"{k}={v}" for k, v in flags.items()) or "defaults"))
    parts: list[Any] = [head]
    parts.append(
        _table(
            "deletions concerning the org (from the ledger)",
            ("recorded_at", "run_id", "table", "file", "rule", "org rows"),
            [
                (d["recorded_at"], d["run_id"], d["table"], d["file"], d["rule"], d["org_rows"])
                for d in cert["deletions"]
            ],
        )
    )
    parts.append(
        _table(
            "rows deleted, by table and rule",
            ("table", "rule", "rows"),
            [(d["table"], d["rule"], d["rows"]) for d in cert["deleted"]],
        )
    )
    parts.append(
        _table(
            "erasure requests",
            ("request_id", "requested_at", "status", "completed_at", "rows erased", "remaining"),
            [
                (
                    r["request_id"],
                    r["requested_at"],
                    r["status"],
                    r["completed_at"] or "",
                    r["rows_erased"],
                    r["raw_rows_covered_remaining"] + r["training_rows_covered_remaining"],
                )
                for r in cert["erasure_requests"]
            ],
        )
    )
    rem = cert["remaining"]
    training = rem["training_by_event_date"]
    days = sorted(set(rem["raw_by_event_date"]) | set(training or {}))
    parts.append(
        _table(
            f"remaining now: {rem['raw_rows']} raw rows, "
            f"{'not checked' if rem['training_rows'] is None else rem['training_rows']} "
            "training rows",
            ("event_date", "raw rows", "training rows"),
            [
                (
                    d,
                    rem["raw_by_event_date"].get(d, 0),
                    "n/a" if training is None else training.get(d, 0),
                )
                for d in days
            ],
        )
    )
    parts.extend(Text(f"note: {n}", style="yellow") for n in cert["notes"])
    return Group(*parts)


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Table:
    table = Table(title=Text(title), title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(_cell(v)) for v in row))
    if not rows:
        table.add_row(*(Text("none" if i == 0 else "") for i in range(len(columns))))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    return str(value)
