"""Hostile and broken raw input: each gets a defined outcome, and no other row is lost."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lakesweep.demo import RAW_SCHEMA
from lakesweep.pseudonym import hmac_hex
from lakesweep.run import LakeError, run_nightly
from lakesweep.settings import build_settings
from tests.lakes import (
    NOW,
    ledger_records,
    raw_request_ids,
    raw_row,
    ts,
    usage_totals,
    write_orgs,
    write_raw,
)

KEY = "bad-input-key"
DAY = "2026-06-10"


def nightly(root, **flags):
    return run_nightly(build_settings(lake=str(root), now=NOW, pseudonym_key=KEY, **flags))


def training_ids(root) -> list[str]:
    ids: list[str] = []
    for path in sorted((root / "training").glob("*/*.parquet")):
        ids += pq.read_table(path, columns=["sample_id"]).column(0).to_pylist()
    return ids


def quarantine_records(root) -> list[dict]:
    return ledger_records(root, "quarantine")


@pytest.fixture
def lake(tmp_path):
    """A healthy lake: org `ok` (fresh rows, exported), org `zdr` (deleted)."""
    write_orgs(tmp_path, [{"org_id": "ok"}, {"org_id": "zdr", "zero_data_retention": True}])
    write_raw(
        tmp_path,
        DAY,
        "good.parquet",
        [raw_row("g1", "ok", ts(1)), raw_row("g2", "zdr", ts(1)), raw_row("g3", "ok", ts(2))],
    )
    return tmp_path


def assert_healthy_part_processed(root):
    good = pq.read_table(root / "raw" / f"event_date={DAY}" / "good.parquet")
    assert good.column("request_id").to_pylist() == ["g1", "g3"]
    assert {hmac_hex(KEY.encode(), r) for r in ("g1", "g3")} <= set(training_ids(root))


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("truncated.parquet", "truncate", "unreadable"),
        ("notes.parquet", b"request_id,org_id\nr,ok\n", "unreadable"),
        ("empty.parquet", b"", "unreadable"),
        ("nested-org.parquet", "nested_org", "wrong_type"),
    ],
)
def test_unusable_files_are_quarantined_in_place_and_the_run_fails(lake, name, content, reason):
    path = lake / "raw" / f"event_date={DAY}" / name
    rows = [raw_row("b1", "zdr", ts(1)), raw_row("b2", "ok", ts(1))]
    if content == "truncate":
        write_raw(lake, DAY, name, rows)
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        table = pa.Table.from_pylist(rows, schema=RAW_SCHEMA)
        table = table.set_column(1, "org_id", pa.array([["zdr"], ["ok"]]))
        pq.write_table(table, path)
    original = path.read_bytes()

    summary = nightly(lake)

    assert path.read_bytes() == original  # never deleted, never rewritten
    assert summary.status == "failed"
    assert summary.totals["files_quarantined"] == 1
    assert any(name in e for e in summary.errors)
    [record] = quarantine_records(lake)
    assert record["file"] == f"raw/event_date={DAY}/{name}" and record["rule"] == reason
    assert_healthy_part_processed(lake)


@pytest.mark.parametrize(
    ("dropped", "kept", "usage_orgs"),
    [
        # The contract: a missing nullable column reads as null. Zero-retention rows go at
        # any age (b1), the others are kept; nothing is exported without request_id.
        ("created_at", ["b2", "b3"], {"zdr": 1, "ok": 2}),
        ("connector", ["b2", "b3"], {"zdr": 1, "ok": 2}),
        ("request_id", [None, None], {"zdr": 1, "ok": 2}),
        ("input_tokens", ["b2", "b3"], {"zdr": 1, "ok": 2}),
        # Without org_id no row names an org: unregistered, kept for the default retention.
        ("org_id", ["b1", "b2", "b3"], {None: 3}),
    ],
)
def test_files_lacking_a_column_are_judged_counted_and_never_quarantined(
    lake, dropped, kept, usage_orgs
):
    rows = [raw_row("b1", "zdr", ts(1)), raw_row("b2", "ok", ts(1)), raw_row("b3", "ok", ts(3))]
    path = write_raw(lake, DAY, f"no-{dropped}.parquet", rows)
    pq.write_table(pq.read_table(path).drop_columns([dropped]), path)

    summary = nightly(lake)

    assert summary.status == "succeeded", summary.errors
    assert summary.totals["files_quarantined"] == 0
    assert any(dropped in w for w in summary.warnings)
    if kept == ["b1", "b2", "b3"] or dropped == "request_id":
        left = pq.read_table(path)
        assert left.num_rows == len(kept)
        if dropped != "request_id":
            assert left.column("request_id").to_pylist() == kept
    else:
        assert pq.read_table(path).column("request_id").to_pylist() == kept
    counted: dict = {}
    for key, (requests, _, _) in usage_totals(lake).items():
        counted[key[1]] = counted.get(key[1], 0) + requests
    expected = {"ok": 2, "zdr": 1}  # the healthy file
    for org, n in usage_orgs.items():
        expected[org] = expected.get(org, 0) + n
    assert counted == expected
    # b3 is exported only when everything the training rule needs is there.
    exported = hmac_hex(KEY.encode(), "b3") in set(training_ids(lake))
    assert exported == (dropped in ("connector", "input_tokens"))
    assert_healthy_part_processed(lake)


def test_unreadable_and_future_created_at_are_kept_reported_and_not_exported(lake):
    schema = pa.schema(
        [f if f.name != "created_at" else pa.field("created_at", pa.string()) for f in RAW_SCHEMA]
    )
    rows = [
        raw_row("s-null", "ok", None),
        raw_row("s-junk", "ok", None),
        raw_row("s-good", "ok", None),
        raw_row("s-future", "ok", None),
        raw_row("s-old", "ok", None),
    ]
    values = [None, "last tuesday", ts(1).isoformat(), ts(-3).isoformat(), ts(45).isoformat()]
    for row, value in zip(rows, values, strict=True):
        row["created_at"] = value
    write_raw(lake, DAY, "strings.parquet", rows, schema=schema)

    summary = nightly(lake)

    kept = raw_request_ids(lake)
    assert {"s-null", "s-junk", "s-future", "s-good"} <= kept and "s-old" not in kept
    assert summary.totals["rows_unknown_age"] == 3
    exported = set(training_ids(lake))
    assert hmac_hex(KEY.encode(), "s-good") in exported
    assert not {hmac_hex(KEY.encode(), r) for r in ("s-null", "s-junk", "s-future")} & exported
    assert summary.status == "succeeded"


def test_wrong_token_types_count_as_zero(lake):
    schema = pa.schema(
        [
            f if f.name != "input_tokens" else pa.field("input_tokens", pa.string())
            for f in RAW_SCHEMA
        ]
    )
    rows = [
        raw_row("t1", "ok", ts(1), input_tokens="12"),
        raw_row("t2", "ok", ts(1), input_tokens="many"),
    ]
    write_raw(lake, DAY, "tokens.parquet", rows, schema=schema)
    nightly(lake)
    key = (ts(1).date(), "ok", "chat", "command-r", None)
    assert usage_totals(lake)[key] == (3, 10 + 12 + 0, 15)  # g1 plus t1, t2


def test_duplicate_request_ids_are_exported_once(lake):
    write_raw(lake, DAY, "dups.parquet", [raw_row("d", "ok", ts(1)), raw_row("d", "ok", ts(1))])
    summary = nightly(lake)
    assert training_ids(lake).count(hmac_hex(KEY.encode(), "d")) == 1
    assert summary.status == "succeeded"


def test_huge_prompt_is_kept_but_not_exported(lake):
    huge = "lorem ipsum " * 4_500_000  # about 54 MB
    write_raw(
        lake,
        DAY,
        "huge.parquet",
        [raw_row("h", "ok", ts(1), prompt=huge), raw_row("h-zdr", "zdr", ts(1))],
    )
    summary = nightly(lake, max_text_chars=1_000_000)
    assert summary.totals["rows_not_exported_too_long"] == 1
    [row] = pq.read_table(lake / "raw" / f"event_date={DAY}" / "huge.parquet").to_pylist()
    assert row["request_id"] == "h" and row["prompt"] == huge  # rewritten intact
    assert hmac_hex(KEY.encode(), "h") not in training_ids(lake)
    assert_healthy_part_processed(lake)


def test_control_characters_and_invalid_utf8_do_not_break_export(lake):
    bad = pa.array([b"ok \x00\x07\x1b[31m text \xed\xa0\x80 end", b"mail a@b.co \xff"], pa.binary())
    table = pa.Table.from_pylist(
        [raw_row("c1", "ok", ts(1)), raw_row("c2", "ok", ts(1))], schema=RAW_SCHEMA
    )
    table = table.set_column(6, "prompt", bad.view(pa.string()))
    (lake / "raw" / f"event_date={DAY}").mkdir(parents=True, exist_ok=True)
    pq.write_table(table, lake / "raw" / f"event_date={DAY}" / "ctrl.parquet")
    summary = nightly(lake)
    assert summary.status == "succeeded", summary.errors
    prompts = [
        r["prompt"]
        for p in (lake / "training").glob("*/*.parquet")
        for r in pq.read_table(p).to_pylist()
    ]
    assert any("\x00\x07" in p and "\ufffd" in p for p in prompts)
    assert not any("a@b.co" in p for p in prompts)


@pytest.mark.parametrize("org_id", ["../../etc", "x' OR 1=1 --", "'; drop table orgs; --"])
def test_hostile_org_ids_are_just_data(tmp_path, org_id):
    lake = tmp_path / "lake"
    outside = tmp_path / "etc"
    outside.mkdir()
    (outside / "passwd").write_text("root")
    write_orgs(lake, [{"org_id": org_id, "zero_data_retention": True}, {"org_id": "ok"}])
    write_raw(lake, DAY, "a.parquet", [raw_row("h1", org_id, ts(1)), raw_row("h2", "ok", ts(1))])
    summary = nightly(lake)
    assert raw_request_ids(lake) == {"h2"}
    assert summary.deleted_by_rule == {"zero_data_retention": 1}
    [record] = ledger_records(lake, "deletion")
    assert [(o["org_id"], o["rows"]) for o in record["orgs"]] == [(org_id, 1)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["etc", "lake"]
    assert (outside / "passwd").read_text() == "root"


def test_empty_lake_is_a_clear_error(tmp_path):
    with pytest.raises(LakeError, match="is not a lake: it has no raw/ and no policy/"):
        nightly(tmp_path)
    assert list(tmp_path.iterdir()) == []
