"""The fsspec filesystem through which DuckDB reads S3 lakes (see lakesweep.lakeread).

A thin layer over fsspec's wrapper of a pyarrow filesystem: paths are ``bucket/key`` under a
private protocol, ``glob`` returns files only (as DuckDB's glob of local paths does), a glob is
one recursive listing (paged; no request per folder), sizes and times come from that listing,
and small files are fetched whole (one GET) and kept in memory, so that DuckDB, which may open
a file several times in one statement, fetches it once. The caches are a snapshot for the
life of one connection: one command.
"""

from __future__ import annotations

import io
import re
import threading
from collections import OrderedDict
from typing import Any

import pyarrow.fs as pafs
from fsspec.implementations.arrow import ArrowFSWrapper

SMALL_FILE = 8 << 20  # fetched whole and cached up to this size; larger files by ranges
CACHE_BYTES = 512 << 20
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")


class ArrowFS(ArrowFSWrapper):
    """fsspec over a pyarrow filesystem under ``protocol``, with listing and small-file caches."""

    cachable = False  # one instance per registration; fsspec's instance cache would share them
    root_marker = ""

    def __init__(self, fs: pafs.FileSystem, protocol: str) -> None:
        super().__init__(fs)
        self._protocol = protocol
        self._infos: dict[str, dict[str, Any]] = {}
        self._blobs: OrderedDict[str, bytes] = OrderedDict()
        self._cached = 0
        self._lock = threading.Lock()

    @property
    def protocol(self) -> str:  # type: ignore[override]
        return self._protocol

    @classmethod
    def _strip_protocol(cls, path: Any) -> str:
        return _SCHEME.sub("", str(path)).rstrip("/")

    def info(self, path: str, **kw: Any) -> dict[str, Any]:
        name = self._strip_protocol(path)
        if name not in self._infos:
            self._infos[name] = super().info(name)
        return self._infos[name]

    def modified(self, path: str) -> Any:
        return self.info(path)["mtime"]

    def glob(self, path: str, maxdepth: int | None = None, **kw: Any):
        """Files only, as DuckDB's own glob of local paths (fsspec also returns folders)."""
        found = super().glob(path, maxdepth=maxdepth, detail=True)
        files = {name: info for name, info in found.items() if info.get("type") == "file"}
        return files if kw.get("detail") else sorted(files)

    def find(self, path: str, maxdepth: int | None = None, withdirs: bool = False, **kw: Any):
        """One recursive listing (paged, no request per folder), as glob() needs it."""
        base = self._strip_protocol(path)
        try:
            infos = self.fs.get_file_info(pafs.FileSelector(base, recursive=True))
        except (FileNotFoundError, NotADirectoryError):
            infos = []
        start = base.count("/")
        found = {
            info.path: self._make_entry(info)
            for info in infos
            if (withdirs or info.type == pafs.FileType.File)
            and (maxdepth is None or info.path.count("/") - start <= maxdepth)
        }
        self._infos.update((k, v) for k, v in found.items() if v["type"] == "file")
        if found and withdirs:
            found[base] = {"name": base, "size": 0, "type": "directory"}
        if not found and self.isfile(base):
            found[base] = self.info(base)
        return {name: found[name] for name in sorted(found)} if kw.get("detail") else sorted(found)

    def _open(self, path: str, mode: str = "rb", **kw: Any) -> Any:
        data = self.blob(self._strip_protocol(path)) if mode == "rb" else None
        return io.BytesIO(data) if data is not None else super()._open(path, mode=mode, **kw)

    def blob(self, name: str) -> bytes | None:
        """The whole file from one GET if it is small (None if not), cached (LRU)."""
        with self._lock:
            if name in self._blobs:
                self._blobs.move_to_end(name)
                return self._blobs[name]
        if self.info(name)["size"] > SMALL_FILE:
            return None
        with self.fs.open_input_stream(name, compression=None) as stream:
            data = stream.readall()
        with self._lock:
            self._cached += len(data) - len(self._blobs.get(name, b""))
            self._blobs[name] = data
            while self._cached > CACHE_BYTES and len(self._blobs) > 1:
                self._cached -= len(self._blobs.popitem(last=False)[1])
        return data
