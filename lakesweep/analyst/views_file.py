"""`lakesweep views`: the analyst views in a DuckDB database file, for BI tools.

A local lake gets views that read its files by absolute path whenever they are queried, so
new aggregates show up without rewriting the file. An S3 lake cannot be read that way: a BI
tool's DuckDB would need httpfs and credentials, and the S3 access of
:mod:`lakesweep.lakeread` lives only in lakesweep's own connection. So for S3 the two source
relations (``usage_files``, ``ledger``) are copied into tables of the file, the other views
read those tables, and the ``lakesweep_refresh`` table says when: run the command again to
refresh. Each refresh is one transaction, so a reader sees the old or the new state.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from lakesweep import queries
from lakesweep.analyst.views import SOURCES, VIEWS_FILE, Lake, LakeError, attach, lake_storage
from lakesweep.storage import Storage


def write_views_file(
    lake: Storage | str | Path, out: Path, endpoint_url: str | None = None
) -> Lake:
    """Create (or refresh) the analyst views of ``lake`` in the DuckDB database file ``out``.

    Other objects in an existing file are left alone. ``lakesweep.queries.connect`` is
    in-memory only, so the file is opened here with the same settings (no extension
    downloads, UTC).
    """
    storage = lake_storage(lake, endpoint_url)  # a bad root fails before any file is created
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
        con.begin()
        _drop_sources_of_the_other_kind(con, copy=storage.root.startswith("s3://"))
        found = attach(con, storage)
        _record_refresh(con, found)
        con.commit()
        return found
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()


def _record_refresh(con: duckdb.DuckDBPyConnection, found: Lake) -> None:
    """One row in ``lakesweep_refresh``: which lake, when written, copied or live."""
    for name in ("create_refresh", "clear_refresh"):
        con.execute(queries.query(VIEWS_FILE, name))
    record = {
        "lake": found.root,
        "copied_at": found.copied_at,
        "written_at": found.copied_at or dt.datetime.now(dt.UTC),
        "usage_files": found.usage_files,
        "ledger_files": found.ledger_files,
    }
    con.execute(queries.query(VIEWS_FILE, "record_refresh"), record)


def _drop_sources_of_the_other_kind(con: duckdb.DuckDBPyConnection, copy: bool) -> None:
    """A file written for a local lake holds source views, one for S3 source tables; DuckDB
    cannot replace one kind by the other, so drop the sources of the kind not wanted."""
    unwanted = "VIEW" if copy else "BASE TABLE"
    rows = queries.run(con, VIEWS_FILE, "object_kinds", names=list(SOURCES)).fetchall()
    for name, kind in rows:
        if kind == unwanted:
            con.execute(queries.query(VIEWS_FILE, f"drop_{'view' if copy else 'table'}_{name}"))
