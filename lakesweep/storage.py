"""The only module that touches files: list, read, write, replace, delete.

Every path the rest of lakesweep uses is *relative to the lake root* and uses ``/``.
The local backend is a folder; an S3 backend plugs in behind the same interface.
"""

from __future__ import annotations

import io
import json
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

TMP_SUFFIX = ".lakesweep-tmp"


class StorageError(RuntimeError):
    """A file operation failed; the message names the file and what to do."""


class ConcurrentModification(StorageError):  # noqa: N818
    """A file changed since it was read; it was not overwritten."""


@dataclass(frozen=True)
class FileInfo:
    path: str  # relative to the lake root
    size: int


def _check_rel(rel: str) -> str:
    """Refuse anything that could leave the lake root."""
    norm = posixpath.normpath(rel)
    if rel.startswith("/") or norm == ".." or norm.startswith("../") or "\x00" in rel:
        raise StorageError(f"refusing path {rel!r}: it is outside the lake root")
    return norm


def is_data_file(rel: str, suffix: str) -> bool:
    """True for files readers treat as data: right suffix, no hidden or _ name."""
    name = posixpath.basename(rel)
    return name.endswith(suffix) and not name.startswith((".", "_"))


class Storage:
    """A lake root on a pyarrow filesystem: a local folder, or ``s3://bucket/prefix``
    (``Storage("s3://...")`` returns the S3 backend, see lakesweep.storage_s3)."""

    versioned = False  # True where an overwrite keeps the old bytes (versioned buckets)

    def __new__(cls, root: str = "", endpoint_url: str | None = None) -> Storage:
        if cls is Storage and root.startswith("s3://"):
            from lakesweep.storage_s3 import S3Storage

            return super().__new__(S3Storage)
        return super().__new__(cls)

    def __init__(self, root: str, endpoint_url: str | None = None) -> None:
        base = Path(root).expanduser().resolve()
        self.root = root
        self.fs: pafs.FileSystem = pafs.LocalFileSystem()
        self.base = base.as_posix()

    def __repr__(self) -> str:
        return f"Storage({self.root!r})"

    def uri(self, rel: str) -> str:
        """The path of ``rel`` on :attr:`fs` (for pyarrow/DuckDB readers)."""
        return posixpath.join(self.base, _check_rel(rel))

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
        """Files under ``prefix`` (recursive), sorted; hidden/_ files only if not data_only."""
        if not self.is_dir(prefix):
            return []
        selector = pafs.FileSelector(self.uri(prefix), recursive=True)
        out = []
        for info in self.fs.get_file_info(selector):
            if info.type != pafs.FileType.File:
                continue
            rel = posixpath.relpath(info.path, self.base)
            if not rel.endswith(suffix) or (data_only and not is_data_file(rel, suffix)):
                continue
            out.append(FileInfo(rel, int(info.size)))
        return sorted(out, key=lambda f: f.path)

    # -- reading --------------------------------------------------------------
    def read_bytes(self, rel: str) -> bytes:
        with self.fs.open_input_stream(self.uri(rel)) as stream:
            return stream.readall()

    def read_json(self, rel: str) -> Any:
        return json.loads(self.read_bytes(rel))

    def parquet_file(self, rel: str) -> pq.ParquetFile:
        return pq.ParquetFile(self.fs.open_input_file(self.uri(rel)))

    def read_table(self, rel: str, columns: list[str] | None = None) -> pa.Table:
        with self.fs.open_input_file(self.uri(rel)) as fh:
            return pq.ParquetFile(fh).read(columns=columns)

    # -- writing --------------------------------------------------------------
    def temp_path(self, rel: str, run_id: str) -> str:
        """A sibling temp name that no ``*.parquet`` glob or dataset reader picks up."""
        head, name = posixpath.split(_check_rel(rel))
        return posixpath.join(head, f".{name}.{run_id}{TMP_SUFFIX}")

    def write_bytes(self, rel: str, data: bytes) -> None:
        """Write a whole file durably: temp file, fsync, then replace."""
        tmp = self.temp_path(rel, f"w{os.getpid()}-{id(data):x}")
        self._write_local(tmp, data)
        self.replace(tmp, rel)

    def write_json(self, rel: str, obj: Any) -> None:
        self.write_bytes(rel, json.dumps(obj, sort_keys=True, default=str).encode())

    def write_table(self, rel: str, table: pa.Table, **options: Any) -> int:
        """Write a Parquet file to ``rel`` exactly (no atomicity); returns bytes written."""
        buf = io.BytesIO()
        pq.write_table(table, buf, **options)
        data = buf.getvalue()
        self._write_local(rel, data)
        return len(data)

    def create_exclusive(self, rel: str, data: bytes) -> bool:
        """Create ``rel`` only if it does not exist; False if it does (lease, markers)."""
        path = self.uri(rel)
        os.makedirs(posixpath.dirname(path), exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return True

    def fingerprint(self, rel: str) -> str:
        """Changes whenever the file's content may have changed (mtime and size; S3: ETag)."""
        st = os.stat(self.uri(rel))
        return f"{st.st_mtime_ns}-{st.st_size}"

    def replace(self, src: str, dst: str, if_match: str | None = None) -> None:
        """Atomically put ``src`` in place of ``dst`` (same folder), durable on return.

        With ``if_match``, refuse (ConcurrentModification) when ``dst`` changed since then.
        """
        s, d = self.uri(src), self.uri(dst)
        if if_match is not None and self.fingerprint(dst) != if_match:
            self.delete(src)
            raise ConcurrentModification(f"{dst} changed since it was read; not overwritten")
        os.replace(s, d)
        _fsync_dir(posixpath.dirname(d))

    def purge_versions(self, rel: str) -> list[str]:
        """Delete the old versions of ``rel`` an overwrite or delete left behind (S3 only)."""
        return []

    def check_writable(self) -> None:
        """Refuse to run when deletions could not really delete (S3: versioned buckets)."""

    def delete(self, rel: str, missing_ok: bool = True, if_match: str | None = None) -> None:
        if if_match is not None and self.exists(rel) and self.fingerprint(rel) != if_match:
            raise ConcurrentModification(f"{rel} changed since it was read; not deleted")
        try:
            os.remove(self.uri(rel))
        except FileNotFoundError:
            if not missing_ok:
                raise
            return
        _fsync_dir(posixpath.dirname(self.uri(rel)))

    def _write_local(self, rel: str, data: bytes) -> None:
        path = self.uri(rel)
        os.makedirs(posixpath.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def _fsync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
