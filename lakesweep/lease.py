"""One writer at a time: a lease object with an expiry, renewed while the run works.

Protocol (the same on a local folder and on S3; see docs/design.md):

- **acquire**: create ``_state/lease.json`` create-only. If it exists and is ours (our run id
  and token: the response to our own create was lost), we hold it. If it is expired,
  released, or unreadable and older than the lease period, take it over with a
  compare-and-swap on the version we read (S3 ``If-Match`` on its ETag; locally under an
  ``flock``): of several takers exactly one wins. Otherwise wait or raise :class:`LeaseHeld`.
- **heartbeat**: a thread renews the lease every third of its period, by compare-and-swap.
- **fence**: before every write, :meth:`Lease.check` (or :class:`LeaseFence` in another
  process) proves the lease is still ours with a safety margin; otherwise :class:`LeaseLost`
  stops the writer before its next write. Another run may only take over after the expiry
  written in the lease, which is later than the holder's own deadline by the margin.
- **release**: a conditional delete of the version we hold.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field

from lakesweep.storage import Blob, ConcurrentModification, Storage, StorageError

log = logging.getLogger(__name__)
LEASE = "_state/lease.json"
_LIVE: dict[str, Lease] = {}  # token -> lease held by this process (fast in-process fence)


class LeaseHeld(RuntimeError):
    """Another run holds the lake; the message says who and until when."""


class LeaseLost(BaseException):  # noqa: N818 - BaseException: no per-file handler may eat it
    """This run no longer holds the lake: it must stop writing at once."""


def margin(seconds: int) -> float:
    """How long before the written expiry a holder stops trusting its lease."""
    return max(2.0, seconds * 0.2)


@dataclass
class Lease:
    storage: Storage  # unfenced
    run_id: str
    seconds: int
    token: str = field(default_factory=lambda: secrets.token_hex(8))
    _etag: str | None = None
    _valid_until: float = 0.0  # time.monotonic()
    _lost: str | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    # -- acquiring ----------------------------------------------------------------
    def acquire(self, wait_seconds: int = 0) -> None:
        deadline = time.monotonic() + wait_seconds
        while True:
            started = time.monotonic()
            etag = self.storage.create(LEASE, self._body())
            if etag is not None:
                return self._held(etag, started)
            holder = self._read()
            if holder is not None and self._take(holder, started):
                return None
            if time.monotonic() >= deadline:
                who = _parse(holder.data) if holder is not None else None
                raise LeaseHeld(_busy_message(self.storage.root, who or {}))
            time.sleep(min(2.0, max(0.1, deadline - time.monotonic())))

    def _take(self, blob: Blob, started: float) -> bool:
        """Adopt our own lease (lost response) or take over a dead one; True if we hold it."""
        body = _parse(blob.data)
        if body is not None and (body.get("run_id"), body.get("token")) == (
            self.run_id,
            self.token,
        ):
            self._held(blob.token, started)
            return True
        if body is None:  # empty or unreadable: a crash between create and write
            try:
                dead = time.time() - self.storage.mtime(LEASE) > self.seconds
            except FileNotFoundError:
                return False
            reason = "an unreadable lease older than the lease period"
        else:
            dead = float(body.get("expires_epoch") or 0) < time.time()
            reason = f"the expired lease of run {body.get('run_id')}"
        if not dead:
            return False
        try:
            etag = self.storage.put_if_match(LEASE, self._body(), blob.token)
        except ConcurrentModification:
            return False  # another run took it first
        except (OSError, StorageError):
            log.warning("taking over the lease failed; retrying", exc_info=True)
            return False
        log.warning("took over %s", reason)
        self._held(etag, started)
        return True

    def _held(self, etag: str, started: float) -> None:
        self._etag, self._lost = etag, None
        self._valid_until = started + self.seconds - margin(self.seconds)
        _LIVE[self.token] = self
        if self._thread is None:
            self._thread = threading.Thread(target=self._beat, name="lease-heartbeat", daemon=True)
            self._thread.start()

    # -- holding ------------------------------------------------------------------
    def _beat(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            self.renew()

    def renew(self) -> None:
        if self._lost or self._etag is None:
            return
        started = time.monotonic()
        try:
            etag = self.storage.put_if_match(LEASE, self._body(), self._etag)
        except ConcurrentModification:
            blob = self._read()
            if blob is not None and self._take(blob, started):
                return
            self._lost = "another run took the lease over"
            log.error("run %s lost the lease: %s", self.run_id, self._lost)
            return
        except Exception:  # an outage: keep trying until our own deadline passes
            log.warning("could not renew the lease; retrying", exc_info=True)
            return
        self._etag = etag
        self._valid_until = started + self.seconds - margin(self.seconds)

    def check(self) -> None:
        """Raise :class:`LeaseLost` unless this run may still write."""
        if self._lost:
            raise LeaseLost(f"run {self.run_id} {self._lost}; it stops writing")
        if time.monotonic() > self._valid_until:
            raise LeaseLost(
                f"run {self.run_id} could not renew its lease in time; it stops writing "
                "(the next run completes what this one started)"
            )

    def fence(self) -> LeaseFence:
        return LeaseFence(self.storage, self.run_id, self.token, self.seconds)

    def release(self) -> None:
        self._stop.set()
        _LIVE.pop(self.token, None)
        if self._lost or self._etag is None:
            return
        for attempt in range(3):
            try:
                self.storage.delete(LEASE, if_match=self._etag)
                return
            except ConcurrentModification:
                return  # no longer ours
            except Exception:
                log.warning("releasing the lease failed (attempt %d)", attempt + 1, exc_info=True)
                time.sleep(0.5 * (attempt + 1))
        log.error("could not release the lease; it expires on its own in %ss", self.seconds)

    # -- helpers ------------------------------------------------------------------
    def _read(self) -> Blob | None:
        try:
            return self.storage.read_object(LEASE)
        except FileNotFoundError:
            return None

    def _body(self) -> bytes:
        now = time.time()
        return json.dumps(
            {
                "run_id": self.run_id,
                "token": self.token,
                "holder": f"{socket.gethostname()}:{os.getpid()}",
                "renewed_at": _iso(now),
                "expires_at": _iso(now + self.seconds),
                "expires_epoch": now + self.seconds,
            }
        ).encode()


@dataclass(frozen=True)
class LeaseFence:
    """A picklable fence: in the lease holder's process it asks the live lease; elsewhere (a
    Dask worker) it reads the lease object and checks it is ours and not about to expire."""

    storage: Storage
    run_id: str
    token: str
    seconds: int

    def check(self) -> None:
        live = _LIVE.get(self.token)
        if live is not None:
            live.check()
            return
        try:
            body = _parse(self.storage.read_object(LEASE).data) or {}
        except FileNotFoundError:
            body = {}
        if body.get("token") != self.token:
            raise LeaseLost(f"run {self.run_id} no longer holds the lake; it stops writing")
        if float(body.get("expires_epoch") or 0) - time.time() < margin(self.seconds):
            raise LeaseLost(f"the lease of run {self.run_id} is about to expire; stopping")


def read_holder(storage: Storage) -> dict | None:
    """The current lease body (None when there is none or it is unreadable)."""
    try:
        return _parse(storage.read_object(LEASE).data)
    except FileNotFoundError:
        return None


def _parse(data: bytes) -> dict | None:
    try:
        body = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) and body.get("run_id") else None


def _busy_message(root: str, who: dict) -> str:
    return (
        f"{root} is being processed by run {who.get('run_id')} ({who.get('holder')}) until "
        f"{who.get('expires_at')}; wait for it to finish, or pass --wait SECONDS"
    )


def _iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat(timespec="seconds")
