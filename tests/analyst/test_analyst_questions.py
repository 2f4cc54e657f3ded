"""The three analyst questions of issue 7, one `lakesweep usage` command each.

The same commands are in docs/analysts.md; numbers are summed by hand from conftest.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner


def run_json(app, small_lake: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["usage", "--lake", str(small_lake), *args, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_question_input_tokens_per_org_per_week_last_quarter(app, small_lake) -> None:
    rows = run_json(app, small_lake, "--by", "week,org", "--since", "2026-07-01",
                    "--until", "2026-09-30", "--metric", "input_tokens")  # fmt: skip
    assert [(r["week"], r["org_id"], r["input_tokens"]) for r in rows] == [
        ("2026-08-31", "acme", 130),
        ("2026-08-31", "beta", 40),
        ("2026-09-07", "acme", 10),
        ("2026-09-07", "beta", 80),
    ]


def test_question_which_models_grew_fastest(app, small_lake) -> None:
    rows = run_json(app, small_lake, "--by", "model", "--growth",
                    "--since", "2026-08-31", "--until", "2026-09-07")  # fmt: skip
    assert [(r["model"], r["change_pct"]) for r in rows] == [
        ("m-small", None),
        ("m-large", -56.7),
        ("m-embed", -100.0),
    ]


def test_question_google_drive_traffic(app, small_lake) -> None:
    rows = run_json(app, small_lake, "--by", "connector")
    assert {r["connector"]: (r["requests"], r["total_tokens"]) for r in rows} == {
        "google_drive": (4, 170),
        None: (12, 310),
    }
