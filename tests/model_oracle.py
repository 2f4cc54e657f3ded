"""A small oracle of the contract for the model-based test: what the lake must hold.

It knows every row ever logged (per file), the policy over time, and applies the contract's
rules in plain Python, independently of sql/rules.sql and sql/verify.sql.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

DAY = dt.timedelta(days=1)


@dataclass
class Org:
    zdr: bool = False
    google: bool = False
    hold_until: dt.date | None = None
    retention: int | None = None


@dataclass
class Row:
    request_id: str | None
    org_id: str
    created: dt.datetime | None  # naive UTC
    connector: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    alive: bool = True

    @property
    def key(self) -> tuple:
        day = self.created.date() if self.created else None
        return (day, self.org_id, "chat", "command-r")


@dataclass
class RawFile:
    path: str
    rows: list[Row]
    counted: bool = False
    removed: bool = False


@dataclass
class Oracle:
    default_retention: int = 30
    orgs: dict[str, Org] = field(default_factory=dict)
    opt_events: list[tuple[str, bool, dt.datetime]] = field(default_factory=list)
    erasures: list[tuple[str, dt.datetime]] = field(default_factory=list)
    files: dict[str, RawFile] = field(default_factory=dict)  # by path, the current one
    retired: list[RawFile] = field(default_factory=list)  # removed files whose name was reused
    exported: set[str] = field(default_factory=set)  # request ids in training
    deleted: Counter[str] = field(default_factory=Counter)  # raw rows deleted, per rule

    # -- the contract -----------------------------------------------------------
    def on_hold(self, org_id: str, now: dt.datetime) -> bool:
        org = self.orgs.get(org_id)
        return bool(org and org.hold_until and org.hold_until >= now.date())

    def covered(self, row: Row) -> bool:
        return row.created is not None and any(
            o == row.org_id and t >= row.created for o, t in self.erasures
        )

    def opted_out(self, org_id: str, at: dt.datetime, now: dt.datetime) -> bool:
        events = [(t, out) for o, out, t in self.opt_events if o == org_id and t <= min(at, now)]
        if not events:
            return False
        latest = max(t for t, _ in events)
        return any(out for t, out in events if t == latest)

    def rule(self, row: Row, now: dt.datetime) -> str | None:
        org = self.orgs.get(row.org_id)
        if org and org.zdr:
            return "zero_data_retention"
        if row.created is None or self.on_hold(row.org_id, now):
            return None
        if self.covered(row):
            return "erasure"
        days = org.retention if org and org.retention is not None else self.default_retention
        if days < 10**6 and row.created < now - days * DAY:
            return "expired"
        return None

    def eligible(self, row: Row, now: dt.datetime) -> bool:
        org = self.orgs.get(row.org_id)
        return (
            row.alive
            and bool(row.request_id)
            and org is not None
            and row.created is not None
            and row.created <= now
            and self.rule(row, now) is None
            and not self.covered(row)
            and not org.zdr
            and not org.google
            and row.connector != "google_drive"
            and not self.opted_out(row.org_id, row.created, now)
            and not self.opted_out(row.org_id, now, now)
        )

    def may_stay_in_training(self, row: Row, now: dt.datetime) -> bool:
        org = self.orgs.get(row.org_id)
        return (
            org is not None
            and not org.zdr
            and not org.google
            and not self.covered(row)
            and not self.opted_out(row.org_id, row.created, now)
            and not self.opted_out(row.org_id, now, now)
        )

    # -- what runs do -------------------------------------------------------------
    def nightly(self, now: dt.datetime) -> None:
        alive = [f for f in self.files.values() if not f.removed]
        for f in alive:
            f.counted = True
        self._prune_training(now)
        for f in alive:
            for row in f.rows:
                if row.alive:
                    rule = self.rule(row, now)
                    if rule:
                        row.alive = False
                        self.deleted[rule] += 1
            if not any(r.alive for r in f.rows):
                f.removed = True
        self._export(now, lambda row: True)

    def backfill(self, now: dt.datetime, first: dt.date, last: dt.date) -> None:
        self._prune_training(now)
        self._export(now, lambda row: first <= row.created.date() <= last)

    def add(self, f: RawFile) -> None:
        if f.path in self.files:
            self.retired.append(self.files[f.path])
        self.files[f.path] = f

    def _prune_training(self, now: dt.datetime) -> None:
        every = [*self.retired, *self.files.values()]
        by_id: dict[str, Row] = {}
        for f in every:
            for r in f.rows:
                if r.request_id:
                    by_id.setdefault(r.request_id, r)
        self.exported = {i for i in self.exported if self.may_stay_in_training(by_id[i], now)}

    def _export(self, now: dt.datetime, wanted) -> None:
        for f in self.files.values():
            for row in f.rows:
                if self.eligible(row, now) and wanted(row):
                    self.exported.add(row.request_id)

    # -- expectations -------------------------------------------------------------
    def raw_ids(self) -> Counter[str | None]:
        return Counter(r.request_id for f in self.files.values() for r in f.rows if r.alive)

    def usage(self) -> dict[tuple, tuple[int, int, int]]:
        out: dict[tuple, list[int]] = {}
        for f in [*self.retired, *self.files.values()]:
            if not f.counted:
                continue
            for r in f.rows:
                total = out.setdefault(r.key, [0, 0, 0])
                total[0] += 1
                total[1] += r.input_tokens
                total[2] += r.output_tokens
        return {k: tuple(v) for k, v in out.items()}
