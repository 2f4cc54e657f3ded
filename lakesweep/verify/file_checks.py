"""File-level checks: 3, no forbidden column in a training file; 5, no leftover temporary files
and no pending rewrite intents (signs of a crashed run)."""

from __future__ import annotations

import duckdb

from lakesweep import queries
from lakesweep.storage import TMP_SUFFIX
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

INTENTS = "_state/intents"
LEASE = "_state/lease.json"


def check_hygiene(inputs: LakeInputs, examples: int) -> Check:
    check = Check("leftovers", "no temporary files, no pending intents", max_examples=examples)
    storage = inputs.storage
    for info in storage.list(".", TMP_SUFFIX, data_only=False):
        reason = "temporary file left by an interrupted write; the next nightly run cleans it"
        check.add("temp_file", Example(info.path, None, reason))
    for info in storage.list(INTENTS, ".json", data_only=False):
        reason = "rewrite intent not completed (a run crashed); run nightly to finish it"
        check.add("pending_intent", Example(info.path, None, reason))
    if storage.exists(LEASE):
        reason = "a run holds (or held) the lake lease: results may change while it runs"
        check.add("lease_held", Example(LEASE, None, reason), severity="warning")
    return check


def check_columns(inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    check = Check(
        "training_columns", "no request_id/org_id/embedding in training", max_examples=examples
    )
    if not inputs.training_files:
        check.notes.append("training/ is empty")
        return check
    files = inputs.paths(inputs.training_files)
    for path, column in queries.run(con, SQL, "forbidden_training_columns", files=files).fetchall():
        reason = f"training file has a {column!r} column; training must never carry it"
        check.add(f"training_column_{column.lower()}", Example(inputs.rel(path), None, reason))
    return check
