"""Registry hygiene for the run summary: org ids in raw rows, opt-out events and erasure
requests that match no org of the registry (policy/orgs). Such an id is valid input, but
usually a typo or a wrong case, and it costs the org its contract (its rows count as
unregistered: default retention, never exported) or leaves an opt-out or erasure without
effect. Counts and a few ids, never row content."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lakesweep.policy import Policy
    from lakesweep.units import FileResult

EXAMPLES = 3


def registry_warnings(policy: Policy, results: list[FileResult]) -> list[str]:
    """One warning per source with unmatched ids (none when every id matches)."""
    known = {i for i in policy.orgs.column("org_id").to_pylist() if i is not None}
    raw: Counter[str | None] = Counter()
    capped = False
    for r in results:
        if r.table == "raw":
            raw.update(r.unregistered_orgs)
            capped |= r.unregistered_orgs_capped
    out = []
    if raw:
        out.append(_warning("raw rows", raw, capped))
    for name, label in (("opt_out_events", "opt-out events"), ("erasure_requests", "erasures")):
        ids = getattr(policy, name).column("org_id").to_pylist()
        unmatched = Counter(i for i in ids if i not in known)
        if unmatched:
            out.append(_warning(label, unmatched, False))
    return out


def _warning(source: str, unmatched: Counter[str | None], capped: bool) -> str:
    ids = f"{'at least ' if capped else ''}{len(unmatched)} org id(s)"
    shown = ", ".join(
        "(no org_id)" if i is None else repr(i) for i, _ in unmatched.most_common(EXAMPLES)
    )
    more = ", ..." if len(unmatched) > EXAMPLES else ""
    return (
        f"registry: {sum(unmatched.values()):,} {source} name {ids} that match no org of "
        f"policy/orgs (e.g. {shown}{more}); check the ids for typos and case"
    )
