"""Durability and mutual exclusion on a local file system: fsync, syncfs, flock stripes."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import posixpath
from collections.abc import Iterator
from typing import Any

LOCKS = "_state/locks"  # local compare-and-swap locks (flock), 16 stripes by path


def stat_token(st: os.stat_result) -> str:
    """A local file's version: mtime, size and inode (a rename always brings a new inode)."""
    return f"{st.st_mtime_ns}-{st.st_size}-{st.st_ino}"


@contextlib.contextmanager
def locked(base: str, rel: str) -> Iterator[None]:
    """An exclusive lock among processes of this host for compare-and-swap on ``rel``."""
    folder = posixpath.join(base, LOCKS)
    os.makedirs(folder, exist_ok=True)
    stripe = hashlib.sha256(rel.encode("utf-8", "surrogatepass")).digest()[0] % 16
    fd = os.open(posixpath.join(folder, f"{stripe:02d}.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def syncfs(path: str) -> None:
    """Flush the file system holding ``path`` (Linux syncfs; elsewhere a global sync)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if _LIBC is not None and _LIBC.syncfs(fd) == 0:
            return
        os.sync()
    finally:
        os.close(fd)


def fsync_dir(path: str) -> None:
    """Make a folder's entries (a created, renamed or removed file) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _libc() -> Any:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc if hasattr(libc, "syncfs") else None
    except OSError:
        return None


_LIBC = _libc()
