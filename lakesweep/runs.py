"""Run records: every run that takes the lease ends with exactly one ``run`` ledger record.

A run leaves a marker ``_state/runs/<run_id>.json`` when it starts and removes it after its
run record is in the ledger. A marker of another run found by the next lease holder is an
interrupted run (a crash, a kill, a lost lease, an outage at the end): the finder writes its
run record (``status = interrupted``, ``recorded_by`` = the finder), once.
"""

from __future__ import annotations

import logging
import sys

from lakesweep import __version__, ledger
from lakesweep.codehash import code_hash
from lakesweep.context import RunContext
from lakesweep.summary import RunSummary

log = logging.getLogger(__name__)
RUNS = "_state/runs"


def marker(run_id: str) -> str:
    return f"{RUNS}/{run_id}.json"


def open_run(ctx: RunContext, kind: str) -> None:
    ctx.storage.write_json(
        marker(ctx.run_id),
        {
            "run_id": ctx.run_id,
            "kind": kind,
            "now": ctx.clock.now.isoformat(),
            "ledger_from": ctx.ledger_from,
            "policy": ctx.policy_hash,
        },
    )


def close_run(ctx: RunContext, book: ledger.Ledger | None, summary: RunSummary) -> None:
    """Append the run record, then drop the marker."""
    if book is None:
        return
    rec = ledger.record(
        "run",
        ctx.run_id,
        recorded_by=ctx.run_id,
        started_at=summary.started_at,
        ended_at=summary.ended_at,
        status=summary.status,
        rows=summary.totals.get("rows_deleted", 0),
        policy=ctx.policy_hash or None,
        run_now=ctx.clock.now.isoformat(),
        default_retention_days=ctx.settings.retention_days,
        detail={**summary.detail(), "versions": versions(ctx)},
    )
    book.append([rec])
    ctx.storage.delete(marker(ctx.run_id))


def recover_interrupted(ctx: RunContext, book: ledger.Ledger) -> list[str]:
    """Write the missing run records of interrupted runs; returns their run ids."""
    found = []
    for info in ctx.storage.list(RUNS, ".json", data_only=False):
        try:
            body = ctx.storage.read_json(info.path)
        except (ValueError, FileNotFoundError):
            body = {}
        run_id = body.get("run_id") or info.path.rsplit("/", 1)[-1].removesuffix(".json")
        if run_id == ctx.run_id:
            continue
        since = int(body.get("ledger_from") or 0)
        done = any(
            r.get("kind") == "run" and r.get("run_id") == run_id for r in book.records_since(since)
        )
        if not done:
            rec = ledger.record(
                "run",
                run_id,
                recorded_by=ctx.run_id,
                status="interrupted",
                policy=body.get("policy"),
                run_now=body.get("now"),
                detail={
                    "kind": body.get("kind"),
                    "now": body.get("now"),
                    "note": f"the run stopped before its end; run {ctx.run_id} completed "
                    "what it had started (see the records with recorded_by)",
                },
            )
            book.append([rec])
            found.append(run_id)
            log.warning("run %s was interrupted; recorded it as such", run_id)
        ctx.storage.delete(info.path)
    return found


def versions(ctx: RunContext) -> dict[str, str | None]:
    """What produced this run's effects: code, policy and sanitizer versions, key id."""
    from lakesweep.pseudonym import key_fingerprint

    key = ctx.settings.pseudonym_key
    loaded = sys.modules.get("sanitizers")  # only when this run sanitized (no 10 s import)
    sanitizer = getattr(loaded, "SANITIZER_VERSION", None)
    return {
        "lakesweep": __version__,
        "lakesweep_code": code_hash("lakesweep", "lakesweep.sql"),
        "policy": ctx.policy_hash or None,
        "sanitizer": sanitizer,
        "sanitizer_code": code_hash("sanitizers") if sanitizer else None,
        "pseudonym_key": key_fingerprint(key.get_secret_value().encode()) if key else None,
    }
