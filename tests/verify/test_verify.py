"""`lakesweep verify` on a real swept lake: clean, then one planted violation at a time."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from lakesweep.pseudonym import KEY_ENV, hmac_hex
from tests.lakes import NOW, ledger_records, raw_row, ts, write_raw
from tests.verify.conftest import KEY
from tests.verify.helpers import Invoke, findings, first_file, rewrite, verify_json

TODAY = NOW.date().isoformat()


def test_clean_lake_passes_with_rescan(lake: Path, invoke: Invoke) -> None:
    code, out = invoke("verify", "--lake", str(lake), "--now", NOW.isoformat(), "--json")
    report = json.loads(out)
    assert code == 0, out
    assert report["violations"] == 0
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    assert statuses.pop("registry") == "warning"  # the demo's org_ghost is not registered
    assert statuses == dict.fromkeys(statuses, "ok"), statuses
    assert len(statuses) == 9  # sanitizer_versions: all rows from this release
    code, table = invoke("verify", "--lake", str(lake), "--now", NOW.isoformat(), "--sample", "0")
    assert code == 0 and "no violations" in table


def test_rows_due_within_the_grace_period_are_pending_then_violations(lake: Path, invoke):
    """Bounded pending: a row past its deadline is a warning for 24 h, then a violation,
    whether or not nightly ran (a lake whose nightly failed for weeks must not pass)."""
    soon = (NOW + dt.timedelta(hours=12)).isoformat()
    code, out = invoke("verify", "--lake", str(lake), "--now", soon, "--sample", "0", "--json")
    found = findings(json.loads(out))
    assert code == 0, out
    assert found["raw_pending_expired"]["severity"] == "warning"
    assert "next nightly run deletes it" in found["raw_pending_expired"]["examples"][0]["reason"]
    later = (NOW + dt.timedelta(days=3)).isoformat()
    code, out = invoke("verify", "--lake", str(lake), "--now", later, "--sample", "0", "--json")
    found = findings(json.loads(out))
    assert code == 1 and found["raw_expired"]["severity"] == "violation"
    code, out = invoke(
        "verify", "--lake", str(lake), "--now", later, "--sample", "0", "--grace-hours", "100"
    )
    assert code == 0, out


def test_zero_retention_row_copied_back(lake: Path, invoke: Invoke) -> None:
    rows = [raw_row("a1", "org_acme", ts(2)), raw_row("u1", "org_umbrella", ts(2))]
    write_raw(lake, TODAY, "copied.parquet", rows)
    code, report = verify_json(invoke, lake)
    found = findings(report)
    assert code == 1
    (example,) = found["raw_zero_data_retention"]["examples"]
    assert found["raw_zero_data_retention"]["count"] == 1
    assert example["file"] == f"raw/event_date={TODAY}/copied.parquet" and example["row"] == 1
    assert "org 'org_umbrella' has zero data retention" in example["reason"]
    assert "prompt of u1" not in json.dumps(report)  # never row text
    # the file is new: not yet counted in usage is pending, not a violation
    assert found["usage_not_counted_yet"]["severity"] == "warning"


def test_expired_row_and_retention_days(lake: Path, invoke: Invoke) -> None:
    write_raw(lake, "2026-05-01", "late.parquet", [raw_row("old", "org_acme", ts(45))])
    code, report = verify_json(invoke, lake)
    (example,) = findings(report)["raw_expired"]["examples"]
    assert code == 1 and example["row"] == 0
    assert "older than 30 days (org 'org_acme', not on legal hold)" in example["reason"]
    code, report = verify_json(invoke, lake, "--retention-days", "60")
    assert code == 0 and "raw_expired" not in findings(report)


def test_training_row_of_an_opted_out_org(lake: Path, invoke: Invoke) -> None:
    part = first_file(lake, "training")
    planted = part.with_name("part-planted.parquet")
    wayne = hmac_hex(KEY.encode(), "org_wayne")
    table = pq.read_table(part).slice(0, 1)
    table = table.set_column(table.schema.get_field_index("org_key"), "org_key", pa.array([wayne]))
    pq.write_table(table, planted)
    code, report = verify_json(invoke, lake)
    (example,) = findings(report)["training_opted_out"]["examples"]
    assert code == 1
    assert example["file"] == str(planted.relative_to(lake)) and example["row"] == 0
    assert example["reason"] == "org 'org_wayne' is opted out"


def test_training_without_key_is_unverifiable(lake: Path, invoke: Invoke, monkeypatch) -> None:
    monkeypatch.delenv(KEY_ENV)
    code, report = verify_json(invoke, lake)
    check = next(c for c in report["checks"] if c["name"] == "training_rows")
    assert code == 1 and check["skipped"]
    [finding] = check["findings"]  # one finding, not one per row
    assert finding["count"] == 1 and "set it to" in finding["examples"][0]["reason"]


@pytest.mark.parametrize("column", ["org_id", "OrgId", "request-id", "REQUEST_ID", "Embedding"])
def test_training_file_with_a_forbidden_column(lake: Path, invoke: Invoke, column: str) -> None:
    part = first_file(lake, "training")
    rewrite(part, lambda t: t.append_column(column, pa.array(["x"] * t.num_rows)))
    code, report = verify_json(invoke, lake)
    (example,) = findings(report)["training_forbidden_column"]["examples"]
    assert code == 1 and example["file"] == str(part.relative_to(lake))
    assert f"has a {column!r} column" in example["reason"]


def test_usage_shrunk_below_raw_and_ledger(lake: Path, invoke: Invoke) -> None:
    deleted = next(
        r for r in ledger_records(lake, "deletion") if r["table"] == "raw" and r["child"]
    )
    parts = list((lake / "usage").glob(f"*/part-{deleted['origin'][:32]}.parquet"))
    assert parts
    for part in parts:
        rewrite(
            part,
            lambda t: t.set_column(
                t.schema.get_field_index("requests"), "requests", pc.multiply(t["requests"], 0)
            ),
        )
    code, report = verify_json(invoke, lake, "--examples", "50")
    examples = findings(report)["usage_below_raw_and_ledger"]["examples"]
    assert code == 1 and {e["file"] for e in examples} == {deleted["file"]}
    org = deleted["orgs"][0]
    assert any(
        f"org {org['org_id']!r}" in e["reason"] and "usage counts 0 requests" in e["reason"]
        for e in examples
    ), examples


def test_leftover_temp_file_and_intent(lake: Path, invoke: Invoke) -> None:
    tmp = lake / "raw" / f"event_date={TODAY}" / ".part-000.parquet.run1.lakesweep-tmp"
    tmp.write_bytes(b"half a file")
    intent = lake / "_state" / "intents" / "run1" / "0123abcd.json"
    intent.parent.mkdir(parents=True, exist_ok=True)
    intent.write_text("{}")
    code, report = verify_json(invoke, lake)
    found = findings(report)
    assert code == 1
    assert found["temp_file"]["examples"][0]["file"] == str(tmp.relative_to(lake))
    assert found["pending_intent"]["examples"][0]["file"] == "_state/intents/run1/0123abcd.json"


def test_email_planted_in_a_training_prompt(lake: Path, invoke: Invoke) -> None:
    part = first_file(lake, "training")
    email = "jane.roe@example.org"

    def plant(t: pa.Table) -> pa.Table:
        prompts = t["prompt"].to_pylist()
        prompts[0] = f"Please write back to {email} today."
        return t.set_column(t.schema.get_field_index("prompt"), "prompt", pa.array(prompts))

    rewrite(part, plant)
    code, out = invoke(
        "verify", "--lake", str(lake), "--now", NOW.isoformat(), "--sample", "5000", "--json"
    )
    (example,) = findings(json.loads(out))["text_email_address"]["examples"]
    assert code == 1 and email not in out
    assert example == {
        "file": str(part.relative_to(lake)),
        "row": 0,
        "reason": "prompt: EMAIL_ADDRESS found at characters 21-41",
    }


def test_bad_input_exits_2(tmp_path: Path, lake: Path, invoke: Invoke) -> None:
    code, out = invoke("verify", "--lake", str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in out
    (lake / "policy" / "orgs.parquet").unlink()
    code, out = invoke("verify", "--lake", str(lake))
    assert code == 2 and "orgs.parquet (or orgs.csv) is missing" in out


def test_shares_no_code_with_the_rules() -> None:
    """verify/audit must not import the modules (or SQL) that apply the rules they check."""
    forbidden = ["plan", "rewrite", "units", "export", "propagate", "usage", "run"]
    code = (
        "import sys, lakesweep.verify.cli, lakesweep.verify.runner, lakesweep.audit\n"
        f"print([m for m in {forbidden!r} if 'lakesweep.' + m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    package = Path(__file__).resolve().parents[2] / "lakesweep"
    for source in [*(package / "verify").glob("*.py"), package / "audit.py"]:
        text = source.read_text(encoding="utf-8")
        assert not any(f'"{name}.sql"' in text for name in ("rules", "training", "usage")), source
