"""How a lakesweep flow run ends: its Prefect state tells what lakesweep's run record says.

A run lakesweep records as failed (a failed or quarantined file, ...) ends **Failed**, as
does a run that does not start (bad input, a missing key, a held lake): whatever would make
`lakesweep nightly` exit non-zero. The summary (or the reason) is published as an artifact
in every case. Alerts and automations can read the flow run state. An interrupt or a lost
lease is not caught here: Prefect marks the flow run Crashed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from prefect.artifacts import create_markdown_artifact
from prefect.states import Failed, State

from lakesweep.summary import RunSummary

log = logging.getLogger(__name__)


class RunFailed(Exception):  # noqa: N818 - it is the outcome, not an error of the flow code
    """The run ended and lakesweep recorded it as failed; ``summary`` is its summary."""

    def __init__(self, summary: dict[str, Any]) -> None:
        errors = summary.get("errors") or []
        first = errors[0] if errors else "see the summary artifact"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(
            f"lakesweep {summary.get('kind')} run {summary.get('run_id')} failed: {first}{more}"
        )
        self.summary = summary


def conclude(kind: str, body: Callable[[], RunSummary]) -> dict[str, Any] | State:
    """Run ``body`` (the steps, which publish the summary) and turn its outcome into the
    flow run's final state: the summary when it succeeded, else a Failed state."""
    try:
        summary = body()
    except Exception as exc:
        _publish_reason(kind, exc)
        return Failed(message=f"lakesweep {kind} did not complete: {exc}", data=exc)
    if summary.failed:
        failed = RunFailed(summary.to_dict())
        return Failed(message=str(failed), data=failed)
    return summary.to_dict()


def unwrap(state: State) -> dict[str, Any]:
    """The summary of a flow run started in this process (``return_state=True``); the
    exception of a run that did not complete is raised again (the CLI maps it to an exit)."""
    data = state.result(raise_on_failure=False)
    if isinstance(data, RunFailed):
        return data.summary
    if isinstance(data, BaseException):
        raise data
    return data


def _publish_reason(kind: str, exc: Exception) -> None:
    try:
        create_markdown_artifact(
            key=f"lakesweep-{kind}",
            markdown=f"# lakesweep {kind}: did not complete\n\n{type(exc).__name__}: {exc}",
            description=f"lakesweep {kind}: did not complete",
        )
    except Exception:  # the state still says why
        log.warning("could not publish the artifact of a run that did not complete", exc_info=True)
