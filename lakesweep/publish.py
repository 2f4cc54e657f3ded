"""Publishing training rows: one publisher per run, in the process that holds the lease.

Units return sanitized rows; the publisher writes them as new, create-only parts
``training/event_date=D/part-<run_id>-<n>.parquet``, after dropping every request that
training already held when the run began or that this run already published (a request
seen in two raw files, a unit that ran twice). A part is complete when it appears (local:
temp + link; S3: one PUT), so a crash leaves either the whole part or nothing; rows that were
not published are exported by the next run. When the run could not read every training part
(an outage, a damaged part) it does not know what training holds: it publishes nothing
(``withheld``) rather than risk exporting a request twice, and reports failure.
"""

from __future__ import annotations

import threading

import pyarrow as pa
import pyarrow.compute as pc

from lakesweep.context import RunContext
from lakesweep.exported import prefixes
from lakesweep.storage import table_bytes


class Publisher:
    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self._seen: set[int] = set(ctx.exported.to_pylist())
        self._lock = threading.Lock()
        self._n = 0
        self.withheld: str | None = None  # why this run publishes nothing (set by the run)

    def publish(self, table: pa.Table | None) -> tuple[int, int]:
        """Publish the rows of ``table`` not exported yet; returns (rows, bytes) written."""
        if table is None or not table.num_rows or self.withheld:
            return 0, 0
        with self._lock:
            keep = []
            for p in prefixes(table.column("sample_id").combine_chunks()).to_pylist():
                keep.append(p is not None and p not in self._seen)
                if p is not None:
                    self._seen.add(p)
            fresh = table.filter(pa.array(keep, pa.bool_()))
            rows = written = 0
            days = fresh.column("event_date")
            for day in sorted(pc.unique(days).to_pylist()):
                part = fresh.filter(pc.equal(days, pa.scalar(day, pa.date32())))
                written += self._create(day.isoformat(), table_bytes(part, compression="zstd"))
                rows += part.num_rows
                self.ctx.checkpoint("mid_export")
            return rows, written

    def _create(self, day: str, data: bytes) -> int:
        while True:
            self._n += 1
            path = f"training/event_date={day}/part-{self.ctx.run_id}-{self._n:05d}.parquet"
            if self.ctx.storage.create(path, data) is not None:
                return len(data)
