"""Remove training rows whose org is no longer eligible (opted out, zero retention,
Google-connected, left the registry) or that an erasure request covers.

Training rows carry ``org_key`` = HMAC(org_id), so the registry's org ids are keyed with the
operator's key to find them; no org id is ever stored in training/.
"""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import queries, rewrite
from lakesweep.context import RunContext
from lakesweep.plan import rule_inputs
from lakesweep.policy import Policy
from lakesweep.pseudonym import hmac_hex
from lakesweep.timeutil import to_utc_naive
from lakesweep.units import FileResult

TRAINING_RULES = ("zero_data_retention", "erasure", "unregistered", "opted_out", "google_workspace")


def org_keys(ctx: RunContext, policy: Policy) -> pa.Table:
    """org_key -> org_id for the registry's orgs and those named in erasure requests
    (from sql/rules.sql's org_state)."""
    key = ctx.settings.pseudonym_key
    if key is None:
        raise RuntimeError("org_keys needs LAKESWEEP_PSEUDONYM_KEY")
    secret = key.get_secret_value().encode()
    state = rule_inputs(ctx, policy)["org_state"]
    named = pc.or_kleene(state.column("registered"), pc.is_valid(state.column("last_requested_at")))
    ids = state.filter(named).column("org_id").to_pylist()
    ordered = sorted(i for i in ids if i is not None)
    return pa.table(
        {
            "org_key": [hmac_hex(secret, i) for i in ordered],
            "org_id": pa.array(ordered, pa.string()),
        }
    )


def training_files(ctx: RunContext) -> list[str]:
    return [f.path for f in ctx.storage.list("training", ".parquet")]


def prune_training_file(ctx: RunContext, policy: Policy, keys: pa.Table, rel: str) -> FileResult:
    """Plan and apply the removals of one training file (same copy-on-write as raw)."""
    result = FileResult(file=rel, table="training")
    try:
        result.bytes_before = ctx.storage.size(rel)
        fingerprint = ctx.storage.fingerprint(rel)
        table = ctx.storage.read_table(rel, columns=["org_key", "created_at"])
        rows = pa.table(
            {
                "__row": pa.array(range(table.num_rows), pa.int64()),
                "org_key": table.column("org_key").combine_chunks(),
                "created_at": to_utc_naive(table.column("created_at").combine_chunks()),
            }
        )
        decisions = _decide(ctx, policy, keys, rows)
        rules = decisions.column("rule").combine_chunks()
        result.rows_before = table.num_rows
        deleted: dict[str, int] = {}
        orgs: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for rule, org in zip(
            rules.to_pylist(), decisions.column("org_id").to_pylist(), strict=True
        ):
            if rule is not None:
                deleted[rule] = deleted.get(rule, 0) + 1
                orgs[rule][org if org is not None else "(not in registry)"] += 1
        result.deleted = {r: deleted[r] for r in TRAINING_RULES if r in deleted}
        result.rows_after = result.rows_before - sum(deleted.values())
        if not deleted:
            return result
        result.action = "remove" if result.rows_after == 0 else "rewrite"
        if ctx.dry_run:
            return result
        plain = {rule: dict(c) for rule, c in orgs.items()}
        deletion = rewrite.Deletion(
            "training",
            rel,
            result.rows_before,
            pc.is_null(rules),
            result.deleted,
            plain,
            fingerprint,
        )
        result.bytes_written = rewrite.apply(ctx, deletion)
        ctx.checkpoint("mid_propagation")
    except Exception as exc:  # reported in the summary; the run exits non-zero
        result.action, result.error, result.error_reason = "failed", f"{rel}: {exc}", "error"
    return result


def _decide(ctx: RunContext, policy: Policy, keys: pa.Table, rows: pa.Table) -> pa.Table:
    con = queries.thread_connection()
    queries.register_once(con, {**rule_inputs(ctx, policy), "org_keys": keys})
    con.register("training_rows", rows)
    try:
        return queries.run(con, "training.sql", "remove_from_training").to_arrow_table()
    finally:
        con.unregister("training_rows")
