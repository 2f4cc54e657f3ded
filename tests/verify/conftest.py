"""One demo lake after a real nightly pass, built once per session and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from lakesweep.demo import build_demo_lake
from lakesweep.pseudonym import KEY_ENV
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from lakesweep.verify import cli
from tests.lakes import NOW

KEY = "verify-test-key"


@pytest.fixture(scope="session")
def swept_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("verify") / "lake"
    build_demo_lake(root, rows=264, days=33, seed=5, now=NOW, max_files_per_day=1)
    summary = run_nightly(build_settings(lake=str(root), now=NOW, pseudonym_key=KEY))
    assert summary.to_dict()["status"] == "succeeded"
    return root


@pytest.fixture
def lake(swept_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the swept lake; the pseudonym key is set as the nightly run had it."""
    root = tmp_path / "lake"
    shutil.copytree(swept_lake, root)
    monkeypatch.setenv(KEY_ENV, KEY)
    return root


Invoke = Callable[..., tuple[int, str]]


@pytest.fixture
def invoke() -> Invoke:
    """Run `verify`/`audit` registered on a fresh app; returns (exit code, stdout)."""
    app = typer.Typer(pretty_exceptions_enable=False, add_completion=False)

    @app.callback()
    def main() -> None:  # a group, so that the command name is an argument as in lakesweep
        pass

    cli.register(app)

    def run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(app, list(args), catch_exceptions=False)
        return result.exit_code, result.output

    return run
