"""Keyed pseudonyms: HMAC-SHA256 (hex) of identifiers under the operator's secret key."""

from __future__ import annotations

import hashlib
import hmac

import pyarrow as pa

KEY_ENV = "LAKESWEEP_PSEUDONYM_KEY"


class MissingKey(RuntimeError):  # noqa: N818
    """No pseudonym key: nothing can be exported (and training cannot be pruned)."""


def hmac_hex(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def hmac_array(key: bytes, values: pa.Array) -> pa.Array:
    """HMAC of every value of a string array (nulls stay null)."""
    return pa.array(
        [None if v is None else hmac_hex(key, v) for v in values.to_pylist()], pa.string()
    )


def key_fingerprint(key: bytes) -> str:
    """A short, non-reversible id of the key, to tell which key produced a dataset."""
    return hmac_hex(key, "lakesweep-key-fingerprint")[:12]
