"""DuckDB views over a lake's usage aggregates and audit ledger (SQL in ``sql/views.sql``).

All lake access of the analyst commands goes through :func:`attach`: it is the one place that
knows where the files are. An S3 backend can later replace it (or its two source views).

How the lake path reaches SQL: DuckDB cannot bind a prepared parameter inside ``CREATE VIEW``
("This type of statement can't be prepared"), and a view stored in a database file must keep
its path anyway. So the two source views get their glob as a SQL string literal, built here
from the *resolved lake root only* plus fixed suffixes: no org id, option or query text ever
reaches it. The literal doubles single quotes (the only escape a standard SQL string needs),
and roots containing glob characters (``* ? [ ] { }``, or a backslash) are refused, because
DuckDB would expand them instead of reading the folder the analyst named. A registered relation
was the alternative, but it lives only in one connection and cannot be stored in the views file
for BI tools. Everything else is a named query run with ``$name`` parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from lakesweep import queries

VIEWS_FILE = "views.sql"
VIEW_NAMES = (
    "usage_files",
    "ledger",
    "usage",
    "usage_daily",
    "usage_by_org",
    "deletions",
    "deletion_orgs",
    "runs",
)
"""Created in this order; later views read earlier ones."""

# Data files never start with "." or "_" (docs/layout.md); the [!._] class skips them.
_GLOBS = {
    "usage_glob": "usage/event_date=*/[!._]*.parquet",
    "ledger_glob": "_ledger/*/[!._]*.jsonl",
}
_GLOB_CHARS = set("*?[]{}\\")


class LakeError(Exception):
    """The lake root cannot be read by the analyst commands; the message says what to do."""


@dataclass(frozen=True)
class Lake:
    """A lake whose views are attached to a connection, with what was found in it."""

    root: Path
    usage_files: int
    ledger_files: int


def lake_root(value: str | Path) -> Path:
    """The absolute local lake root for ``value``, or :class:`LakeError` saying what is wrong."""
    text = str(value)
    if "://" in text:
        raise LakeError(
            f"{text}: the analyst commands read local lakes only for now; "
            "sync the lake's usage/ and _ledger/ folders to a local folder and pass that"
        )
    root = Path(text).expanduser().resolve()
    if not root.is_dir():
        raise LakeError(f"lake root {root} is not a folder; pass --lake with the lake's root")
    if _GLOB_CHARS & set(str(root)):
        raise LakeError(
            f"lake root {root} contains one of {''.join(sorted(_GLOB_CHARS))}, which DuckDB "
            "would read as a file pattern; rename the folder or use a symlink without them"
        )
    return root


def sql_string(text: str) -> str:
    """``text`` as a SQL string literal: quoted, with single quotes doubled."""
    return "'" + text.replace("'", "''") + "'"


def view_sql(name: str, root: Path) -> str:
    """The ``CREATE OR REPLACE VIEW`` statement of view ``name`` for the lake at ``root``."""
    sql = queries.query(VIEWS_FILE, name)
    for marker, suffix in _GLOBS.items():
        sql = sql.replace("{{" + marker + "}}", sql_string(f"{root.as_posix()}/{suffix}"))
    return sql


def attach(con: duckdb.DuckDBPyConnection, root: str | Path) -> Lake:
    """Create the analyst views over the local lake at ``root`` in ``con``'s current schema.

    A new lake (no usage/ or _ledger/ yet) gets the same views, empty. Raises
    :class:`LakeError` when ``root`` is not a readable local folder.
    """
    path = lake_root(root)
    for name in VIEW_NAMES:
        con.execute(view_sql(name, path))
    counts = {
        marker: queries.run(
            con, VIEWS_FILE, "count_files", pattern=f"{path.as_posix()}/{suffix}"
        ).fetchall()[0][0]
        for marker, suffix in _GLOBS.items()
    }
    return Lake(root=path, usage_files=counts["usage_glob"], ledger_files=counts["ledger_glob"])


def write_views_file(root: str | Path, out: Path) -> Lake:
    """Create (or refresh) the analyst views in the DuckDB database file ``out``.

    The file holds views, not copies: they read the lake's files by absolute path whenever
    they are queried, so new aggregates show up without rewriting the file. Other objects in
    an existing file are left alone. ``lakesweep.queries.connect`` is in-memory only, so the
    file is opened here with the same settings (no extension downloads, UTC).
    """
    lake_root(root)  # a bad root fails before any file is created
    out = out.expanduser().resolve()
    if out.is_dir():
        raise LakeError(f"{out} is a folder; pass --out with a file name such as usage.duckdb")
    out.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(
        str(out),
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )
    try:
        con.execute("SET TimeZone = 'UTC'")
        return attach(con, root)
    finally:
        con.close()
