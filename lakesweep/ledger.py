"""The audit ledger: an append-only, hash-chained stream of JSON-lines files; never row content.

Each append is one file ``_ledger/log/<seq>.jsonl`` (``seq`` = 0, 1, 2, ... zero-padded),
created create-only, so two writers can never both append entry ``seq``. Every record of
the file carries ``seq`` and ``prev_hash``, the SHA-256 of the previous file's bytes: removing
or editing any entry breaks the chain at the next one, and ``verify`` checks it. Every
record has the same keys (see docs/layout.md), so DuckDB reads them all with
``read_json_auto('<root>/_ledger/*/*.jsonl')``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from typing import Any

from lakesweep.storage import Storage

LOG = "_ledger/log"
KEYS = (
    "kind",  # deletion | rewrite | quarantine | run
    "run_id",
    "recorded_at",
    "recorded_by",  # the run that wrote the record (a recovering run, for an interrupted one)
    "table",
    "file",
    "rule",
    "rows",
    "action",
    "bytes_before",
    "bytes_after",
    "orgs",  # [{org_id, rows, input_tokens, output_tokens, min_created_at, max_created_at}]
    "versions",
    "transition",  # id of one file change (table, path, content before): recorded once
    "parent",  # content id (sha256) of the file before the change
    "child",  # content id after (null when the file was removed)
    "origin",  # content id of the raw file as first seen (usage counted it)
    "policy",  # content hash of the policy snapshot the run judged with
    "run_now",  # the run's clock (UTC)
    "default_retention_days",
    "started_at",
    "ended_at",
    "status",
    "detail",
    "seq",
    "prev_hash",
)


def record(kind: str, run_id: str, **fields: Any) -> dict[str, Any]:
    unknown = set(fields) - set(KEYS)
    if unknown:
        raise ValueError(f"unknown ledger keys: {sorted(unknown)}")
    rec = dict.fromkeys(KEYS)
    rec.update(kind=kind, run_id=run_id, recorded_at=utc_now(), **fields)
    if isinstance(rec["detail"], dict):
        rec["detail"] = json.dumps(rec["detail"], sort_keys=True, default=str)
    return rec


def entry_path(seq: int) -> str:
    return f"{LOG}/{seq:012d}.jsonl"


class Ledger:
    """Appends to the chain. Thread-safe; one instance per run (in the lease holder)."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._lock = threading.Lock()
        self._next: tuple[int, str] | None = None  # (seq, prev_hash)

    def head(self) -> tuple[int, str]:
        """(next seq, hash of the last entry) read from storage."""
        entries = [f.path for f in self.storage.list(LOG, ".jsonl", data_only=False)]
        seqs = sorted(_seq(p) for p in entries if _seq(p) is not None)
        if not seqs:
            return 0, ""
        last = seqs[-1]
        return last + 1, hashlib.sha256(self.storage.read_bytes(entry_path(last))).hexdigest()

    def append(self, records: list[dict[str, Any]]) -> int | None:
        """Append ``records`` as one entry; returns its seq (None when there was nothing)."""
        if not records:
            return None
        with self._lock:
            for _ in range(100):
                seq, prev = self._next if self._next is not None else self.head()
                lines = [
                    json.dumps({**r, "seq": seq, "prev_hash": prev}, default=str) for r in records
                ]
                data = ("\n".join(lines) + "\n").encode("utf-8")
                if self.storage.create(entry_path(seq), data) is not None:
                    self._next = (seq + 1, hashlib.sha256(data).hexdigest())
                    return seq
                self._next = None  # someone else appended: read the head again
        raise RuntimeError(f"{self.storage.root}: could not append to the ledger (contention)")

    def records_since(self, seq: int) -> list[dict[str, Any]]:
        """Every record of the entries numbered ``seq`` and later (for recovery)."""
        out = []
        for info in self.storage.list(LOG, ".jsonl", data_only=False):
            n = _seq(info.path)
            if n is not None and n >= seq:
                for line in self.storage.read_bytes(info.path).splitlines():
                    if line.strip():
                        out.append(json.loads(line))
        return out


def _seq(path: str) -> int | None:
    name = path.rsplit("/", 1)[-1].removesuffix(".jsonl")
    return int(name) if name.isdigit() else None


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
