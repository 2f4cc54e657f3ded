"""What verify and audit read: the lake's files, its validated policy, clocks and the HMAC key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pyarrow as pa
from pydantic import ValidationError

from lakesweep import queries
from lakesweep.policy import Policy, PolicyError, load_policy
from lakesweep.pseudonym import hmac_hex
from lakesweep.settings import build_settings
from lakesweep.storage import Storage, StorageError

SQL = "verify.sql"


class LakeInputError(ValueError):
    """The lake or its policy cannot be read: nothing can be verified (exit code 2)."""


@dataclass(frozen=True)
class LakeInputs:
    storage: Storage
    policy: Policy
    now: dt.datetime  # naive UTC: the clock the rules are judged at
    due: dt.datetime  # naive UTC: min(now, clock of the last successful nightly run)
    last_run: dt.datetime | None
    retention_days: int
    key: bytes | None
    raw_files: list[str]
    training_files: list[str]
    usage_files: list[str]
    ledger_files: list[str]

    def path(self, rel: str) -> str:
        return self.storage.uri(rel)

    def paths(self, rels: list[str]) -> list[str]:
        return [self.storage.uri(r) for r in rels]

    def rel(self, path: str) -> str:
        """A path DuckDB returned (absolute) as a path relative to the lake root."""
        prefix = self.storage.base.rstrip("/") + "/"
        return path[len(prefix) :] if path.startswith(prefix) else path


def open_lake(
    lake: str | None, now: dt.datetime | None = None, retention_days: int | None = None
) -> LakeInputs:
    """Validate the lake root, settings and policy; raise LakeInputError saying what to fix."""
    try:
        settings = build_settings(lake=lake, now=now, retention_days=retention_days)
        if settings.lake.startswith("s3://"):
            raise LakeInputError(
                f"{settings.lake}: verify and audit read local lakes only so far (DuckDB reads "
                "the files itself and loads no network extension); run them on a local copy"
            )
        storage = Storage(settings.lake)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise LakeInputError(f"invalid settings: {problems}") from None
    except StorageError as exc:
        raise LakeInputError(str(exc)) from None
    if not storage.is_dir():
        raise LakeInputError(
            f"lake root {settings.lake} does not exist or is not a folder: check --lake"
        )
    try:
        policy = load_policy(storage)
    except PolicyError as exc:
        raise LakeInputError(str(exc)) from None
    clock = settings.now or dt.datetime.now(dt.UTC)
    clock = clock.astimezone(dt.UTC).replace(tzinfo=None)
    ledger = [f.path for f in storage.list("_ledger", ".jsonl")]
    last_run = _last_nightly(storage, ledger)
    secret = settings.pseudonym_key
    return LakeInputs(
        storage=storage,
        policy=policy,
        now=clock,
        due=min(clock, last_run) if last_run else clock,
        last_run=last_run,
        retention_days=settings.retention_days,
        key=secret.get_secret_value().encode() if secret else None,
        raw_files=[f.path for f in storage.list("raw", ".parquet")],
        training_files=[f.path for f in storage.list("training", ".parquet")],
        usage_files=[f.path for f in storage.list("usage", ".parquet")],
        ledger_files=ledger,
    )


def _last_nightly(storage: Storage, ledger: list[str]) -> dt.datetime | None:
    if not ledger:
        return None
    con = queries.connect()
    with con:
        files = [storage.uri(r) for r in ledger]
        rows = queries.run(con, SQL, "last_nightly", files=files).fetchall()
    return rows[0][0] if rows else None


def connect(inputs: LakeInputs) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the policy tables and, with the key, org_keys registered."""
    con = queries.connect()
    for name, table in inputs.policy.tables().items():
        con.register(name, table)
    ids = set(inputs.policy.orgs.column("org_id").to_pylist())
    ids |= set(inputs.policy.erasure_requests.column("org_id").to_pylist())
    ids |= set(inputs.policy.opt_out_events.column("org_id").to_pylist())
    ordered = sorted(i for i in ids if i is not None)
    keys = [hmac_hex(inputs.key, i) for i in ordered] if inputs.key else []
    con.register(
        "org_keys",
        pa.table(
            {
                "org_key": pa.array(keys, pa.string()),
                "org_id": pa.array(ordered if inputs.key else [], pa.string()),
            }
        ),
    )
    return con
