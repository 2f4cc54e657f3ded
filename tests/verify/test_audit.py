"""`lakesweep audit`: the deletion certificate of an erased org, of an org on legal hold,
and of an org id that looks like SQL injection."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from lakesweep.pseudonym import KEY_ENV
from tests.lakes import NOW, raw_row, ts, write_raw
from tests.verify.helpers import Invoke

INJECTION = "x' OR 1=1 --"


def ledger_rows(root: Path, org_id: str) -> Counter[tuple[str, str]]:
    """(table, rule) -> rows of the org, read straight from the ledger's JSON lines."""
    out: Counter[tuple[str, str]] = Counter()
    for path in (root / "_ledger").glob("*/*.jsonl"):
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            for org in rec["orgs"] or [] if rec["kind"] == "deletion" else []:
                if org["org_id"] == org_id:
                    out[(rec["table"], rec["rule"])] += org["rows"]
    return out


def audit(invoke: Invoke, root: Path, org: str, *extra: str) -> tuple[int, str]:
    return invoke("audit", "--lake", str(root), "--org", org, "--now", NOW.isoformat(), *extra)


def test_erased_org_certificate(lake: Path, invoke: Invoke) -> None:
    expected = ledger_rows(lake, "org_stark")
    assert expected[("raw", "erasure")] > 0
    code, out = audit(invoke, lake, "org_stark", "--json")
    cert = json.loads(out)
    assert code == 0
    assert {(d["table"], d["rule"]): d["rows"] for d in cert["deleted"]} == dict(expected)
    assert sum(d["org_rows"] for d in cert["deletions"]) == sum(expected.values())
    assert all(d["run_kind"] == "nightly" for d in cert["deletions"])
    (request,) = cert["erasure_requests"]
    assert request["status"] == "complete" and request["completed_at"]
    assert request["rows_erased"] == expected[("raw", "erasure")]
    assert request["raw_rows_covered_remaining"] == 0
    assert request["training_rows_covered_remaining"] == 0
    assert cert["remaining"]["training_rows"] is not None  # the key is set: training checked
    code, table = audit(invoke, lake, "org_stark")
    assert code == 0 and "complete" in table
    assert f"│ raw   │ erasure │ {expected[('raw', 'erasure')]}" in table


def test_org_on_legal_hold_is_pending(lake: Path, invoke: Invoke, monkeypatch) -> None:
    monkeypatch.delenv(KEY_ENV)
    code, out = audit(invoke, lake, "org_hooli", "--json")
    cert = json.loads(out)
    (request,) = cert["erasure_requests"]
    assert code == 0
    assert request["status"] == "pending (legal hold until 2026-07-15)"
    assert request["raw_rows_covered_remaining"] > 0
    assert cert["remaining"]["training_rows"] is None
    assert any(KEY_ENV in note for note in cert["notes"])


def test_injection_like_org_id_is_only_a_value(lake: Path, invoke: Invoke) -> None:
    code, out = audit(invoke, lake, INJECTION, "--json")
    cert = json.loads(out)
    assert code == 0 and cert["org"] is None and cert["deletions"] == []
    assert cert["remaining"]["raw_rows"] == 0 and cert["remaining"]["training_rows"] == 0
    write_raw(lake, NOW.date().isoformat(), "odd.parquet", [raw_row("q1", INJECTION, ts(1))])
    cert = json.loads(audit(invoke, lake, INJECTION, "--json")[1])
    assert cert["remaining"]["raw_by_event_date"] == {"2026-06-14": 1}
    code, table = audit(invoke, lake, INJECTION)
    assert code == 0 and INJECTION in table and "not in the org registry" in table
