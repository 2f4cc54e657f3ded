"""Check ``sanitizer_versions``: training text sanitized by an earlier sanitizer release.

Each training row records the release that sanitized it. A release finds more than the ones
before it (1.8.0 takes listed first names 1.7.0 left), so rows from an earlier release, or
from none the row can name, may hold names the current one removes. That is a warning, not a
violation: the contract asks for sanitized text, not for the newest sanitizer. The fix is a
backfill of those days with ``--resanitize``.
"""

from __future__ import annotations

import re
from importlib.util import find_spec
from pathlib import Path

import duckdb

from lakesweep import queries
from lakesweep.codehash import sanitizer_build
from lakesweep.verify.lake import SQL, LakeInputs
from lakesweep.verify.model import Check, Example


def current_release() -> str:
    """The installed sanitizer's SANITIZER_VERSION, read from its source: importing the
    package would load spaCy and Presidio, which verify does not need (seconds)."""
    spec = find_spec("sanitizers")
    source = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
    found = re.search(r'^SANITIZER_VERSION = "([^"]+)"', source, re.MULTILINE)
    if found is None:
        raise ValueError("cannot read SANITIZER_VERSION from the installed sanitizers package")
    return found.group(1)


def check_versions(inputs: LakeInputs, con: duckdb.DuckDBPyConnection, examples: int) -> Check:
    current = current_release()
    check = Check(
        "sanitizer_versions",
        f"training text sanitized by the current sanitizer ({current})",
        max_examples=examples,
    )
    if not inputs.training_files:
        check.notes.append("training/ is empty")
        return check
    files = inputs.paths(inputs.training_files)
    columns = inputs.training_columns(con)
    named = {path for path, column in columns if column == "sanitizer_version"}
    built = {path for path, column in columns if column == "sanitizer_build"} & named
    with_column = sorted(named)
    without = [path for path in files if path not in named]
    if without:
        ((rows,),) = queries.run(con, SQL, "training_count", files=without).fetchall()
        reason = f"{rows} rows in {len(without)} files name no sanitizer release"
        check.add("sanitizer_unknown", Example(inputs.rel(without[0]), None, reason),
                  severity="warning", count=rows)  # fmt: skip
    if not with_column:
        return check
    result = queries.run(con, SQL, "training_sanitizer_versions", files=with_column)
    tally = []
    for version, rows, first, last, path in result.fetchall():
        tally.append(f"{version or 'none'}: {rows}")
        if version == current:
            _check_builds(inputs, con, check, current, rows, sorted(built))
            continue
        reason = (
            f"{rows} rows sanitized by {version or 'no named release'} (current {current}), "
            f"days {first} to {last}: names found since may remain; run `lakesweep backfill "
            f"--from {first} --to {last} --resanitize`"
        )
        kind = "sanitizer_unknown" if not version else "sanitizer_outdated"
        check.add(kind, Example(inputs.rel(path), None, reason), severity="warning", count=rows)
    check.notes.append("rows per release: " + ", ".join(tally))
    return check


def _check_builds(
    inputs: LakeInputs,
    con: duckdb.DuckDBPyConnection,
    check: Check,
    current: str,
    rows: int,
    files: list[str],
) -> None:
    """Rows of the current release written by another build of it: the same release number
    with other files, name list or model (an edited install, or a model upgrade)."""
    installed = sanitizer_build(inputs.settings.spacy_model)
    found = (
        queries.run(con, SQL, "training_sanitizer_builds", files=files, release=current).fetchall()
        if files  # read_parquet of no file is an error: parts that all predate the column
        else []
    )
    recorded = 0
    for build, n, first, last, path in found:
        if not build:
            continue
        recorded += n
        if build == installed:
            continue
        reason = (
            f"{n} rows sanitized by release {current} but build {build}, not the installed "
            f"build {installed}: the sanitizer's files, name list or spaCy model differ; "
            f"find out which is meant, then run `lakesweep backfill --from {first} --to "
            f"{last} --resanitize` with it"
        )
        check.add("sanitizer_modified", Example(inputs.rel(path), None, reason),
                  severity="warning", count=n)  # fmt: skip
    if recorded < rows:
        check.notes.append(f"{rows - recorded} rows of {current} record no build (older writer)")
