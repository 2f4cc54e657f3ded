"""Copy-on-write changes to one Parquet file, with a write-ahead intent, recorded once.

A change (rows deleted from a file, or a training part rebuilt) is identified by its
*transition*: (table, path, content id before). Steps, each a crash point (lakesweep.faults):

1. the new bytes are written in memory and verified (row count, full schema);
2. an intent ``_state/intents/<run_id>/<transition>.json`` is written (keyed by run: two
   runs never share one), and a raw file's new content gets its lineage record;
3. the file is replaced (or removed) only if it still is the version that was read
   (local: token check under a lock, then rename; S3: ``If-Match``);
4. on versioned buckets the old versions are listed into the intent, then deleted;
5. the run's recorder appends the ledger record and drops the intent (lakesweep.recorder).

Whoever finds an intent later (the same run after a lost worker, the next run after a crash)
settles it from the file's state: the new content is there -> the change happened and is
recorded (unless the ledger already has that transition); the old one -> it did not.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from lakesweep import lineage
from lakesweep.context import RunContext
from lakesweep.parquet_out import verify_bytes
from lakesweep.storage import Staged, Storage, table_bytes

log = logging.getLogger(__name__)
INTENTS = "_state/intents"


@dataclass(frozen=True)
class Change:
    table: str  # "raw" | "training"
    rel: str
    parent: str  # content id of the file as read
    token: str  # its version token (the replace is conditional on it)
    original: pa.Table  # the whole file as read
    new: pa.Table | None  # what replaces it; None removes the file
    kind: str = "deletion"  # "deletion" | "rewrite" (a training part rebuilt by a backfill)
    deleted: dict[str, int] = field(default_factory=dict)  # rule -> rows
    orgs: dict[str, list[dict]] = field(default_factory=dict)  # rule -> per-org detail
    origin: str | None = None  # raw: content id first seen (usage)
    options: dict[str, Any] = field(default_factory=dict)  # Parquet writer options
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def transition(self) -> str:
        return transition_id(self.table, self.rel, self.parent)


def transition_id(table: str, rel: str, parent: str) -> str:
    key = f"{table}\0{rel}\0{parent}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(key).hexdigest()[:32]


def intent_path(run_id: str, transition: str) -> str:
    return f"{INTENTS}/{run_id}/{transition}.json"


@dataclass
class Pending:
    """A change between its steps (see :func:`apply`, and lakesweep.units for groups)."""

    change: Change
    intent: dict[str, Any]
    data: bytes | None  # the new file; None removes it
    staged: Staged | None = None


def apply(ctx: RunContext, c: Change, size_before: int) -> dict[str, Any]:
    """Make change ``c`` (all steps, one file); returns its intent, to be recorded."""
    p = begin(ctx, c, size_before)
    write_intent(ctx, p)
    ctx.storage.barrier()
    stage(ctx, p)
    ctx.storage.barrier()
    return commit(ctx, p)


def begin(ctx: RunContext, c: Change, size_before: int) -> Pending:
    """The new bytes, written in memory and verified, and the intent that describes them."""
    data = child = None
    if c.new is not None:
        data = table_bytes(c.new, **c.options)
        verify_bytes(c.rel, data, c.original.schema, c.new.num_rows)
        child = lineage.content_id(data)
    intent = {
        "run_id": ctx.run_id,
        "run_now": ctx.clock.now.isoformat(),
        "policy": ctx.policy_hash,
        "default_retention_days": ctx.settings.retention_days,
        "ledger_from": ctx.ledger_from,
        "kind": c.kind,
        "table": c.table,
        "file": c.rel,
        "transition": c.transition,
        "parent": c.parent,
        "child": child,
        "origin": c.origin,
        "rows_before": c.original.num_rows,
        "rows_after": 0 if c.new is None else c.new.num_rows,
        "bytes_before": size_before,
        "bytes_after": 0 if data is None else len(data),
        "deleted": c.deleted,
        "orgs": c.orgs,
        "detail": c.detail,
        "versions": [],
    }
    return Pending(c, intent, data)


def write_intent(ctx: RunContext, p: Pending) -> None:
    ctx.storage.write_json(intent_path(ctx.run_id, p.change.transition), p.intent)
    ctx.checkpoint("after_intent")


def stage(ctx: RunContext, p: Pending) -> None:
    """A raw file's new content gets its lineage record; the new bytes wait beside the file."""
    c, child = p.change, p.intent["child"]
    if c.table == "raw" and child is not None and c.origin is not None:
        rows = p.intent["rows_after"]
        rec = lineage.FileRecord(child, c.origin, c.parent, c.rel, rows, ctx.run_id)
        lineage.record(ctx.storage, rec)
    if p.data is not None:
        p.staged = ctx.storage.stage(c.rel, p.data)


def commit(ctx: RunContext, p: Pending) -> dict[str, Any]:
    """Replace (or remove) the file if it is still the version read; purge old versions."""
    c = p.change
    try:
        if p.staged is None:
            ctx.storage.delete(c.rel, if_match=c.token)
            ctx.checkpoint("after_delete")
        else:
            ctx.storage.commit_staged(p.staged, if_match=c.token)
            ctx.checkpoint("after_replace")
    except BaseException:
        if p.staged is not None:
            ctx.storage.discard(p.staged)
        raise
    purge_versions(ctx, p.intent)
    return p.intent


def purge_versions(ctx: RunContext, intent: dict[str, Any]) -> None:
    """On a versioned bucket, delete the old versions of the changed file, after writing their
    ids into the intent (a crash between the two cannot lose them)."""
    found = ctx.storage.noncurrent_versions(intent["file"])
    if not found:
        return
    intent["versions"] = sorted(set(intent.get("versions") or []) | set(found))
    ctx.storage.write_json(intent_path(intent["run_id"], intent["transition"]), intent)
    ctx.checkpoint("before_purge")
    ctx.storage.delete_versions(intent["file"], found)
    ctx.checkpoint("after_purge")


def pending(storage: Storage, run_id: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """Intents not settled yet (of one run, or of all runs)."""
    prefix = f"{INTENTS}/{run_id}" if run_id else INTENTS
    out = []
    for info in storage.list(prefix, ".json", data_only=False):
        try:
            out.append((info.path, storage.read_json(info.path)))
        except (ValueError, FileNotFoundError):
            log.warning("%s is not a readable intent; dropping it", info.path)
            out.append((info.path, {}))
    return out


def happened(storage: Storage, intent: dict[str, Any]) -> bool:
    """Did the change of ``intent`` take place? Judged from the file's content now."""
    if not intent.get("file"):
        return False
    try:
        now = lineage.content_id(storage.read_object(intent["file"]).data)
    except FileNotFoundError:
        now = None
    if intent.get("child") is None:
        return now != intent.get("parent")
    return now == intent["child"]
