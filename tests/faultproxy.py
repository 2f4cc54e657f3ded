"""A fault-injecting HTTP proxy on 127.0.0.1, put in front of the moto server in tests.

Set its ``url`` as the S3 endpoint (``AWS_ENDPOINT_URL`` or ``--s3-endpoint-url``): boto3 and
pyarrow's S3FileSystem then send every request through it. Each request is forwarded as is
unless a :class:`Rule` matches it (method, a substring of the URL-decoded path, of the query,
of the body): the n-th such request, and then ``times - 1`` more requests to the same path
(the client's retries of it, whatever else runs concurrently). Actions:

- ``drop``: forward, wait for the upstream answer, then close the connection without a
  response (the write happened; the client never learns it);
- ``503``: answer ``503 Slow Down`` without forwarding (nothing happened);
- ``reset``: reset the TCP connection without forwarding (``RST``; nothing happened);
- ``delay``: sleep ``seconds``, then forward (the request arrives late).

A rule may also run a ``hook`` (the request's :class:`Event`) when it fires, e.g. to kill the
process that sent the request. Every request is recorded in :attr:`FaultProxy.events`.
"""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

ACTIONS = ("drop", "503", "reset", "delay")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade",
              "expect", "te", "trailer", "content-length"}  # fmt: skip


@dataclass
class Event:
    method: str
    path: str  # URL-decoded, /bucket/key
    query: str
    action: str  # "forward" or the rule's action
    status: int | None = None  # what the client got (None: no response)
    peer: tuple[str, int] = ("", 0)  # the client's address (to find its process)


@dataclass
class Rule:
    action: str
    method: str | None = None
    key: str | None = None  # substring of the URL-decoded path (/bucket/key)
    query: str | None = None  # substring of the query string
    body: bytes | None = None  # substring of the request body
    nth: int = 1  # the first matching request to act on (1-based)
    times: int = 1  # how many requests to act on from the n-th: its retries (same path)
    seconds: float = 0.0  # delay
    hook: Callable[[Event], None] | None = None
    seen: int = 0
    fired: int = 0
    target: str | None = None  # the path of the first request acted on

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r}; one of {ACTIONS}")

    def matches(self, method: str, path: str, query: str, body: bytes) -> bool:
        return (
            (self.method is None or method == self.method)
            and (self.key is None or self.key in path)
            and (self.query is None or self.query in query)
            and (self.body is None or self.body in body)
        )


@dataclass
class FaultProxy:
    upstream: str  # http://127.0.0.1:port of the moto server
    rules: list[Rule] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        target = urlsplit(self.upstream)
        self._host, self._port = target.hostname or "127.0.0.1", target.port or 80
        proxy = self

        class Handler(_Handler):
            owner = proxy

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- programming ------------------------------------------------------------------
    def add(self, action: str, **match: object) -> Rule:
        rule = Rule(action, **match)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def remove(self, rule: Rule) -> None:
        with self._lock:
            self.rules.remove(rule)

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.events.clear()

    def fired(self, action: str | None = None) -> list[Event]:
        """The requests a rule acted on (of one action, or all)."""
        with self._lock:
            return [e for e in self.events if e.action != "forward" and action in (None, e.action)]

    def _decide(self, method: str, path: str, query: str, body: bytes) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if not rule.matches(method, path, query, body):
                    continue
                if rule.target is not None:  # an outage of one request: all its retries
                    if path == rule.target and rule.fired < rule.times:
                        rule.fired += 1
                        return rule
                    continue
                rule.seen += 1
                if rule.seen == rule.nth:
                    rule.fired, rule.target = 1, path
                    return rule
            return None

    def _record(self, event: Event) -> None:
        with self._lock:
            self.events.append(event)

    def _forward(
        self,
        conn: http.client.HTTPConnection | None,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> tuple[http.client.HTTPConnection, int, str, list[tuple[str, str]], bytes]:
        """Send the request upstream on ``conn`` (kept alive; reopened once if it was closed)."""
        for attempt in (1, 2):
            if conn is None:
                conn = http.client.HTTPConnection(self._host, self._port, timeout=60)
            try:
                conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
                for name, value in headers:
                    if name.lower() not in HOP_BY_HOP:
                        conn.putheader(name, value)
                if body or method in ("PUT", "POST"):
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body or None)
                resp = conn.getresponse()
                data = resp.read()
                if resp.will_close:
                    conn.close()
                    conn = None
                return conn, resp.status, resp.reason, resp.getheaders(), data  # type: ignore[return-value]
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                conn.close()
                conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    owner: FaultProxy
    upstream: http.client.HTTPConnection | None = None

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def finish(self) -> None:
        if self.upstream is not None:
            self.upstream.close()
        super().finish()

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    do_PUT = do_POST = do_DELETE = do_HEAD = do_GET  # noqa: N815

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            out = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return out
                out += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        proxy = self.owner
        body = self._body()
        split = urlsplit(self.path)
        path, query = unquote(split.path), unquote(split.query)
        rule = proxy._decide(self.command, path, query, body)
        event = Event(self.command, path, query, rule.action if rule else "forward")
        event.peer = self.client_address[:2]
        proxy._record(event)
        if rule is not None and rule.hook is not None and rule.action != "drop":
            rule.hook(event)
        if rule is not None and rule.action == "503":
            payload = b"<Error><Code>SlowDown</Code><Message>injected</Message></Error>"
            self._respond(event, 503, "Slow Down", [("Content-Type", "application/xml")], payload)
            return
        if rule is not None and rule.action == "reset":
            self._close(reset=True)
            return
        if rule is not None and rule.action == "delay":
            time.sleep(rule.seconds)
        self.upstream, status, reason, headers, data = proxy._forward(
            self.upstream, self.command, self.path, list(self.headers.items()), body
        )
        if rule is not None and rule.action == "drop":
            if rule.hook is not None:
                rule.hook(event)  # e.g. the sender dies waiting for this answer
            self._close(reset=False)  # the upstream answered; the client never hears it
            return
        self._respond(event, status, reason, headers, data)

    def _respond(
        self, event: Event, status: int, reason: str, headers: list[tuple[str, str]], data: bytes
    ) -> None:
        """One write (headers and body together: no Nagle/delayed-ACK stalls)."""
        lines = [f"HTTP/1.1 {status} {reason}"]
        lines += [f"{k}: {v}" for k, v in headers if k.lower() not in HOP_BY_HOP]
        length = dict((k.lower(), v) for k, v in headers).get("content-length", "0")
        lines.append(f"Content-Length: {length if self.command == 'HEAD' else len(data)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + (b"" if self.command == "HEAD" else data))
        event.status = status

    def _close(self, reset: bool) -> None:
        """Close without a response: with an RST (SO_LINGER 0) or a plain FIN."""
        self.close_connection = True
        try:
            if reset:
                linger = struct.pack("ii", 1, 0)
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            else:
                self.connection.shutdown(socket.SHUT_RDWR)
            self.connection.close()
        except OSError:
            pass
