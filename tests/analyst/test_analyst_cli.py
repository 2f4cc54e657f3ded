"""The analyst commands through typer's CliRunner, and once through the installed script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from lakesweep.analyst import shell

runner = CliRunner()


def invoke(app, *args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_sql_one_statement_as_csv_and_json(app, small_lake: Path) -> None:
    query = "SELECT org_id, total_tokens FROM usage_by_org ORDER BY org_id"
    csv = invoke(app, "sql", "--lake", str(small_lake), query, "--format", "csv")
    assert csv.exit_code == 0, csv.stderr
    assert csv.stdout == "org_id,total_tokens\nacme,240\nbeta,160\ngamma,80\n"
    js = invoke(app, "sql", "--lake", str(small_lake), query, "-f", "json")
    assert json.loads(js.stdout)[0] == {"org_id": "acme", "total_tokens": 240}


def test_sql_table_output(app, small_lake: Path) -> None:
    result = invoke(app, "sql", "--lake", str(small_lake), "SELECT count(*) AS n FROM runs")
    assert result.exit_code == 0
    assert "n" in result.stdout and "3" in result.stdout


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("selec 1", 'SQL error: Parser Error: syntax error at or near "selec"'),
        ("SELECT * FROM usagee", "SQL error: Catalog Error: Table with name usagee does not"),
        ("SELECT 1/'x'", "SQL error: Conversion Error"),
    ],
)
def test_sql_errors_are_one_line_with_exit_code_2(app, small_lake, query, message) -> None:
    result = invoke(app, "sql", "--lake", str(small_lake), query)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stdout + result.stderr


def test_sql_json_output_of_types_json_does_not_know(app, empty_lake: Path) -> None:
    query = "SELECT '00000000-0000-0000-0000-000000000001'::UUID AS u, DATE '2026-01-02' AS d"
    result = invoke(app, "sql", "--lake", str(empty_lake), query, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"u": "00000000-0000-0000-0000-000000000001", "d": "2026-01-02"}
    ]


def test_did_you_mean_hint_is_kept(app, small_lake: Path) -> None:
    result = invoke(app, "sql", "--lake", str(small_lake), "SELECT * FROM usage_dayly")
    assert 'Did you mean "usage_daily"' in result.stderr


def test_sql_prompt_reads_statements_until_quit(app, small_lake: Path) -> None:
    script = "SELECT 40 + 2\n  AS answer;\nselect nope;\n.views\n.quit\nSELECT 'never';\n"
    result = invoke(app, "sql", "--lake", str(small_lake), input=script)
    assert result.exit_code == 0
    assert "answer" in result.stdout and "42" in result.stdout
    assert "SQL error: Binder Error" in result.stderr  # shown, and the prompt went on
    assert "usage_by_org" in result.stdout  # .views
    assert "never" not in result.stdout


def test_statements_split_on_semicolons_and_keep_a_trailing_one() -> None:
    lines = iter(["select 1;", "", "select", "2;", ".help", "select 3"])

    def read(_prompt: str) -> str:
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    assert list(shell.statements(read, interactive=False)) == [
        "select 1;",
        "select\n2;",
        ".help",
        "select 3",
    ]


def test_missing_lake_is_a_clear_error(app, tmp_path: Path) -> None:
    for command in (["sql", "select 1"], ["usage", "--by", "org"], ["report", "--out", "r.html"]):
        result = invoke(app, command[0], "--lake", str(tmp_path / "nope"), *command[1:])
        assert result.exit_code == 2, command
        assert "is not a folder; pass --lake" in result.stderr


def test_usage_on_a_new_lake_says_why_it_is_empty(app, empty_lake: Path) -> None:
    result = invoke(app, "usage", "--lake", str(empty_lake), "--by", "org", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no usage aggregates" in result.stderr and "nightly" in result.stderr


def test_usage_bad_options_exit_2(app, small_lake: Path) -> None:
    result = invoke(app, "usage", "--lake", str(small_lake), "--by", "week,month")
    assert result.exit_code == 2
    assert "at most one of day, week, month" in result.stderr
    result = invoke(app, "usage", "--lake", str(small_lake), "--by", "org", "--since", "yday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_usage_help_says_weeks_start_on_monday(app) -> None:
    result = invoke(app, "usage", "--help")
    assert "Monday" in result.stdout and "ISO" in result.stdout


def test_usage_table_and_csv(app, small_lake: Path) -> None:
    table = invoke(app, "usage", "--lake", str(small_lake), "--by", "week", "--top", "1")
    assert "2026-08-31" in table.stdout and "255" in table.stdout
    assert "Monday" in table.stdout  # the caption
    csv = invoke(app, "usage", "--lake", str(small_lake), "--by", "connector", "-f", "csv")
    assert csv.stdout.splitlines() == [
        "connector,requests,input_tokens,output_tokens,total_tokens",
        ",12,235,75,310",
        "google_drive,4,110,60,170",
    ]


def test_views_command_writes_a_database_for_bi_tools(app, small_lake, tmp_path) -> None:
    out = tmp_path / "usage.duckdb"
    result = invoke(app, "views", "--lake", str(small_lake), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "wrote 8 views" in result.stdout
    again = invoke(app, "views", "--lake", str(small_lake), "--out", str(out))  # refresh
    assert again.exit_code == 0, again.stderr
    with duckdb.connect(str(out), read_only=True) as con:
        assert con.execute("SELECT sum(total_tokens) FROM usage").fetchall() == [(480,)]


def test_views_command_refuses_a_folder_as_out(app, small_lake, tmp_path) -> None:
    result = invoke(app, "views", "--lake", str(small_lake), "--out", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.stderr


def test_installed_lakesweep_script_has_the_analyst_commands(small_lake: Path) -> None:
    script = Path(sys.executable).with_name("lakesweep")
    query = "SELECT sum(requests) AS requests FROM usage"
    done = subprocess.run(
        [str(script), "sql", "--lake", str(small_lake), query, "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "requests\n16\n"
