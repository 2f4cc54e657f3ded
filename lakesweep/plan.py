"""For one raw file: the rule that deletes each row (or none), and eligibility for training."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep import queries
from lakesweep.context import RunContext
from lakesweep.policy import Policy

RULES = ("zero_data_retention", "erasure", "expired")


@dataclass(frozen=True)
class FilePlan:
    decisions: pa.Table  # __row, org_id, rule, registered, unknown_age, event_date, eligible
    rows_before: int

    @cached_property
    def keep_mask(self) -> pa.Array:
        return pc.is_null(self.decisions.column("rule")).combine_chunks()

    @cached_property
    def rows_after(self) -> int:
        return int(pc.sum(self.keep_mask).as_py() or 0)

    @cached_property
    def _deleted_counts(self) -> list[dict]:
        doomed = self.decisions.select(["rule", "org_id"]).filter(pc.invert(self.keep_mask))
        return doomed.group_by(["rule", "org_id"]).aggregate([([], "count_all")]).to_pylist()

    @cached_property
    def deleted(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for row in self._deleted_counts:
            counts[row["rule"]] += row["count_all"]
        return {rule: counts[rule] for rule in RULES if counts[rule]}

    @cached_property
    def orgs_by_rule(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for row in sorted(self._deleted_counts, key=lambda r: str(r["org_id"])):
            out.setdefault(row["rule"], {})[row["org_id"]] = row["count_all"]
        return out

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

    def deleted_orgs(self, rows: pa.Table) -> dict[str, list[dict]]:
        """Per rule, one entry per org: rows, token sums, created_at span (sql/ledger.sql)."""
        return deleted_orgs(self.decisions.column("rule"), rows)


def deleted_orgs(rules: pa.ChunkedArray | pa.Array, rows: pa.Table) -> dict[str, list[dict]]:
    """Ledger detail of the rows that ``rules`` (one per row of ``rows``, null = kept) delete."""
    columns = {"rule": rules}
    for name in ("org_id", "created_at", "input_tokens", "output_tokens"):
        columns[name] = rows.column(name) if name in rows.column_names else pa.nulls(len(rows))
    doomed = pa.table(columns).filter(pc.is_valid(columns["rule"]))
    if not doomed.num_rows:
        return {}
    con = queries.thread_connection()
    con.register("doomed", doomed)
    try:
        found = queries.run(con, "ledger.sql", "deleted_by_org").fetchall()
    finally:
        con.unregister("doomed")
    out: dict[str, list[dict]] = {}
    for rule, org_id, n, tokens_in, tokens_out, first, last in found:
        out.setdefault(rule, []).append(
            {
                "org_id": org_id,
                "rows": n,
                "input_tokens": int(tokens_in),
                "output_tokens": int(tokens_out),
                "min_created_at": _iso(first),
                "max_created_at": _iso(last),
            }
        )
    return out


def _iso(value: object) -> str | None:
    return None if value is None else str(value)


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


def decide(ctx: RunContext, policy: Policy, rows: pa.Table) -> FilePlan:
    """Run sql/rules.sql:decide over the normalized rows of one raw file."""
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
    return FilePlan(decisions, rows.num_rows)
