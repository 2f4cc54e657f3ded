"""Read a lake's files into DuckDB from any storage backend (local folder or S3), no httpfs.

Local files DuckDB reads itself. On S3, the storage's pyarrow ``S3FileSystem`` (credentials,
region, endpoint of :mod:`lakesweep.storage_s3`) is registered on the connection as an fsspec
filesystem under a private protocol, ``lakesweep-s3-<n>://bucket/key``, so DuckDB's own readers
(``read_parquet``, ``read_json``, ``glob``, hive partitioning, ``filename``) and so the same SQL
run on both backends. Nothing is installed or downloaded. Sizes and times come from listings;
small files are fetched whole and cached for the connection (lakeread_s3.py; many at once with
:meth:`LakeFiles.prefetch`), large ones are read by ranges. A database file cannot store the
registration: a view saved in one must not read ``lakesweep-s3-*`` paths (copy the rows).

    files = lakeread.attach(con, storage)   # once per connection and storage
    files.parquet("usage", hive=True, columns={"org_id": "VARCHAR"})   # a relation
    queries.run(con, "verify.sql", "usage_counted", files=files.paths(rels))
    files.rel(path)                         # a path DuckDB returned -> relative to the root
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

import duckdb

from lakesweep import queries
from lakesweep.storage import Storage

if TYPE_CHECKING:
    from lakesweep.lakeread_s3 import ArrowFS

SQL_FILE = "lakeread.sql"
PROTOCOL = "lakesweep-s3"
FETCHES = 16  # files prefetched at once
_numbers = itertools.count(1)


@dataclass(frozen=True)
class LakeFiles:
    """Where one connection's DuckDB finds one lake's files (made by :func:`attach`)."""

    con: duckdb.DuckDBPyConnection
    storage: Storage
    scheme: str = ""
    """``""`` for a local lake, ``lakesweep-s3-<n>://`` for the filesystem registered on S3."""
    fs: ArrowFS | None = None

    @property
    def root(self) -> str:
        """The lake root as DuckDB reads it: ``/abs/lake`` or ``lakesweep-s3-1://bucket/prefix``."""
        return self.scheme + self.storage.base

    def path(self, rel: str) -> str:
        """The DuckDB path of ``rel`` (relative to the lake root)."""
        return self.scheme + self.storage.uri(rel)

    def paths(self, rels: Iterable[str]) -> list[str]:
        return [self.path(rel) for rel in rels]

    def pattern(self, glob: str) -> str:
        """``glob`` relative to the root (``usage/event_date=*/[!._]*.parquet``) for DuckDB."""
        return f"{self.root}/{glob}"

    def rel(self, path: str) -> str:
        """A path DuckDB returned (``filename = true``, ``glob()``) relative to the lake root."""
        prefix = self.root.rstrip("/") + "/"
        return path[len(prefix) :] if path.startswith(prefix) else path

    def list(self, prefix: str, suffix: str) -> list[str]:
        """Data files under ``prefix`` ending in ``suffix`` (no ``.``/``_`` names), sorted."""
        return [info.path for info in self.storage.list(prefix, suffix)]

    def glob(self, glob: str) -> list[str]:
        """The files DuckDB's glob of :meth:`pattern` finds, relative to the root, sorted."""
        found = queries.run(self.con, SQL_FILE, "glob_files", pattern=self.pattern(glob))
        return sorted(self.rel(path) for (path,) in found.fetchall())

    def prefetch(self, rels: Iterable[str]) -> None:
        """Fetch these files now, FETCHES at a time (S3; local lakes need nothing), so that
        DuckDB, which opens each file once per pass, reads them from memory."""
        if self.fs is not None:
            with ThreadPoolExecutor(FETCHES) as pool:
                list(pool.map(self.fs.blob, (self.storage.uri(rel) for rel in rels)))

    def parquet(
        self,
        files: str | Sequence[str],
        *,
        columns: Mapping[str, str] | None = None,
        hive: bool = False,
        filename: bool = False,
    ) -> duckdb.DuckDBPyRelation:
        """Parquet files (relative paths, or a prefix: its data files) unioned by name. With
        ``columns`` ({name: DuckDB type}) exactly those, cast (NULL where no file has one;
        no files: an empty relation). ``hive`` adds ``key=value`` folders as columns,
        ``filename`` each row's DuckDB path (see :meth:`rel`)."""
        rels = self.list(files, ".parquet") if isinstance(files, str) else list(files)
        if not rels:
            return self._empty(columns, filename)
        params = {"files": self.paths(rels), "hive": hive, "with_filename": filename}
        relation = queries.run(self.con, SQL_FILE, "parquet_files", **params)
        if columns is None:
            return relation
        picks = [
            (duckdb.ColumnExpression(name) if name in relation.columns else _null())
            .cast(self.con.sqltype(kind))
            .alias(name)
            for name, kind in columns.items()
        ]
        return relation.select(*picks, *([duckdb.ColumnExpression("filename")] * filename))

    def jsonl(
        self, files: str | Sequence[str], columns: Mapping[str, str]
    ) -> duckdb.DuckDBPyRelation:
        """JSON-lines files (relative paths, or a prefix): ``columns`` read by name with their
        DuckDB types; other keys, nested ones included, are ignored."""
        rels = self.list(files, ".jsonl") if isinstance(files, str) else list(files)
        if not rels:
            return self._empty(columns, False)
        params = {"files": self.paths(rels), "columns": dict(columns)}
        return queries.run(self.con, SQL_FILE, "jsonl_files", **params)

    def _empty(self, columns: Mapping[str, str] | None, filename: bool) -> duckdb.DuckDBPyRelation:
        if columns is None:
            raise ValueError("no files to read, and no columns to give the empty result")
        shape = {**columns, **({"filename": "VARCHAR"} if filename else {})}
        picks = [_null().cast(self.con.sqltype(kind)).alias(name) for name, kind in shape.items()]
        return queries.run(self.con, SQL_FILE, "no_rows").select(*picks)


def _null() -> duckdb.Expression:
    return duckdb.ConstantExpression(None)


def attach(con: duckdb.DuckDBPyConnection, storage: Storage) -> LakeFiles:
    """Make ``storage``'s files readable by ``con``'s DuckDB; local lakes need nothing."""
    if not storage.root.startswith("s3://"):
        return LakeFiles(con, storage)
    from lakesweep.lakeread_s3 import ArrowFS  # fsspec only where needed

    protocol = f"{PROTOCOL}-{next(_numbers)}"
    fs = ArrowFS(storage.fs, protocol)
    con.register_filesystem(fs)
    return LakeFiles(con, storage, f"{protocol}://", fs)
