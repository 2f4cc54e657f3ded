"""Check ``registry``: ids that match no org of the registry (warnings: valid, but suspect)."""

from __future__ import annotations

import duckdb

from lakesweep import queries
from lakesweep.verify.lake import SQL
from lakesweep.verify.model import Check, Example


def check_registry(con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    check = Check("registry", "every org id matches the registry", max_examples=examples)
    for source, org_id, rows in queries.run(con, SQL, "unmatched_org_ids").fetchall():
        reason = f"org id {org_id!r} in {source} ({rows} rows) matches no org of the registry"
        check.add(f"unmatched_{source}", Example(None, None, reason), severity="warning")
    return check
