"""lakesweep.lakeread: the same relations from a local lake and from the same lake on S3."""

from __future__ import annotations

import pytest

from lakesweep import lakeread, queries
from lakesweep.storage import Storage

from .s3lake import Lakes

USAGE = {"event_date": "DATE", "org_id": "VARCHAR", "connector": "VARCHAR", "requests": "BIGINT",
         "not_a_column": "BIGINT"}  # fmt: skip
LEDGER = {"kind": "VARCHAR", "run_id": "VARCHAR", "rows": "BIGINT", "seq": "BIGINT",
          "orgs": 'STRUCT(org_id VARCHAR, "rows" BIGINT)[]'}  # fmt: skip


@pytest.fixture(params=["local", "s3"])
def files(request, lakes: Lakes) -> lakeread.LakeFiles:
    root = str(lakes.local) if request.param == "local" else lakes.s3
    return lakeread.attach(queries.connect(), Storage(root))


def sorted_rows(relation) -> list[tuple]:
    return sorted(relation.fetchall(), key=repr)


def test_paths_round_trip_and_globs_match_the_listing(files, lakes: Lakes) -> None:
    rel = "usage/event_date=2026-09-07/x.parquet"
    assert files.rel(files.path(rel)) == rel
    assert files.path(rel).startswith("lakesweep-s3-" if files.scheme else "/")
    listed = files.list("_ledger", ".jsonl")
    assert listed == files.glob("_ledger/**/[!._]*.jsonl")
    assert "_ledger/recovered/r-0004.jsonl" in listed and len(listed) == 8
    assert files.glob("usage/*") == []  # folders are not files, on either backend


def test_parquet_by_prefix_with_columns_hive_and_filename(files, lakes: Lakes) -> None:
    relation = files.parquet("usage", columns=USAGE, hive=True, filename=True)
    assert relation.columns == [*USAGE, "filename"]
    rows = relation.fetchall()
    assert len(rows) == lakes.usage_rows
    assert sum(r[3] for r in rows) == lakes.totals["requests"]
    assert {r[4] for r in rows} == {None}  # a column no file has reads as NULL
    assert sorted({files.rel(r[5]) for r in rows}) == files.list("usage", ".parquet")


def test_jsonl_reads_known_keys_by_name(files) -> None:
    rows = sorted_rows(files.jsonl("_ledger", LEDGER))
    assert len(rows) == 9
    newer = [r for r in rows if r[1] == "r-0004"]
    assert newer == [
        (
            "deletion",
            "r-0004",
            6,
            7,
            [{"org_id": "acme", "rows": 4}, {"org_id": "delta", "rows": 2}],
        ),
        ("run", "r-0004", None, 7, None),
    ]


def test_no_files_give_an_empty_relation_of_the_right_shape(files) -> None:
    empty = files.parquet([], columns=USAGE, filename=True)
    assert empty.columns == [*USAGE, "filename"] and empty.fetchall() == []
    assert [str(t) for t in files.jsonl([], LEDGER).types][:3] == ["VARCHAR", "VARCHAR", "BIGINT"]
    with pytest.raises(ValueError, match="no columns"):
        files.parquet([])


def test_the_same_rows_from_both_backends_on_one_connection(lakes: Lakes) -> None:
    con = queries.connect()
    local = lakeread.attach(con, Storage(str(lakes.local)))
    remote = lakeread.attach(con, Storage(lakes.s3))
    other = lakeread.attach(con, Storage(lakes.s3))  # a second registration does not clash
    assert remote.scheme != other.scheme
    rels = local.list("usage", ".parquet")
    remote.prefetch(rels)
    for relation_of in (lambda f: f.parquet(rels, hive=True), lambda f: f.jsonl("_ledger", LEDGER)):
        assert sorted_rows(relation_of(remote)) == sorted_rows(relation_of(local))
    query = queries.run(con, "lakeread.sql", "parquet_files", files=other.paths(rels[:2]),
                        hive=False, with_filename=True)  # fmt: skip
    assert {other.rel(row[-1]) for row in query.fetchall()} == set(rels[:2])
