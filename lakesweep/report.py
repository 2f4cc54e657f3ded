"""Human-readable renderings of a RunSummary (markdown for Prefect, rich tables for the CLI)."""

from __future__ import annotations

from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from lakesweep.summary import RunSummary

DAY_COLUMNS = ("day", "raw_rows", "rebuilt", "kept_without_raw", "resanitized", "status")
FILE_COLUMNS = ("file", "table", "action", "rows_before", "rows_after", "deleted", "bytes_written")


def _sections(summary: RunSummary) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, header, rows) of every section worth showing, in reading order."""
    deleted = "rows to delete" if summary.dry_run else "rows deleted"
    sections = []
    if summary.kind == "nightly":
        rows = [[rule, n] for rule, n in summary.deleted_by_rule.items()]
        sections.append(
            (
                "raw rows deleted, by rule",
                ["rule", deleted],
                rows + [["total", sum(summary.deleted_by_rule.values())]],
            )
        )
    if summary.removed_from_training:
        rows = [[rule, n] for rule, n in summary.removed_from_training.items()]
        sections.append(("training rows removed, by rule", ["rule", deleted], rows))
    if summary.entities:
        rows = [[kind, n] for kind, n in summary.entities.items()]
        sections.append(("personal data and secrets removed from exports", ["type", "found"], rows))
    if summary.days:
        rows = [[d[c] for c in DAY_COLUMNS] for d in summary.days]
        sections.append(("backfill by day", [c.replace("_", " ") for c in DAY_COLUMNS], rows))
    totals = [[k.replace("_", " "), v] for k, v in summary.totals.items() if v or k == "files"]
    sections.append(("totals", ["what", "value"], totals))
    return sections


def _files(summary: RunSummary, limit: int) -> list[list[Any]]:
    out = []
    for f in summary.files[:limit]:
        deleted = ", ".join(f"{k}={v}" for k, v in f["deleted"].items()) or f["error"] or ""
        out.append(
            [
                f["file"],
                f["table"],
                f["action"],
                f["rows_before"],
                f["rows_after"],
                deleted,
                f["bytes_written"],
            ]
        )
    return out


def _header(summary: RunSummary) -> str:
    mode = " (dry run: nothing was changed)" if summary.dry_run else ""
    return f"lakesweep {summary.kind} {summary.run_id} on {summary.lake}: {summary.status}{mode}"


def summary_markdown(summary: RunSummary) -> str:
    lines = [f"# {_header(summary)}", f"now = {summary.now}"]
    for title, header, rows in _sections(summary):
        lines += ["", f"## {title}", "| " + " | ".join(header) + " |"]
        lines += ["| " + " | ".join("---" for _ in header) + " |"]
        lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in rows]
    if summary.errors:
        lines += ["", "## Errors", *[f"- {e}" for e in summary.errors[:50]]]
    return "\n".join(lines)


def summary_tables(summary: RunSummary, max_files: int = 20) -> list[RenderableType]:
    out: list[RenderableType] = [Text(_header(summary), style="bold")]
    if summary.files:
        shown = min(max_files, len(summary.files))
        title = f"files changed or failed ({shown} of {len(summary.files)})"
        out.append(_table(title, list(FILE_COLUMNS), _files(summary, max_files)))
    out += [_table(title, header, rows) for title, header, rows in _sections(summary)]
    out += [Text(f"warning: {w}", style="yellow") for w in summary.warnings]
    return out


def _table(title: str, header: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for i, name in enumerate(header):
        numeric = rows and all(isinstance(r[i], int) for r in rows)
        table.add_column(name, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(f"{v:,}" if isinstance(v, int) else str(v) for v in row))
    return table
