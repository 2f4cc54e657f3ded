"""The pseudonym key of a deployed flow run, never written into prefect.yaml.

``LAKESWEEP_PSEUDONYM_KEY`` in the worker's environment (or lakesweep.toml) wins; without
it the flow reads the Prefect Secret block named by its ``key_block`` parameter (default
``lakesweep-pseudonym-key``) at flow start. Create it once from your secret store (the UI's
Blocks page, or ``Secret(value=...).save("lakesweep-pseudonym-key")``: docs/install.md).
The value is never logged, never a flow parameter, never persisted as a result.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from lakesweep.settings import Settings, build_settings

KEY_BLOCK = "lakesweep-pseudonym-key"
log = logging.getLogger(__name__)


def settings_with_key(flags: dict[str, Any], key_block: str | None) -> Settings:
    """Settings from the flow's parameters, the environment and lakesweep.toml, with the key
    from the Secret block ``key_block`` when none of those sets it."""
    settings = build_settings(**flags)
    if settings.pseudonym_key is not None or not key_block:
        return settings
    from prefect.blocks.system import Secret

    try:
        secret = Secret.load(key_block)
    except ValueError:  # no such block: the run goes on without a key (and says so)
        log.info("no Secret block %r: LAKESWEEP_PSEUDONYM_KEY is not set", key_block)
        return settings
    log.info("pseudonym key: from the Secret block %r", key_block)
    return build_settings(**flags, pseudonym_key=secret.get())


def main() -> None:
    """``your-secret-tool get KEY | python -m flows.secrets [BLOCK]``: store the key read from
    standard input (never from an argument: no shell history, no process list) as the
    Secret block BLOCK (default lakesweep-pseudonym-key), replacing one that exists."""
    key = sys.stdin.read().strip()
    if not key:
        sys.exit("no key on standard input: pipe it in from your secret store")
    block = sys.argv[1] if len(sys.argv) > 1 else KEY_BLOCK
    from prefect.blocks.system import Secret

    Secret(value=key).save(block, overwrite=True)
    sys.stderr.write(f"saved the pseudonym key as the Prefect Secret block {block!r}\n")


if __name__ == "__main__":
    main()
