"""Benchmark: lakesweep's nightly retention pass vs two DuckDB baselines, on copies of one lake.

    .venv/bin/python -m bench.retention            # 2M rows over 40 days (lake cached)
    .venv/bin/python -m bench.retention --quick    # 200k rows, a smoke run
    .venv/bin/python -m bench.retention --profile  # + cProfile of lakesweep with workers=1

Systems, each in a fresh subprocess on its own real copy of the same generated lake
(``bench/lakegen.py``), timed inside the subprocess around the work only:

* **lakesweep**: ``run_nightly(build_settings(lake=..., now=NOW, workers=2))``. It also
  commits the usage aggregates of every raw file it sees for the first time (all of them on
  this fresh lake) and writes the ledger: those bytes are counted apart.
* **(a) floor**: a plain DuckDB ``COPY (SELECT * FROM read_parquet(f) WHERE kept) TO tmp``
  of only the files that change, then ``os.replace``; files that lose every row are removed.
  No verification, no fsync, no usage, no ledger: the physical floor.
* **(b) hurried user**: one DuckDB ``COPY`` of the whole lake, ``WHERE kept``,
  ``PARTITION_BY (event_date)``, into a new folder that then replaces ``raw/``.

The kept rows of both baselines come from an independent SQL rendering of the contract's
rules (per-org cutoffs); the benchmark checks that lakesweep deletes exactly those rows.
Baselines write zstd like the lake (``--baseline-codec`` to change that).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from bench.lakegen import DEFAULT_NOW, OUT, LakeInfo, LakeParams, cached_lake, copy_lake

SYSTEMS = ("lakesweep", "floor", "hurried")
LABELS = {"lakesweep": "lakesweep", "floor": "(a) floor", "hurried": "(b) hurried"}
RULES = ("zero_data_retention", "erasure", "expired")


# -- the rules as SQL, from the policy files (independent of lakesweep) ---------------------


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ts(moment: dt.datetime) -> str:
    return f"TIMESTAMPTZ '{moment.astimezone(dt.UTC).isoformat()}'"


def rule_sql(lake: Path, now: dt.datetime, default_days: int = 30) -> str:
    """A DuckDB expression naming the rule that deletes a raw row (NULL = kept).

    Per org: zero retention deletes everything; otherwise, when not on legal hold, a row is
    erased when ``created_at <= last requested_at`` and expired when
    ``created_at < now - retention_days``.
    """
    today = now.astimezone(dt.UTC).date()
    orgs = pq.read_table(lake / "policy/orgs.parquet").to_pylist()
    erasures = pq.read_table(lake / "policy/erasure_requests.parquet").to_pylist()
    held = {o["org_id"] for o in orgs if o["legal_hold_until"] and o["legal_hold_until"] >= today}
    zdr = sorted(o["org_id"] for o in orgs if o["zero_data_retention"])
    last: dict[str, dt.datetime] = {}
    for e in erasures:
        if e["org_id"] not in held:
            last[e["org_id"]] = max(e["requested_at"], last.get(e["org_id"], e["requested_at"]))
    expiry = {
        o["org_id"]: now - dt.timedelta(days=o["retention_days"] or default_days)
        for o in orgs
        if o["org_id"] not in held and o["retention_days"] is not None
    }
    default_cut = _ts(now - dt.timedelta(days=default_days))
    zdr_sql = f"org_id IN ({', '.join(map(_lit, zdr))})" if zdr else "false"
    erasure_sql = (
        "created_at <= CASE org_id "
        + " ".join(f"WHEN {_lit(o)} THEN {_ts(t)}" for o, t in sorted(last.items()))
        + " END"
        if last
        else "false"
    )
    expiry_sql = (
        "created_at < CASE org_id "
        + " ".join(f"WHEN {_lit(o)} THEN NULL" for o in sorted(held))
        + " "
        + " ".join(f"WHEN {_lit(o)} THEN {_ts(t)}" for o, t in sorted(expiry.items()))
        + f" ELSE {default_cut} END"
    )
    return (
        f"CASE WHEN {zdr_sql} THEN 'zero_data_retention' "
        f"WHEN coalesce({erasure_sql}, false) THEN 'erasure' "
        f"WHEN coalesce({expiry_sql}, false) THEN 'expired' END"
    )


def duck() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    return con


@dataclass
class Plan:
    rules_sql: str
    rows: int
    files: dict[str, tuple[int, int]]  # rel -> (rows_before, rows_after)
    by_rule: dict[str, int]

    @property
    def rewrite(self) -> list[str]:
        return sorted(f for f, (b, a) in self.files.items() if a != b and a > 0)

    @property
    def remove(self) -> list[str]:
        return sorted(f for f, (_, a) in self.files.items() if a == 0)

    @property
    def kept(self) -> int:
        return sum(a for _, a in self.files.values())


def make_plan(lake: Path, now: dt.datetime) -> Plan:
    """Rows deleted per file and rule on the source lake (untimed; feeds the baselines)."""
    sql = rule_sql(lake, now)
    con = duck()
    rows = con.execute(
        f"SELECT filename, rule, count(*) FROM (SELECT filename, {sql} AS rule "
        f"FROM read_parquet('{lake}/raw/*/*.parquet', filename = true)) GROUP BY ALL"
    ).fetchall()
    files: dict[str, list[int]] = {}
    by_rule: dict[str, int] = {}
    for name, rule, n in rows:
        rel = os.path.relpath(name, lake)
        entry = files.setdefault(rel, [0, 0])
        entry[0] += n
        if rule is None:
            entry[1] += n
        else:
            by_rule[rule] = by_rule.get(rule, 0) + n
    return Plan(sql, sum(b for b, _ in files.values()), {k: (b, a) for k, (b, a) in files.items()},
                by_rule)  # fmt: skip


# -- the systems (each runs in a fresh subprocess) ------------------------------------------


def _rss_now() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _cpu() -> float:
    """CPU seconds (user + system) of this process so far, all threads."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def child(system: str, lake: Path, spec: dict[str, Any]) -> dict[str, Any]:
    """Run one system on ``lake``; returns wall time and memory (called in the subprocess)."""
    out: dict[str, Any] = {}
    if system == "lakesweep":
        from lakesweep.settings import build_settings

        settings = build_settings(
            lake=str(lake), now=dt.datetime.fromisoformat(spec["now"]), workers=spec["workers"]
        )
        rss0, cpu0 = _rss_now(), _cpu()
        t0 = time.perf_counter()
        summary = run_maybe_profiled(settings, spec.get("profile"))
        wall = time.perf_counter() - t0
        out.update(
            totals=summary.totals,
            deleted_by_rule=summary.deleted_by_rule,
            status=summary.status,
            errors=summary.errors[:5],
            files={f["file"]: [f["action"], f["rows_after"]] for f in summary.files},
        )
    elif system == "floor":
        con = duck()
        rss0, cpu0 = _rss_now(), _cpu()
        t0 = time.perf_counter()
        for rel in spec["rewrite"]:
            src = lake / rel
            tmp = src.with_name(f".{src.name}.floor-tmp")
            con.execute(
                f"COPY (SELECT * FROM read_parquet('{src}') WHERE ({spec['rules_sql']}) IS NULL) "
                f"TO '{tmp}' (FORMAT parquet, COMPRESSION {spec['codec']})"
            )
            os.replace(tmp, src)
        for rel in spec["remove"]:
            os.remove(lake / rel)
        wall = time.perf_counter() - t0
    elif system == "hurried":
        con = duck()
        rss0, cpu0 = _rss_now(), _cpu()
        t0 = time.perf_counter()
        con.execute(
            f"COPY (SELECT * FROM read_parquet('{lake}/raw/*/*.parquet', hive_partitioning = true)"
            f" WHERE ({spec['rules_sql']}) IS NULL) TO '{lake}/newraw' "
            f"(FORMAT parquet, PARTITION_BY (event_date), COMPRESSION {spec['codec']})"
        )
        os.rename(lake / "raw", lake / "raw.old")
        os.rename(lake / "newraw", lake / "raw")
        shutil.rmtree(lake / "raw.old")
        wall = time.perf_counter() - t0
    else:
        raise ValueError(system)
    out.update(
        wall=wall,
        cpu=_cpu() - cpu0,
        rss_start=rss0,
        peak_rss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    )
    return out


def run_maybe_profiled(settings: Any, profile: str | None) -> Any:
    """``run_nightly``; with ``profile``, single-threaded under cProfile, stats dumped there."""
    from lakesweep.run import run_nightly

    if not profile:
        return run_nightly(settings)
    import cProfile

    prof = cProfile.Profile()
    summary = prof.runcall(_nightly_in_this_thread, settings)
    prof.dump_stats(profile)
    return summary


def _nightly_in_this_thread(settings: Any) -> Any:
    """``run_nightly`` with workers=1 and the per-file units in the calling thread, so that
    cProfile sees them (it only profiles the thread it runs in)."""
    from lakesweep import run

    settings = settings.model_copy(update={"workers": 1})
    r = run.open_lake(settings)
    with run.writer_scope(r):
        run.recover(r)
        run.read_training(r)
        run.process_raw_files(r, run.list_raw_files(r))
        return run.finish_run(r)


def run_child(system: str, lake: Path, spec: dict[str, Any], scratch: Path) -> dict[str, Any]:
    spec_file, result_file = scratch / f"{system}.spec.json", scratch / f"{system}.result.json"
    spec_file.write_text(json.dumps(spec))
    cmd = [sys.executable, "-m", "bench.retention", "--child", system, "--lake", str(lake)]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "--spec", str(spec_file), "--result", str(result_file)], check=True)
    result = json.loads(result_file.read_text())
    result["process_wall"] = time.perf_counter() - t0
    return result


# -- measuring the file system --------------------------------------------------------------


Snapshot = dict[str, tuple[int, int, int]]  # rel -> (size, mtime_ns, inode)


def snapshot(root: Path) -> Snapshot:
    snap: Snapshot = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            st = os.stat(os.path.join(dirpath, name))
            snap[os.path.relpath(os.path.join(dirpath, name), root)] = (
                st.st_size, st.st_mtime_ns, st.st_ino,
            )  # fmt: skip
    return snap


def written(before: Snapshot, after: Snapshot) -> dict[str, int]:
    """Bytes of files that are new or changed, per top folder; plus removed raw files."""
    out: dict[str, int] = {}
    for rel, stat in after.items():
        if before.get(rel) != stat:
            top = rel.split("/", 1)[0]
            out[top] = out.get(top, 0) + stat[0]
    out["raw_removed_files"] = sum(
        1 for rel in before if rel not in after and rel.startswith("raw/")
    )
    return out


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


# -- the run --------------------------------------------------------------------------------


@dataclass
class Measured:
    system: str
    wall: float
    cpu: float
    process_wall: float
    peak_rss: int
    rss_start: int
    raw_bytes: int
    other_bytes: dict[str, int] = field(default_factory=dict)
    files: str = ""
    checks: list[str] = field(default_factory=list)
    walls: list[float] = field(default_factory=list)  # every repetition

    @property
    def median(self) -> float:
        return statistics.median(self.walls or [self.wall])

    @property
    def total_bytes(self) -> int:
        return self.raw_bytes + sum(self.other_bytes.values())


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f}"


def measure(
    system: str, src: Path, scratch: Path, plan: Plan, args: argparse.Namespace, now: dt.datetime
) -> tuple[Measured, dict[str, Any]]:
    lake = scratch / system
    t0 = time.perf_counter()
    copy_lake(src, lake)
    os.sync()  # no dirty pages of the copy left to compete with the measured run's writes
    print(f"  copied the lake in {time.perf_counter() - t0:.1f} s (+ sync)", flush=True)
    spec = {
        "now": now.isoformat(),
        "workers": args.workers,
        "rules_sql": plan.rules_sql,
        "rewrite": plan.rewrite,
        "remove": plan.remove,
        "codec": args.baseline_codec,
    }
    before = snapshot(lake)
    res = run_child(system, lake, spec, scratch)
    after = snapshot(lake)
    w = written(before, after)
    m = Measured(system, res["wall"], res["cpu"], res["process_wall"], res["peak_rss"],
                 res["rss_start"], w.pop("raw", 0))  # fmt: skip
    removed = w.pop("raw_removed_files")
    m.other_bytes = w
    checks = m.checks
    if system == "lakesweep":
        checks += check_lakesweep(res, plan, src, lake, before, after, m)
    elif system == "floor":
        m.files = f"{len(plan.rewrite)} rewritten, {removed} removed"
        for rel in plan.rewrite:
            got = pq.ParquetFile(lake / rel).metadata.num_rows
            if got != plan.files[rel][1]:
                checks.append(f"FAIL floor: {rel} has {got} rows, expected {plan.files[rel][1]}")
    else:
        kept = sum(
            pq.ParquetFile(lake / r).metadata.num_rows for r in after if r.startswith("raw/")
        )
        new_files = sum(1 for r in after if r.startswith("raw/"))
        m.files = f"{new_files} new files"
        if kept != plan.kept:
            checks.append(f"FAIL hurried: {kept} rows kept, expected {plan.kept}")
    if not args.keep:
        shutil.rmtree(lake)
    return m, res


def check_lakesweep(
    res: dict[str, Any],
    plan: Plan,
    src: Path,
    lake: Path,
    before: Snapshot,
    after: Snapshot,
    m: Measured,
) -> list[str]:
    checks = []
    t = res["totals"]
    m.files = (
        f"{t['files_rewritten']} rewritten, {t['files_removed']} removed, "
        f"{t['files_untouched']} untouched"
    )
    if res["status"] != "succeeded":
        checks.append(f"FAIL lakesweep status {res['status']}: {res['errors']}")
    changed = {f for f, (action, _) in res["files"].items() if action in ("rewrite", "remove")}
    expected = set(plan.rewrite) | set(plan.remove)
    if changed != expected:
        checks.append(
            f"FAIL lakesweep changed {len(changed)} files, rules say {len(expected)}: "
            f"only lakesweep {sorted(changed - expected)[:3]}, "
            f"only rules {sorted(expected - changed)[:3]}"
        )
    for rel, (_, rows_after) in res["files"].items():
        if rel in plan.files and rows_after != plan.files[rel][1]:
            checks.append(f"FAIL lakesweep kept {rows_after} rows of {rel}, rules say "
                          f"{plan.files[rel][1]}")  # fmt: skip
    if {k: v for k, v in res["deleted_by_rule"].items() if v} != plan.by_rule:
        checks.append(f"FAIL deleted by rule: lakesweep {res['deleted_by_rule']}, "
                      f"rules {plan.by_rule}")  # fmt: skip
    untouched = [rel for rel in plan.files if rel not in expected]
    moved = [rel for rel in untouched if after.get(rel) != before[rel]]
    differ = [rel for rel in untouched if rel in after and sha256(lake / rel) != sha256(src / rel)]
    m.other_bytes["untouched raw files"] = sum(after[r][0] for r in moved if r in after)
    if moved or differ:
        checks.append(f"FAIL untouched files changed: {sorted(set(moved + differ))[:5]}")
    else:
        checks.append(
            f"ok: {len(untouched)} untouched raw files have the same inode, size and mtime and "
            f"are byte-identical to the source (sha256): 0 bytes written for them"
        )
    fs_raw = m.raw_bytes
    fs_usage = m.other_bytes.get("usage", 0)
    reported = t["bytes_written"]
    checks.append(
        f"{'ok' if reported == fs_raw + fs_usage else 'NOTE'}: summary bytes_written "
        f"{reported:,} vs file system raw + usage {fs_raw + fs_usage:,}"
    )
    if not checks or all(c.startswith("ok") for c in checks):
        checks.insert(0, "ok: lakesweep deleted exactly the rows the rules delete, per file "
                         "and per rule")  # fmt: skip
    return checks


def report(
    ms: dict[str, Measured], plan: Plan, info: LakeInfo, args: argparse.Namespace, now: dt.datetime
) -> None:
    a, b = ms.get("floor"), ms.get("hurried")
    lake_bytes = info.bytes
    print()
    print(f"Lake: {info.rows:,} raw rows in {info.files} files, {_mb(lake_bytes)} MB (zstd), "
          f"{args.days} days ending {now:%Y-%m-%d %H:%M} UTC; workers={args.workers}, "
          f"{os.cpu_count()} cores")  # fmt: skip
    deleted = plan.rows - plan.kept
    print(
        f"Tonight: {deleted:,} rows deleted ({deleted / plan.rows:.1%}): "
        + ", ".join(f"{r} {plan.by_rule.get(r, 0):,}" for r in RULES)
        + f"; {len(plan.rewrite)} files rewritten, {len(plan.remove)} removed, "
        f"{len(plan.files) - len(plan.rewrite) - len(plan.remove)} untouched "
        f"({_mb(sum(info_size for info_size in _sizes(plan, info)))} MB of files to change)"
    )
    print()
    head = (
        f"{'system':<13}{'wall s':>8}{'median':>8}{'cpu s':>7}{'vs (a)':>8}{'vs (b)':>8}"
        f"{'lake rows/s':>12}{'raw MB written':>15}{'other MB':>9}{'bytes vs (a)':>13}"
        f"{'peak RSS MB':>12}{'(start)':>8}  files"
    )
    print(head)
    print("-" * (len(head) + 36))
    for system in SYSTEMS:
        m = ms.get(system)
        if m is None:
            continue
        other = sum(v for k, v in m.other_bytes.items() if k != "untouched raw files")
        print(
            f"{LABELS[system]:<13}{m.wall:>8.2f}{m.median:>8.2f}{m.cpu:>7.1f}"
            f"{(f'{m.wall / a.wall:.2f}x' if a else '-'):>8}"
            f"{(f'{m.wall / b.wall:.2f}x' if b else '-'):>8}"
            f"{info.rows / m.wall:>12,.0f}"
            f"{_mb(m.raw_bytes):>15}{_mb(other):>9}"
            f"{(f'{m.total_bytes / a.total_bytes:.2f}x' if a and a.total_bytes else '-'):>13}"
            f"{_mb(m.peak_rss):>12}{_mb(m.rss_start):>8}  {m.files}"
        )
    ls = ms.get("lakesweep")
    print()
    n = len(next(iter(ms.values())).walls)
    (l1, _, _), (l2, _, _) = args.load
    print("wall s: the work only, timed inside a fresh subprocess per system (imports excluded),")
    print(f"        best of {n} run(s); median of them; cpu s = user + system CPU of that run.")
    print(f"        Load average {l1:.1f} before, {l2:.1f} after: the machine is shared, compare")
    print("        cpu s too. lake rows/s = all raw rows / wall s. vs = wall-time ratio.")
    print("raw MB written: new or changed files under raw/ (file system: size/mtime/inode).")
    print("peak RSS: ru_maxrss of the subprocess; (start) = RSS after imports, before the work.")
    if ls:
        extra = ", ".join(f"{k} {_mb(v)} MB" for k, v in sorted(ls.other_bytes.items())
                          if k != "untouched raw files")  # fmt: skip
        print(f"lakesweep's other MB: {extra}: the usage aggregates of every raw file")
        print(
            "        (first run on this lake: all files are new), ledger records, _state markers."
        )
        print("        lakesweep fsyncs every file and folder it writes; (a) and (b) do not.")
        print(f"bytes written for untouched raw files by lakesweep: "
              f"{ls.other_bytes.get('untouched raw files', 0):,}")  # fmt: skip
    print("(a) gets its file list and kept rows for free: that plan (one DuckDB scan of all")
    print(f"    files, untimed) took {args.plan_seconds:.2f} s; lakesweep plans inside its time.")
    print(f"(a) and (b) write {args.baseline_codec} like the lake, without fsync, verification,")
    print("    usage or ledger; (b)'s files get new names and lose lakesweep's row groups.")
    print()
    for m in ms.values():
        for c in m.checks:
            print(f"[{LABELS[m.system]}] {c}")


def _sizes(plan: Plan, info: LakeInfo) -> list[int]:
    root = Path(info.root)
    return [(root / rel).stat().st_size for rel in plan.rewrite + plan.remove]


def print_profile(path: Path, top: int = 25) -> None:
    import pstats

    stats = pstats.Stats(str(path))
    total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"\ncProfile of lakesweep (workers=1): {total:.2f} s")
    wanted = (
        "process_raw_files", "read_raw", "plan_files", "commit", "aggregate", "verify_bytes",
        "apply", "write_table", "_write_local", "replace", "_fsync_dir", "write_json", "write",
        "keep_mask", "deleted", "keep_rows", "rows_after", "count", "try_utc_naive",
        "run", "settle", "lookup", "load_policy", "list_raw_files", "read_table",
        "parquet_file", "size", "delete", "thread_connection", "finish_run", "barrier",
    )  # fmt: skip
    rows = []
    for (file, line, fn), (_, ncalls, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "lakesweep" in file and fn in wanted:
            rows.append((ct, tt, ncalls, f"{Path(file).parent.name}/{Path(file).name}:{line} {fn}"))
    print(f"{'cumulative s':>13}{'own s':>8}{'calls':>8}  lakesweep function")
    for ct, tt, n, name in sorted(rows, reverse=True)[:top]:
        print(f"{ct:>13.2f}{tt:>8.2f}{n:>8}  {name}")
    print("\nTop functions by own time:")
    stats.sort_stats("tottime").print_stats(20)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="lakesweep retention pass vs DuckDB baselines")
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--days", type=int, default=40)
    ap.add_argument("--quick", action="store_true", help="200k rows, a smoke run")
    ap.add_argument("--keep", action="store_true", help="keep the scratch copies")
    ap.add_argument("--workers", type=int, default=2, help="lakesweep workers (default 2)")
    ap.add_argument("--baseline-codec", default="zstd", help="codec of (a) and (b)")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    ap.add_argument("--repeat", type=int, default=1, help="runs per system; best wall is shown")
    ap.add_argument("--profile", action="store_true", help="also cProfile lakesweep, workers=1")
    ap.add_argument("--child", choices=SYSTEMS, help=argparse.SUPPRESS)
    ap.add_argument("--lake", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--spec", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        spec = json.loads(args.spec.read_text())
        args.result.write_text(json.dumps(child(args.child, args.lake, spec)))
        return

    rows = 200_000 if args.quick else args.rows
    now = DEFAULT_NOW
    params = LakeParams(rows=rows, days=args.days, now=now)
    t0 = time.perf_counter()
    info = cached_lake(params)
    print(f"lake {info.root}: {info.rows:,} rows, {info.files} files, {_mb(info.bytes)} MB "
          f"(generated in {info.seconds:.1f} s; ready in {time.perf_counter() - t0:.1f} s)",
          flush=True)  # fmt: skip
    src = Path(info.root)
    t0 = time.perf_counter()
    plan = make_plan(src, now)
    args.plan_seconds = time.perf_counter() - t0
    scratch = OUT / f"scratch-{params.key()}"
    scratch.mkdir(parents=True, exist_ok=True)
    runs: dict[str, list[Measured]] = {}
    load = os.getloadavg()
    for rep in range(args.repeat):
        for system in filter(None, args.systems.split(",")):
            print(f"run {rep + 1}/{args.repeat}: {LABELS[system]} ...", flush=True)
            m, _ = measure(system, src, scratch, plan, args, now)
            runs.setdefault(system, []).append(m)
            print(f"  {m.wall:.2f} s wall, {m.cpu:.2f} s cpu", flush=True)
    measured: dict[str, Measured] = {}
    for system, ms in runs.items():
        best = min(ms, key=lambda m: m.wall)
        best.walls = [m.wall for m in ms]
        best.checks = sorted(
            {c for m in ms for c in m.checks}, key=lambda c: not c.startswith("ok")
        )
        measured[system] = best
    args.load = (load, os.getloadavg())
    if measured:
        report(measured, plan, info, args, now)
    if args.profile:
        lake = scratch / "profile"
        copy_lake(src, lake)
        prof = scratch / "lakesweep.prof"
        spec = {"now": now.isoformat(), "workers": 1, "profile": str(prof)}
        res = run_child("lakesweep", lake, spec, scratch)
        print(f"\nlakesweep workers=1 under cProfile: {res['wall']:.2f} s")
        print_profile(prof)
        if not args.keep:
            shutil.rmtree(lake)
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
