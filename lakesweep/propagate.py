"""The training pass: remove training rows that may no longer be there.

Rows of orgs that opted out (now, or at their ``created_at`` by a late event), became
zero-retention or Google-connected, or left the registry, rows an erasure request covers,
rows without a pseudonym or a readable ``created_at``, and second copies of a request
(``duplicate``) are removed by the same copy-on-write change as raw rows
(lakesweep.rewrite). Training rows carry ``org_key`` = HMAC(org_id), so the policy's org ids
are keyed with the operator's key to find them; no org id is ever stored in training/.
"""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import lineage, queries, rewrite
from lakesweep.context import RunContext
from lakesweep.files import keep_rows, parquet_file
from lakesweep.parquet_out import write_options
from lakesweep.plan import deleted_orgs, rule_inputs
from lakesweep.policy import Policy
from lakesweep.pseudonym import hmac_hex
from lakesweep.storage import ConcurrentModification
from lakesweep.timeutil import try_utc_naive
from lakesweep.units import FileResult

TRAINING_RULES = (
    "zero_data_retention",
    "erasure",
    "unregistered",
    "opted_out",
    "google_workspace",
    "no_pseudonym",
    "unknown_age",
    "duplicate",
)


def org_keys(ctx: RunContext, policy: Policy) -> pa.Table:
    """org_key -> org_id for every org the policy names (from sql/rules.sql's org_state)."""
    key = ctx.settings.pseudonym_key
    if key is None:
        raise RuntimeError("org_keys needs LAKESWEEP_PSEUDONYM_KEY")
    secret = key.get_secret_value().encode()
    ids = rule_inputs(ctx, policy)["org_state"].column("org_id").to_pylist()
    ordered = sorted(i for i in ids if i is not None)
    return pa.table(
        {
            "org_key": [hmac_hex(secret, i) for i in ordered],
            "org_id": pa.array(ordered, pa.string()),
        }
    )


def prune_training_file(
    ctx: RunContext, policy: Policy, keys: pa.Table, drop: set[str], rel: str
) -> FileResult:
    """Plan and apply the removals of one training part (``drop``: its duplicated ids)."""
    result = FileResult(file=rel, table="training")
    try:
        blob = ctx.storage.read_object(rel)
        result.bytes_before = len(blob.data)
        table = parquet_file(blob.data).read()
        rows = _rows(table, drop)
        rules = _decide(ctx, policy, keys, rows).column("rule").combine_chunks()
        orgs = _orgs(keys, rows, rules)
        result.rows_before = table.num_rows
        result.deleted = {r: n for r, n in Counter(rules.drop_null().to_pylist()).items()}
        result.deleted = {r: result.deleted[r] for r in TRAINING_RULES if r in result.deleted}
        result.rows_after = result.rows_before - sum(result.deleted.values())
        if not result.deleted:
            return result
        result.action = "remove" if result.rows_after == 0 else "rewrite"
        if ctx.dry_run:
            return result
        kept = keep_rows(table, pc.is_null(rules)) if result.rows_after else None
        change = rewrite.Change(
            "training",
            rel,
            lineage.content_id(blob.data),
            blob.token,
            table,
            kept,
            deleted=result.deleted,
            orgs=orgs,
            options=write_options(blob.data, kept) if kept is not None else {},
        )
        result.intent = rewrite.apply(ctx, change, result.bytes_before)
        result.bytes_written = result.intent["bytes_after"]
        ctx.checkpoint("mid_propagation")
    except FileNotFoundError:
        result.action = "gone"
    except ConcurrentModification as exc:
        result.action, result.error, result.error_reason = "failed", str(exc), "changed"
    except Exception as exc:  # reported in the summary; the run exits non-zero
        result.action, result.error, result.error_reason = "failed", f"{rel}: {exc}", "error"
    return result


def _rows(table: pa.Table, drop: set[str]) -> pa.Table:
    n = table.num_rows

    def column(name: str, dtype: pa.DataType) -> pa.Array:
        if name not in table.column_names:
            return pa.nulls(n, dtype)
        return table.column(name).combine_chunks().cast(dtype)

    sample_ids = column("sample_id", pa.string())
    created = (
        table.column("created_at").combine_chunks()
        if "created_at" in table.column_names
        else pa.nulls(n)
    )
    return pa.table(
        {
            "__row": pa.array(range(n), pa.int64()),
            "sample_id": sample_ids,
            "org_key": column("org_key", pa.string()),
            "created_at": try_utc_naive(created)[0],
            "duplicated": pc.fill_null(
                pc.is_in(sample_ids, pa.array(sorted(drop), pa.string())), False
            ),
        }
    )


def _decide(ctx: RunContext, policy: Policy, keys: pa.Table, rows: pa.Table) -> pa.Table:
    con = queries.thread_connection()
    queries.register_once(con, {**rule_inputs(ctx, policy), "org_keys": keys})
    con.register("training_rows", rows)
    try:
        return queries.run(con, "training.sql", "remove_from_training").to_arrow_table()
    finally:
        con.unregister("training_rows")


def _orgs(keys: pa.Table, rows: pa.Table, rules: pa.Array) -> dict[str, list[dict]]:
    """Per rule, the org ids (found by keying the policy's ids) and row counts removed."""
    lookup = dict(
        zip(keys.column("org_key").to_pylist(), keys.column("org_id").to_pylist(), strict=True)
    )
    org_ids = [lookup.get(k, "(not in registry)") for k in rows.column("org_key").to_pylist()]
    named = rows.select(["created_at"]).append_column("org_id", pa.array(org_ids, pa.string()))
    return deleted_orgs(rules, named).get(0, {})
