"""For raw files: the rule that deletes each row (or none), and eligibility for training.

Files are planned in groups (:func:`plan_files`): their rows are judged by one run of
sql/rules.sql:decide and their deletions described by one run of sql/ledger.sql, because a
DuckDB query costs milliseconds whatever its size, and a lake has thousands of small files.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import queries
from lakesweep.context import RunContext
from lakesweep.policy import Policy

RULES = ("zero_data_retention", "erasure", "expired")
DETAIL_COLUMNS = ("org_id", "created_at", "input_tokens", "output_tokens")


@dataclass(frozen=True)
class FilePlan:
    decisions: pa.Table  # __row, org_id, rule, registered, unknown_age, event_date, eligible
    rows_before: int
    orgs: dict[str, list[dict]] = field(default_factory=dict)  # rule -> ledger detail per org

    @cached_property
    def keep_mask(self) -> pa.Array:
        return pc.is_null(self.decisions.column("rule")).combine_chunks()

    @cached_property
    def rows_after(self) -> int:
        return int(pc.sum(self.keep_mask).as_py() or 0)

    @cached_property
    def deleted(self) -> dict[str, int]:
        counts = Counter(self.decisions.column("rule").drop_null().to_pylist())
        return {rule: counts[rule] for rule in RULES if counts[rule]}

    def unregistered_orgs(self, limit: int = 50) -> tuple[dict[str | None, int], bool]:
        """Rows per org id the registry does not name (at most ``limit`` ids; True when
        there were more)."""
        d = self.decisions.select(["org_id", "registered"])
        d = d.filter(pc.invert(d.column("registered")))
        if not d.num_rows:
            return {}, False
        counts = d.group_by("org_id").aggregate([([], "count_all")]).to_pylist()
        counts.sort(key=lambda r: -r["count_all"])
        found = {r["org_id"]: r["count_all"] for r in counts[:limit]}
        return found, len(counts) > limit

    def count(self, column: str) -> int:
        return int(pc.sum(self.decisions.column(column)).as_py() or 0)


def plan_files(ctx: RunContext, policy: Policy, rows: list[pa.Table]) -> list[FilePlan]:
    """Plan the normalized rows of several raw files with one query each for rules and detail."""
    if not rows:
        return []
    sizes = [t.num_rows for t in rows]
    combined = _combine(rows)
    decisions = decide_rows(ctx, policy, combined)
    detail = deleted_orgs(decisions.column("rule"), combined, combined.column("__file"))
    plans, offset = [], 0
    for i, n in enumerate(sizes):
        part = decisions.slice(offset, n)
        part = part.set_column(0, "__row", pa.array(range(n), pa.int64()))
        plans.append(FilePlan(part, n, detail.get(i, {})))
        offset += n
    return plans


def decide(ctx: RunContext, policy: Policy, rows: pa.Table) -> FilePlan:
    """Plan one raw file (see :func:`plan_files`)."""
    return plan_files(ctx, policy, [rows])[0]


def _combine(rows: list[pa.Table]) -> pa.Table:
    columns = ["request_id", "org_id", "created_at", "connector", *DETAIL_COLUMNS[2:]]
    parts = [
        t.select(columns).append_column("__file", pa.array([i] * t.num_rows, pa.int32()))
        for i, t in enumerate(rows)
    ]
    combined = pa.concat_tables(parts)
    return combined.add_column(0, "__row", pa.array(range(combined.num_rows), pa.int64()))


def decide_rows(ctx: RunContext, policy: Policy, rows: pa.Table) -> pa.Table:
    """sql/rules.sql:decide over normalized rows (ordered by ``__row``)."""
    con = queries.thread_connection()
    queries.register_once(con, rule_inputs(ctx, policy))
    con.register(
        "raw_rows", rows.select(["__row", "request_id", "org_id", "created_at", "connector"])
    )
    p = ctx.sql_params()
    try:
        decisions = queries.run(
            con,
            "rules.sql",
            "decide",
            now=p["now"],
            default_retention_days=p["default_retention_days"],
        ).to_arrow_table()
    finally:
        con.unregister("raw_rows")
    if decisions.num_rows != rows.num_rows:
        raise RuntimeError(
            f"rules.sql:decide returned {decisions.num_rows} rows for {rows.num_rows}"
        )
    return decisions


def deleted_orgs(
    rules: pa.ChunkedArray | pa.Array,
    rows: pa.Table,
    files: pa.ChunkedArray | pa.Array | None = None,
) -> dict[int, dict[str, list[dict]]]:
    """Ledger detail of the rows ``rules`` delete (one rule per row, null = kept), per file
    index of ``files`` (all 0 when None), then per rule: one entry per org."""
    n = len(rows)
    columns = {
        "__file": files if files is not None else pa.array([0] * n, pa.int32()),
        "rule": rules,
    }
    for name in DETAIL_COLUMNS:
        columns[name] = rows.column(name) if name in rows.column_names else pa.nulls(n)
    doomed = pa.table(columns).filter(pc.is_valid(columns["rule"]))
    if not doomed.num_rows:
        return {}
    con = queries.thread_connection()
    con.register("doomed", doomed)
    try:
        found = queries.run(con, "ledger.sql", "deleted_by_org").fetchall()
    finally:
        con.unregister("doomed")
    out: dict[int, dict[str, list[dict]]] = {}
    for file, rule, org_id, rows_, tokens_in, tokens_out, first, last in found:
        out.setdefault(file, {}).setdefault(rule, []).append(
            {
                "org_id": org_id,
                "rows": rows_,
                "input_tokens": int(tokens_in),
                "output_tokens": int(tokens_out),
                "min_created_at": None if first is None else str(first),
                "max_created_at": None if last is None else str(last),
            }
        )
    return out


_lock = threading.Lock()
_derived: dict[int, tuple[Policy, tuple, dict[str, pa.Table]]] = {}


def rule_inputs(ctx: RunContext, policy: Policy) -> dict[str, pa.Table]:
    """sql/rules.sql's per-run tables (opt_events, org_state), computed once per policy and
    clock in this process and shared by every file."""
    p = ctx.sql_params()
    key = (p["now"], p["today"], p["default_retention_days"])
    with _lock:
        cached = _derived.get(id(policy))
        if cached is not None and cached[0] is policy and cached[1] == key:
            return cached[2]
        con = queries.worker_connection()
        try:
            for name, table in policy.tables().items():
                con.register(name, table)
            events = queries.run(con, "rules.sql", "opt_events", now=p["now"]).to_arrow_table()
            con.register("opt_events", events)
            state = queries.run(
                con,
                "rules.sql",
                "org_state",
                today=p["today"],
                default_retention_days=p["default_retention_days"],
            )
            derived = {"opt_events": events, "org_state": state.to_arrow_table()}
        finally:
            con.close()
        _derived.clear()
        _derived[id(policy)] = (policy, key, derived)
        return derived
