"""`lakesweep audit`: the deletion certificate of an erased org, of an org on legal hold, of a
zero-retention org and of an org id that looks like SQL injection; an org found nowhere and a
broken ledger exit 1; provenance (policy snapshots, code versions), the usage kept, times in
UTC, raw names with glob characters, and an S3 lake."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

from lakesweep.codehash import code_hash
from lakesweep.pseudonym import KEY_ENV
from tests.lakes import NOW, ledger_records, raw_row, ts, usage_totals, write_raw
from tests.s3 import upload
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
    assert all(r["kind"] == "nightly" and r["status"] == "succeeded" for r in cert["runs"])
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
    assert code == 1 and cert["found_in"] == [] and cert["deletions"] == []  # found nowhere
    assert cert["remaining"]["raw_rows"] == 0 and cert["remaining"]["training_rows"] == 0
    write_raw(lake, NOW.date().isoformat(), "odd.parquet", [raw_row("q1", INJECTION, ts(1))])
    cert = json.loads(audit(invoke, lake, INJECTION, "--json")[1])
    assert cert["found_in"] == ["raw"]
    assert cert["remaining"]["raw_by_event_date"] == {"2026-06-14": 1}
    code, table = audit(invoke, lake, INJECTION)
    assert code == 0 and INJECTION in table and "not in the org registry" in table


def test_an_org_found_nowhere_is_not_certified(lake: Path, invoke: Invoke) -> None:
    for typo in ("ORG_STARK", "org_stark_", "org-stark"):
        code, table = audit(invoke, lake, typo)
        assert code == 1
        assert "appears nowhere in this lake" in " ".join(table.split())
        assert "remaining now" not in table  # no certificate of a clean org


def test_certificate_says_under_which_policy_and_code_and_in_utc(
    lake: Path, invoke: Invoke
) -> None:
    code, out = audit(invoke, lake, "org_stark", "--json")
    cert = json.loads(out)
    records = [r for r in ledger_records(lake, "deletion") if "org_stark" in str(r["orgs"])]
    assert code == 0 and cert["ledger_chain"]["intact"] and cert["lakesweep_version"]
    (snapshot,) = cert["provenance"]["policy_snapshots"]
    assert {snapshot["hash"]} == {r["policy"] for r in records}
    assert snapshot["state"] == "intact" and (lake / snapshot["path"]).is_dir()
    (run_record,) = ledger_records(lake, "run")
    versions = json.loads(run_record["detail"])["versions"]
    assert versions["lakesweep_code"] == code_hash("lakesweep", "lakesweep.sql")
    assert versions["sanitizer_code"] == code_hash("sanitizers")
    lakesweep_label = f"{versions['lakesweep']} (code {versions['lakesweep_code']})"
    sanitizer_label = f"{versions['sanitizer']} (code {versions['sanitizer_code']})"
    assert cert["provenance"]["lakesweep_versions"] == {lakesweep_label: 1}
    assert cert["provenance"]["sanitizer_versions"] == {sanitizer_label: 1}
    times = [cert["now"], *(d["recorded_at"] for d in cert["deletions"])]
    times += [r["requested_at"] for r in cert["erasure_requests"]]
    assert times and all(t.endswith("Z") for t in times)
    usage = usage_totals(lake)
    mine = [v for k, v in usage.items() if k[1] == "org_stark"]
    assert cert["usage_kept"]["requests"] == sum(v[0] for v in mine) > 0
    assert "counts only" in cert["usage_kept"]["what"]
    code, table = audit(invoke, lake, "org_stark")
    lines = table.splitlines()
    assert lines[0] == "Deletion certificate for org 'org_stark'"
    assert lines.index(next(line for line in lines if "summary" in line)) < 5  # answer first
    assert all(len(line) <= 80 for line in lines)
    flat = " ".join(table.split())
    for said in ("UTC", "ledger chain │ intact", snapshot["hash"][:12], "usage kept │ kept"):
        assert said in flat
    assert records[0]["file"] not in table  # per-file detail only with --detail
    assert records[0]["file"] in audit(invoke, lake, "org_stark", "--detail")[1]


def test_longest_time_a_zero_retention_row_existed(lake: Path, invoke: Invoke) -> None:
    held = [
        (
            dt.datetime.fromisoformat(r["recorded_at"].replace("Z", "+00:00")).replace(tzinfo=None)
            - dt.datetime.fromisoformat(o["min_created_at"])
        ).total_seconds()
        for r in ledger_records(lake, "deletion")
        if r["rule"] == "zero_data_retention"
        for o in r["orgs"]
        if o["org_id"] == "org_umbrella"
    ]
    cert = json.loads(audit(invoke, lake, "org_umbrella", "--json")[1])
    worst = cert["zero_retention"]["longest_before_deletion"]
    assert cert["zero_retention"]["org_has_zero_retention"] and held
    assert worst["seconds"] == int(max(held))
    assert "zero retention │ zero-retention org; the longest" in " ".join(
        audit(invoke, lake, "org_umbrella")[1].split()
    )


def test_a_broken_ledger_chain_is_said_and_exits_1(lake: Path, invoke: Invoke) -> None:
    entry = sorted((lake / "_ledger" / "log").glob("*.jsonl"))[0]
    entry.write_text(entry.read_text().replace('"rows": ', '"rows": 1', 1))
    code, out = audit(invoke, lake, "org_stark", "--json")
    assert code == 1 and not json.loads(out)["ledger_chain"]["intact"]
    assert "NOT INTACT" in audit(invoke, lake, "org_stark")[1]


def test_raw_names_with_glob_characters_are_read(lake: Path, invoke: Invoke) -> None:
    day = NOW.date().isoformat()
    for name in ("[ab].parquet", "x*y?.parquet", "{1,2}.parquet"):
        write_raw(lake, day, name, [raw_row(f"g-{name}", "org_glob", ts(1))])
    cert = json.loads(audit(invoke, lake, "org_glob", "--json")[1])
    assert cert["remaining"]["raw_rows"] == 3
    assert set(cert["remaining"]["raw_by_file"]) == {
        f"raw/event_date={day}/{n}" for n in ("[ab].parquet", "x*y?.parquet", "{1,2}.parquet")
    }


def test_audit_of_an_s3_lake_equals_the_local_one(lake: Path, invoke: Invoke, bucket) -> None:
    upload(lake, bucket, "lake")
    local = json.loads(audit(invoke, lake, "org_stark", "--json")[1])
    code, out = invoke(
        "audit",
        "--lake",
        f"s3://{bucket}/lake",
        "--org",
        "org_stark",
        "--now",
        NOW.isoformat(),
        "--json",
    )
    remote = json.loads(out)
    assert code == 0
    for cert in (local, remote):
        cert.pop("lake")
    assert remote == local
