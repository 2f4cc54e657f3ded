"""Check 2: no training row of an org that is not eligible now.

Training rows carry only ``org_key`` = HMAC(org_id). The check keys every org id the policy
names with the operator's key and joins. Without the key nothing can be matched: the check
is skipped, and counts as a violation only when training/ holds rows (an auditor cannot
confirm those rows are allowed, so CI must not pass silently; give it the key).
"""

from __future__ import annotations

import duckdb

from lakesweep import queries
from lakesweep.pseudonym import KEY_ENV
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example

REASONS = {
    "unknown_org_key": (
        "org_key matches no org of the registry or erasure requests under this key "
        f"(if no row matches, is {KEY_ENV} the key the nightly run used?)"
    ),
    "unregistered": "org {org!r} is not in the org registry",
    "zero_data_retention": "org {org!r} has zero data retention",
    "google_workspace": "org {org!r} has connected Google Workspace",
    "unknown_age": "created_at is null: a row of unknown age is never exported",
    "erasure": "created_at {created} is covered by an erasure request of org {org!r}",
    "opted_out": "org {org!r} is opted out",
    "opted_out_at_creation": "org {org!r} was opted out at created_at {created}",
}


def check_training(inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    check = Check(
        "training_orgs", "no training row of an org not eligible now", max_examples=examples
    )
    if not inputs.training_files:
        check.notes.append("training/ is empty")
        return check
    files = inputs.paths(inputs.training_files)
    if inputs.key is None:
        ((rows,),) = queries.run(con, SQL, "training_count", files=files).fetchall()
        check.skipped = True
        check.notes.append(f"skipped: {KEY_ENV} is not set, so org_keys cannot be matched")
        if rows:
            reason = (
                f"training/ holds {rows} rows whose orgs cannot be checked without the key: "
                f"set {KEY_ENV} to the key the nightly run uses"
            )
            check.add("training_unverifiable", Example("training/", None, reason), count=rows)
        return check
    groups = queries.run(
        con, SQL, "training_rows", files=files, now=inputs.now, due=inputs.due, examples=examples
    ).fetchall()
    for org_id, rule_due, rule_now, rows, ex_files, ex_rows, ex_created in groups:
        rule = rule_due or rule_now
        for i, (path, row, created) in enumerate(zip(ex_files, ex_rows, ex_created, strict=True)):
            reason = REASONS[rule].format(org=org_id, created=created)
            count = rows if i == 0 else 0
            if rule_due:
                check.add(f"training_{rule}", Example(inputs.rel(path), row, reason), count=count)
                continue
            reason += (
                f" since after the last nightly run's clock ({inputs.due:%Y-%m-%d %H:%M}); "
                "the next nightly run removes it"
            )
            example = Example(inputs.rel(path), row, reason)
            check.add(f"training_pending_{rule}", example, severity="warning", count=count)
    return check
