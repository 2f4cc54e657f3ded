"""File identity: a raw file is known by its content, not its name.

Every content lakesweep has seen gets a record ``_state/files/<cid>.json`` (``cid`` = SHA-256
of the file's bytes), written create-only:

- an *original* (first seen) is recorded after its usage parts are written, so "a record
  exists" means "counted"; its ``origin`` is its own cid;
- a *derived* content (what a rewrite leaves) is recorded before the rewrite replaces the
  file, with the ``origin`` it descends from, so a rewritten file is never counted again.

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


def record_path(cid: str) -> str:
    return f"{FILES}/{cid}.json"


def lookup(storage: Storage, cid: str) -> FileRecord | None:
    """The record of a content, or None when lakesweep has never counted it."""
    try:
        body = storage.read_json(record_path(cid))
    except FileNotFoundError:
        return None
    return FileRecord(**{k: body.get(k) for k in FileRecord.__dataclass_fields__})


def record(storage: Storage, rec: FileRecord) -> None:
    """Create the record (create-only: an existing record for the same content stands)."""
    storage.create_json(record_path(rec.cid), asdict(rec))
