"""Copy-on-write deletion of rows from one Parquet file, with a write-ahead intent.

Order of steps for a file that loses rows (each a crash point, see lakesweep.faults):
intent -> temp write -> verify -> replace (or delete when no row is kept) -> ledger -> drop
intent. :func:`reconcile` runs at the start of every run and finishes what a crash left:
if the file already is the new version the ledger records are written, otherwise the
intent is dropped and the file is planned again. Temp files never end in ``.parquet``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from lakesweep import ledger
from lakesweep.context import RunContext, file_key
from lakesweep.storage import TMP_SUFFIX, ConcurrentModification, Storage

log = logging.getLogger(__name__)


class VerifyError(RuntimeError):
    """A rewritten file did not match what was expected; the original is left untouched."""


@dataclass(frozen=True)
class Deletion:
    table: str  # "raw" | "training"
    rel: str
    rows_before: int
    keep: pa.Array  # boolean mask, True = keep
    deleted: dict[str, int]  # rule -> rows
    orgs_by_rule: dict[str, dict[str, int]]
    if_match: str | None = None  # the file's fingerprint when it was planned

    @property
    def rows_after(self) -> int:
        return self.rows_before - sum(self.deleted.values())


def intent_path(rel: str) -> str:
    return f"_state/intents/{file_key(rel)}.json"


def apply(ctx: RunContext, d: Deletion) -> int:
    """Delete the rows of ``d`` from its file; returns bytes written."""
    storage = ctx.storage
    size_before = storage.size(d.rel)
    intent = {
        "run_id": ctx.run_id,
        "table": d.table,
        "file": d.rel,
        "rows_before": d.rows_before,
        "rows_after": d.rows_after,
        "bytes_before": size_before,
        "deleted": d.deleted,
        "orgs_by_rule": d.orgs_by_rule,
    }
    storage.write_json(intent_path(d.rel), intent)
    ctx.checkpoint("after_intent")
    written = 0
    if d.rows_after == 0:
        storage.delete(d.rel, if_match=d.if_match)
        ctx.checkpoint("after_delete")
    else:
        pf = storage.parquet_file(d.rel)
        original = pf.read()
        if original.num_rows != d.rows_before:
            raise ConcurrentModification(f"{d.rel} changed since it was planned; not rewritten")
        kept = original.filter(d.keep)
        tmp = storage.temp_path(d.rel, ctx.run_id)
        written = storage.write_table(tmp, kept, **_write_options(pf, kept))
        ctx.checkpoint("after_temp_write")
        _verify(storage, tmp, original.schema, d.rows_after)
        storage.replace(tmp, d.rel, if_match=d.if_match)
        ctx.checkpoint("after_replace")
    intent["bytes_after"] = written
    intent["versions_deleted"] = storage.purge_versions(d.rel)
    _record(ctx, intent)
    ctx.checkpoint("after_ledger")
    storage.delete(intent_path(d.rel))
    return written


def _record(ctx: RunContext, intent: dict[str, Any]) -> None:
    ctx.checkpoint("before_ledger")
    action = "remove" if intent["rows_after"] == 0 else "rewrite"
    records = ledger.deletion_records(
        intent["run_id"],
        intent["table"],
        intent["file"],
        intent["deleted"],
        intent["orgs_by_rule"],
        action,
        intent["bytes_before"],
        intent.get("bytes_after", 0),
        intent.get("versions_deleted", []),
    )
    path = ledger.deletion_path(intent["run_id"], intent["table"], intent["file"])
    ledger.write(ctx.storage, path, records)


def _write_options(pf: pq.ParquetFile, table: pa.Table) -> dict[str, Any]:
    """Keep the original's codec and row group size; dictionary-encode only columns where
    values repeat (a dictionary of unique prompts costs time and bytes for nothing)."""
    meta = pf.metadata
    codec = "zstd"
    if meta.num_row_groups and meta.num_columns:
        codec = meta.row_group(0).column(0).compression.lower()
        codec = {"uncompressed": "none"}.get(codec, codec)
    rows_per_group = max(
        (meta.row_group(i).num_rows for i in range(meta.num_row_groups)), default=0
    )
    return {
        "compression": codec,
        "row_group_size": rows_per_group or None,
        "use_dictionary": _repetitive_columns(table),
    }


def _repetitive_columns(table: pa.Table, sample: int = 2000) -> list[str]:
    out = []
    for field in table.schema:
        column = table.column(field.name).slice(0, sample)
        if not (pa.types.is_string(field.type) or pa.types.is_large_string(field.type)):
            if not pa.types.is_nested(field.type):
                out.append(field.name)  # numbers, timestamps: cheap either way
            continue
        n = len(column) - column.null_count
        if n == 0 or pc.count_distinct(column).as_py() <= n // 2:
            out.append(field.name)
    return out


def _verify(storage: Storage, tmp: str, schema: pa.Schema, expected_rows: int) -> None:
    """Footer (row count, full schema) and the first column read back from storage."""
    try:
        pf = storage.parquet_file(tmp)
        written_schema, rows = pf.schema_arrow, pf.metadata.num_rows
        first = pf.read(columns=[schema.names[0]]).num_rows if schema.names else rows
    except (pa.ArrowException, OSError) as exc:
        storage.delete(tmp)
        raise VerifyError(f"{tmp}: rewritten file is not readable: {exc}") from exc
    problem = None
    if rows != expected_rows or first != expected_rows:
        problem = f"has {rows} rows, expected {expected_rows}"
    elif not written_schema.equals(schema, check_metadata=False):
        problem = f"schema changed:\n{written_schema}\nexpected:\n{schema}"
    if problem:
        storage.delete(tmp)
        raise VerifyError(f"{tmp}: rewritten file {problem}; original left untouched")


def reconcile(ctx: RunContext) -> list[str]:
    """Finish or drop the intents a crashed run left; remove stray temp files."""
    storage, finished = ctx.storage, []
    for info in storage.list("_state/intents", ".json"):
        intent = storage.read_json(info.path)
        rel = intent["file"]
        if not storage.exists(rel):
            done = intent["rows_after"] == 0
        else:
            rows = storage.parquet_file(rel).metadata.num_rows
            done = rows == intent["rows_after"] and rows != intent["rows_before"]
            if not done and rows != intent["rows_before"]:
                log.warning(
                    "%s has %d rows, intent expected %d or %d; planning it again",
                    rel,
                    rows,
                    intent["rows_before"],
                    intent["rows_after"],
                )
        if done:
            if "bytes_after" not in intent:
                intent["bytes_after"] = storage.size(rel) if storage.exists(rel) else 0
            intent["versions_deleted"] = storage.purge_versions(rel)
            _record(ctx, intent)
            finished.append(rel)
        storage.delete(info.path)
    for prefix in ("raw", "training", "usage", "_ledger", "_state"):
        for info in storage.list(prefix, TMP_SUFFIX, data_only=False):
            storage.delete(info.path)
    return finished
