"""The run's recorder: turns finished changes (intents) into ledger records, exactly once.

Units make changes and return their intents; the recorder, in the process that holds the
lease, appends their records to the ledger (in batches) and only then drops the intents. An
intent left behind (a crash, a lost Dask worker) is settled by :meth:`Recorder.settle`: if its
change happened and the ledger does not already hold that transition, it is recorded now,
with ``recorded_by`` naming the run that found it.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from typing import Any

from lakesweep import ledger, rewrite
from lakesweep.context import RunContext

log = logging.getLogger(__name__)
BATCH = 200


class Recorder:
    def __init__(self, ctx: RunContext, book: ledger.Ledger) -> None:
        self.ctx, self.book = ctx, book
        self._lock = threading.Lock()
        self._buffer: list[dict[str, Any]] = []
        self._transitions: set[str] = set()
        self.deleted: dict[str, Counter[str]] = {"raw": Counter(), "training": Counter()}
        # ^ rows this run deleted, per table and rule (also those of its units that died)

    def add(self, intent: dict[str, Any]) -> None:
        with self._lock:
            if intent["transition"] in self._transitions:
                return  # recorded (or about to be) by this run already
            self._transitions.add(intent["transition"])
            self._buffer.append(intent)
            if intent.get("run_id") == self.ctx.run_id:
                self.deleted.setdefault(intent["table"], Counter()).update(intent["deleted"])
            full = len(self._buffer) >= BATCH
        if full:
            self.flush()

    def quarantine(self, rel: str, reason: str, error: str) -> None:
        rec = ledger.record(
            "quarantine",
            self.ctx.run_id,
            recorded_by=self.ctx.run_id,
            table="raw",
            file=rel,
            rule=reason,
            detail={"error": error},
            run_now=self.ctx.clock.now.isoformat(),
        )
        self.book.append([rec])

    def flush(self) -> None:
        with self._lock:
            batch, self._buffer = self._buffer, []
            if not batch:
                return
            self.ctx.checkpoint("before_ledger")
            records = [r for intent in batch for r in records_of(intent, self.ctx.run_id)]
            self.book.append(records)
            self.ctx.checkpoint("after_ledger")
            for intent in batch:
                self._drop(intent)

    def settle(self, intents: list[tuple[str, dict[str, Any]]]) -> list[str]:
        """Record the changes of left-over intents that happened; drop the others."""
        if not intents:
            return []
        since = min((i.get("ledger_from") or 0) for _, i in intents)
        in_ledger = {r.get("transition") for r in self.book.records_since(since)}
        finished = []
        for path, intent in intents:
            if intent.get("transition") in self._transitions:
                continue  # recorded by this run already (its intent is dropped on flush)
            if intent and rewrite.happened(self.ctx.storage, intent):
                rewrite.purge_versions(self.ctx, intent)
                if intent["transition"] in in_ledger:
                    self.ctx.storage.delete(path)
                    continue
                finished.append(intent["file"])
                self.add(intent)
            else:
                self.ctx.storage.delete(path)
        self.flush()
        return finished

    def _drop(self, intent: dict[str, Any]) -> None:
        self.ctx.storage.delete(rewrite.intent_path(intent["run_id"], intent["transition"]))


def records_of(intent: dict[str, Any], recorded_by: str) -> list[dict[str, Any]]:
    """The ledger records of one finished change: one per rule for a deletion."""
    common = {
        "recorded_by": recorded_by,
        "table": intent["table"],
        "file": intent["file"],
        "action": "remove" if intent["child"] is None else "rewrite",
        "bytes_before": intent["bytes_before"],
        "bytes_after": intent["bytes_after"],
        "versions": intent.get("versions") or [],
        "transition": intent["transition"],
        "parent": intent["parent"],
        "child": intent["child"],
        "origin": intent.get("origin"),
        "policy": intent.get("policy"),
        "run_now": intent.get("run_now"),
        "default_retention_days": intent.get("default_retention_days"),
    }
    out = []
    if intent["kind"] == "rewrite":  # a rebuilt training part; rows it dropped follow
        detail = intent.get("detail") or {}
        rule = detail.get("reason", "rebuilt")
        out.append(
            ledger.record(
                "rewrite",
                intent["run_id"],
                rule=rule,
                rows=intent["rows_after"],
                detail=detail,
                **common,
            )
        )
    return out + [
        ledger.record(
            "deletion",
            intent["run_id"],
            rule=rule,
            rows=rows,
            orgs=intent["orgs"].get(rule, []),
            **common,
        )
        for rule, rows in intent["deleted"].items()
    ]
