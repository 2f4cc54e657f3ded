"""What training/ already holds: the sample ids of every training part, read once per run.

From it a run learns (1) which requests are exported (a compact, picklable array of 64-bit
sample-id prefixes handed to every unit, so units skip rows exported earlier) and (2) which
training rows are duplicates (same ``sample_id`` in several places: only the first copy, in
path and row order, stays) or have no pseudonym: both are removed by the training pass.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from lakesweep import queries
from lakesweep.storage import Storage


def prefixes(sample_ids: pa.Array) -> pa.Array:
    """The first 64 bits of each hex sample id, as uint64 (null where there is no id)."""
    return pa.array(
        [None if s is None or len(s) < 16 else _prefix(s) for s in sample_ids.to_pylist()],
        pa.uint64(),
    )


def _prefix(sample_id: str) -> int | None:
    try:
        return int(sample_id[:16], 16)
    except ValueError:
        return None


@dataclass
class TrainingIndex:
    exported: pa.Array  # sorted unique uint64 prefixes of every sample id in training/
    files: list[str] = field(default_factory=list)  # the training parts read
    drop: dict[str, set[str]] = field(default_factory=dict)  # file -> duplicated sample ids
    unreadable: list[str] = field(default_factory=list)


def read_index(storage: Storage, files: list[str], workers: int = 4) -> TrainingIndex:
    """Read the ``sample_id`` column of every training part (in parallel: S3 latency)."""

    def one(rel: str) -> pa.Array | None:
        try:
            with storage.fs.open_input_file(storage.uri(rel)) as fh:
                pf = pq.ParquetFile(fh)
                if "sample_id" not in pf.schema_arrow.names:
                    return pa.nulls(pf.metadata.num_rows, pa.string())
                return pf.read(columns=["sample_id"]).column(0).combine_chunks().cast(pa.string())
        except (OSError, pa.ArrowException):
            return None

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        columns = list(pool.map(one, files))
    index = TrainingIndex(pa.array([], pa.uint64()), list(files))
    parts = []
    for i, (rel, ids) in enumerate(zip(files, columns, strict=True)):
        if ids is None:
            index.unreadable.append(rel)
            continue
        parts.append(pa.table({"part": pa.repeat(i, len(ids)).cast(pa.int32()), "sample_id": ids}))
    if not parts:
        return index
    ids = pa.concat_tables(parts)
    index.exported = pc.unique(prefixes(ids.column("sample_id").combine_chunks())).drop_null()
    index.exported = index.exported.sort()
    con = queries.worker_connection()
    try:
        con.register("training_ids", ids)
        for part, sample_id in queries.run(con, "training.sql", "duplicates").fetchall():
            index.drop.setdefault(files[part], set()).add(sample_id)
    finally:
        con.close()
    return index
