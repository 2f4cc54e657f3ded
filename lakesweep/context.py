"""The per-run context every unit of work receives: picklable, immutable."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, field

import pyarrow as pa

from lakesweep import faults
from lakesweep.settings import Settings
from lakesweep.storage import Storage
from lakesweep.timeutil import utc_naive


@dataclass(frozen=True)
class Clock:
    """The run's ``now`` (naive UTC), taken once; a backfill never moves it."""

    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.now.date()

    @classmethod
    def take(cls, override: dt.datetime | None = None) -> Clock:
        moment = override or dt.datetime.now(dt.UTC)
        return cls(utc_naive(moment).replace(microsecond=utc_naive(moment).microsecond))


def new_run_id(now: dt.datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def file_key(rel: str) -> str:
    """Stable short id of a lake path (a name, not an identity: see lakesweep.lineage)."""
    return hashlib.sha256(rel.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class RunContext:
    settings: Settings
    storage: Storage  # fenced by the run's lease once it holds one
    run_id: str
    clock: Clock
    policy_hash: str = ""  # content hash of the policy snapshot this run judges with
    ledger_from: int = 0  # the ledger's next seq when the run began (recovery scans from it)
    exported: pa.Array = field(default_factory=lambda: pa.array([], pa.uint64()))
    # ^ sample-id prefixes already in training/ when the run started (lakesweep.exported)

    @property
    def dry_run(self) -> bool:
        return self.settings.dry_run

    def checkpoint(self, step: str) -> None:
        faults.checkpoint(step, self.settings.fail_at)

    def sql_params(self) -> dict[str, object]:
        return {
            "now": self.clock.now,
            "today": self.clock.today,
            "default_retention_days": self.settings.retention_days,
        }
