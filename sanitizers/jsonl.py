"""`lakesweep sanitize`: JSON lines in, the same lines out with `text` sanitized.

Each input line is a JSON object with a string `text` (other keys are passed through). The
output line has `text` sanitized and `entities`: [{type, start, end}] in the input text.
A line that is not such an object is reported on stderr with its line number and copied
to no output; the run goes on and exits with status 1, so nothing is lost silently.
Blank lines are ignored. Progress goes to stderr when stderr is a terminal.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from sanitizers.config import SanitizerConfig, default_model
from sanitizers.engine import Sanitizer

log = logging.getLogger(__name__)
BATCH = 512


def _err(message: str, end: str = "\n") -> None:
    sys.stderr.write(f"{message}{end}")
    sys.stderr.flush()


def _parse(lines: Iterable[str]) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, object or None, error or None) for each non-blank line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield number, None, 'expected a JSON object with a string "text"'
            continue
        yield number, obj, None


def _flush(batch: list[dict], sanitizer: Sanitizer, out: TextIO) -> None:
    results = sanitizer.sanitize_texts([obj["text"] for obj in batch])
    for obj, res in zip(batch, results, strict=True):
        obj["text"] = res.text
        obj["entities"] = [{"type": e.type, "start": e.start, "end": e.end} for e in res.entities]
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def run_jsonl(input_path: Path | None, model: str | None) -> int:
    """Sanitize JSON lines from `input_path` (or stdin) to stdout; returns the exit code."""
    if input_path is not None and not input_path.is_file():
        _err(f"lakesweep sanitize: input file {input_path} does not exist; pass an existing file")
        return 2
    source = open(input_path, encoding="utf-8") if input_path else sys.stdin  # noqa: SIM115
    processes = int(os.environ.get("LAKESWEEP_SANITIZER_PROCESSES", os.cpu_count() or 1))
    progress = sys.stderr.isatty()
    bad = done = 0
    sanitizer: Sanitizer | None = None
    try:
        batch: list[dict] = []
        for number, obj, error in _parse(source):
            if error is not None:
                bad += 1
                _err(f"lakesweep sanitize: line {number} skipped: {error}")
                continue
            batch.append(obj)
            if len(batch) >= BATCH:
                if sanitizer is None:  # a full batch: worth starting worker processes
                    config = SanitizerConfig(model=model or default_model(), processes=processes)
                    sanitizer = Sanitizer(config)
                _flush(batch, sanitizer, sys.stdout)
                done += len(batch)
                batch = []
                if progress:
                    _err(f"\rsanitized {done} lines", end="")
        if batch:
            sanitizer = sanitizer or Sanitizer(SanitizerConfig(model=model or default_model()))
            _flush(batch, sanitizer, sys.stdout)
            done += len(batch)
    except RuntimeError as exc:  # model missing and the like: say what to do
        _err(f"lakesweep sanitize: {exc}")
        return 2
    finally:
        if input_path:
            source.close()
        if sanitizer is not None:
            sanitizer.close()
    if progress:
        _err(f"\rsanitized {done} lines")
    if bad:
        _err(f"lakesweep sanitize: {bad} line(s) skipped (listed above); fix them and rerun those")
        return 1
    return 0
