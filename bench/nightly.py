"""Benchmark: lakesweep's whole nightly pass (aggregate + export with sanitization + deletion)
vs a naive pass (DuckDB rules, then one Presidio analyze + anonymize per text, then deletions).

    make bench-nightly                                # the default below, in the runtime install
    .venv/bin/python -m bench.nightly                 # whole pass, start-up included, 2 lakes
    .venv/bin/python -m bench.nightly --quick         # smaller lakes and naive samples
    .venv/bin/python -m bench.nightly --naive-full    # sanitize every eligible row in naive too
    .venv/bin/python -m bench.nightly --work-only     # the work alone, in-process (see below)
    .venv/bin/python -m bench.nightly --work-only --rows 200000 --sample 400 --lakegen-rows 200000
    .venv/bin/python -m bench.nightly --profile       # only a cProfile of lakesweep, 1 process
    .venv/bin/python -m bench.nightly --profile --profile-lake lakegen --profile-rows 8000

**Whole pass (the default)**: what a user waits for. On each of two lakes, side by side in one
run, on fresh copies of the same lake:

* **lakesweep**: the CLI as a user runs it, ``lakesweep nightly --lake COPY --json`` in a
  subprocess in its default mode (no ``--prefect``/``--no-prefect``: with PREFECT_API_URL
  unset it runs the steps directly; the mode line it prints is reported), with
  ``LAKESWEEP_PSEUDONYM_KEY`` set so that it exports, and ``-v`` for its log. Timed from
  process start to exit. Its *start-up* runs from process start to the run's first log line
  (``lakesweep.run: run ...``, when the run takes its clock): the interpreter, imports and
  settings; model loading and sanitizer workers start inside the run and count as work.
* **naive**: the same as below, also a subprocess timed from start to exit, so its start-up
  (interpreter and imports; Presidio's import and model load are reported as "model load")
  is included; by default its per-row sanitization is extrapolated from a sample
  (``--naive-full`` runs it on every eligible row).

Run it in the runtime install (``make bench-nightly``): in the dev install transformers is
present, Presidio imports it, and both systems start seconds slower than in production.

The two lakes (``lakesweep.demo.build_demo_lake``'s orgs, policy and file layout; cached
under bench/out):

* **unique** (``--unique-rows``, default 6,000): prompts and outputs of ~600 characters made
  of sentences that never repeat (no shared system prompt, no document pool), PII planted
  as in the demo: the case where lakesweep's per-sentence cache cannot help;
* **demo** (``--demo-rows``, default 20,000): demo-shaped text (shared system prompts,
  documents drawn from a pool of 60, planted PII in ~30% of prompts).

**Work only (``--work-only``)**: the comparison as first written, timed around the work
only (imports excluded, model loading and worker start-up included), each system in a fresh
subprocess on its own real copy of the lake:

* **lakesweep**: ``run_nightly(build_settings(lake, now, pseudonym_key, workers=2,
  sanitizer_processes=2))``.
* **lakesweep, no export**: the same without a pseudonym key (aggregate + deletion only): the
  difference is the cost of the export.
* **naive**: an independent DuckDB rendering of the contract's rules (deleted rows, eligible
  rows), usage aggregates with one ``GROUP BY``, then for every eligible row one Presidio
  ``AnalyzerEngine`` (default recognizers, spaCy ``en_core_web_sm`` full pipeline, as Presidio
  loads it) ``analyze`` + ``AnonymizerEngine.anonymize`` per text (prompt, output, each
  document), the results written as Parquet, then the deletions (DuckDB ``COPY`` of the kept
  rows of each changed file + ``os.replace``, like bench/retention.py's floor). Single
  process: that is what "naive" means. The per-row sanitization runs on a random sample of
  ``--sample`` eligible rows; its cost per row is extrapolated to all eligible rows and the
  report says so.

Its lakes: the demo lake (``--rows``, default 100k) and ``bench/lakegen.py``'s lake
(``--lakegen-rows``), whose texts are Zipf-random made-up words (no PII, no repeated system
prompt, no repeated document): the no-repetition case.

CPU seconds are those of the whole process tree (sanitizer workers included), via psutil
(work only) or the reaped children's rusage (whole pass).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import psutil
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from bench.lakegen import DEFAULT_NOW, OUT, LakeParams, cached_lake, copy_lake

NOW = DEFAULT_NOW
KEY = "bench-key"
DEMO_DAYS = 40
DEMO_VERSION = 1


# -- lakes ----------------------------------------------------------------------------------


@dataclass
class Lake:
    kind: str  # demo | lakegen
    root: Path
    rows: int
    files: int
    bytes: int


def _lake_bytes(root: Path) -> tuple[int, int]:
    files = sorted((root / "raw").glob("*/*.parquet"))
    return len(files), sum(f.stat().st_size for f in files)


def demo_lake(rows: int, out: Path = OUT) -> Lake:
    """``lakesweep.demo.build_demo_lake(rows, days=40, now=NOW)``, cached under bench/out."""
    from lakesweep.demo import build_demo_lake

    root = out / f"demo-{rows}r-{DEMO_DAYS}d-v{DEMO_VERSION}"
    meta = root.with_suffix(".json")
    if not (root.is_dir() and meta.is_file()):
        if root.exists():
            shutil.rmtree(root)
        tmp = out / f".{root.name}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        t0 = time.perf_counter()
        build_demo_lake(tmp, rows=rows, days=DEMO_DAYS, now=NOW)
        tmp.rename(root)
        meta.write_text(json.dumps({"seconds": time.perf_counter() - t0}))
        print(f"generated demo lake {root} in {time.perf_counter() - t0:.1f} s", flush=True)
    n_files, size = _lake_bytes(root)
    n_rows = sum(pq.ParquetFile(f).metadata.num_rows for f in (root / "raw").glob("*/*.parquet"))
    return Lake("demo", root, n_rows, n_files, size)


UNIQUE_VERSION = 1


def unique_text_factory() -> type:
    """lakesweep.demo_text.TextFactory with texts that never repeat: ~600-character prompts
    and outputs of fresh sentences, no shared system prompt, rare unique documents; PII is
    planted as in the demo (30% of prompts, names in 10% of outputs)."""
    from lakesweep.demo_text import TextFactory

    class UniqueText(TextFactory):
        def _sentences(self, chars: int) -> str:
            parts: list[str] = []
            size = 0
            while size < chars:
                parts.append(self.fake.sentence(nb_words=self.rng.randint(8, 18)))
                size += len(parts[-1]) + 1
            return " ".join(parts)

        def prompt(self) -> str:
            text = self._sentences(self.rng.randint(480, 640))
            return f"{text} {self.pii()}" if self.rng.random() < 0.3 else text

        def output(self) -> str:
            text = self._sentences(self.rng.randint(500, 680))
            if self.rng.random() < 0.1:
                text = f"Dear {self.fake.name()},\n\n{text}\n\nBest regards,\n{self.fake.name()}"
            return text

        def documents_or_none(self) -> list[str] | None:
            return [self._sentences(600)] if self.rng.random() < 0.05 else None

    return UniqueText


def unique_lake(rows: int, out: Path = OUT) -> Lake:
    """The demo lake's orgs, policy and layout with :func:`unique_text_factory`'s texts."""
    from unittest import mock

    from lakesweep import demo_text
    from lakesweep.demo import build_demo_lake

    root = out / f"unique-{rows}r-{DEMO_DAYS}d-v{UNIQUE_VERSION}"
    if not (root / "raw").is_dir():
        tmp = out / f".{root.name}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        t0 = time.perf_counter()
        with mock.patch.object(demo_text, "TextFactory", unique_text_factory()):
            build_demo_lake(tmp, rows=rows, days=DEMO_DAYS, now=NOW)
        shutil.rmtree(root, ignore_errors=True)
        tmp.rename(root)
        print(f"generated unique-text lake {root} in {time.perf_counter() - t0:.1f} s", flush=True)
    n_files, size = _lake_bytes(root)
    n_rows = sum(pq.ParquetFile(f).metadata.num_rows for f in (root / "raw").glob("*/*.parquet"))
    return Lake("unique", root, n_rows, n_files, size)


def lakegen_lake(rows: int) -> Lake:
    info = cached_lake(LakeParams(rows=rows, days=40, now=NOW))
    return Lake("lakegen", Path(info.root), info.rows, info.files, info.bytes)


def text_shape(lake: Path, eligible_sql: str) -> dict[str, float]:
    """Average characters of prompt/output/documents per eligible row, and how repetitive the
    texts are (distinct prompts' first 200 characters: a shared system prompt shows up)."""
    con = duck()
    row = con.execute(
        f"""SELECT count(*), avg(length(coalesce(prompt, ''))), avg(length(coalesce(output, ''))),
            avg(coalesce(list_sum(list_transform(documents, lambda d: length(d))), 0)),
            avg(coalesce(len(documents), 0)),
            count(DISTINCT left(prompt, 200)), count(DISTINCT prompt),
            avg(CASE WHEN regexp_matches(coalesce(prompt, ''),
                '@|\\d{{3}}[-. )]\\d{{3}}|\\d{{4}}[ -]?\\d{{4}}|sk-') THEN 1 ELSE 0 END)
            FROM ({eligible_sql}) WHERE eligible"""
    ).fetchone()
    keys = ("rows", "prompt", "output", "documents", "docs", "prefixes", "distinct", "pii")
    return dict(zip(keys, [float(v or 0) for v in row], strict=True))


# -- the rules as SQL (independent of lakesweep's sql/rules.sql) ----------------------------


def duck() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    return con


def decisions_sql(lake: Path, now: dt.datetime, default_days: int = 30) -> str:
    """One row per raw row: filename, row number in file, rule (NULL = kept), eligible."""
    now_sql = f"TIMESTAMPTZ '{now.astimezone(dt.UTC).isoformat()}'"
    pol = lake / "policy"
    ev = pol / "opt_out_events.parquet"
    er = pol / "erasure_requests.parquet"
    events = (
        f"SELECT org_id, opted_out, effective_at FROM read_parquet('{ev}') "
        f"WHERE effective_at <= {now_sql}"
        if ev.exists()
        else "SELECT NULL::VARCHAR org_id, NULL::BOOLEAN opted_out, NULL::TIMESTAMPTZ effective_at"
        " WHERE false"
    )
    erasures = (
        f"SELECT org_id, max(requested_at) AS last_req FROM read_parquet('{er}') GROUP BY org_id"
        if er.exists()
        else "SELECT NULL::VARCHAR org_id, NULL::TIMESTAMPTZ last_req WHERE false"
    )
    return f"""
    WITH raw AS (
        SELECT filename, file_row_number AS row_no, org_id, connector,
               created_at::TIMESTAMPTZ AS created_at, prompt, output, documents
        FROM read_parquet('{lake}/raw/*/*.parquet', filename = true, union_by_name = true,
                          file_row_number = true)),
    orgs AS (
        SELECT org_id, coalesce(zero_data_retention, false) AS zdr,
               coalesce(google_workspace, false) AS gw,
               coalesce(legal_hold_until >= DATE '{now.date().isoformat()}', false) AS held,
               coalesce(retention_days, {default_days}) AS days
        FROM read_parquet('{pol}/orgs.parquet')),
    ev AS ({events}),
    now_state AS (SELECT org_id, arg_max(opted_out, effective_at) AS out FROM ev GROUP BY ALL),
    er AS ({erasures}),
    joined AS (
        SELECT raw.*, orgs.org_id IS NOT NULL AS registered, coalesce(orgs.zdr, false) AS zdr,
               coalesce(orgs.gw, false) AS gw, coalesce(orgs.held, false) AS held,
               coalesce(orgs.days, {default_days}) AS days,
               coalesce(er.last_req >= raw.created_at, false) AS erased,
               coalesce(at_created.opted_out, false) AS out_then,
               coalesce(now_state.out, false) AS out_now
        FROM raw
        LEFT JOIN orgs USING (org_id)
        LEFT JOIN er USING (org_id)
        LEFT JOIN now_state USING (org_id)
        ASOF LEFT JOIN ev AS at_created
          ON raw.org_id = at_created.org_id AND raw.created_at >= at_created.effective_at),
    decided AS (
        SELECT *, CASE
            WHEN zdr THEN 'zero_data_retention'
            WHEN erased AND NOT held THEN 'erasure'
            WHEN NOT held AND created_at < {now_sql} - to_days(days::INTEGER) THEN 'expired'
            END AS rule
        FROM joined)
    SELECT *, (rule IS NULL AND registered AND created_at IS NOT NULL AND NOT gw AND NOT erased
               AND NOT out_then AND NOT out_now
               AND coalesce(connector, '') <> 'google_drive') AS eligible
    FROM decided"""


# -- process-tree CPU -----------------------------------------------------------------------


def tree_cpu() -> float:
    """CPU seconds (user + system) of this process, its live descendants and reaped ones."""
    me = psutil.Process()
    total = sum(me.cpu_times()[:4])  # user, system, children_user, children_system
    for child in me.children(recursive=True):
        try:
            t = child.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


# -- the systems (each in a fresh subprocess) -----------------------------------------------


def run_lakesweep(lake: str, spec: dict[str, Any]) -> dict[str, Any]:
    from bench.retention import run_maybe_profiled
    from lakesweep.run import run_nightly
    from lakesweep.settings import build_settings

    settings = build_settings(
        lake=lake,
        now=NOW,
        pseudonym_key=spec.get("key"),
        workers=spec.get("workers", 2),
        sanitizer_processes=spec.get("sanitizer_processes", 2),
        dask_workers=spec.get("dask_workers"),
        s3_endpoint_url=spec.get("s3_endpoint_url"),
    )
    load0, cpu0, t0 = os.getloadavg()[0], tree_cpu(), time.perf_counter()
    summary = run_maybe_profiled(settings, spec.get("profile"))
    wall = time.perf_counter() - t0
    cpu = tree_cpu() - cpu0
    load1 = os.getloadavg()[0]
    extra: dict[str, Any] = {}
    if spec.get("second_run"):  # the steady state: nothing new to export or delete
        cpu1, t1 = tree_cpu(), time.perf_counter()
        again = run_nightly(settings)
        extra["second"] = {
            "wall": time.perf_counter() - t1,
            "cpu": tree_cpu() - cpu1,
            "totals": again.totals,
        }
    if spec.get("digest"):
        extra["digest"] = lake_digest(lake, spec.get("s3_endpoint_url"))
    return {
        **extra,
        "wall": wall,
        "cpu": cpu,
        "load": [load0, load1],
        "status": summary.status,
        "errors": summary.errors[:3],
        "totals": summary.totals,
        "deleted_by_rule": summary.deleted_by_rule,
        "entities": dict(getattr(summary, "entities", {}) or {}),
    }


def lake_digest(lake: str, endpoint: str | None) -> dict[str, Any]:
    """What a run left (to compare runs): raw rows, usage requests, and a hash of the training
    rows (sample_id, texts, entity counts) in sample_id order."""
    import hashlib

    from lakesweep.storage import Storage

    st = Storage(lake, endpoint)
    raw = sum(st.parquet_file(f.path).metadata.num_rows for f in st.list("raw", ".parquet"))
    usage = sum(
        pc.sum(st.read_table(f.path, columns=["requests"]).column(0)).as_py() or 0
        for f in st.list("usage", ".parquet")
    )
    cols = ["sample_id", "prompt", "output", "documents", "entity_counts"]
    parts = [st.read_table(f.path, columns=cols) for f in st.list("training", ".parquet")]
    h = hashlib.sha256()
    n = 0
    if parts:
        table = pa.concat_tables(parts).sort_by("sample_id")
        n = table.num_rows
        for row in table.to_pylist():
            h.update(json.dumps(row, sort_keys=True, default=str).encode())
    return {"raw_rows": raw, "usage_requests": usage, "training_rows": n,
            "training_sha256": h.hexdigest()[:16]}  # fmt: skip


def presidio_engines() -> tuple[Any, Any]:
    """Presidio's AnalyzerEngine (default recognizers) on en_core_web_sm, loaded from the
    installed package's folder (a path: Presidio never tries to download), and an
    AnonymizerEngine."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    from sanitizers.nlp import model_path

    nlp = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": str(model_path("en_core_web_sm"))}]
    )
    nlp.load()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]), AnonymizerEngine()


def run_naive(lake: Path, spec: dict[str, Any]) -> dict[str, Any]:
    """Rules + usage + deletions in full; sanitization on a sample of eligible rows."""
    load0, cpu0, t0 = os.getloadavg()[0], tree_cpu(), time.perf_counter()
    con = duck()
    con.execute(f"CREATE TABLE d AS {decisions_sql(lake, NOW)}")
    t_rules = time.perf_counter() - t0

    t = time.perf_counter()
    (lake / "usage_naive").mkdir()
    con.execute(
        f"""COPY (SELECT created_at::DATE AS event_date, org_id, endpoint, model,
                  count(*) AS requests, sum(coalesce(input_tokens, 0)) AS input_tokens,
                  sum(coalesce(output_tokens, 0)) AS output_tokens
             FROM read_parquet('{lake}/raw/*/*.parquet', union_by_name = true) GROUP BY ALL)
           TO '{lake}/usage_naive' (FORMAT parquet, PARTITION_BY (event_date))"""
    )
    t_usage = time.perf_counter() - t

    t = time.perf_counter()
    analyzer, anonymizer = presidio_engines()
    t_load = time.perf_counter() - t

    eligible = con.execute("SELECT count(*) FROM d WHERE eligible").fetchone()[0]
    ids = [r[0] for r in con.execute("SELECT rowid FROM d WHERE eligible").fetchall()]
    sample = sorted(random.Random(7).sample(ids, min(spec["sample"], len(ids))))
    con.execute("CREATE TABLE s AS SELECT * FROM d WHERE rowid IN (SELECT unnest($ids))",
                {"ids": sample})  # fmt: skip
    rows = con.execute("SELECT prompt, output, documents FROM s").fetchall()
    per_row: list[float] = []
    per_row_cpu: list[float] = []
    out_rows = []
    entities = 0
    texts_done = 0
    t_san = time.perf_counter()
    for prompt, output, documents in rows:
        r0, c0 = time.perf_counter(), time.process_time()
        clean = []
        for text in [prompt, output, *(documents or [])]:
            if text is None:
                clean.append(None)
                continue
            found = analyzer.analyze(text=text, language="en")
            entities += len(found)
            texts_done += 1
            clean.append(anonymizer.anonymize(text=text, analyzer_results=found).text)
        out_rows.append(
            {"prompt": clean[0], "output": clean[1], "documents": clean[2:] or None}
        )  # fmt: skip
        per_row.append(time.perf_counter() - r0)
        per_row_cpu.append(time.process_time() - c0)
    (lake / "training_naive").mkdir()
    pq.write_table(
        pa.Table.from_pylist(out_rows), lake / "training_naive/sample.parquet", compression="zstd"
    )
    t_sample = time.perf_counter() - t_san

    t = time.perf_counter()
    files = con.execute(
        "SELECT filename, count(*) AS n, count(*) FILTER (rule IS NULL) AS kept FROM d GROUP BY 1"
    ).fetchall()
    rewritten = removed = 0
    for name, n, kept in files:
        if kept == n:
            continue
        if kept == 0:
            os.remove(name)
            removed += 1
            continue
        tmp = f"{name}.naive-tmp"
        con.execute(
            f"""COPY (SELECT * EXCLUDE (file_row_number)
                      FROM read_parquet('{name}', file_row_number = true)
                      WHERE file_row_number IN (SELECT row_no FROM d
                                                WHERE filename = '{name}' AND rule IS NULL)
                      ORDER BY file_row_number) TO '{tmp}' (FORMAT parquet, COMPRESSION zstd)"""
        )
        os.replace(tmp, name)
        rewritten += 1
    t_delete = time.perf_counter() - t
    by_rule = dict(con.execute("SELECT rule, count(*) FROM d WHERE rule IS NOT NULL GROUP BY 1")
                   .fetchall())  # fmt: skip
    wall = time.perf_counter() - t0
    return {
        "wall": wall,
        "cpu": tree_cpu() - cpu0,
        "load": [load0, os.getloadavg()[0]],
        "rules": t_rules,
        "usage": t_usage,
        "model_load": t_load,
        "sample_seconds": t_sample,
        "sample_rows": len(rows),
        "sample_texts": texts_done,
        "sample_entities": entities,
        "per_row": per_row,
        "per_row_cpu": per_row_cpu,
        "delete": t_delete,
        "eligible": eligible,
        "rows": con.execute("SELECT count(*) FROM d").fetchone()[0],
        "by_rule": by_rule,
        "rewritten": rewritten,
        "removed": removed,
    }


def child_main(system: str, lake: str, spec_file: Path, result_file: Path) -> None:
    spec = json.loads(spec_file.read_text())
    res = run_naive(Path(lake), spec) if system == "naive" else run_lakesweep(lake, spec)
    result_file.write_text(json.dumps(res, default=str))


def run_child(
    module: str, system: str, lake: str, spec: dict[str, Any], scratch: Path,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Run ``system`` in a fresh ``python -m module --child`` process; its JSON result."""
    spec_file = scratch / f"{system}.spec.json"
    result_file = scratch / f"{system}.result.json"
    spec_file.write_text(json.dumps(spec))
    result_file.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", module, "--child", system, "--lake", lake,
           "--spec", str(spec_file), "--result", str(result_file)]  # fmt: skip
    ru0, t0 = _children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, env=env)
    res = json.loads(result_file.read_text())
    res["process_wall"] = time.perf_counter() - t0
    res["process_cpu"] = _children_cpu() - ru0
    return res


def _children_cpu() -> float:
    """User + system CPU seconds of this process's reaped children (and theirs)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


RUN_LOG = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO lakesweep\.run: run ")


def run_cli(lake: str, workers: int, sanitizer_processes: int) -> dict[str, Any]:
    """``lakesweep -v nightly --lake LAKE --json`` as a user runs it: a fresh process, the
    default run mode, timed from start to exit (start-up included). Start-up ends when the
    run takes its clock: its first log line (``-v``, millisecond timestamps)."""
    cmd = [str(Path(sys.executable).with_name("lakesweep")), "-v", "nightly", "--lake", lake,
           "--now", NOW.isoformat(), "--workers", str(workers), "--json"]  # fmt: skip
    env = {**os.environ, "LAKESWEEP_PSEUDONYM_KEY": KEY,
           "LAKESWEEP_SANITIZER_PROCESSES": str(sanitizer_processes)}  # fmt: skip
    load0, cpu0 = os.getloadavg()[0], _children_cpu()
    epoch0, t0 = time.time(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        raise SystemExit(f"lakesweep nightly exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    summary = json.loads(proc.stdout)
    lines = proc.stderr.splitlines()
    started = next((m.group(1) for m in map(RUN_LOG.match, lines) if m), None)
    if started is None:
        raise SystemExit(f"no 'lakesweep.run: run ...' log line on stderr:\n{proc.stderr[-3000:]}")
    startup = dt.datetime.strptime(started, "%Y-%m-%d %H:%M:%S,%f").timestamp() - epoch0
    return {
        "wall": wall,
        "work": wall - startup,
        "startup": startup,
        "cpu": cpu,
        "load": [load0, os.getloadavg()[0]],
        "mode": next(
            (x for x in lines if x.startswith(("PREFECT_API_URL is not set", "running the"))),
            "no run-mode line on stderr (a lakesweep that predates run modes)",
        ),
        "status": summary["status"],
        "errors": summary["errors"][:3],
        "totals": summary["totals"],
        "deleted_by_rule": summary["deleted_by_rule"],
    }


# -- report ---------------------------------------------------------------------------------


def naive_estimate(res: dict[str, Any]) -> dict[str, float]:
    per_row = res["per_row"]
    n = len(per_row)
    mean = statistics.fmean(per_row) if per_row else 0.0
    # the sample's write time is spread over its rows too
    write = max(0.0, res["sample_seconds"] - sum(per_row)) / max(n, 1)
    sd = statistics.stdev(per_row) if n > 1 else 0.0
    half = 1.96 * sd / math.sqrt(n) if n > 1 else 0.0
    fixed = res["rules"] + res["usage"] + res["model_load"] + res["delete"]
    est = fixed + (mean + write) * res["eligible"]
    # by CPU: the sample's CPU per row (a single process: its CPU is what it would need
    # on an idle core); the fixed part's CPU taken as its wall x (cpu/wall of the whole run)
    mean_cpu = statistics.fmean(res["per_row_cpu"]) if res["per_row_cpu"] else 0.0
    busy = min(1.0, res["cpu"] / max(res["wall"], 1e-9))
    return {
        "cpu": fixed * busy + (mean_cpu + write * busy) * res["eligible"],
        "per_row_cpu": mean_cpu,
        "per_row": mean + write,
        "ci": half,
        "fixed": fixed,
        "wall": est,
        "low": fixed + (mean + write - half) * res["eligible"],
        "high": fixed + (mean + write + half) * res["eligible"],
    }


def checks(ls: dict[str, Any], naive: dict[str, Any] | None) -> list[str]:
    out = []
    t = ls["totals"]
    if ls["status"] != "succeeded":
        out.append(f"FAIL lakesweep status {ls['status']}: {ls['errors']}")
    if naive is None:
        return out
    if t["rows_seen"] != naive["rows"]:
        out.append(f"FAIL rows seen: lakesweep {t['rows_seen']}, naive {naive['rows']}")
    ours = {k: v for k, v in ls["deleted_by_rule"].items() if v}
    if ours != naive["by_rule"]:
        out.append(f"FAIL deleted per rule: lakesweep {ours}, naive SQL {naive['by_rule']}")
    else:
        out.append(f"ok: deleted per rule identical to the independent SQL: {ours}")
    if t["rows_exported"] + t.get("rows_not_exported_too_long", 0) != naive["eligible"]:
        out.append(f"FAIL eligible: lakesweep exported {t['rows_exported']}, "
                   f"independent SQL says {naive['eligible']} eligible")  # fmt: skip
    else:
        out.append(f"ok: lakesweep exported {t['rows_exported']:,} rows = the independent SQL's "
                   "eligible rows")  # fmt: skip
    return out


def fmt_row(label: str, rows: int, wall: float, cpu: float, load: list[float], note: str) -> str:
    per_cpu = rows / max(cpu, 1e-9)
    return (f"{label:<34}{wall:>9.1f}{cpu:>8.1f}{rows / wall:>11,.0f}{per_cpu:>11,.0f}"
            f"{load[0]:>6.1f}{load[1]:>6.1f}  {note}")  # fmt: skip


HEAD = (f"{'system':<34}{'wall s':>9}{'cpu s':>8}{'rows/s':>11}{'rows/cpu-s':>11}"
        f"{'load0':>6}{'load1':>6}  notes")  # fmt: skip


def describe(title: str, lake: Lake, naive: dict[str, Any], shape: dict[str, float]) -> None:
    print(f"{title}: {lake.rows:,} raw rows in {lake.files} files, {lake.bytes / 1e6:.1f} MB, "
          f"40 days ending {NOW:%Y-%m-%d %H:%M} UTC")  # fmt: skip
    print(f"  eligible rows {naive['eligible']:,} ({naive['eligible'] / lake.rows:.1%}); per "
          f"eligible row: prompt {shape['prompt']:.0f} chars, output {shape['output']:.0f}, "
          f"documents {shape['documents']:.0f} ({shape['docs']:.2f} docs)")  # fmt: skip
    print(f"  {shape['prefixes']:,.0f} distinct prompt prefixes (200 chars) among "
          f"{shape['rows']:,.0f} eligible prompts; {shape['pii']:.0%} of prompts carry an "
          "e-mail/phone/card/key-like value")  # fmt: skip


def naive_rows(name: str, lake: Lake, naive: dict[str, Any]) -> None:
    est = naive_estimate(naive)
    print(fmt_row(
        f"naive {name}, EXTRAPOLATED", lake.rows, est["wall"], est["cpu"], naive["load"],
        f"wall 95% CI {est['low']:.0f}-{est['high']:.0f} s; 1 process"))  # fmt: skip
    print(fmt_row(
        f"naive {name}, as run (sample)", lake.rows, naive["wall"], naive["cpu"], naive["load"],
        f"{naive['sample_rows']} of {naive['eligible']:,} eligible rows sanitized"))  # fmt: skip


def compare(name: str, lake: Lake, ls: dict[str, Any], naive: dict[str, Any]) -> None:
    est = naive_estimate(naive)
    print(f"lakesweep vs naive, {name}, {lake.rows:,} rows: {lake.rows / ls['wall']:,.0f} vs "
          f"{lake.rows / est['wall']:,.0f} raw rows/s = {est['wall'] / ls['wall']:.1f}x by wall "
          f"(95% CI {est['low'] / ls['wall']:.1f}x-{est['high'] / ls['wall']:.1f}x; goal >= 5x); "
          f"{est['cpu'] / ls['cpu']:.1f}x by CPU seconds")  # fmt: skip
    print(f"  naive EXTRAPOLATED: Presidio analyze + anonymize ran on a random sample of "
          f"{naive['sample_rows']} eligible rows ({naive['sample_texts']} texts, "
          f"{naive['sample_entities']} entities) in {naive['sample_seconds']:.1f} s incl. "
          f"writing them: {est['per_row'] * 1000:.1f} ms/row wall "
          f"(+-{est['ci'] * 1000:.1f}), {est['per_row_cpu'] * 1000:.1f} cpu ms/row")  # fmt: skip
    print(f"  x {naive['eligible']:,} eligible rows = {est['per_row'] * naive['eligible']:.0f} s; "
          f"plus, measured in full: rules {naive['rules']:.1f} s, usage {naive['usage']:.1f} s, "
          f"model load {naive['model_load']:.1f} s, deletions {naive['delete']:.1f} s "
          f"({naive['rewritten']} files rewritten, {naive['removed']} removed)")  # fmt: skip


def whole_pass(args: argparse.Namespace, scratch: Path) -> None:
    """lakesweep's CLI vs the naive pass, start-up included, on the unique and demo lakes."""
    lakes = [(unique_lake(args.unique_rows), 5.0), (demo_lake(args.demo_rows), 10.0)]
    runs = []
    for lake, goal in lakes:
        shape = text_shape(lake.root, decisions_sql(lake.root, NOW))
        copy = scratch / f"cli-{lake.kind}"
        copy_lake(lake.root, copy)
        os.sync()
        print(
            f"{dt.datetime.now(dt.UTC):%H:%M:%S} lakesweep nightly ({lake.kind} lake, "
            f"{lake.rows:,} rows) ...",
            flush=True,
        )
        ls = run_cli(str(copy), args.workers, args.sanitizer_processes)
        print(
            f"  {ls['wall']:.1f} s wall ({ls['startup']:.1f} s start-up), {ls['cpu']:.1f} s "
            f"cpu; {ls['mode']}",
            flush=True,
        )
        if not args.keep:
            shutil.rmtree(copy)
        copy = scratch / f"naive-{lake.kind}"
        copy_lake(lake.root, copy)
        os.sync()
        sample = 10**9 if args.naive_full else args.sample
        print(f"{dt.datetime.now(dt.UTC):%H:%M:%S} naive ({lake.kind} lake) ...", flush=True)
        naive = run_child("bench.nightly", "naive", str(copy), {"sample": sample}, scratch)
        print(
            f"  {naive['process_wall']:.1f} s wall as run ({naive['sample_rows']:,} of "
            f"{naive['eligible']:,} eligible rows sanitized)",
            flush=True,
        )
        if not args.keep:
            shutil.rmtree(copy)
        runs.append((lake, goal, shape, ls, naive))

    print()
    head = (
        f"{'lake':<8}{'system':<26}{'wall s':>8}{'start-up s':>11}{'share':>7}{'work s':>8}"
        f"{'cpu s':>8}{'rows/s':>9}{'load0':>6}{'load1':>6}"
    )
    for lake, goal, shape, ls, naive in runs:
        est = naive_estimate(naive)
        n_start = naive["process_wall"] - naive["wall"]
        n_wall = est["wall"] + n_start
        n_cpu = est["cpu"] + max(0.0, naive["process_cpu"] - naive["cpu"])
        exact = naive["sample_rows"] >= naive["eligible"]
        describe(f"{lake.kind} lake", lake, naive, shape)
        print(head)
        print(
            f"{lake.kind:<8}{'lakesweep (CLI)':<26}{ls['wall']:>8.1f}{ls['startup']:>11.1f}"
            f"{ls['startup'] / ls['wall']:>7.0%}{ls['work']:>8.1f}{ls['cpu']:>8.1f}"
            f"{lake.rows / ls['wall']:>9,.0f}{ls['load'][0]:>6.1f}{ls['load'][1]:>6.1f}"
        )
        label = "naive (measured)" if exact else "naive (EXTRAPOLATED)"
        print(
            f"{lake.kind:<8}{label:<26}{n_wall:>8.1f}{n_start:>11.1f}{n_start / n_wall:>7.0%}"
            f"{est['wall']:>8.1f}{n_cpu:>8.1f}{lake.rows / n_wall:>9,.0f}"
            f"{naive['load'][0]:>6.1f}{naive['load'][1]:>6.1f}"
        )
        t = ls["totals"]
        mode = "the steps run directly" if "directly" in ls["mode"] else ls["mode"]
        print(
            f"  lakesweep: {t['rows_exported']:,} rows exported, {t['rows_deleted']:,} deleted; "
            f"default run mode: {mode}"
        )
        print(
            f"  naive: model load (Presidio import + spaCy) {naive['model_load']:.1f} s, "
            f"rules {naive['rules']:.1f} s, usage {naive['usage']:.1f} s, deletions "
            f"{naive['delete']:.1f} s, sanitization {est['per_row'] * 1000:.1f} ms/row"
            + (
                ""
                if exact
                else f" (+-{est['ci'] * 1000:.1f}) from a sample of "
                f"{naive['sample_rows']} rows, x {naive['eligible']:,} eligible rows"
            )
        )
        ratio = n_wall / ls["wall"]
        verdict = "meets" if ratio >= goal else "BELOW"
        low = est["low"] + n_start
        high = est["high"] + n_start
        print(
            f"  => {ratio:.1f}x by wall, start-up included ({verdict} the goal of >= "
            f"{goal:.0f}x"
            + ("" if exact else f"; 95% CI {low / ls['wall']:.1f}x-{high / ls['wall']:.1f}x")
            + f"); work alone {est['wall'] / ls['work']:.1f}x; "
            f"by CPU {n_cpu / ls['cpu']:.1f}x"
        )
        for c in checks(ls, naive):
            print(f"  {c}")
        print()
    print(
        "wall s: process start to exit. start-up: lakesweep's process start to its run's "
        "first log line (interpreter, imports, settings); naive's wall minus its timed work "
        "(interpreter, imports, exit). share: start-up / wall."
    )
    print(
        "work s: lakesweep's run (model load and sanitizer workers included); naive's timed "
        "work (model load included). cpu s: the process tree's user + system seconds."
    )
    print("load0/load1: 1-minute load average before/after the run (2 cores, shared machine).")


def print_profile(path: Path, top: int = 30) -> None:
    import pstats

    stats = pstats.Stats(str(path))
    print("\nTop functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)
    print("Top functions by own time:")
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--rows", type=int, default=100_000, help="demo lake rows (default 100k)")
    ap.add_argument("--sample", type=int, default=300, help="eligible rows the naive pass "
                    "sanitizes (its cost per row is extrapolated to all)")  # fmt: skip
    ap.add_argument("--lakegen-rows", type=int, default=30_000,
                    help="also run lakesweep on lakegen's lake of this size (0: skip)")  # fmt: skip
    ap.add_argument("--quick", action="store_true", help="smaller lakes and naive samples")
    ap.add_argument("--work-only", action="store_true", help="the work alone, in-process "
                    "(imports excluded): demo lake of --rows and lakegen lake")  # fmt: skip
    ap.add_argument("--unique-rows", type=int, default=6_000,
                    help="whole pass: rows of the unique-text lake")  # fmt: skip
    ap.add_argument("--demo-rows", type=int, default=20_000,
                    help="whole pass: rows of the demo-shaped lake")  # fmt: skip
    ap.add_argument(
        "--naive-full",
        action="store_true",
        help="whole pass: naive sanitizes every eligible row (no extrapolation)",
    )
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sanitizer-processes", type=int, default=2)
    ap.add_argument("--no-retention-only", action="store_true",
                    help="skip the lakesweep run without export")  # fmt: skip
    ap.add_argument("--profile", action="store_true", help="only cProfile lakesweep on a "
                    "lake of --profile-rows (workers=1, sanitizer_processes=1)")  # fmt: skip
    ap.add_argument("--profile-rows", type=int, default=20_000)
    ap.add_argument("--profile-lake", choices=("demo", "lakegen"), default="demo")
    ap.add_argument("--keep", action="store_true", help="keep the scratch copies")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--lake", help=argparse.SUPPRESS)
    ap.add_argument("--spec", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child_main(args.child, args.lake, args.spec, args.result)
        return
    if args.quick:
        args.rows, args.sample, args.lakegen_rows = 20_000, 100, 0
        args.unique_rows, args.demo_rows = 2_000, 6_000

    print(f"{dt.datetime.now(dt.UTC):%H:%M:%S} UTC; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores",
          flush=True)  # fmt: skip
    scratch = OUT / "scratch-nightly"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    if args.profile:
        plake = (demo_lake if args.profile_lake == "demo" else lakegen_lake)(args.profile_rows)
        copy = scratch / "profile"
        copy_lake(plake.root, copy)
        prof = scratch / "lakesweep.prof"
        res = run_child("bench.nightly", "lakesweep", str(copy),
                        {"key": KEY, "workers": 1, "sanitizer_processes": 1, "profile": str(prof)},
                        scratch)  # fmt: skip
        print(f"\nlakesweep under cProfile ({plake.kind} lake {plake.rows:,} rows, workers=1, "
              f"sanitizer_processes=1, in one thread): {res['wall']:.1f} s")  # fmt: skip
        print_profile(prof)
        return
    if not args.work_only:
        whole_pass(args, scratch)
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        return
    lake = demo_lake(args.rows)
    shape = text_shape(lake.root, decisions_sql(lake.root, NOW))
    print(f"demo lake {lake.root}: {lake.rows:,} rows, {lake.files} files, "
          f"{lake.bytes / 1e6:.1f} MB", flush=True)  # fmt: skip
    spec = {"key": KEY, "workers": args.workers, "sanitizer_processes": args.sanitizer_processes}
    lines: list[tuple[str, int, dict[str, Any], str]] = []

    def measure(label: str, system: str, src: Lake, spec: dict[str, Any]) -> dict[str, Any]:
        copy = scratch / f"{system}-{src.kind}"
        copy_lake(src.root, copy)
        os.sync()
        print(f"{dt.datetime.now(dt.UTC):%H:%M:%S} {label} ...", flush=True)
        res = run_child("bench.nightly", system, str(copy), spec, scratch)
        print(f"  {res['wall']:.1f} s wall, {res['cpu']:.1f} s cpu", flush=True)
        if not args.keep:
            shutil.rmtree(copy)
        return res

    ls = measure("lakesweep (demo lake)", "lakesweep", lake, spec)
    t = ls["totals"]
    lines.append(
        (
            "lakesweep",
            lake.rows,
            ls,
            f"{t['rows_exported']:,} exported, "
            f"{t['rows_deleted']:,} deleted, {t['bytes_written'] / 1e6:.1f} MB written",
        )
    )
    if not args.no_retention_only:
        r = measure(
            "lakesweep without export (demo lake)", "retention", lake, {**spec, "key": None}
        )
        lines.append(("lakesweep, no export (no key)", lake.rows, r, "aggregate + delete only"))
    naive = measure("naive (demo lake)", "naive", lake, {"sample": args.sample})
    gen = gnaive = None
    if args.lakegen_rows:
        big = lakegen_lake(args.lakegen_rows)
        gen = measure(f"lakesweep (lakegen {big.rows:,}-row lake)", "lakesweep", big, spec)
        gnaive = measure(f"naive (lakegen {big.rows:,}-row lake)", "naive", big,
                         {"sample": max(50, args.sample // 3)})  # fmt: skip
        gshape = text_shape(big.root, decisions_sql(big.root, NOW))

    # -- the table ---------------------------------------------------------------------
    print()
    describe("Demo lake (lakesweep.demo.build_demo_lake)", lake, naive, shape)
    if gen is not None:
        describe("lakegen lake (bench/lakegen.py)", big, gnaive, gshape)
    print()
    print(HEAD)
    print("-" * (len(HEAD) + 30))
    for label, rows, res, note in lines:
        print(fmt_row(label, rows, res["wall"], res["cpu"], res["load"], note))
    naive_rows("demo", lake, naive)
    if gen is not None:
        g = gen["totals"]
        print(fmt_row(
            f"lakesweep, lakegen {big.rows // 1000}k", big.rows, gen["wall"], gen["cpu"],
            gen["load"],
            f"{g['rows_exported']:,} exported, {g['rows_deleted']:,} deleted"))  # fmt: skip
        naive_rows(f"lakegen {big.rows // 1000}k", big, gnaive)
    print()
    compare("demo lake", lake, ls, naive)
    if not args.no_retention_only:
        r = lines[1][2]
        n_el = max(t["rows_exported"], 1)
        print(f"lakesweep's export costs {ls['wall'] - r['wall']:.1f} s wall, "
              f"{ls['cpu'] - r['cpu']:.1f} cpu s = {(ls['cpu'] - r['cpu']) / n_el * 1000:.2f} "
              f"cpu ms per exported row; the rest {r['cpu'] / lake.rows * 1e6:.0f} cpu us "
              "per raw row")  # fmt: skip
    if gen is not None:
        compare("lakegen lake (random words: no repetition, no PII)", big, gen, gnaive)
        g = gen["totals"]
        print(f"lakesweep on lakegen: {g['rows_exported'] / gen['wall']:,.0f} exported rows/s, "
              f"{gen['cpu'] / max(g['rows_exported'], 1) * 1000:.2f} cpu ms per exported row; "
              f"a 2M-row lakegen lake at this rate: "
              f"~{2_000_000 / (big.rows / gen['wall']) / 60:.0f} min (linear extrapolation, "
              "not run)")  # fmt: skip
    print("wall s: the work only, in a fresh subprocess (imports excluded; spaCy model load "
          "and sanitizer worker start-up included).")  # fmt: skip
    print("cpu s: user + system of the process tree (sanitizer workers included).")
    print("load0/load1: 1-minute load average before/after the run (shared machine).")
    print()
    for c in checks(ls, naive):
        print(c)
    if gen is not None:
        for c in checks(gen, gnaive):
            print(f"lakegen: {c}")

    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
