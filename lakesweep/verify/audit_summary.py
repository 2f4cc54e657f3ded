"""The top of the audit certificate: one line per question an auditor asks (was it deleted,
by which runs, under which policy and code, is the record intact, what remains), in UTC."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text


def summary(cert: dict[str, Any]) -> Table:
    rows = [
        ("found in", ", ".join(cert["found_in"])),
        ("registry", _registry(cert["org"])),
        ("ledger chain", _chain(cert["ledger_chain"])),
        ("rows deleted", _deleted(cert["deleted"])),
        ("by runs", _runs(cert)),
        ("policy snapshots", _snapshots(cert["provenance"]["policy_snapshots"])),
        ("code versions", _versions(cert["provenance"])),
        ("zero retention", _zero_retention(cert["zero_retention"])),
        ("erasure requests", _requests(cert["erasure_requests"])),
        ("usage kept", _usage(cert["usage_kept"])),
        ("remaining now", _remaining(cert["remaining"])),
    ]
    table = Table(title=Text("summary"), title_justify="left", show_header=False)
    table.add_column("what", style="bold", no_wrap=True)
    table.add_column("answer", overflow="fold")
    for what, answer in rows:
        style = "bold red" if what == "ledger chain" and not cert["ledger_chain"]["intact"] else ""
        table.add_row(Text(what), Text(answer, style=style))
    return table


def when(iso: str | None, utc: bool = True) -> str:
    """``2026-06-15T12:00:03Z`` -> ``2026-06-15 12:00:03 UTC`` (without " UTC": ``utc``)."""
    return "" if not iso else iso.replace("T", " ").removesuffix("Z") + " UTC" * utc


def duration(seconds: int) -> str:
    days, rest = divmod(max(0, seconds), 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    parts = (
        [f"{days} d"] * bool(days)
        + [f"{hours} h"] * bool(hours)
        + [f"{minutes} min"] * bool(minutes)
    )
    return " ".join(parts[:2]) or f"{secs} s"


def _registry(org: dict[str, Any] | None) -> str:
    if org is None:
        return "not in the org registry (policy/orgs)"
    flags = {k: v for k, v in org.items() if k != "org_id" and v not in (None, False)}
    said = [k if v is True else f"{k}={v}" for k, v in flags.items()]
    return ", ".join(said) or "registered, default settings"


def _chain(chain: dict[str, Any]) -> str:
    size = f"{chain['entries']} entries, {chain['records']} records"
    if chain["intact"]:
        return f"intact ({size}; every entry carries the hash of the one before)"
    return f"NOT INTACT ({size}): " + "; ".join(chain["problems"])


def _deleted(deleted: list[dict]) -> str:
    by_table: dict[str, list[str]] = {}
    for d in deleted:
        by_table.setdefault(d["table"], []).append(f"{d['rule']} {d['rows']:,}")
    return "; ".join(f"{t}: {', '.join(r)}" for t, r in by_table.items()) or "none recorded"


def _runs(cert: dict[str, Any]) -> str:
    times = [d["recorded_at"] for d in cert["deletions"] if d["recorded_at"]]
    if not times:
        return "none"
    return f"{len(cert['runs'])} run(s), {when(min(times))} to {when(max(times))}"


def _snapshots(snapshots: list[dict]) -> str:
    return ", ".join(f"{(s['hash'] or '?')[:12]} ({s['state']})" for s in snapshots) or "none"


def _versions(prov: dict[str, Any]) -> str:
    def named(name: str) -> str:
        seen = prov[f"{name}_versions"]
        return f"{name} " + ", ".join(f"{v} ({n} run(s))" for v, n in seen.items()) if seen else ""

    return "; ".join(p for p in (named("lakesweep"), named("sanitizer")) if p) or "none"


def _zero_retention(zdr: dict[str, Any]) -> str:
    worst = zdr["longest_before_deletion"]
    prefix = "zero-retention org" if zdr["org_has_zero_retention"] else "not a zero-retention org"
    if worst is None:
        return f"{prefix}; no zero-retention row of it was found or deleted"
    if worst["deleted_at"] is None:
        held = duration(worst["seconds"])
        return f"{prefix}; a row created {when(worst['created_at'])} is still in raw ({held})"
    return (
        f"{prefix}; the longest a zero-retention row existed before deletion: "
        f"{duration(worst['seconds'])} (created {when(worst['created_at'])}, deleted by run "
        f"{worst['run_id']}, recorded {when(worst['deleted_at'])})"
    )


def _requests(requests: list[dict]) -> str:
    states = [
        f"{r['status']}" + (f" {when(r['completed_at'])}" if r["completed_at"] else "")
        for r in requests
    ]
    return f"{len(requests)}: " + "; ".join(states) if requests else "none"


def _usage(usage: dict[str, Any]) -> str:
    if not usage["rows"]:
        return "no usage aggregates for this org"
    return (
        f"kept: {usage['requests']:,} requests, {usage['input_tokens']:,} input and "
        f"{usage['output_tokens']:,} output tokens over {usage['event_dates']} event_date(s), "
        f"{usage['what']}"
    )


def _remaining(rem: dict[str, Any]) -> str:
    training = (
        "not checked (set LAKESWEEP_PSEUDONYM_KEY)"
        if rem["training_rows"] is None
        else f"{rem['training_rows']:,}"
    )
    return f"{rem['raw_rows']:,} raw rows; training rows: {training}"
