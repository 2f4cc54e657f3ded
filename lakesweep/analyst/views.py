"""DuckDB views over a lake's usage aggregates and audit ledger (SQL in ``sql/views.sql``).

All lake access of the analyst commands goes through :func:`attach`: it is the one place that
knows where the files are. Local lakes and S3 lakes (``s3://bucket/prefix``) run the same SQL;
:mod:`lakesweep.lakeread` makes S3 files readable by DuckDB through pyarrow's S3 filesystem
(no httpfs). On S3 the two source relations, ``usage_files`` and ``ledger``, are copied into
tables once (one listing, one read of each file) instead of being re-read by every query; on
a local lake they are views that read the files each time.

How the lake path reaches SQL: DuckDB cannot bind a prepared parameter inside ``CREATE VIEW``
("This type of statement can't be prepared"), and a view stored in a database file must keep
its path anyway. So the two source views get their glob as a SQL string literal, built here
from the *lake root only* (the resolved local folder, or the bucket and prefix) plus fixed
suffixes: no org id, option or query text ever reaches it. The literal doubles single quotes
(the only escape a standard SQL string needs), and roots containing glob characters
(``* ? [ ] { }``, or a backslash) are refused, because DuckDB would expand them instead of
reading the folder the analyst named. Everything else is a named query with ``$name``
parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb

from lakesweep import lakeread, queries
from lakesweep.analyst.names import SOURCES, VIEW_NAMES, VIEWS_FILE, LakeError
from lakesweep.storage import Storage, StorageError

__all__ = ["SOURCES", "VIEW_NAMES", "VIEWS_FILE", "Lake", "LakeError", "attach", "lake_storage"]

# Data files never start with "." or "_" (docs/layout.md); the [!._] class skips them. The
# ledger is read at any depth, so that new ledger folders are picked up.
_GLOBS = {
    "usage_glob": "usage/event_date=*/[!._]*.parquet",
    "ledger_glob": "_ledger/**/[!._]*.jsonl",
}
_GLOB_CHARS = set("*?[]{}\\")


@dataclass(frozen=True)
class Lake:
    """A lake whose views are attached to a connection, with what was found in it."""

    root: str
    """The local folder (absolute) or ``s3://bucket/prefix``."""
    usage_files: int
    ledger_files: int
    copied_at: dt.datetime | None = None
    """S3 lakes: when usage/ and _ledger/ were copied (UTC); None where views read the files."""


def lake_storage(lake: Storage | str | Path, endpoint_url: str | None = None) -> Storage:
    """The storage of the lake root ``lake``, checked; :class:`LakeError` says what is wrong.

    ``endpoint_url`` (or ``AWS_ENDPOINT_URL``) names an S3-compatible endpoint.
    """
    text = lake.root if isinstance(lake, Storage) else str(lake)
    if "://" in text and not text.startswith("s3://"):
        raise LakeError(f"{text}: a lake root is a local folder or s3://bucket/prefix")
    try:
        storage = lake if isinstance(lake, Storage) else Storage(text, endpoint_url)
        found = storage.is_dir(".")
    except (StorageError, OSError) as error:
        raise LakeError(f"cannot read the lake at {text}: {error}") from None
    remote = text.startswith("s3://")
    shown = text if remote else storage.base
    if _GLOB_CHARS & set(storage.base):
        raise LakeError(
            f"lake root {shown} contains one of {''.join(sorted(_GLOB_CHARS))}, which DuckDB "
            "would read as a file pattern; use a "
            + ("prefix without them" if remote else "folder or a symlink without them")
        )
    if not found and remote:
        raise LakeError(
            f"{shown} holds no objects: check --lake (the lake root, s3://bucket/prefix) and "
            "the endpoint (--s3-endpoint-url or AWS_ENDPOINT_URL)"
        )
    if not found:
        raise LakeError(f"lake root {shown} is not a folder; pass --lake with the lake's root")
    return storage


def sql_string(text: str) -> str:
    """``text`` as a SQL string literal: quoted, with single quotes doubled."""
    return "'" + text.replace("'", "''") + "'"


def view_sql(name: str, files: lakeread.LakeFiles, copy: bool = False) -> str:
    """The ``CREATE OR REPLACE`` statement of view ``name`` over the lake of ``files``.

    With ``copy`` the source views (:data:`SOURCES`) are created as tables holding the rows.
    """
    sql = queries.query(VIEWS_FILE, name).replace("{{source}}", "TABLE" if copy else "VIEW")
    for marker, glob in _GLOBS.items():
        sql = sql.replace("{{" + marker + "}}", sql_string(files.pattern(glob)))
    return sql


def attach(
    con: duckdb.DuckDBPyConnection, lake: Storage | str | Path, endpoint_url: str | None = None
) -> Lake:
    """Create the analyst views over ``lake`` in ``con``'s current schema.

    A new lake (no usage/ or _ledger/ yet) gets the same views, empty. On S3 the sources are
    copied into tables (see the module's doc). Raises :class:`LakeError` when ``lake``
    cannot be read.
    """
    storage = lake_storage(lake, endpoint_url)
    files = lakeread.attach(con, storage)
    copy = bool(files.scheme)
    copied_at = dt.datetime.now(dt.UTC) if copy else None
    try:
        found = [files.glob(glob) for glob in _GLOBS.values()]
        if copy:  # fetch them all now, many at a time; the copy then reads from memory
            files.prefetch(found[0] + found[1])
        for name in VIEW_NAMES:
            con.execute(view_sql(name, files, copy=copy))
    except (duckdb.Error, OSError) as error:  # S3: the copy reads every file now
        message = _first_line(error).replace(files.root, storage.root.rstrip("/"))
        raise LakeError(f"cannot read the lake at {storage.root}: {message}") from None
    root = storage.root if copy else storage.base
    return Lake(root, len(found[0]), len(found[1]), copied_at)


def _first_line(error: Exception) -> str:
    """DuckDB's message, or the last line of a Python traceback it carries (fsspec errors)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if lines and lines[0].startswith("Traceback"):
        return lines[-1]
    return lines[0] if lines else type(error).__name__
