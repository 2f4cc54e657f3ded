"""Model-based test: random histories of a lake against a small oracle (tests/model_oracle.py).

Steps: new raw files (odd names, missing nullable columns, duplicate requests, reused names),
policy changes (opt-out flips, erasures, holds set and lifted, retention changes including
extremes, orgs leaving and returning), the clock advancing, nightly runs (some crashed at a
random step, then completed by the next run), a run that stalls past its lease while a second
run takes over, and backfills. After every run, raw rows, usage per key, training ids and
ledger totals equal the oracle's, and `verify` passes; a tampered copy must fail `verify`.

CI runs a short profile; ``LAKESWEEP_MODEL_EXAMPLES=200`` (and ``..._STEPS``) runs a long one
(with ``--timeout 0``: it outlasts the suite's 300 s per test).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import threading
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from lakesweep import faults
from lakesweep.faults import InjectedCrash
from lakesweep.lease import LeaseLost
from lakesweep.pseudonym import KEY_ENV, hmac_hex
from lakesweep.rebuild import run_backfill
from lakesweep.run import run_nightly
from lakesweep.settings import build_settings
from lakesweep.verify.runner import verify_lake
from tests.lakes import (
    chain_problems,
    expire_lease,
    ledger_records,
    raw_row,
    runs_without_one_record,
    training_ids,
    write_erasures,
    write_opt_outs,
    write_orgs,
    write_raw,
)
from tests.model_oracle import Oracle, Org, RawFile, Row

KEY = "model-key"
START = dt.datetime(2026, 6, 1, 12, 0)
ORG_IDS = ["acme", "zeta", "hold", "x' OR 1=1"]
STEPS = [
    "mid_usage",
    "after_usage",
    "after_intent",
    "after_replace",
    "after_delete",
    "before_ledger",
    "after_ledger",
    "mid_export",
    "mid_propagation",
    "before_run_record",
]
NAMES = ["f{n}.parquet", ".hidden-{n}.parquet", "_under-{n}.parquet", "sp ace [{n}].parquet"]
RETENTIONS = [None, 0, 1, 3, 40, 2**31 - 1]


class LakeModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="model-"))
        self.now = START
        self.oracle = Oracle()
        self.oracle.orgs = {o: Org() for o in ORG_IDS[:3]}
        self.n = 0
        self.runs = 0
        self._key_before = os.environ.get(KEY_ENV)
        os.environ[KEY_ENV] = KEY  # verify reads the key as an auditor would
        self._write_policy()

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        faults.reset()
        if self._key_before is None:
            os.environ.pop(KEY_ENV, None)
        else:
            os.environ[KEY_ENV] = self._key_before

    # -- inputs -------------------------------------------------------------------------
    @rule(
        rows=st.lists(
            st.tuples(
                st.sampled_from(ORG_IDS + ["ghost"]),
                st.integers(-2, 50),
                st.integers(0, 10**6),
                st.sampled_from([None, "google_drive"]),
            ),
            min_size=1,
            max_size=4,
        ),
        name=st.sampled_from(NAMES),
        missing=st.sampled_from([None, None, "created_at", "connector", "input_tokens"]),
        duplicate=st.booleans(),
        layout=st.sampled_from(["plain", "plain", "views", "int96"]),
    )
    def add_file(self, rows, name, missing, duplicate, layout) -> None:
        self.n += 1
        made = []
        for org, days_ago, tokens, connector in rows:
            self.n += 1
            created = None if missing == "created_at" else self.now - dt.timedelta(days=days_ago)
            made.append(
                Row(
                    f"r{self.n}",
                    org,
                    created,
                    None if missing == "connector" else connector,
                    0 if missing == "input_tokens" else tokens,
                    7,
                )
            )
        known = [r for f in self.oracle.files.values() for r in f.rows if r.request_id]
        if duplicate and known and missing is None:  # the same request logged again
            again = known[self.n % len(known)]
            made.append(Row(again.request_id, again.org_id, again.created, again.connector, 1, 7))
        removed = [p for p, f in self.oracle.files.items() if f.removed]
        path = removed[0] if removed and duplicate else None  # a name reused
        if path is None:
            day = (self.now.date() - dt.timedelta(days=self.n % 3)).isoformat()
            path = f"raw/event_date={day}/{name.format(n=self.n)}"
        self._write_raw(path, made, missing, layout)
        self.oracle.add(RawFile(path, made))

    @rule(org=st.sampled_from(ORG_IDS), out=st.booleans(), hours=st.integers(-30, 5))
    def opt_out_event(self, org, out, hours) -> None:
        self.oracle.opt_events.append((org, out, self.now - dt.timedelta(hours=hours)))
        self._write_policy()

    @rule(org=st.sampled_from(ORG_IDS), hours=st.integers(-5, 60))
    def erasure_request(self, org, hours) -> None:
        self.oracle.erasures.append((org, self.now - dt.timedelta(hours=hours)))
        self._write_policy()

    @rule(
        org=st.sampled_from(ORG_IDS),
        change=st.sampled_from(["zdr", "google", "hold", "unhold", "leave", "join", "retention"]),
        retention=st.sampled_from(RETENTIONS),
    )
    def policy_change(self, org, change, retention) -> None:
        orgs = self.oracle.orgs
        if change == "leave":
            orgs.pop(org, None)
        elif change == "join":
            orgs.setdefault(org, Org())
        elif org in orgs:
            o = orgs[org]
            if change == "zdr":
                o.zdr = not o.zdr
            elif change == "google":
                o.google = not o.google
            elif change == "hold":
                o.hold_until = self.now.date() + dt.timedelta(days=2)
            elif change == "unhold":
                o.hold_until = None
            else:
                o.retention = retention
        self._write_policy()

    @rule(hours=st.integers(1, 80))
    def advance_clock(self, hours) -> None:
        self.now += dt.timedelta(hours=hours)

    # -- runs ----------------------------------------------------------------------------
    @rule(crash=st.one_of(st.none(), st.tuples(st.sampled_from(STEPS), st.integers(1, 3))))
    def nightly(self, crash) -> None:
        if crash is not None:
            try:
                run_nightly(self._settings(fail_at=f"{crash[0]}:{crash[1]}"))
            except InjectedCrash:
                expire_lease(self.root)  # the crashed run's lease expires with time
            faults.reset()
        summary = run_nightly(self._settings())
        assert summary.status == "succeeded", summary.errors
        self.oracle.nightly(self.now)
        self.runs += 1
        self._check(verify=True)

    @rule(step=st.sampled_from(["after_intent", "after_replace", "mid_usage", "mid_export"]))
    def stalled_run_loses_its_lease(self, step) -> None:
        """Run A stalls mid-way past its lease; run B takes over and finishes; A resumes and
        must write nothing more."""
        reached, resume = faults.pause_at(step)
        outcome: list[BaseException | None] = []

        def run_a() -> None:
            try:
                run_nightly(self._settings(lease_seconds=10, workers=1))
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - what A ends with is the test
                outcome.append(exc)

        a = threading.Thread(target=run_a)
        a.start()
        while a.is_alive() and not reached.wait(0.05):
            pass
        if not reached.is_set():  # A never got there (nothing of that kind to do): a nightly
            faults.reset()
            assert outcome == [None], outcome
            self.oracle.nightly(self.now)
            self.runs += 1
            self._check(verify=True)
            return
        from lakesweep.lease import _LIVE

        for lease in list(_LIVE.values()):  # A's whole process stalls: heartbeat included
            lease._stop.set()
            lease._valid_until = 0.0
        expire_lease(self.root)
        summary = run_nightly(self._settings())  # B
        assert summary.status == "succeeded", summary.errors
        resume.set()
        a.join(60)
        assert outcome and isinstance(outcome[0], LeaseLost), outcome
        self.oracle.nightly(self.now)
        self.runs += 1
        self._check(verify=True)

    @precondition(lambda self: self.runs > 0)
    @rule(back=st.integers(0, 20), span=st.integers(0, 5))
    def backfill(self, back, span) -> None:
        first = self.now.date() - dt.timedelta(days=back)
        last = first + dt.timedelta(days=span)
        summary = run_backfill(self._settings(), first, last, False)
        assert summary.status == "succeeded", summary.errors
        self.oracle.backfill(self.now, first, last)
        self._check(verify=False)

    @precondition(lambda self: self.runs > 0)
    @rule(how=st.sampled_from(["drop_row", "add_row", "drop_ledger_line", "drop_usage"]))
    def tampered_copy_fails_verify(self, how) -> None:
        copy = Path(tempfile.mkdtemp(prefix="tampered-"))
        try:
            shutil.copytree(self.root, copy, dirs_exist_ok=True)
            counted = [p for p, f in self.oracle.files.items() if f.counted and not f.removed]
            if not _tamper(copy, how, counted):
                return
            report = verify_lake(str(copy), sample=0, now=self.now)
            assert report.violations, f"{how} was not detected"
        finally:
            shutil.rmtree(copy, ignore_errors=True)

    # -- checks ----------------------------------------------------------------------------
    @invariant()
    def no_temp_files_visible_to_readers(self) -> None:
        assert not [p for p in self.root.glob("raw/*/*.parquet") if "lakesweep-tmp" in p.name]

    def _check(self, verify: bool) -> None:
        expected = self.oracle
        present = Counter()
        for path in duckdb_glob(self.root):
            present.update(
                pq.read_table(path).column("request_id").to_pylist()
                if "request_id" in pq.read_schema(path).names
                else [None] * pq.read_metadata(path).num_rows
            )
        assert present == expected.raw_ids()
        assert usage(self.root) == expected.usage()
        ids = Counter(training_ids(self.root))
        assert all(n == 1 for n in ids.values()), "a request exported twice"
        assert set(ids) == {hmac_hex(KEY.encode(), r) for r in expected.exported}
        deleted = Counter()
        for rec in ledger_records(self.root, "deletion"):
            if rec["table"] == "raw":
                deleted[rec["rule"]] += rec["rows"]
        assert deleted == expected.deleted
        assert chain_problems(self.root) == []
        assert runs_without_one_record(self.root) == []
        if verify:
            report = verify_lake(str(self.root), sample=0, now=self.now)
            problems = [
                (c.name, f.kind)
                for c in report.checks
                for f in c.findings.values()
                if f.severity == "violation"
            ]
            assert not problems, problems

    # -- helpers ---------------------------------------------------------------------------
    def _settings(self, **flags):
        return build_settings(lake=str(self.root), now=self.now, pseudonym_key=KEY, **flags)

    def _write_raw(
        self, path: str, rows: list[Row], missing: str | None, layout: str = "plain"
    ) -> None:
        dicts = [
            raw_row(
                r.request_id,
                r.org_id,
                r.created and r.created.replace(tzinfo=dt.UTC),
                connector=r.connector,
                input_tokens=r.input_tokens,
                output_tokens=r.output_tokens,
            )
            for r in rows
        ]
        folder, name = path.rsplit("/", 1)
        full = write_raw(self.root, folder.removeprefix("raw/event_date="), name, dicts)
        table = pq.read_table(full)
        if missing:
            table = table.drop_columns([missing])
        if layout == "views":  # as Polars stores strings
            views = [
                f.with_type(pa.string_view()) if f.type == pa.string() else f for f in table.schema
            ]
            table = table.cast(pa.schema(views))
        pq.write_table(table, full, use_deprecated_int96_timestamps=layout == "int96")

    def _write_policy(self) -> None:
        o = self.oracle
        write_orgs(
            self.root,
            [
                {
                    "org_id": k,
                    "zero_data_retention": v.zdr,
                    "google_workspace": v.google,
                    "legal_hold_until": v.hold_until,
                    "retention_days": v.retention,
                }
                for k, v in o.orgs.items()
            ],
        )
        write_opt_outs(
            self.root, [(org, out, t.replace(tzinfo=dt.UTC)) for org, out, t in o.opt_events]
        )
        write_erasures(self.root, [(org, t.replace(tzinfo=dt.UTC)) for org, t in o.erasures])


def duckdb_glob(root: Path) -> list[str]:
    """Exactly the files the contract's reader reads."""
    pattern = str(root / "raw" / "event_date=*" / "*.parquet")
    return [r[0] for r in duckdb.sql("select file from glob($p)", params={"p": pattern}).fetchall()]


def usage(root: Path) -> dict[tuple, tuple[int, int, int]]:
    if not list(root.glob("usage/*/*.parquet")):
        return {}
    rows = duckdb.sql(
        "select event_date, org_id, endpoint, model, sum(requests), sum(input_tokens), "
        "sum(output_tokens) from read_parquet($g, hive_partitioning = true) group by all",
        params={"g": str(root / "usage" / "*" / "*.parquet")},
    ).fetchall()
    return {tuple(r[:4]): tuple(int(x) for x in r[4:]) for r in rows}


def _tamper(root: Path, how: str, counted: list[str]) -> bool:
    raws = [root / p for p in counted]
    if how in ("drop_row", "add_row") and raws:
        t = pq.read_table(raws[0])
        if not t.num_rows:
            return False
        t = t.slice(1) if how == "drop_row" else pa.concat_tables([t, t.slice(0, 1)])
        pq.write_table(t, raws[0])
        return True
    entries = sorted(root.glob("_ledger/log/*.jsonl"))
    if how == "drop_ledger_line":
        for entry in entries:
            lines = entry.read_text().splitlines()
            if any(json.loads(line)["kind"] == "deletion" for line in lines):
                entry.write_text("\n".join(lines[1:]) + "\n")
                return True
        return False
    parts = sorted(root.glob("usage/*/*.parquet"))
    if how == "drop_usage" and parts:
        parts[0].unlink()
        return True
    return False


LakeModel.TestCase.settings = settings(
    max_examples=int(os.environ.get("LAKESWEEP_MODEL_EXAMPLES", "10")),
    stateful_step_count=int(os.environ.get("LAKESWEEP_MODEL_STEPS", "30")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestLakeModel = LakeModel.TestCase
