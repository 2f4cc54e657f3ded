"""Checks ``training_rows`` and ``training_columns``.

Rows: training rows carry only ``org_key`` = HMAC(org_id). The check keys every org id the
policy names with the operator's key and joins; a row of an org that may not be exported now
is pending for the grace period after it fell due, then a violation. Rows without a
pseudonym and a ``sample_id`` held twice are violations. Without the key nothing can be
matched: one finding says so (a violation while training/ holds rows: nobody can confirm
them). Columns: no column that is, in any case or spelling, a request id, an org id or an
embedding.
"""

from __future__ import annotations

import re

import duckdb

from lakesweep import queries
from lakesweep.pseudonym import KEY_ENV
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

REASONS = {
    "unknown_org_key": (
        "org_key matches no org of the policy under this key "
        f"(if no row matches, is {KEY_ENV} the key the nightly run used?)"
    ),
    "unregistered": "org {org!r} is not in the org registry",
    "zero_data_retention": "org {org!r} has zero data retention",
    "google_workspace": "org {org!r} has connected Google Workspace",
    "unknown_age": "created_at is not readable: a row of unknown age is never exported",
    "erasure": "created_at {created} is covered by an erasure request of org {org!r}",
    "opted_out": "org {org!r} is opted out",
    "opted_out_at_creation": "org {org!r} was opted out at created_at {created}",
}
FORBIDDEN = {"requestid", "orgid", "embedding", "embeddings", "organizationid", "organisationid"}


def check_training(inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    check = Check(
        "training_rows", "no training row that may not be there now", max_examples=examples
    )
    if not inputs.training_files:
        check.notes.append("training/ is empty")
        return check
    files = inputs.paths(inputs.training_files)
    for problem, rows, ex_files, ex_rows in queries.run(
        con, SQL, "training_pseudonyms", files=files, examples=examples
    ).fetchall():
        reason = {
            "no_pseudonym": "row without sample_id or org_key: it can never be found again",
            "duplicate": "sample_id held more than once: a request exported twice",
        }[problem]
        for i, (path, row) in enumerate(zip(ex_files, ex_rows, strict=True)):
            example = Example(inputs.rel(path), row, reason)
            check.add(f"training_{problem}", example, count=rows if i == 0 else 0)
    if inputs.key is None:
        ((rows,),) = queries.run(con, SQL, "training_count", files=files).fetchall()
        check.skipped = True
        reason = (
            f"{rows} training rows: their orgs cannot be matched without {KEY_ENV}; set it to "
            "the key the nightly run uses to check them"
        )
        check.add("training_unverifiable", Example("training/", None, reason))
        return check
    params = {**inputs.judged_at(), "files": files, "examples": examples}
    groups = queries.run_some(con, SQL, "training_judged", **params).fetchall()
    for org_id, rule, overdue, rows, ex_files, ex_rows, ex_created in groups:
        for i, (path, row, created) in enumerate(zip(ex_files, ex_rows, ex_created, strict=True)):
            reason = REASONS[rule].format(org=org_id, created=created)
            count = rows if i == 0 else 0
            if overdue:
                check.add(f"training_{rule}", Example(inputs.rel(path), row, reason), count=count)
                continue
            reason += f"; due less than {inputs.grace} ago: the next nightly run removes it"
            example = Example(inputs.rel(path), row, reason)
            check.add(f"training_pending_{rule}", example, severity="warning", count=count)
    return check


def check_columns(inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    check = Check(
        "training_columns",
        "no request id, org id or embedding column in training (any spelling)",
        max_examples=examples,
    )
    if not inputs.training_files:
        check.notes.append("training/ is empty")
        return check
    for path, column in inputs.training_columns(con):
        if re.sub(r"[^a-z0-9]", "", column.lower()) in FORBIDDEN:
            reason = f"training file has a {column!r} column; training must never carry it"
            example = Example(inputs.rel(path), None, reason)
            check.add("training_forbidden_column", example)
    return check
