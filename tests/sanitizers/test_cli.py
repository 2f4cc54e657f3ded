"""`lakesweep sanitize` end to end, and loading the model with the network blocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

LAKESWEEP = Path(sys.executable).with_name("lakesweep")
ENV = {**os.environ, "LAKESWEEP_SANITIZER_PROCESSES": "1"}


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LAKESWEEP), "sanitize", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
        check=False,
    )


def test_round_trip_stdin() -> None:
    lines = [
        {"text": "Mail ada@example.com or call 212-555-0182", "id": 1},
        {"text": "nothing personal here", "meta": {"k": [1, 2]}},
    ]
    proc = run([], "\n".join(json.dumps(x) for x in lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0]["text"] == "Mail <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>"
    assert out[0]["id"] == 1
    assert out[0]["entities"] == [
        {"type": "EMAIL_ADDRESS", "start": 5, "end": 20},
        {"type": "PHONE_NUMBER", "start": 29, "end": 41},
    ]
    assert out[1] == {**lines[1], "entities": []}


def test_input_file_and_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "ip 10.0.0.1"}\nnot json\n{"no_text": 1}\n\n{"text": "ok"}\n')
    proc = run(["--input", str(src)])
    assert proc.returncode == 1
    assert [json.loads(x)["text"] for x in proc.stdout.splitlines()] == ["ip <IP_ADDRESS_1>", "ok"]
    assert "line 2 skipped: not valid JSON" in proc.stderr
    assert 'line 3 skipped: expected a JSON object with a string "text"' in proc.stderr


def test_missing_input_and_model_are_clear_errors(tmp_path: Path) -> None:
    proc = run(["--input", str(tmp_path / "nope.jsonl")])
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    proc = run(["--model", "no_such_model_xyz"], '{"text": "Jane Doe"}\n')
    assert proc.returncode == 2 and "not installed" in proc.stderr


def test_model_loads_with_network_blocked() -> None:
    code = textwrap.dedent(
        """
        import socket
        def refuse(*args, **kwargs):
            raise OSError("network blocked by the test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        from sanitizers import Sanitizer, SanitizerConfig
        (res,) = Sanitizer(SanitizerConfig(model="en_core_web_sm")).sanitize_texts(
            ["Barack Obama met Angela Merkel in Berlin."])
        assert res.text == "<PERSON_1> met <PERSON_2> in Berlin.", res.text
        print("OK")
        """
    )
    env = {k: v for k, v in ENV.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "OK"
