"""usage, sql, views and report on s3://bucket/prefix (moto over HTTP): the same numbers as
the same lake read locally, and the exact counts of the rows written."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from lakesweep import queries
from lakesweep.analyst import views
from lakesweep.analyst.usage_report import UsageQuery, growth, summarize
from tests.s3 import client

from .conftest import write_usage
from .s3lake import BUCKET, PREFIX, Lakes
from .test_analyst_report import parse

runner = CliRunner()


def invoke(app, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def all_rows(con: duckdb.DuckDBPyConnection, view: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM {view} ORDER BY ALL").fetchall()


USAGE_QUERIES = [
    UsageQuery(by=("org",)),
    UsageQuery(by=("week", "org"), metric="input_tokens"),
    UsageQuery(by=("month", "connector"), since=dt.date(2026, 6, 15)),
    UsageQuery(by=("model", "endpoint"), top=3),
    UsageQuery(by=("day",), orgs=("acme", "delta")),
]


def test_every_view_and_usage_answer_is_the_same_with_the_counts_written(lakes: Lakes) -> None:
    local, remote = queries.connect(), queries.connect()
    found = views.attach(local, lakes.local)
    copied = views.attach(remote, lakes.s3)
    assert (copied.root, copied.usage_files, copied.ledger_files) == (
        lakes.s3,
        found.usage_files,
        found.ledger_files,
    )
    assert copied.copied_at is not None and found.copied_at is None
    for view in views.VIEW_NAMES:
        assert all_rows(remote, view) == all_rows(local, view), view
    for query in USAGE_QUERIES:
        assert summarize(remote, query) == summarize(local, query), query
        assert summarize(remote, query).rows, query  # not vacuous
    by_model = UsageQuery(by=("model",), growth=True)
    assert growth(remote, by_model) == growth(local, by_model)
    sums = "SELECT count(*), sum(requests), sum(input_tokens), sum(output_tokens) FROM usage_files"
    t = lakes.totals
    expected = (lakes.usage_rows, t["requests"], t["input_tokens"], t["output_tokens"])
    assert remote.execute(sums).fetchall() == [expected]
    deleted = remote.execute('SELECT sum("rows"), (SELECT count(*) FROM runs) FROM deletions')
    assert deleted.fetchall() == [(lakes.deleted_rows, lakes.runs)]
    per_org = 'SELECT org_id, sum("rows") FROM deletion_orgs GROUP BY ALL ORDER BY ALL'
    assert remote.execute(per_org).fetchall() == [("acme", 11), ("beta", 3), ("delta", 2),
                                                  ("gamma", 2)]  # fmt: skip


def test_usage_and_sql_commands_on_s3(app, lakes: Lakes) -> None:
    options = ["--by", "week,org", "-f", "json"]
    local = invoke(app, "usage", "--lake", str(lakes.local), *options)
    remote = invoke(app, "usage", "--lake", lakes.s3, *options)
    assert json.loads(remote) == json.loads(local)
    assert sum(row["requests"] for row in json.loads(remote)) == lakes.totals["requests"]
    query = "SELECT count(*) AS n, sum(requests) AS requests FROM usage_files"
    out = invoke(app, "sql", "--lake", lakes.s3, query, "-f", "csv")
    assert out == f"n,requests\n{lakes.usage_rows},{lakes.totals['requests']}\n"
    result = runner.invoke(app, ["sql", "--lake", lakes.s3], input=".views\nSELECT 1/0;\n")
    assert result.exit_code == 0 and "usage_by_org" in result.stdout


def test_views_file_of_an_s3_lake_holds_copies_and_refreshes(app, lakes, tmp_path) -> None:
    out = tmp_path / "bi.duckdb"
    invoke(app, "views", "--lake", str(lakes.local), "--out", str(out))  # views first ...
    with duckdb.connect(str(out), read_only=True) as con:
        local = {view: all_rows(con, view) for view in views.VIEW_NAMES}
    said = invoke(app, "views", "--lake", lakes.s3, "--out", str(out))  # ... then copies
    assert "copies taken at" in said and "run this command again" in said
    with duckdb.connect(str(out), read_only=True) as con:
        kinds = dict(con.execute("FROM information_schema.tables SELECT table_name, table_type")
                     .fetchall())  # fmt: skip
        assert [kinds[v] for v in views.VIEW_NAMES[:3]] == ["BASE TABLE", "BASE TABLE", "VIEW"]
        assert {view: all_rows(con, view) for view in views.VIEW_NAMES} == local
        refresh = con.execute("SELECT lake, copied_at IS NOT NULL FROM lakesweep_refresh")
        assert refresh.fetchall() == [(lakes.s3, True)]
    part = write_usage(tmp_path / "late", [(None, "acme", "chat", "m", None, 5, 1, 1)], "raw/l")
    client().put_object(Bucket=BUCKET, Key=f"{PREFIX}/usage/x/{part[0].name}", Body=b"not read")
    key = f"{PREFIX}/usage/event_date=2026-10-09/{part[0].name}"
    client().put_object(Bucket=BUCKET, Key=key, Body=part[0].read_bytes())
    try:
        total = "SELECT sum(requests) FROM usage"
        with duckdb.connect(str(out), read_only=True) as con:  # a copy: unchanged ...
            assert con.execute(total).fetchall() == [(lakes.totals["requests"],)]
        invoke(app, "views", "--lake", lakes.s3, "--out", str(out))
        with duckdb.connect(str(out), read_only=True) as con:  # ... until refreshed
            assert con.execute(total).fetchall() == [(lakes.totals["requests"] + 5,)]
    finally:
        client().delete_object(Bucket=BUCKET, Key=key)
        client().delete_object(Bucket=BUCKET, Key=f"{PREFIX}/usage/x/{part[0].name}")
    invoke(app, "views", "--lake", str(lakes.local), "--out", str(out))  # and back to views
    with duckdb.connect(str(out), read_only=True) as con:
        assert con.execute("SELECT table_type FROM information_schema.tables "
                           "WHERE table_name = 'ledger'").fetchall() == [("VIEW",)]  # fmt: skip


def test_report_of_an_s3_lake(app, lakes: Lakes, tmp_path: Path) -> None:
    out = tmp_path / "report.html"  # its queries run over the views compared above
    invoke(app, "report", "--lake", lakes.s3, "--out", str(out))
    page = out.read_text(encoding="utf-8")
    facts = dict(re.findall(r"<dt>([^<]*)</dt><dd>([^<]*)</dd>", page))
    assert facts["Lake"] == "s3://analyst-lakes/team&#x27;s lakes/prod"
    assert facts["Requests"] == f"{lakes.totals['requests']:,}"
    assert (facts["Runs in the ledger"], facts["Rows deleted (all runs)"]) == ("4", "18")
    text = parse(page)["chart-deletions-by-rule"]["text"]
    assert "2026-10-05 03:05  r-0004" in text and "expired" in text


def test_endpoint_from_the_flag_or_the_settings_file(app, lakes, s3_endpoint, tmp_path,
                                                     monkeypatch) -> None:  # fmt: skip
    monkeypatch.delenv("AWS_ENDPOINT_URL")
    query = "SELECT count(*) FROM runs"
    flag = ["--s3-endpoint-url", s3_endpoint]
    assert invoke(app, "sql", "--lake", lakes.s3, *flag, query, "-f", "csv") == "count_star()\n4\n"
    config = tmp_path / "lakesweep.toml"
    config.write_text(f"lake = {json.dumps(lakes.s3)}\ns3_endpoint_url = '{s3_endpoint}'\n")
    monkeypatch.setenv("LAKESWEEP_CONFIG", str(config))
    assert invoke(app, "sql", query, "-f", "csv") == "count_star()\n4\n"


@pytest.mark.parametrize(
    ("lake", "endpoint", "message"),
    [
        (f"s3://{BUCKET}/no-such-lake", None, "holds no objects: check --lake"),
        (f"s3://{BUCKET}/{PREFIX}", "http://127.0.0.1:9", "cannot read the lake at s3://"),
        (f"s3://{BUCKET}/lake[1]", None, "would read as a file pattern"),
    ],
)
def test_s3_lakes_that_cannot_be_read(app, lakes, lake, endpoint, message) -> None:
    flags = ["--s3-endpoint-url", endpoint] if endpoint else []
    result = runner.invoke(app, ["usage", "--by", "org", "--lake", lake, *flags])
    assert result.exit_code == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
