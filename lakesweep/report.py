"""Human-readable renderings of a RunSummary (markdown for Prefect, rich tables for the CLI).

The CLI's tables fit 80 columns and stay short however big the lake is: rows deleted per
partition (event_date) and rule, per rule for training, totals. Ids (run ids, rule names)
are never cut. Per-file detail only with ``verbose`` (and in ``--json`` and the ledger).
"""

from __future__ import annotations

from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from lakesweep.plan import RULES
from lakesweep.summary import RunSummary

DAY_COLUMNS = ("day", "raw_rows", "rebuilt", "kept_without_raw", "resanitized", "status")
MAX_PARTITIONS = 31  # partition rows shown in the terminal; --json has them all


def _deleted_word(summary: RunSummary) -> str:
    return "rows to delete" if summary.dry_run else "rows deleted"


def _partition_section(summary: RunSummary, limit: int | None) -> tuple[str, list, list]:
    raw = [p for p in summary.partitions if p["table"] == "raw"]
    changed = [p for p in raw if p["deleted"] or p["failed"]]
    failed = sum(p["failed"] for p in raw)
    extra = ["failed"] if failed else []  # the column only when a file failed
    header = ["event_date", *RULES, *extra]
    rows = [
        [p["event_date"], *(p["deleted"].get(r, 0) for r in RULES), *(p[c] for c in extra)]
        for p in changed
    ]
    shown = rows if limit is None else rows[:limit]
    if len(shown) < len(rows):
        shown.append([f"+{len(rows) - len(shown)} more", *([""] * (len(header) - 1))])
    totals = [summary.deleted_by_rule.get(r, 0) for r in RULES]
    shown.append(["total", *totals, *([failed] if failed else [])])
    title = f"raw {_deleted_word(summary)}, by partition and rule"
    title += f" ({len(changed)} of {len(raw)} partitions)"
    return title, header, shown


def _sections(
    summary: RunSummary, limit: int | None
) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, header, rows) of every section worth showing, in reading order."""
    sections = []
    if summary.kind == "nightly":
        sections.append(_partition_section(summary, limit))
    if summary.removed_from_training:
        rows = [[rule, n] for rule, n in summary.removed_from_training.items()]
        sections.append(("training rows removed, by rule", ["rule", _deleted_word(summary)], rows))
    if summary.entities:
        rows = [[kind, n] for kind, n in summary.entities.items()]
        sections.append(("personal data and secrets removed from exports", ["type", "found"], rows))
    if summary.days:
        header = ["day", "raw rows", "to rebuild" if summary.dry_run else "rebuilt"]
        header += ["kept, raw gone", "resanitize" if summary.dry_run else "resanitized", "status"]
        rows = [[d[c] for c in DAY_COLUMNS] for d in summary.days]
        sections.append(("backfill by day", header, rows))
    totals = [
        [_total_name(k, summary.dry_run), v] for k, v in summary.totals.items() if v or k == "files"
    ]
    sections.append(("totals", ["what", "value"], totals))
    return sections


def _total_name(key: str, dry_run: bool) -> str:
    if dry_run:
        key = {"rows_deleted": "rows_to_delete", "rows_rebuilt": "rows_to_rebuild"}.get(key, key)
    return key.replace("_", " ")


def _header(summary: RunSummary) -> list[str]:
    status = "dry run (nothing was changed)" if summary.dry_run else summary.status
    return [
        f"lakesweep {summary.kind}: {status}",
        f"run {summary.run_id}, now {summary.now} UTC",
        f"lake {summary.lake}",
    ]


def summary_markdown(summary: RunSummary) -> str:
    head = _header(summary)
    lines = [f"# {head[0]}", "", *(f"- {line}" for line in head[1:])]
    for title, header, rows in _sections(summary, None):
        lines += ["", f"## {title}", "| " + " | ".join(header) + " |"]
        lines += ["| " + " | ".join("---" for _ in header) + " |"]
        lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in rows]
    if summary.warnings:
        lines += ["", "## Warnings", *[f"- {w}" for w in summary.warnings]]
    if summary.errors:
        lines += ["", "## Errors", *[f"- {e}" for e in summary.errors[:50]]]
    return "\n".join(lines)


def partition_table(summary: RunSummary) -> list[dict[str, Any]]:
    """Deletions per rule and partition (raw and training), one row each: a table artifact."""
    return [
        {"table": p["table"], "event_date": p["event_date"], "rule": rule, "rows": n}
        for p in summary.partitions
        for rule, n in p["deleted"].items()
    ]


def summary_tables(summary: RunSummary, verbose: bool = False) -> list[RenderableType]:
    out: list[RenderableType] = [
        Text(line, style="bold" if i == 0 else "") for i, line in enumerate(_header(summary))
    ]
    if verbose and summary.files:  # lines, not a table: a long path wraps, it is not cut
        out.append(Text(f"files changed or failed ({len(summary.files)})", style="italic"))
        out += [Text(line) for line in _files(summary)]
    out += [
        _table(title, header, rows)
        for title, header, rows in _sections(summary, None if verbose else MAX_PARTITIONS)
    ]
    out += [Text(f"warning: {w}", style="yellow") for w in summary.warnings]
    return out


def _files(summary: RunSummary) -> list[str]:
    """One line per file: path, action, rows before -> after, rows per rule (or the error)."""
    out = []
    for f in summary.files:
        deleted = ", ".join(f"{k}={v:,}" for k, v in f["deleted"].items())
        what = f["error"] or f"{f['action']}: {f['rows_before']:,} -> {f['rows_after']:,} rows"
        out.append(f"{f['file']}  {what}" + (f" ({deleted})" if deleted and not f["error"] else ""))
    return out


def _table(title: str, header: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=Text(title), title_justify="left")
    for i, name in enumerate(header):
        numeric = rows and all(isinstance(r[i], int) or r[i] == "" for r in rows)
        table.add_column(name, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(Text(f"{v:,}" if isinstance(v, int) else str(v)) for v in row))
    return table
