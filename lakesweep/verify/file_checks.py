"""Check ``leftovers``: no temporary file, no unfinished change, no run left open.

While a run holds the lease these are normal (warnings); with no live run they are signs of
a crash that no run has completed yet (violations: the next nightly run completes them).
"""

from __future__ import annotations

import time

from lakesweep.lease import read_holder
from lakesweep.storage import TMP_SUFFIX
from lakesweep.verify.lake import LakeInputs
from lakesweep.verify.model import Check, Example

INTENTS = "_state/intents"


def check_hygiene(inputs: LakeInputs, examples: int) -> Check:
    check = Check("leftovers", "no temporary files, no unfinished changes", max_examples=examples)
    storage = inputs.storage
    holder = read_holder(storage)
    live = holder is not None and float(holder.get("expires_epoch") or 0) > time.time()
    severity = "warning" if live else "violation"
    after = " (a run is in progress)" if live else "; run nightly to complete it"
    for info in storage.list(".", TMP_SUFFIX, data_only=False):
        reason = f"temporary file left by an interrupted write{after}"
        check.add("temp_file", Example(info.path, None, reason), severity=severity)
    for info in storage.list(INTENTS, ".json", data_only=False):
        reason = f"change not completed (a run stopped){after}"
        check.add("pending_intent", Example(info.path, None, reason), severity=severity)
    if live:
        reason = f"run {holder.get('run_id')} holds the lake: results may change while it runs"
        check.add("lease_held", Example("_state/lease.json", None, reason), severity="warning")
    elif storage.exists("_state/lease.json"):
        reason = "a lease that is expired or unreadable: the next run takes it over"
        check.add("lease_stale", Example("_state/lease.json", None, reason), severity="warning")
    return check
