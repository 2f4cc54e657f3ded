"""Which files are raw input: exactly what the contract's reader reads.

The contract names ``read_parquet('<root>/raw/event_date=*/*.parquet')``: DuckDB's glob, in
which ``*`` matches any characters but ``/`` (leading ``.`` and ``_`` included) and the match
is case-sensitive. Nightly, backfill, verify and the analysts all list raw files through
:func:`raw_files`, so no reader ever sees a raw file that lakesweep does not judge.
"""

from __future__ import annotations

import re

from lakesweep.storage import FileInfo, Storage

RAW_GLOB = "raw/event_date=*/*.parquet"
_RAW = re.compile(r"raw/event_date=[^/]*/[^/]*\.parquet\Z", re.DOTALL)


def is_raw_path(rel: str) -> bool:
    """True when ``rel`` (relative to the lake root) matches ``raw/event_date=*/*.parquet``."""
    return _RAW.match(rel) is not None


def raw_files(storage: Storage) -> list[FileInfo]:
    """Every raw input file of the lake, sorted by path (hidden and ``_`` names included)."""
    return [f for f in storage.list("raw", data_only=False) if is_raw_path(f.path)]


def not_raw_input(storage: Storage) -> list[str]:
    """Parquet files under raw/ that the contract's glob does not read (reported, not judged)."""
    return [
        f.path
        for f in storage.list("raw", data_only=False)
        if f.path.endswith(".parquet") and not is_raw_path(f.path)
    ]
