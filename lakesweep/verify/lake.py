"""What verify and audit read: the lake's files (local or S3), its validated policy, the clock,
the grace period and the HMAC key. Everything is listed once, up front."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa
from pydantic import ValidationError

from lakesweep import lakeread, queries
from lakesweep.policy import Policy, PolicyError, load_policy
from lakesweep.pseudonym import hmac_hex
from lakesweep.rawfiles import raw_files
from lakesweep.settings import Settings, SettingsError, build_settings
from lakesweep.storage import FileInfo, Storage, StorageError

SQL = "verify.sql"
LEDGER_LOG = "_ledger/log"


class LakeInputError(ValueError):
    """The lake or its policy cannot be read: nothing can be verified (exit code 2)."""


@dataclass
class LakeInputs:
    storage: Storage
    settings: Settings
    policy: Policy
    now: dt.datetime  # naive UTC: the clock the rules are judged at
    grace: dt.timedelta
    key: bytes | None
    raw: list[FileInfo]
    training_files: list[str]
    usage_files: list[str]
    ledger_entries: list[str]  # _ledger/log/<seq>.jsonl, sorted
    ledger_other: list[str]  # any other file under _ledger/ (not part of the chain)
    files: lakeread.LakeFiles | None = None
    records: list[dict] = field(default_factory=list)  # every ledger record, in order
    _columns: list[tuple[str, str]] | None = None  # (file, column) of training/, read once

    @property
    def retention_days(self) -> int:
        return self.settings.retention_days

    @property
    def now_us(self) -> int:
        return int((self.now - dt.datetime(1970, 1, 1)) / dt.timedelta(microseconds=1))

    @property
    def grace_us(self) -> int:
        return int(self.grace / dt.timedelta(microseconds=1))

    def paths(self, rels: list[str]) -> list[str]:
        assert self.files is not None
        return self.files.paths(rels)

    def rel(self, path: str) -> str:
        assert self.files is not None
        return self.files.rel(path)

    def training_columns(self, con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
        """(file, column) of every training file, read once per run (two checks use it)."""
        if self._columns is None:
            files = self.paths(self.training_files)
            self._columns = queries.run(con, SQL, "training_columns", files=files).fetchall()
        return self._columns

    def judged_at(self) -> dict[str, object]:
        return {
            "now": self.now,
            "now_us": self.now_us,
            "today": self.now.date(),
            "grace_us": self.grace_us,
            "default_retention_days": self.retention_days,
        }


def open_lake(
    lake: str | None,
    now: dt.datetime | None = None,
    retention_days: int | None = None,
    grace_hours: float | None = None,
    s3_endpoint_url: str | None = None,
) -> LakeInputs:
    """Validate the lake root, settings and policy; raise LakeInputError saying what to fix."""
    try:
        settings = build_settings(
            lake=lake,
            now=now,
            retention_days=retention_days,
            grace_hours=grace_hours,
            s3_endpoint_url=s3_endpoint_url,
        )
        storage = Storage(settings.lake, settings.s3_endpoint_url)
        if not storage.is_dir():
            raise LakeInputError(
                f"lake root {settings.lake} does not exist or is not a folder: check --lake"
            )
        policy = load_policy(storage)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise LakeInputError(f"invalid settings: {problems}") from None
    except (StorageError, PolicyError, SettingsError, OSError) as exc:
        raise LakeInputError(str(exc)) from None
    clock = (settings.now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    ledger = [f.path for f in storage.list("_ledger", "", data_only=False)]
    secret = settings.pseudonym_key
    return LakeInputs(
        storage=storage,
        settings=settings,
        policy=policy,
        now=clock,
        grace=dt.timedelta(hours=settings.grace_hours),
        key=secret.get_secret_value().encode() if secret else None,
        raw=raw_files(storage),
        training_files=[f.path for f in storage.list("training", ".parquet")],
        usage_files=[f.path for f in storage.list("usage", ".parquet")],
        ledger_entries=[p for p in ledger if p.startswith(LEDGER_LOG + "/")],
        ledger_other=[p for p in ledger if not p.startswith(LEDGER_LOG + "/")],
    )


def connect(inputs: LakeInputs) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the policy tables, org_keys and the lake's files attached."""
    con = queries.connect()
    for name, table in inputs.policy.tables().items():
        con.register(name, table)
    ids = set(inputs.policy.orgs.column("org_id").to_pylist())
    ids |= set(inputs.policy.erasure_requests.column("org_id").to_pylist())
    ids |= set(inputs.policy.opt_out_events.column("org_id").to_pylist())
    ordered = sorted(i for i in ids if i is not None) if inputs.key else []
    con.register(
        "org_keys",
        pa.table(
            {
                "org_key": pa.array([hmac_hex(inputs.key, i) for i in ordered], pa.string()),
                "org_id": pa.array(ordered, pa.string()),
            }
        ),
    )
    inputs.files = lakeread.attach(con, inputs.storage)
    return con


def read_records(inputs: LakeInputs) -> list[tuple[str, bytes, list[dict] | None]]:
    """Every ledger entry: (path, bytes, records or None when it is not valid JSON lines)."""
    out = []
    for rel in inputs.ledger_entries:
        data = inputs.storage.read_bytes(rel)
        try:
            records = [json.loads(line) for line in data.splitlines() if line.strip()]
        except ValueError:
            records = None
        out.append((rel, data, records))
        inputs.records += records or []
    return out
