"""`lakesweep sanitize`: JSON lines in, the same lines out with `text` sanitized.

Each input line is a JSON object with a string `text` (other keys are passed through). The
output line has `text` sanitized and `entities`: [{type, start, end}] in the input text.
A line that is not such an object is reported on stderr with its line number and copied
to no output; the run goes on and exits with status 1, so nothing is lost silently.
Blank lines are ignored. Progress goes to stderr when stderr is a terminal (and stdin is not).

Latency and throughput: from a terminal or a pipe, the model is loaded at start while a
reader thread already reads the input, and each round takes the lines that have arrived (at
least one, at most BATCH), then writes and flushes their results: a line typed at a terminal
or sent by a slow writer is answered as soon as the model is loaded, without waiting for a
batch to fill. A fast pipe keeps the reader ahead, so its rounds are full batches. From a
regular file (--input, or stdin redirected from one) rounds are always full batches. Full
batches go to worker processes (LAKESWEEP_SANITIZER_PROCESSES, default: one per core).
"""

from __future__ import annotations

import io
import json
import logging
import os
import queue
import stat
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from sanitizers.config import SanitizerConfig, default_model
from sanitizers.engine import Sanitizer

log = logging.getLogger(__name__)
BATCH = 512
_WARM_UP = "Ann Lee wrote to Bob Stone in Paris."  # makes the first call load the model

Item = tuple[int, dict | None, str | None]  # (line number, object, error)


class _ReadFailed:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc


def _err(message: str, end: str = "\n") -> None:
    sys.stderr.write(f"{message}{end}")
    sys.stderr.flush()


def _parse(lines: Iterable[str]) -> Iterator[Item]:
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


def _reader(source: TextIO, out: queue.Queue) -> None:
    """Parse the input into `out`; None marks the end (a _ReadFailed comes before it)."""
    try:
        for item in _parse(source):
            out.put(item)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        out.put(_ReadFailed(exc))
    out.put(None)


def _rounds(items: queue.Queue, streaming: bool) -> Iterator[list[Item | _ReadFailed]]:
    """Up to BATCH items a round. Streaming: wait for one item, then take only what is ready;
    otherwise wait for a full batch (or the end)."""
    while True:
        first = items.get()
        if first is None:
            return
        taken = [first]
        end = False
        while len(taken) < BATCH:
            try:
                item = items.get(block=not streaming)
            except queue.Empty:
                break
            if item is None:
                end = True
                break
            taken.append(item)
        yield taken
        if end:
            return


def _write(batch: list[dict], sanitizer: Sanitizer, out: TextIO) -> None:
    results = sanitizer.sanitize_texts([obj["text"] for obj in batch])
    for obj, res in zip(batch, results, strict=True):
        obj["text"] = res.text
        obj["entities"] = [{"type": e.type, "start": e.start, "end": e.end} for e in res.entities]
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


class _Sanitizers:
    """One in-process sanitizer (loaded at start) for small rounds; worker processes, started
    at the first full batch, for throughput. Both give the same output for the same line."""

    def __init__(self, model: str, processes: int) -> None:
        self.model, self.processes = model, processes
        self.local = Sanitizer(SanitizerConfig(model=model, processes=1))
        self.pooled: Sanitizer | None = None

    def load(self) -> None:
        self.local.sanitize_texts([_WARM_UP])

    def pick(self, lines: int) -> Sanitizer:
        if self.processes > 1 and lines >= BATCH:
            if self.pooled is None:
                config = SanitizerConfig(model=self.model, processes=self.processes)
                self.pooled = Sanitizer(config)
            return self.pooled
        return self.local

    def close(self) -> None:
        self.local.close()
        if self.pooled is not None:
            self.pooled.close()


def _regular_file(source: TextIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(source.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


def run_jsonl(input_path: Path | None, model: str | None) -> int:
    """Sanitize JSON lines from `input_path` (or stdin) to stdout; returns the exit code."""
    if input_path is not None and not input_path.is_file():
        _err(f"lakesweep sanitize: input file {input_path} does not exist; pass an existing file")
        return 2
    source = open(input_path, encoding="utf-8") if input_path else sys.stdin  # noqa: SIM115
    processes = int(os.environ.get("LAKESWEEP_SANITIZER_PROCESSES", os.cpu_count() or 1))
    progress = sys.stderr.isatty() and not (input_path is None and sys.stdin.isatty())
    streaming = not _regular_file(source)
    items: queue.Queue = queue.Queue(maxsize=4 * BATCH)
    threading.Thread(target=_reader, args=(source, items), daemon=True).start()
    bad = done = 0
    sanitizers: _Sanitizers | None = None
    try:
        sanitizers = _Sanitizers(model or default_model(), processes)
        if streaming:
            sanitizers.load()  # now, while the reader thread already reads the input
        for taken in _rounds(items, streaming):
            batch: list[dict] = []
            for item in taken:
                if isinstance(item, _ReadFailed):
                    _err(f"lakesweep sanitize: cannot read the input: {item.exc}")
                    return 2
                number, obj, error = item
                if error is not None:
                    bad += 1
                    _err(f"lakesweep sanitize: line {number} skipped: {error}")
                elif obj is not None:
                    batch.append(obj)
            if batch:
                _write(batch, sanitizers.pick(len(batch)), sys.stdout)
                done += len(batch)
                if progress:
                    _err(f"\rsanitized {done} lines", end="")
    except RuntimeError as exc:  # model missing and the like: say what to do
        _err(f"lakesweep sanitize: {exc}")
        return 2
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (no second error at exit)
        return 0
    except KeyboardInterrupt:
        _err(f"\nlakesweep sanitize: interrupted after {done} lines")
        return 130
    finally:
        if input_path:
            source.close()
        if sanitizers is not None:
            sanitizers.close()
    if progress:
        _err(f"\rsanitized {done} lines")
    if bad:
        _err(f"lakesweep sanitize: {bad} line(s) skipped (listed above); fix them and rerun those")
        return 1
    return 0
