"""How `lakesweep nightly`/`backfill`/`demo` run: as a Prefect flow or the steps directly.

Run mode (`--prefect/--no-prefect`, default: auto): when a Prefect API is configured
(PREFECT_API_URL in the environment or in the active Prefect profile), the run is a Prefect
flow run reported to that server; otherwise the same steps run directly (lakesweep.run),
and one line on stderr says so. `--prefect` without a configured API runs the flow on a
temporary local Prefect server (slow to start). Input is validated before Prefect is
imported. A flow run that lakesweep records as failed ends Failed in Prefect; the CLI
reads the summary from the flow run's state and exits as in the direct mode.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

from lakesweep.cli_output import err


def prefect_api_url() -> str | None:
    """The Prefect API this process would report to: PREFECT_API_URL from the environment,
    else from the active profile of Prefect's profiles file. Read without importing Prefect
    (that alone takes seconds); None when neither sets it."""
    url = os.environ.get("PREFECT_API_URL", "").strip()
    if url:
        return url
    home = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    name = os.environ.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    profile = profiles.get("profiles", {}).get(name, {})
    url = str(profile.get("PREFECT_API_URL", "") if isinstance(profile, dict) else "").strip()
    return url or None


def run_mode(use_prefect: bool | None, flow: str) -> tuple[bool, str | None]:
    """(run as a Prefect flow?, the one line to say about it) (see the module docstring)."""
    url = prefect_api_url()
    if use_prefect is None and url is None:
        return False, (
            f"PREFECT_API_URL is not set: running the {flow} steps directly, without Prefect "
            "(set it, or pass --prefect, to run them as a Prefect flow)"
        )
    if use_prefect is False:
        return False, None
    if url is None:
        return True, (
            f"running the {flow} flow on a temporary local Prefect server (PREFECT_API_URL "
            "is not set); it takes a while to start"
        )
    return True, f"running the {flow} flow, reporting to Prefect at {url}"


def _say(line: str | None) -> None:
    if line:
        err.print(line, markup=False, highlight=False)


def _check_inputs(settings: Any, kind: str) -> None:
    """Reject a missing lake, a bad policy or a missing key before Prefect is imported (the
    flow checks again; this costs one read of the policy files). From a terminal the key
    comes from LAKESWEEP_PSEUDONYM_KEY (or lakesweep.toml) in both modes; only a deployed
    flow run falls back to the Prefect Secret block."""
    from lakesweep.keycheck import require_key
    from lakesweep.run import open_lake

    require_key(open_lake(settings, kind=kind))


def run_nightly(flags: dict[str, Any], use_prefect: bool | None) -> dict[str, Any]:
    from lakesweep.progress import set_reporter
    from lakesweep.settings import build_settings

    settings = build_settings(**flags)  # validate before starting anything
    if sys.stderr.isatty():
        from lakesweep.terminal import RichReporter

        set_reporter(lambda: RichReporter(err))
    prefect, line = run_mode(use_prefect, "nightly")
    if prefect:
        _check_inputs(settings, "nightly")
    _say(line)
    if prefect:
        from flows.nightly import nightly as nightly_flow
        from flows.outcome import unwrap

        given = {k: v for k, v in flags.items() if v is not None}
        return unwrap(nightly_flow(**given, key_block=None, return_state=True))
    from lakesweep.run import run_nightly as run_directly

    return run_directly(settings).to_dict()


def run_backfill(
    flags: dict[str, Any], days: tuple[dt.date, dt.date, bool], use_prefect: bool | None
) -> dict[str, Any]:
    from lakesweep.cli_output import BadInput
    from lakesweep.keycheck import KEY_HINT
    from lakesweep.settings import build_settings

    settings = build_settings(**flags)
    first, last, resanitize = days
    if last < first:
        raise BadInput(f"--to {last} is before --from {first}")
    if settings.pseudonym_key is None:
        raise BadInput(f"a backfill exports training rows: {KEY_HINT}")
    prefect, line = run_mode(use_prefect, "backfill")
    if prefect:
        _check_inputs(settings, "backfill")
    _say(line)
    if prefect:
        from flows.backfill import backfill as backfill_flow
        from flows.outcome import unwrap

        given = {k: v for k, v in flags.items() if v is not None}
        state = backfill_flow(
            first_day=first,
            last_day=last,
            resanitize=resanitize,
            **given,
            key_block=None,
            return_state=True,
        )
        return unwrap(state)
    from lakesweep.rebuild import run_backfill as run_directly

    return run_directly(settings, first, last, resanitize).to_dict()
