"""One writer at a time: a lease object created with exclusive create, with an expiry.

An expired lease is taken over by first moving it aside under a unique name (only one
taker can move a given file), then creating a fresh one exclusively.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import time
from dataclasses import dataclass

from lakesweep.storage import Storage

log = logging.getLogger(__name__)
LEASE = "_state/lease.json"


class LeaseHeld(RuntimeError):
    """Another run holds the lake; the message says who and until when."""


@dataclass
class Lease:
    storage: Storage
    run_id: str
    seconds: int

    def _body(self) -> bytes:
        now = time.time()
        return json.dumps(
            {
                "run_id": self.run_id,
                "holder": f"{socket.gethostname()}:{os.getpid()}",
                "acquired_at": _iso(now),
                "expires_at": _iso(now + self.seconds),
                "expires_epoch": now + self.seconds,
            }
        ).encode()

    def acquire(self, wait_seconds: int = 0) -> None:
        deadline = time.monotonic() + wait_seconds
        while True:
            if self.storage.create_exclusive(LEASE, self._body()):
                return
            holder = self._current()
            if holder is not None and holder.get("expires_epoch", 0) < time.time():
                self._take_over(holder)
                continue
            if time.monotonic() >= deadline:
                who = holder or {}
                raise LeaseHeld(
                    f"{self.storage.root} is being processed by run {who.get('run_id')} "
                    f"({who.get('holder')}) until {who.get('expires_at')}; wait for it to "
                    "finish, or pass --wait SECONDS"
                )
            time.sleep(min(2.0, max(0.1, deadline - time.monotonic())))

    def release(self) -> None:
        holder = self._current()
        if holder is not None and holder.get("run_id") == self.run_id:
            self.storage.delete(LEASE)

    def _current(self) -> dict | None:
        try:
            return self.storage.read_json(LEASE)
        except (FileNotFoundError, OSError, ValueError):
            return None

    def _take_over(self, expired: dict) -> None:
        aside = f"_state/lease-expired-{expired.get('run_id')}-{self.run_id}.json"
        try:
            self.storage.replace(LEASE, aside)
        except FileNotFoundError:
            return  # someone else moved it first
        moved = self.storage.read_json(aside)
        if moved.get("run_id") != expired.get("run_id"):  # we raced and moved a fresh lease
            self.storage.replace(aside, LEASE)
            return
        log.warning("took over the expired lease of run %s", expired.get("run_id"))
        self.storage.delete(aside)


def _iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat(timespec="seconds")
