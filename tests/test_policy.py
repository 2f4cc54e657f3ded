"""Policy inputs: Parquet or CSV, validated with errors naming file, column and row; a policy
error changes nothing in the lake."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lakesweep.policy import PolicyError, load_policy
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from lakesweep.storage import Storage
from tests.lakes import NOW, raw_row, ts, write_orgs, write_raw


def write_csv(root, name, text):
    (root / "policy").mkdir(parents=True, exist_ok=True)
    (root / "policy" / f"{name}.csv").write_text(text)


def test_csv_inputs_are_read_and_normalized(tmp_path):
    write_csv(
        tmp_path,
        "orgs",
        "org_id,zero_data_retention,google_workspace,legal_hold_until,"
        "retention_days\na,false,TRUE,2026-07-01 00:00:00,\nb,1,0,,45.0\n",
    )
    write_csv(
        tmp_path,
        "opt_out_events",
        "org_id,opted_out,effective_at\na,true,2026-06-01T10:00:00+02:00\n",
    )
    write_csv(tmp_path, "erasure_requests", "request_id,org_id,requested_at\nr1,b,2026-06-02\n")
    policy = load_policy(Storage(str(tmp_path)))
    assert policy.orgs.to_pylist() == [
        {
            "org_id": "a",
            "zero_data_retention": False,
            "google_workspace": True,
            "legal_hold_until": dt.date(2026, 7, 1),
            "retention_days": None,
        },
        {
            "org_id": "b",
            "zero_data_retention": True,
            "google_workspace": False,
            "legal_hold_until": None,
            "retention_days": 45,
        },
    ]
    assert policy.opt_out_events.column("effective_at").to_pylist() == [dt.datetime(2026, 6, 1, 8)]
    assert policy.erasure_requests.column("requested_at").to_pylist() == [dt.datetime(2026, 6, 2)]


def test_csv_as_spreadsheets_write_it_is_read_as_duckdb_reads_it(tmp_path):
    """A byte-order mark, CRLF line ends, quoted fields, and the boolean spellings DuckDB
    accepts (t/f, yes/no, y/n in any case)."""
    (tmp_path / "policy").mkdir()
    (tmp_path / "policy" / "orgs.csv").write_bytes(
        b"\xef\xbb\xbforg_id,zero_data_retention,google_workspace,legal_hold_until,"
        b'retention_days\r\n"a",T,no,,\r\nb,False,Y,,"90"\r\n c ,f,N,,\r\nd,yes,0,,\r\n'
    )
    policy = load_policy(Storage(str(tmp_path)))
    rows = policy.orgs.select(["org_id", "zero_data_retention", "google_workspace"]).to_pylist()
    assert [tuple(r.values()) for r in rows] == [
        ("a", True, False),
        ("b", False, True),
        ("c", False, False),
        ("d", True, False),
    ]
    assert policy.orgs.column("retention_days").to_pylist() == [None, 90, None, None]


def test_missing_event_files_mean_none(tmp_path):
    write_orgs(tmp_path, [{"org_id": "a"}])
    policy = load_policy(Storage(str(tmp_path)))
    assert policy.opt_out_events.num_rows == 0
    assert policy.erasure_requests.num_rows == 0


@pytest.mark.parametrize(
    ("name", "csv", "message"),
    [
        ("orgs", "org_id,zero_data_retention\na,false\n", "required column 'google_workspace'"),
        (
            "orgs",
            "org_id,zero_data_retention,google_workspace\na,false,false\nb,0,0\na,1,1\n",
            "row 3: duplicate org_id 'a' (first at row 1)",
        ),
        (
            "orgs",
            "org_id,zero_data_retention,google_workspace,retention_days\na,0,0,-1\n",
            "column 'retention_days', row 1: -1 is negative",
        ),
        (
            "orgs",
            "org_id,zero_data_retention,google_workspace\na,0,0\nb,maybe,0\n",
            "column 'zero_data_retention', row 2: cannot read 'maybe'",
        ),
        (
            "orgs",
            "org_id,zero_data_retention,google_workspace,legal_hold_until\na,0,0,soon\n",
            "column 'legal_hold_until', row 1: cannot read 'soon'",
        ),
        (
            "orgs",
            "org_id,zero_data_retention,google_workspace\n,0,0\n",
            "column 'org_id', row 1: value is missing",
        ),
        (
            "opt_out_events",
            "org_id,opted_out,effective_at\na,true,yesterday\n",
            "opt_out_events.csv: column 'effective_at', row 1: cannot read 'yesterday'",
        ),
        ("erasure_requests", "request_id,org_id\nr,a\n", "required column 'requested_at'"),
    ],
)
def test_bad_policy_names_file_column_and_row(tmp_path, name, csv, message):
    if name != "orgs":
        write_orgs(tmp_path, [{"org_id": "a"}])
    write_csv(tmp_path, name, csv)
    with pytest.raises(PolicyError) as err:
        load_policy(Storage(str(tmp_path)))
    assert message in str(err.value)
    assert f"{name}.csv" in str(err.value)


def test_wrong_parquet_type_is_named(tmp_path):
    (tmp_path / "policy").mkdir()
    table = pa.table({"org_id": ["a"], "zero_data_retention": [1.5], "google_workspace": [False]})
    pq.write_table(table, tmp_path / "policy" / "orgs.parquet")
    with pytest.raises(
        PolicyError, match=r"orgs.parquet: column .zero_data_retention. has type double"
    ):
        load_policy(Storage(str(tmp_path)))


@pytest.mark.parametrize("problem", ["missing", "duplicate"])
def test_policy_error_deletes_nothing(tmp_path, problem):
    write_raw(tmp_path, "2026-01-01", "a.parquet", [raw_row("old", "a", ts(400))])
    if problem == "duplicate":
        write_orgs(tmp_path, [{"org_id": "a"}, {"org_id": "a"}])
    before = {p: p.read_bytes() for p in (tmp_path / "raw").rglob("*") if p.is_file()}
    with pytest.raises(PolicyError):
        run_nightly(build_settings(lake=str(tmp_path), now=NOW))
    assert {p: p.read_bytes() for p in (tmp_path / "raw").rglob("*") if p.is_file()} == before
    assert not (tmp_path / "usage").exists()
    # Bad input is refused before the run takes the lease: nothing at all is written.
    assert not (tmp_path / "_ledger").exists() and not (tmp_path / "_state").exists()
    assert not (tmp_path / "_state" / "lease.json").exists()


def test_pandas_style_inputs_are_read(tmp_path):
    """pandas writes nullable ints as float64 and datetimes as naive timestamp[ns]."""
    (tmp_path / "policy").mkdir()
    orgs = pa.table(
        {
            "org_id": ["a", "b"],
            "zero_data_retention": [False, True],
            "google_workspace": [False, False],
            "legal_hold_until": pa.array([dt.datetime(2026, 7, 1), None], pa.timestamp("ns")),
            "retention_days": pa.array([None, 45.0], pa.float64()),
        }
    )
    pq.write_table(orgs, tmp_path / "policy" / "orgs.parquet")
    policy = load_policy(Storage(str(tmp_path)))
    assert policy.orgs.column("retention_days").to_pylist() == [None, 45]
    assert policy.orgs.column("legal_hold_until").to_pylist() == [dt.date(2026, 7, 1), None]
    bad = orgs.set_column(4, "retention_days", pa.array([None, 4.5], pa.float64()))
    pq.write_table(bad, tmp_path / "policy" / "orgs.parquet")
    with pytest.raises(PolicyError, match="row 2: 4.5 is not a whole number"):
        load_policy(Storage(str(tmp_path)))
