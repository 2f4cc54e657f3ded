"""Human-readable renderings of a RunSummary (markdown for Prefect, rich tables for the CLI)."""

from __future__ import annotations

from rich.table import Table

from lakesweep.summary import RunSummary


def summary_markdown(summary: RunSummary) -> str:
    lines = [
        f"# lakesweep run `{summary.run_id}` — {summary.status}",
        f"lake `{summary.lake}`, now {summary.now}",
        "",
        "| rule | rows deleted |",
        "| --- | ---: |",
    ]
    lines += [f"| {rule} | {rows} |" for rule, rows in summary.deleted_by_rule.items()]
    lines += ["", "| total | value |", "| --- | ---: |"]
    lines += [f"| {name} | {value} |" for name, value in summary.totals.items()]
    if summary.errors:
        lines += ["", "## Errors", *[f"- {e}" for e in summary.errors[:50]]]
    return "\n".join(lines)


def summary_tables(summary: RunSummary, max_files: int = 30) -> list[Table]:
    title = f"run {summary.run_id}: {summary.status}" + (" (dry run)" if summary.dry_run else "")
    rules = Table(title=title)
    rules.add_column("rule")
    rules.add_column("rows deleted" if not summary.dry_run else "rows to delete", justify="right")
    for rule, rows in summary.deleted_by_rule.items():
        rules.add_row(rule, f"{rows:,}")
    rules.add_row("[b]total[/b]", f"[b]{sum(summary.deleted_by_rule.values()):,}[/b]")
    totals = Table(title="totals")
    totals.add_column("what")
    totals.add_column("value", justify="right")
    for name, value in summary.totals.items():
        totals.add_row(name.replace("_", " "), f"{value:,}")
    files = Table(title=f"files changed or failed (first {max_files})")
    for column in ("file", "action", "rows before", "rows after", "deleted", "bytes to write"):
        files.add_column(
            column, justify="right" if column.startswith(("rows", "bytes")) else "left"
        )
    for row in summary.files[:max_files]:
        deleted = ", ".join(f"{k}={v}" for k, v in row["deleted"].items()) or row["error"] or ""
        files.add_row(
            row["file"],
            row["action"],
            str(row["rows_before"]),
            str(row["rows_after"]),
            deleted,
            f"{row['bytes_written']:,}",
        )
    return [files, rules, totals] if summary.files else [rules, totals]
