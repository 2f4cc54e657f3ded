"""verify's sanitizer_versions check: rows sanitized by an earlier release, or by none the
row names, are counted exactly and reported as warnings with the days to backfill."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from lakesweep.codehash import sanitizer_build
from sanitizers import SANITIZER_VERSION
from tests.verify.helpers import Invoke, findings, rewrite, verify_json


def _versions_check(report: dict) -> dict:
    (check,) = [c for c in report["checks"] if c["name"] == "sanitizer_versions"]
    return check


def test_a_swept_lake_is_all_current(lake: Path, invoke: Invoke) -> None:
    code, report = verify_json(invoke, lake)
    check = _versions_check(report)
    rows = sum(pq.read_metadata(p).num_rows for p in (lake / "training").rglob("*.parquet"))
    assert code == 0 and check["status"] == "ok", json.dumps(check, indent=1)
    assert check["notes"] == [f"rows per release: {SANITIZER_VERSION}: {rows}"]


def test_earlier_and_unnamed_releases_are_counted_warnings(lake: Path, invoke: Invoke) -> None:
    files = sorted((lake / "training").rglob("*.parquet"))
    assert len(files) >= 3
    old, unnamed = files[0], files[1]

    def earlier(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index("sanitizer_version")
        return table.set_column(i, "sanitizer_version", pa.array(["1.7.0"] * table.num_rows))

    rewrite(old, earlier)
    rewrite(unnamed, lambda t: t.drop_columns(["sanitizer_version"]))
    code, report = verify_json(invoke, lake)
    found = findings(report)
    day = old.parent.name.removeprefix("event_date=")
    assert code == 0  # warnings: the contract asks for sanitized text, not the newest release
    outdated, unknown = found["sanitizer_outdated"], found["sanitizer_unknown"]
    assert outdated["severity"] == unknown["severity"] == "warning"
    assert outdated["count"] == pq.read_metadata(old).num_rows
    assert unknown["count"] == pq.read_metadata(unnamed).num_rows
    reason = outdated["examples"][0]["reason"]
    assert f"--from {day} --to {day} --resanitize" in reason, reason
    assert _versions_check(report)["status"] == "warning"


def test_rows_of_another_build_are_counted_warnings(lake: Path, invoke: Invoke) -> None:
    """The current release, but written by an edited install or another model: a warning
    counting exactly those rows; rows from a writer that recorded no build are a note."""
    files = sorted((lake / "training").rglob("*.parquet"))
    assert len(files) >= 3
    other, older = files[0], files[1]

    def built_elsewhere(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index("sanitizer_build")
        return table.set_column(i, "sanitizer_build", pa.array(["0123abcd0123abcd"] * len(table)))

    rewrite(other, built_elsewhere)
    rewrite(older, lambda t: t.drop_columns(["sanitizer_build"]))
    code, report = verify_json(invoke, lake)
    found = findings(report)
    assert code == 0
    modified = found["sanitizer_modified"]
    assert modified["severity"] == "warning"
    assert modified["count"] == pq.read_metadata(other).num_rows
    reason = modified["examples"][0]["reason"]
    day = other.parent.name.removeprefix("event_date=")
    assert "build 0123abcd0123abcd" in reason and f"--from {day} --to {day}" in reason, reason
    check = _versions_check(report)
    assert check["status"] == "warning"
    rows = pq.read_metadata(older).num_rows
    assert f"{rows} rows of {SANITIZER_VERSION} record no build (older writer)" in check["notes"]


def _build_of(package_root: Path) -> str:
    """sanitizer_build of the sanitizers package under ``package_root``, in a fresh process."""
    code = (
        "import importlib.util; from lakesweep.codehash import sanitizer_build; "
        "print(importlib.util.find_spec('sanitizers').origin); "
        "print(sanitizer_build('en_core_web_sm'))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_root), *sys.path])}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=package_root, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    origin, build = done.stdout.split()
    assert Path(origin).is_relative_to(package_root), origin
    return build


def test_an_edited_install_has_another_build(tmp_path: Path) -> None:
    """Editing one rule of the installed registry.yaml, without a new release number,
    changes the build that rows record and verify compares."""
    import sanitizers

    source = Path(sanitizers.__file__).parent
    copy = tmp_path / "site"
    shutil.copytree(source, copy / "sanitizers", ignore=shutil.ignore_patterns("__pycache__"))
    assert _build_of(copy) == sanitizer_build("en_core_web_sm")
    registry = copy / "sanitizers" / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _build_of(copy) != sanitizer_build("en_core_web_sm")


def test_a_lake_with_no_build_column_at_all_is_noted(lake: Path, invoke: Invoke) -> None:
    """Current-release rows in parts that all predate the build column: a note, not a
    check that cannot run."""
    files = sorted((lake / "training").rglob("*.parquet"))
    for path in files:
        rewrite(path, lambda t: t.drop_columns(["sanitizer_build"]))
    code, report = verify_json(invoke, lake)
    check = _versions_check(report)
    rows = sum(pq.read_metadata(p).num_rows for p in files)
    assert code == 0 and check["status"] == "ok", json.dumps(check, indent=1)
    assert f"{rows} rows of {SANITIZER_VERSION} record no build (older writer)" in check["notes"]
