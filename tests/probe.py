"""Run `lakesweep` commands in one fresh interpreter and report, after each, which heavy
packages that process has imported so far (so the first command that imports one is named)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

#: Top-level packages that cost seconds to import, or that the runtime must not need.
HEAVY = (
    "spacy",
    "thinc",
    "presidio_analyzer",
    "presidio_anonymizer",
    "sanitizers",
    "prefect",
    "transformers",
    "torch",
    "presidio_evaluator",
)

_CODE = """
import json, sys
from lakesweep.cli import app
commands, heavy, out = json.loads(sys.argv[1]), set(json.loads(sys.argv[2])), sys.argv[3]
results = []
for args in commands:
    code = 0
    try:
        app(args, prog_name="lakesweep")
    except SystemExit as exc:
        code = exc.code
    loaded = sorted({name.split(".")[0] for name in sys.modules} & heavy)
    results.append({"args": args, "code": code, "heavy": loaded})
with open(out, "w") as f:
    json.dump(results, f)
"""


def probe(
    commands: list[list[str]], tmp: Path, env: dict[str, str] | None = None, timeout: int = 300
) -> tuple[list[dict[str, Any]], subprocess.CompletedProcess[str]]:
    """Run ``commands`` (argument lists) one after the other in one process."""
    out = tmp / "probe.json"
    proc = subprocess.run(
        [sys.executable, "-c", _CODE, json.dumps(commands), json.dumps(HEAVY), str(out)],
        capture_output=True,
        text=True,
        env=env if env is not None else dict(os.environ),
        timeout=timeout,
        check=False,
    )
    assert out.exists(), proc.stderr
    return json.loads(out.read_text()), proc
