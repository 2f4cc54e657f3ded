"""File identity: a raw file is known by its content, not its name.

Every content lakesweep has seen gets a record (``cid`` = SHA-256 of the file's bytes),
written create-only:

- an *original* (first seen), ``_state/files/<cid>.json``, is recorded after its usage parts
  are written, so "a record exists" means "counted"; its ``origin`` is its own cid;
- a *derived* content (what a rewrite leaves), ``_state/files/<cid>@<path key>.json``, is
  recorded before the rewrite replaces the file, with the ``origin`` it descends from, so a
  rewritten file is never counted again. It is keyed by path too: two files of different
  origins can become byte-identical once rows are deleted from both.

A new file that reuses the name of a removed one, or a file replaced by other bytes, has a
new cid and is counted as new; a byte-identical copy of a counted file is not counted twice.
Lookups happen when a unit reads its file, never from a list taken at run start, so a unit
that runs twice (a retry, a lost Dask worker) sees what the first attempt did.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass

from lakesweep.storage import Storage

FILES = "_state/files"


@dataclass(frozen=True)
class FileRecord:
    cid: str  # sha256 of the bytes
    origin: str  # cid of the content first seen (the one usage counted)
    parent: str | None  # cid of the content this one was rewritten from
    path: str  # where it was (first) seen
    rows: int
    run_id: str

    @property
    def derived(self) -> bool:
        return self.parent is not None


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def path_key(rel: str) -> str:
    return hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def record_path(cid: str, derived_at: str | None = None) -> str:
    """Where the record of ``cid`` is: an original's, or a derived content's at a path."""
    if derived_at is None:
        return f"{FILES}/{cid}.json"
    return f"{FILES}/{cid}@{path_key(derived_at)}.json"


def lookup(storage: Storage, cid: str, rel: str) -> FileRecord | None:
    """What content ``cid`` found at ``rel`` is: a counted original (first seen here or a
    copy of one), a content a rewrite left at ``rel``, or None (never seen: count it)."""
    original = _read(storage, record_path(cid))
    if original is not None and original.path == rel:
        return original
    return _read(storage, record_path(cid, rel)) or original


def record(storage: Storage, rec: FileRecord) -> None:
    """Create the record (create-only: an existing record for the same key stands)."""
    storage.create_json(record_path(rec.cid, rec.path if rec.derived else None), asdict(rec))


def _read(storage: Storage, rel: str) -> FileRecord | None:
    try:
        body = storage.read_json(rel)
    except FileNotFoundError:
        return None
    return FileRecord(**{k: body.get(k) for k in FileRecord.__dataclass_fields__})
