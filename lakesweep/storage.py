"""The only module that touches files: list, read, create, compare-and-swap, replace, delete.

Every path the rest of lakesweep uses is *relative to the lake root* and uses ``/``.
``Storage("/data/lake")`` is a local folder; ``Storage("s3://bucket/prefix")`` returns the S3
backend (lakesweep.storage_s3) with the same interface and the same guarantees:

- ``read_object`` returns a file's bytes with a *version token* (local: mtime-size-inode,
  S3: ETag) taken from the same read, so a later write can be made conditional on it;
- ``create`` writes a whole file only if the path is free (local: temp + ``link``, S3:
  ``If-None-Match: *``): effects that must happen once use it;
- ``put_if_match`` / ``replace`` write only if the file still has the expected token
  (local: under an ``flock``; S3: ``If-Match``);
- with a *fence* (:meth:`fenced`), every mutating call first checks that the run still holds
  the lake's lease, so a writer that lost the lease writes nothing more.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import posixpath
import secrets
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from lakesweep.durable import fsync_dir, locked, stat_token, syncfs
from lakesweep.files import (
    TMP_SUFFIX,
    Blob,
    ConcurrentModification,
    Fence,
    FileInfo,
    Staged,
    StorageError,
    check_rel,
    table_bytes,
)
from lakesweep.files import parquet_file as open_parquet

__all__ = [
    "TMP_SUFFIX",
    "Blob",
    "ConcurrentModification",
    "FileInfo",
    "Staged",
    "Storage",
    "StorageError",
    "table_bytes",
]


class Storage:
    """A lake root on a local folder (the base class) or S3 (lakesweep.storage_s3)."""

    versioned = False  # True where an overwrite keeps the old bytes (versioned buckets)
    fence: Fence | None = None
    _defer = False  # see deferred()

    def __new__(cls, root: str = "", endpoint_url: str | None = None) -> Storage:
        if cls is Storage and root.startswith("s3://"):
            from lakesweep.storage_s3 import S3Storage

            return super().__new__(S3Storage)
        return super().__new__(cls)

    def __init__(self, root: str, endpoint_url: str | None = None) -> None:
        self.root = root
        self.fs: pafs.FileSystem = pafs.LocalFileSystem()
        self.base = Path(root).expanduser().resolve().as_posix()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.root!r})"

    def fenced(self, fence: Fence | None) -> Storage:
        """A copy of this storage whose every write first calls ``fence.check()``."""
        other = copy.copy(self)
        other.fence = fence
        return other

    def _write_allowed(self) -> None:
        if self.fence is not None:
            self.fence.check()

    def uri(self, rel: str) -> str:
        """The path of ``rel`` on :attr:`fs` (for pyarrow readers)."""
        rel = check_rel(rel)
        return self.base if rel == "." else posixpath.join(self.base, rel)

    # -- listing and metadata -------------------------------------------------
    def exists(self, rel: str) -> bool:
        return self.fs.get_file_info(self.uri(rel)).type == pafs.FileType.File

    def is_dir(self, rel: str = ".") -> bool:
        return self.fs.get_file_info(self.uri(rel)).type == pafs.FileType.Directory

    def size(self, rel: str) -> int:
        info = self.fs.get_file_info(self.uri(rel))
        if info.type != pafs.FileType.File:
            raise FileNotFoundError(f"{self.root}/{rel}")
        return int(info.size)

    def list(self, prefix: str, suffix: str = "", data_only: bool = True) -> list[FileInfo]:
        """Files under ``prefix`` (recursive), sorted. ``data_only`` skips names starting with
        ``.`` or ``_`` (lakesweep's own outputs never have such names)."""
        if not self.is_dir(prefix):
            return []
        out = []
        for info in self.fs.get_file_info(pafs.FileSelector(self.uri(prefix), recursive=True)):
            if info.type != pafs.FileType.File:
                continue
            rel = posixpath.relpath(info.path, self.base)
            name = posixpath.basename(rel)
            if not rel.endswith(suffix) or (data_only and name.startswith((".", "_"))):
                continue
            mtime = info.mtime.timestamp() if info.mtime is not None else 0.0
            out.append(FileInfo(rel, int(info.size), mtime))
        return sorted(out, key=lambda f: f.path)

    def token(self, rel: str) -> str | None:
        """The current version token of ``rel``, or None when it does not exist."""
        try:
            return stat_token(os.stat(self.uri(rel)))
        except FileNotFoundError:
            return None

    def mtime(self, rel: str) -> float:
        return os.stat(self.uri(rel)).st_mtime

    # -- reading --------------------------------------------------------------
    def read_object(self, rel: str) -> Blob:
        """The whole file and the version token of exactly what was read (one read)."""
        with open(self.uri(rel), "rb") as fh:
            data = fh.read()
            return Blob(data, stat_token(os.fstat(fh.fileno())))

    def read_bytes(self, rel: str) -> bytes:
        return self.read_object(rel).data

    def read_json(self, rel: str) -> Any:
        return json.loads(self.read_bytes(rel))

    def parquet_file(self, rel: str) -> pq.ParquetFile:
        return open_parquet(self.read_bytes(rel))

    def read_table(self, rel: str, columns: list[str] | None = None) -> pa.Table:
        return self.parquet_file(rel).read(columns=columns)

    # -- writing --------------------------------------------------------------
    def temp_path(self, rel: str, tag: str = "") -> str:
        """A unique sibling temp name that no ``*.parquet`` glob or dataset reader picks up."""
        head, name = posixpath.split(check_rel(rel))
        return posixpath.join(head, f".{name}.{tag}{secrets.token_hex(4)}{TMP_SUFFIX}")

    def write_bytes(self, rel: str, data: bytes) -> str:
        """Write a whole file durably and atomically (last writer wins: own state only)."""
        self._write_allowed()
        tmp = self._write_temp(rel, data)
        os.replace(self.uri(tmp), self.uri(rel))
        self._sync_dir(rel)
        return self.token(rel) or ""

    def write_json(self, rel: str, obj: Any) -> str:
        return self.write_bytes(rel, _json(obj))

    def create(self, rel: str, data: bytes) -> str | None:
        """Write ``rel`` only if it does not exist; its token, or None if it already existed."""
        self._write_allowed()
        tmp = self._write_temp(rel, data)
        try:
            os.link(self.uri(tmp), self.uri(rel))
        except FileExistsError:
            return None
        finally:
            os.remove(self.uri(tmp))
        self._sync_dir(rel)
        return self.token(rel)

    def create_json(self, rel: str, obj: Any) -> str | None:
        return self.create(rel, _json(obj))

    def create_exclusive(self, rel: str, data: bytes) -> bool:
        return self.create(rel, data) is not None

    def put_if_match(self, rel: str, data: bytes, token: str) -> str:
        """Overwrite ``rel`` only if its token is still ``token``; returns the new token."""
        self._write_allowed()
        with locked(self.base, check_rel(rel)):
            if self.token(rel) != token:
                raise ConcurrentModification(f"{self.root}/{rel} changed; not overwritten")
            return self.write_bytes(rel, data)

    def replace_bytes(self, rel: str, data: bytes, if_match: str | None) -> str:
        """Put ``data`` at ``rel`` atomically (temp file, fsync, rename), only if ``rel`` still
        has token ``if_match`` (None: unconditionally); returns the new token."""
        return self.commit_staged(self.stage(rel, data), if_match)

    def stage(self, rel: str, data: bytes) -> Staged:
        """First half of :meth:`replace_bytes`: the new bytes written next to ``rel`` (a temp
        file no reader picks up) and read back; nothing visible changes yet."""
        self._write_allowed()
        tmp = self._write_temp(rel, data)
        if self.read_bytes(tmp) != data:  # read back what the disk holds before it counts
            os.remove(self.uri(tmp))
            raise StorageError(f"{self.root}/{tmp}: read-back differs from what was written")
        return Staged(rel, tmp, data)

    def commit_staged(self, staged: Staged, if_match: str | None) -> str:
        """Second half: put the staged bytes in place, only if ``rel`` still has token
        ``if_match`` (None: unconditionally); returns the new token."""
        rel = staged.rel
        try:
            self._write_allowed()
            with locked(self.base, check_rel(rel)):
                if if_match is not None and self.token(rel) != if_match:
                    raise ConcurrentModification(
                        f"{self.root}/{rel} changed since it was read; not overwritten"
                    )
                self._write_allowed()
                os.replace(self.uri(staged.tmp), self.uri(rel))
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.uri(staged.tmp))
        self._sync_dir(rel)
        return self.token(rel) or ""

    def discard(self, staged: Staged) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.uri(staged.tmp))

    # -- durability -------------------------------------------------------------
    def deferred(self) -> Storage:
        """A copy whose writes are not flushed one by one: the caller orders them with
        :meth:`barrier` (one filesystem sync for a whole group of files instead of two
        fsyncs per file). Same atomicity; durability is decided at each barrier."""
        other = copy.copy(self)
        other._defer = True
        return other

    def barrier(self) -> None:
        """Everything written before is durable before anything written after (deferred
        storages only; a normal one flushed each write already)."""
        if self._defer:
            syncfs(self.base)

    def _sync_dir(self, rel: str) -> None:
        if not self._defer:
            fsync_dir(posixpath.dirname(self.uri(rel)))

    def delete(self, rel: str, missing_ok: bool = True, if_match: str | None = None) -> None:
        self._write_allowed()
        with (
            locked(self.base, check_rel(rel)) if if_match is not None else contextlib.nullcontext()
        ):
            if if_match is not None and self.token(rel) not in (if_match, None):
                raise ConcurrentModification(f"{self.root}/{rel} changed since it was read")
            try:
                os.remove(self.uri(rel))
            except FileNotFoundError:
                if not missing_ok:
                    raise
                return
        self._sync_dir(rel)

    # -- versioned object stores (no-ops on a local folder) -------------------
    def noncurrent_versions(self, rel: str) -> list[str]:
        """Ids of the old versions (and delete markers) of ``rel`` that are not current."""
        return []

    def delete_versions(self, rel: str, version_ids: list[str]) -> None:
        """Delete those versions for good (idempotent)."""

    def check_writable(self) -> None:
        """Refuse to run when deletions could not really delete (S3: versioned buckets)."""

    # -- helpers ----------------------------------------------------------------
    def _write_temp(self, rel: str, data: bytes) -> str:
        tmp = self.temp_path(rel)
        path = self.uri(tmp)
        os.makedirs(posixpath.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            if not self._defer:
                os.fsync(fh.fileno())
        return tmp


def _json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, default=str).encode()
