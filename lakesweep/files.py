"""What the storage layer hands around: file facts, read results, errors, and the fence.

Shared by lakesweep.storage (local folders) and lakesweep.storage_s3 (object stores).
"""

from __future__ import annotations

import io
import posixpath
from dataclasses import dataclass
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

TMP_SUFFIX = ".lakesweep-tmp"


class StorageError(RuntimeError):
    """A file operation failed; the message names the file and what to do."""


class ConcurrentModification(StorageError):  # noqa: N818
    """A file changed since it was read (or exists where it must not); it was not written."""


class Fence(Protocol):
    def check(self) -> None:
        """Raise if the writer may no longer write (lost or expired lease)."""


@dataclass(frozen=True)
class FileInfo:
    path: str  # relative to the lake root
    size: int
    mtime: float = 0.0  # seconds since the epoch


@dataclass(frozen=True)
class Staged:
    rel: str
    tmp: str  # local: the temp file holding the bytes; S3: unused (the bytes are here)
    data: bytes


@dataclass(frozen=True)
class Blob:
    data: bytes
    token: str  # version of exactly these bytes, for conditional writes


def check_rel(rel: str) -> str:
    """Refuse anything that could leave the lake root."""
    norm = posixpath.normpath(rel)
    if rel.startswith("/") or norm == ".." or norm.startswith("../") or "\x00" in rel:
        raise StorageError(f"refusing path {rel!r}: it is outside the lake root")
    return norm


def table_bytes(table: pa.Table, **options: Any) -> bytes:
    """A Parquet file of ``table`` as bytes (written once, then created or replaced)."""
    buf = io.BytesIO()
    pq.write_table(table, buf, **options)
    return buf.getvalue()
