"""The pseudonym key, checked before a run changes anything.

Without ``LAKESWEEP_PSEUDONYM_KEY`` nothing is exported and the summary says why (the
contract). But when an export is *due*, a run without the key would leave training/ outside
the policy, so it does not start: a backfill (it re-exports), or a nightly pass while
training/ holds rows (opt-outs and erasures are applied to them by ``org_key``, an HMAC
under the key). A dry run only warns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lakesweep.storage import Storage

if TYPE_CHECKING:
    from lakesweep.run import Run

KEY_HINT = (
    "set LAKESWEEP_PSEUDONYM_KEY first (from your secret store; a Prefect deployment reads it "
    "from the worker's environment or from the Secret block lakesweep-pseudonym-key: see "
    "docs/install.md)"
)
TRAINING_WITHOUT_KEY = (
    "training/ holds rows, but LAKESWEEP_PSEUDONYM_KEY is not set: opt-outs and erasures "
    "cannot be applied to them without it"
)


class MissingKey(RuntimeError):
    """An export is due but the pseudonym key is not set: the run does not start (exit 2)."""


def require_key(run: Run) -> None:
    """Raise :class:`MissingKey` when ``run`` is due to export and has no key."""
    ctx = run.ctx
    if ctx.dry_run or ctx.settings.pseudonym_key is not None:
        return
    if run.kind == "backfill":
        raise MissingKey(f"a backfill exports training rows: {KEY_HINT}")
    if holds_training(ctx.storage):
        raise MissingKey(f"{TRAINING_WITHOUT_KEY}; {KEY_HINT}")


def holds_training(storage: Storage) -> bool:
    """Whether training/ has any part (one listing)."""
    return bool(storage.list("training", ".parquet"))
