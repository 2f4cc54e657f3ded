"""The audit certificate as rich renderables, 80 columns wide: the answer first (a summary of
the org's deletions, provenance, ledger integrity and what remains), then the tables, and
per-file detail only with ``detail``. Cells are Text, never markup (ids are untrusted)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text

from lakesweep.verify.audit_summary import summary, when
from lakesweep.verify.render import table as _table


def audit_view(cert: dict[str, Any], detail: bool = False) -> Group:
    """The certificate; ``detail`` adds every deletion record, usage row and raw file."""
    parts: list[Any] = [
        Text(f"Deletion certificate for org {cert['org_id']!r}", style="bold"),
        Text(
            f"lake {cert['lake']}; as of {when(cert['now'])}; lakesweep {cert['lakesweep_version']}"
        ),
    ]
    if not cert["found_in"]:
        parts.append(
            Text(
                f"org {cert['org_id']!r} appears nowhere in this lake (no policy file, raw row, "
                "usage aggregate or ledger record names it): nothing to certify. Check the id "
                "(case, whitespace, typos).",
                style="bold red",
            )
        )
        return Group(*parts)
    parts.append(summary(cert))
    parts.append(
        _table(
            "rows deleted",
            ("table", "rule", "rows"),
            [(d["table"], d["rule"], d["rows"]) for d in cert["deleted"]],
        )
    )
    parts.append(
        _table(
            "runs that deleted the org's rows",
            ("run_id", "status", "lakesweep", "sanitizer", "policy"),
            [
                (
                    r["run_id"],
                    r.get("status"),
                    r.get("lakesweep"),
                    r.get("sanitizer"),
                    (r.get("policy") or "")[:12],
                )
                for r in cert["runs"]
            ],
        )
    )
    if cert["erasure_requests"]:
        parts.append(
            _table(
                "erasure requests",
                ("request_id", "requested (UTC)", "status", "completed (UTC)", "erased"),
                [
                    (
                        r["request_id"],
                        when(r["requested_at"], utc=False),
                        r["status"],
                        when(r["completed_at"], utc=False),
                        r["rows_erased"],
                    )
                    for r in cert["erasure_requests"]
                ],
            )
        )
    rem = cert["remaining"]
    if rem["raw_rows"] or rem["training_rows"]:
        training = rem["training_by_event_date"] or {}
        days = sorted(set(rem["raw_by_event_date"]) | set(training))
        parts.append(
            _table(
                "remaining now, by event_date",
                ("event_date", "raw rows", "training rows"),
                [(d, rem["raw_by_event_date"].get(d, 0), training.get(d, 0)) for d in days],
            )
        )
    if detail:
        parts += _detail(cert)
    else:
        parts.append(Text("per-file detail: --detail (or --json)", style="dim"))
    parts.extend(Text(f"note: {n}", style="yellow") for n in cert["notes"])
    return Group(*parts)


def _detail(cert: dict[str, Any]) -> list[Any]:
    out: list[Any] = [Text("deletion records naming the org (from the ledger)", style="bold")]
    for d in cert["deletions"]:
        out.append(
            Text(
                f"{when(d['recorded_at'])}  run {d['run_id']}  {d['table']} {d['file']}  "
                f"{d['rule']} {d['org_rows']:,} rows"
            )
        )
    usage = cert["usage_kept"]["rows"]
    out.append(
        _table(
            "usage aggregates kept",
            ("event_date", "endpoint", "model", "requests", "in tokens", "out tokens"),
            [
                (
                    u["event_date"],
                    u["endpoint"],
                    u["model"],
                    u["requests"],
                    u["input_tokens"],
                    u["output_tokens"],
                )
                for u in usage
            ],
        )
    )
    files = cert["remaining"]["raw_by_file"]
    if files:
        out.append(Text("raw files still holding rows of the org", style="bold"))
        out.extend(Text(f"{rel}: {n:,} rows") for rel, n in files.items())
    return out
