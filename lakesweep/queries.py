"""Named queries from sql/*.sql, run with DuckDB named parameters ($name), never formatted.

A file holds one or more queries, each introduced by a ``-- name: <query_name>`` line.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from importlib import resources
from typing import Any

import duckdb

_NAME = re.compile(r"^--\s*name:\s*([A-Za-z_][A-Za-z0-9_]*)\s*$", re.MULTILINE)


@cache
def load(filename: str) -> dict[str, str]:
    """All named queries of ``sql/<filename>`` (e.g. ``"rules.sql"``)."""
    text = resources.files("lakesweep.sql").joinpath(filename).read_text(encoding="utf-8")
    parts = _NAME.split(text)
    queries = {
        name: body.strip().rstrip(";") for name, body in zip(parts[1::2], parts[2::2], strict=True)
    }
    if not queries:
        raise ValueError(f"sql/{filename} has no '-- name: <query>' blocks")
    return queries


def query(filename: str, name: str) -> str:
    """The text of one named query; a clear error if it does not exist."""
    queries = load(filename)
    try:
        return queries[name]
    except KeyError:
        raise KeyError(
            f"no query named {name!r} in sql/{filename}; it has: {', '.join(sorted(queries))}"
        ) from None


def connect() -> duckdb.DuckDBPyConnection:
    """A fresh in-memory DuckDB connection in UTC that never loads extensions from the network."""
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET autoload_known_extensions = false")
    return con


def worker_connection() -> duckdb.DuckDBPyConnection:
    """A one-thread connection: per-file queries are tiny and files already run in parallel."""
    con = connect()
    con.execute("SET threads = 1")
    return con


_local = threading.local()


def thread_connection() -> duckdb.DuckDBPyConnection:
    """This thread's reusable connection (opening one costs ~15 ms; a run opens thousands)."""
    con = getattr(_local, "con", None)
    if con is None:
        con = _local.con = worker_connection()
        _local.registered = {}
    return con


def register_once(con: duckdb.DuckDBPyConnection, tables: dict[str, Any]) -> None:
    """Register Arrow tables on this thread's connection unless the same objects already are
    (the policy tables are shared by every file of a run)."""
    registered = _local.__dict__.setdefault("registered", {})
    for name, table in tables.items():
        if registered.get(name) is not table:
            con.register(name, table)
            registered[name] = table


def run(
    con: duckdb.DuckDBPyConnection, filename: str, name: str, **params: Any
) -> duckdb.DuckDBPyRelation:
    """A relation for a named query with its named parameters bound (read it once)."""
    rel = con.sql(query(filename, name), params=params or None)
    if rel is None:
        raise ValueError(f"sql/{filename}:{name} is not a query that returns rows")
    return rel


def run_some(
    con: duckdb.DuckDBPyConnection, filename: str, name: str, **params: Any
) -> duckdb.DuckDBPyRelation:
    """:func:`run` with only the parameters the query names (a shared set of clocks)."""
    text = query(filename, name)
    used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", text)}
    return run(con, filename, name, **used)
