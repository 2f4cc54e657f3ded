"""Benchmark: the nightly pass (with export) on 1 vs 2 Dask workers, and on an S3 endpoint.

    .venv/bin/python -m bench.distributed                # demo lake of 50k rows (cached)
    .venv/bin/python -m bench.distributed --quick        # 10k rows, no S3 + Dask run
    .venv/bin/python -m bench.distributed --rows 100000 --no-s3-dask

Every configuration runs ``run_nightly`` on a fresh copy of the same text-realistic demo lake
(``lakesweep.demo.build_demo_lake``, see bench/nightly.py for why not lakegen's), in a fresh
subprocess, timed around the work only (spaCy model loads and Dask cluster start-up included):

* local folder, threads: ``workers=2, sanitizer_processes=2`` (the default deployment);
* local folder, Dask ``LocalCluster(n_workers=1 | 2, processes=True, threads_per_worker=1)``
  (``dask_workers=N``); a Dask worker sanitizes in its own process (no sanitizer pool);
* the lake on a real S3 HTTP endpoint (moto's ``ThreadedMotoServer`` on 127.0.0.1, in this
  process: its CPU is reported apart), with threads, and with 2 Dask workers.

Each run's result (raw rows left, usage requests, a hash of the training rows) must be the
same everywhere. At the end: a paper estimate of the machines needed for ``--daily-requests``
at the measured per-core throughput.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import math
import os
import shutil
import time
from pathlib import Path
from typing import Any

import psutil

from bench.lakegen import OUT, copy_lake
from bench.nightly import KEY, demo_lake, run_child

ENV_S3 = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class S3Endpoint:
    """A moto server on 127.0.0.1 in this process (a real HTTP S3 endpoint)."""

    def __init__(self) -> None:
        from moto.server import ThreadedMotoServer

        os.environ.update(ENV_S3)
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()
        import boto3

        self.s3 = boto3.client("s3", endpoint_url=self.url, region_name="us-east-1")

    def upload(self, local: Path, bucket: str) -> str:
        self.s3.create_bucket(Bucket=bucket)
        for path in sorted(local.rglob("*")):
            if path.is_file():
                key = f"lake/{path.relative_to(local).as_posix()}"
                self.s3.put_object(Bucket=bucket, Key=key, Body=path.read_bytes())
        return f"s3://{bucket}/lake"

    def stop(self) -> None:
        self.server.stop()


def own_cpu() -> float:
    t = psutil.Process().cpu_times()
    return t.user + t.system


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--rows", type=int, default=50_000, help="demo lake rows (default 50k)")
    ap.add_argument("--quick", action="store_true", help="10k rows, no S3 + Dask run")
    ap.add_argument("--no-s3", action="store_true", help="skip the S3 runs")
    ap.add_argument("--no-s3-dask", action="store_true", help="skip S3 with 2 Dask workers")
    ap.add_argument("--daily-requests", type=float, default=10e6)
    ap.add_argument("--window-hours", type=float, default=4.0)
    ap.add_argument("--cores-per-machine", type=int, default=2)
    ap.add_argument("--keep", action="store_true", help="keep the scratch copies")
    args = ap.parse_args(argv)
    if args.quick:
        args.rows, args.no_s3_dask = 10_000, True

    print(f"{dt.datetime.now(dt.UTC):%H:%M:%S} UTC; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores",
          flush=True)  # fmt: skip
    lake = demo_lake(args.rows)
    print(f"demo lake {lake.root}: {lake.rows:,} rows, {lake.files} files, "
          f"{lake.bytes / 1e6:.1f} MB", flush=True)  # fmt: skip
    scratch = OUT / "scratch-distributed"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    base = {"key": KEY, "workers": 2, "sanitizer_processes": 2, "digest": True}
    configs: list[tuple[str, str, dict[str, Any], int]] = [
        ("local", "local folder, threads (2+2 procs)", {**base, "second_run": True}, 2),
        ("dask1", "local folder, Dask 1 worker", {**base, "dask_workers": 1}, 1),
        ("dask2", "local folder, Dask 2 workers", {**base, "dask_workers": 2}, 2),
    ]
    if not args.no_s3:
        configs.append(("s3", "S3 (moto), threads (2+2 procs)", base, 2))
        if not args.no_s3_dask:
            configs.append(("s3dask2", "S3 (moto), Dask 2 workers", {**base, "dask_workers": 2}, 2))
    endpoint = S3Endpoint() if not args.no_s3 else None
    results: dict[str, dict[str, Any]] = {}
    try:
        for name, label, spec, _ in configs:
            print(f"{dt.datetime.now(dt.UTC):%H:%M:%S} {label} ...", flush=True)
            env = None
            if name.startswith("s3"):
                assert endpoint is not None
                t0 = time.perf_counter()
                target = endpoint.upload(lake.root, f"bench-{name}-{os.getpid()}")
                print(f"  uploaded the lake in {time.perf_counter() - t0:.1f} s", flush=True)
                spec = {**spec, "s3_endpoint_url": endpoint.url}
                env = {**os.environ, **ENV_S3}
            else:
                copy = scratch / name
                copy_lake(lake.root, copy)
                os.sync()
                target = str(copy)
            cpu0 = own_cpu()
            res = run_child("bench.nightly", name, target, spec, scratch, env)
            res["server_cpu"] = own_cpu() - cpu0  # moto's threads (and this idle process)
            results[name] = res
            print(f"  {res['wall']:.1f} s wall, {res['cpu']:.1f} s cpu, "
                  f"{res['server_cpu']:.1f} s cpu in this process (moto)", flush=True)  # fmt: skip
            if not name.startswith("s3") and not args.keep:
                shutil.rmtree(scratch / name, ignore_errors=True)
    finally:
        if endpoint is not None:
            endpoint.stop()
    report(lake, configs, results, args)
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)


def report(lake, configs, results: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    rows = lake.rows
    print()
    print(f"Demo lake: {rows:,} raw rows in {lake.files} files, {lake.bytes / 1e6:.1f} MB; "
          f"{os.cpu_count()} cores (shared machine: see load)")  # fmt: skip
    head = (f"{'configuration':<34}{'wall s':>8}{'cpu s':>8}{'moto s':>7}{'rows/s':>8}"
            f"{'/core':>7}{'rows/cpu-s':>11}{'cores':>6}{'speedup':>8}{'vs local':>9}"
            f"{'load0':>6}{'load1':>6}"
            f"  result")  # fmt: skip
    print(head)
    print("-" * (len(head) + 40))
    ref = results.get("local")
    one = results.get("dask1")
    digests = set()
    for name, label, _, cores in configs:
        r = results.get(name)
        if r is None:
            continue
        d = r.get("digest", {})
        digests.add(tuple(sorted(d.items())))
        t = r["totals"]
        speed = f"{one['wall'] / r['wall']:.2f}x" if one and name == "dask2" else ""
        if name == "dask1":
            speed = "1.00x"
        vs = f"{r['wall'] / ref['wall']:.2f}x" if ref else ""
        moto = f"{r['server_cpu']:.1f}" if name.startswith("s3") else "-"
        print(f"{label:<34}{r['wall']:>8.1f}{r['cpu']:>8.1f}{moto:>7}{rows / r['wall']:>8,.0f}"
              f"{rows / r['wall'] / cores:>7,.0f}{rows / max(r['cpu'], 1e-9):>11,.0f}"
              f"{r['cpu'] / r['wall']:>6.2f}{speed:>8}"
              f"{vs:>9}{r['load'][0]:>6.1f}{r['load'][1]:>6.1f}  {r['status']}, "
              f"{t['rows_exported']:,} exported, {t['rows_deleted']:,} deleted, "
              f"training {d.get('training_sha256', '?')}")  # fmt: skip
    print()
    print("wall s: run_nightly only, in a fresh subprocess (spaCy loads, sanitizer pool or Dask")
    print("        cluster start-up included). cpu s: user + system of that process tree (Dask")
    print("        nanny/worker processes and sanitizer workers included). moto s: CPU of the S3")
    print("        server (threads in this process) during the run. /core = rows/s / cores used.")
    print("cores: cpu s / wall s, the cores the run actually got (the machine is shared).")
    print("speedup: Dask 2 workers vs Dask 1 worker, by wall. vs local: wall / local threads run.")
    if one and "dask2" in results:
        two = results["dask2"]
        eff = (rows / two["cpu"]) / (rows / one["cpu"])
        print(f"CPU efficiency of 2 Dask workers vs 1 (rows per cpu-s): {eff:.2f}: on two free "
              f"cores the speedup can be at most {2 * eff:.2f}x (each worker loads the model "
              "and keeps its own findings cache)")  # fmt: skip
    same = len(digests) == 1
    print(f"{'ok' if same else 'FAIL'}: every configuration left the same raw rows, usage "
          f"requests and training rows (sha256 of the sorted training rows): "
          f"{sorted(digests)[0] if same else sorted(digests)}")  # fmt: skip
    if ref and "second" in ref:
        s = ref["second"]
        print(f"second run on the same lake (nothing left to export or delete: the steady-state "
              f"re-read of every raw file): {s['wall']:.1f} s wall, {s['cpu']:.1f} cpu s, "
              f"{s['cpu'] / max(s['totals']['rows_seen'], 1) * 1e6:.0f} cpu us per raw row "
              f"({s['totals']['rows_seen']:,} rows seen)")  # fmt: skip
    best = results.get("dask2") or ref
    if best:
        estimate(rows, best, ref, args)


def estimate(rows: int, run: dict[str, Any], ref: dict[str, Any] | None, args) -> None:
    """Machines for ``daily_requests`` a night, from this run's per-core throughput."""
    t = run["totals"]
    per_core_wall = rows / run["wall"] / 2  # 2 cores busy
    per_cpu = rows / run["cpu"]
    window = args.window_hours * 3600
    need_cores = args.daily_requests / (min(per_core_wall, per_cpu) * window)
    machines = math.ceil(need_cores / args.cores_per_machine)
    share = t["rows_exported"] / max(t["rows_seen"], 1)
    print()
    print(f"Paper estimate: {args.daily_requests:,.0f} new requests/day, nightly window "
          f"{args.window_hours:g} h, {args.cores_per_machine} cores/machine.")  # fmt: skip
    print(f"  measured (this lake's first pass, {share:.0%} of rows eligible and exported): "
          f"{per_core_wall:,.0f} raw rows/s per core by wall, "
          f"{per_cpu:,.0f} rows per cpu-s")  # fmt: skip
    print(f"  -> {need_cores:.1f} cores = {machines} machine(s) at 100% efficiency; "
          f"x1.5 headroom: {math.ceil(need_cores * 1.5 / args.cores_per_machine)} "
          "machine(s)")  # fmt: skip
    if ref and "second" in ref:
        s = ref["second"]
        per_row = s["cpu"] / max(s["totals"]["rows_seen"], 1)
        print(f"  plus the nightly re-read of the retained lake ({per_row * 1e6:.0f} cpu us/row "
              f"measured): e.g. 30 days x {args.daily_requests:,.0f} rows = "
              f"{30 * args.daily_requests * per_row / window:.1f} cores over the "
              "window")  # fmt: skip
    print("  (assumes this lake's text shape: see the report for the scaling with eligible "
          "share and text length)")  # fmt: skip


if __name__ == "__main__":
    main()
