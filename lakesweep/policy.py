"""Load and validate the policy inputs: orgs, opt_out_events, erasure_requests.

Each is read from ``policy/<name>.parquet`` or ``policy/<name>.csv`` and normalized to a
fixed Arrow schema (timestamps as naive UTC microseconds). Any problem raises
:class:`PolicyError` naming the file, the column and the row; callers then change nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from lakesweep.policy_values import TS, PolicyError, coerce
from lakesweep.storage import Storage

SCHEMAS: dict[str, dict[str, tuple[pa.DataType, bool]]] = {
    # column: (type, nullable)
    "orgs": {
        "org_id": (pa.string(), False),
        "zero_data_retention": (pa.bool_(), False),
        "google_workspace": (pa.bool_(), False),
        "legal_hold_until": (pa.date32(), True),
        "retention_days": (pa.int64(), True),
    },
    "opt_out_events": {
        "org_id": (pa.string(), False),
        "opted_out": (pa.bool_(), False),
        "effective_at": (TS, False),
    },
    "erasure_requests": {
        "request_id": (pa.string(), True),
        "org_id": (pa.string(), False),
        "requested_at": (TS, False),
    },
}
OPTIONAL_COLUMNS = {
    "orgs": {"legal_hold_until", "retention_days"},
    "erasure_requests": {"request_id"},
}


ID_COLUMNS = ("org_id", "request_id")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Policy:
    orgs: pa.Table
    opt_out_events: pa.Table
    erasure_requests: pa.Table
    sources: dict[str, str]  # name -> file it came from ("" when absent)

    def tables(self) -> dict[str, pa.Table]:
        return {
            "orgs": self.orgs,
            "opt_out_events": self.opt_out_events,
            "erasure_requests": self.erasure_requests,
        }


def load_policy(storage: Storage) -> Policy:
    """Read and validate all three inputs. ``orgs`` is required."""
    tables, sources = {}, {}
    for name in SCHEMAS:
        rel, raw = _read(storage, name)
        if raw is None:
            if name == "orgs":
                raise PolicyError(
                    f"{storage.root}/policy/orgs.parquet (or orgs.csv) is missing: without the "
                    "org registry nothing can be deleted or exported. Add it and run again."
                )
            raw = pa.table({c: pa.array([], t) for c, (t, _) in SCHEMAS[name].items()})
        tables[name] = _normalize(name, rel or f"policy/{name}", raw)
        sources[name] = rel or ""
    _check_orgs(tables["orgs"], sources["orgs"])
    return Policy(sources=sources, **tables)


def _read(storage: Storage, name: str) -> tuple[str | None, pa.Table | None]:
    found = [ext for ext in ("parquet", "csv") if storage.exists(f"policy/{name}.{ext}")]
    if len(found) > 1:
        raise PolicyError(
            f"{storage.root}/policy has both {name}.parquet and {name}.csv: lakesweep cannot "
            "tell which one is current. Remove one of them and run again."
        )
    for ext in found:
        rel = f"policy/{name}.{ext}"
        try:
            if ext == "parquet":
                return rel, storage.read_table(rel)
            opts = pacsv.ConvertOptions(
                column_types={c: pa.string() for c in SCHEMAS[name]}, strings_can_be_null=True
            )
            return rel, pacsv.read_csv(
                pa.BufferReader(storage.read_bytes(rel)), convert_options=opts
            )
        except (pa.ArrowInvalid, OSError) as exc:
            raise PolicyError(f"{storage.root}/{rel} cannot be read: {exc}") from exc
    return None, None


def _normalize(name: str, rel: str, raw: pa.Table) -> pa.Table:
    columns = {}
    for column, (dtype, nullable) in SCHEMAS[name].items():
        if column not in raw.column_names:
            if column in OPTIONAL_COLUMNS.get(name, set()):
                columns[column] = pa.nulls(raw.num_rows, dtype)
                continue
            raise PolicyError(
                f"{rel}: required column {column!r} is missing "
                f"(it has: {', '.join(raw.column_names)})"
            )
        values = coerce(rel, column, raw.column(column).combine_chunks(), dtype)
        if column in ID_COLUMNS:
            values = _clean_ids(rel, column, values)
        if not nullable and values.null_count:
            row = pc.index(pc.is_null(values), True).as_py()
            raise PolicyError(f"{rel}: column {column!r}, row {row + 1}: value is missing")
        columns[column] = values
    return pa.table(columns)


def _clean_ids(rel: str, column: str, values: pa.Array) -> pa.Array:
    """Ids are trimmed of surrounding whitespace; an empty id or one holding control
    characters is a policy error (it could never match a raw row as written)."""
    trimmed = pc.utf8_trim_whitespace(values)
    for row, value in enumerate(trimmed.to_pylist()):
        if value is None:
            continue
        if value == "" or _CONTROL.search(value):
            what = "is empty" if value == "" else "holds control characters"
            raise PolicyError(
                f"{rel}: column {column!r}, row {row + 1}: the id {values[row].as_py()!r} "
                f"{what}; fix the policy file (see docs/contract.md, policy rows)"
            )
    return trimmed


def _check_orgs(orgs: pa.Table, rel: str) -> None:
    seen: dict[str, int] = {}
    for row, org_id in enumerate(orgs.column("org_id").to_pylist()):
        if org_id in seen:
            raise PolicyError(
                f"{rel}: column 'org_id', row {row + 1}: duplicate org_id {org_id!r} "
                f"(first at row {seen[org_id] + 1}); each org must appear once"
            )
        seen[org_id] = row
    days = orgs.column("retention_days")
    negative = pc.less(days, 0)
    if pc.any(negative).as_py():
        row = pc.index(negative, True).as_py()
        raise PolicyError(
            f"{rel}: column 'retention_days', row {row + 1}: {days[row].as_py()} is negative"
        )
