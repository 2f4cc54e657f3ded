"""For one raw file: the rule that deletes each row (or none), and eligibility for training."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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

    @property
    def keep_mask(self) -> pa.Array:
        return pc.is_null(self.decisions.column("rule")).combine_chunks()

    @property
    def rows_after(self) -> int:
        return int(pc.sum(self.keep_mask).as_py() or 0)

    @property
    def deleted(self) -> dict[str, int]:
        counts = Counter(r for r in self.decisions.column("rule").to_pylist() if r is not None)
        return {rule: counts[rule] for rule in RULES if counts[rule]}

    @property
    def orgs_by_rule(self) -> dict[str, dict[str, int]]:
        out: dict[str, Counter[str]] = {}
        rules = self.decisions.column("rule").to_pylist()
        for rule, org in zip(rules, self.decisions.column("org_id").to_pylist(), strict=True):
            if rule is not None:
                out.setdefault(rule, Counter())[org] += 1
        return {rule: dict(sorted(c.items(), key=lambda kv: str(kv[0]))) for rule, c in out.items()}

    def count(self, column: str) -> int:
        return int(pc.sum(self.decisions.column(column)).as_py() or 0)


def decide(ctx: RunContext, policy: Policy, rows: pa.Table) -> FilePlan:
    """Run sql/rules.sql:decide over the normalized rows of one raw file."""
    con = queries.thread_connection()
    for name, table in policy.tables().items():
        con.register(name, table)
    con.register("raw_rows", rows.select(["__row", "org_id", "created_at", "connector"]))
    try:
        decisions = queries.run(con, "rules.sql", "decide", **ctx.sql_params()).to_arrow_table()
    finally:
        for name in (*policy.tables(), "raw_rows"):
            con.unregister(name)
    if decisions.num_rows != rows.num_rows:
        raise RuntimeError(
            f"rules.sql:decide returned {decisions.num_rows} rows for {rows.num_rows}"
        )
    return FilePlan(decisions, rows.num_rows)
