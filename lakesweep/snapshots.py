"""Policy snapshots: the normalized policy each run judged with, kept by content hash.

``_state/policy/<hash>/{orgs,opt_out_events,erasure_requests}.parquet`` (create-only). Every
ledger record names the hash, so `verify` can judge each deletion against the policy of its
time, and `audit` can say under which policy an org's data was deleted.
"""

from __future__ import annotations

import hashlib
import json

import pyarrow as pa

from lakesweep.policy import SCHEMAS, Policy
from lakesweep.storage import Storage, table_bytes


def content_hash(policy: Policy) -> str:
    """A hash of the normalized policy (the same content in CSV or Parquet hashes the same)."""
    digest = hashlib.sha256()
    for name, table in policy.tables().items():
        # Every value as Arrow prints it: dates far beyond Python's year 9999 included.
        text = pa.table({c: table.column(c).cast(pa.string()) for c in table.column_names})
        rows = sorted(json.dumps(r, sort_keys=True) for r in text.to_pylist())
        digest.update(json.dumps([name, rows]).encode())
    return digest.hexdigest()


SNAPSHOTS = "_state/policy"


def snapshot(storage: Storage, policy: Policy) -> str:
    """Keep a copy of the normalized policy a run judged with (create-only, by content hash),
    so `verify` can judge each deletion against the policy of its time. Returns the hash."""
    digest = content_hash(policy)
    for name, table in policy.tables().items():
        storage.create(f"{SNAPSHOTS}/{digest}/{name}.parquet", table_bytes(table))
    return digest


def load_snapshot(storage: Storage, digest: str) -> Policy | None:
    """The policy snapshot ``digest`` (None when it is missing)."""
    tables = {}
    for name in SCHEMAS:
        try:
            tables[name] = storage.read_table(f"{SNAPSHOTS}/{digest}/{name}.parquet")
        except FileNotFoundError:
            return None
    return Policy(sources={n: f"{SNAPSHOTS}/{digest}/{n}.parquet" for n in SCHEMAS}, **tables)
