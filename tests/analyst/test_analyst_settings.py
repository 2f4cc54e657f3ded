"""The analyst commands take the lake like every lakesweep command: --lake, LAKESWEEP_* or
lakesweep.toml (lakesweep.settings.build_settings), and a LAKESWEEP_CONFIG that names no file
is an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

runner = CliRunner()
QUERY = "SELECT sum(requests) AS requests FROM usage"
COMMANDS = {
    "sql": ["sql", QUERY, "-f", "csv"],
    "usage": ["usage", "--by", "connector", "-f", "csv"],
    "report": ["report", "--out", "report.html"],
    "views": ["views", "--out", "bi.duckdb"],
}


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No settings from the test's environment or working folder."""
    for name in ("LAKESWEEP_LAKE", "LAKESWEEP_CONFIG", "LAKESWEEP_S3_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.mark.parametrize("command", COMMANDS)
def test_lakesweep_toml_in_the_working_folder_names_the_lake(app, small_lake, command) -> None:
    Path("lakesweep.toml").write_text(f"lake = '{small_lake}'\nretention_days = 45\n")
    result = runner.invoke(app, COMMANDS[command])
    assert result.exit_code == 0, result.stderr
    if command == "sql":
        assert result.stdout == "requests\n16\n"


def test_env_beats_the_file_and_the_flag_beats_both(app, small_lake, monkeypatch) -> None:
    Path("lakesweep.toml").write_text("lake = '/no/such/lake/from/toml'\n")
    monkeypatch.setenv("LAKESWEEP_LAKE", str(small_lake))
    assert runner.invoke(app, COMMANDS["sql"]).stdout == "requests\n16\n"
    monkeypatch.setenv("LAKESWEEP_LAKE", "/no/such/lake/from/env")
    result = runner.invoke(app, [*COMMANDS["sql"], "--lake", str(small_lake)])
    assert result.stdout == "requests\n16\n"


def test_lakesweep_config_names_the_settings_file(app, small_lake, tmp_path, monkeypatch) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text(f"lake = '{small_lake}'\n")
    monkeypatch.setenv("LAKESWEEP_CONFIG", str(config))
    assert runner.invoke(app, COMMANDS["sql"]).stdout == "requests\n16\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_lakesweep_config_is_an_error(app, small_lake, monkeypatch, command) -> None:
    monkeypatch.setenv("LAKESWEEP_CONFIG", "/no/such/lakesweep.toml")
    result = runner.invoke(app, [*COMMANDS[command], "--lake", str(small_lake)])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: LAKESWEEP_CONFIG names /no/such/lakesweep.toml, which is not a file\n"
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (None, "no lake given: pass --lake, set LAKESWEEP_LAKE, or set lake in lakesweep.toml"),
        ("lake = '.'\nworkers = 0\n", "invalid settings: workers: Input should be greater"),
        ("lake = '.'\nlakee = 'typo'\n", "invalid settings: lakee: Extra inputs are not"),
        ("lake = \n", "cannot read the settings"),
    ],
)
def test_bad_settings_are_one_line_and_exit_2(app, toml, message) -> None:
    if toml is not None:
        Path("lakesweep.toml").write_text(toml)
    result = runner.invoke(app, COMMANDS["usage"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {message}") and result.stderr.count("\n") == 1
