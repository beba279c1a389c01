"""The subscription feed: a small HTTP server a calendar client polls.

Routes: /calendar.ics (everything), /tasks.ics (the same as to-dos), /strategy/<key>.ics (one
strategy). Every request reads the plan's change counter, and renders afresh when the plan moved
(or the day changed, which only a date-dependent filter notices), so an edit shows at the
client's next poll. ETag (a hash of the body) and Last-Modified let clients ask "has it
changed?" and get 304 Not Modified when it has not.
Loopback only unless told otherwise: the feed is the officer's whole plan.
"""
from __future__ import annotations

import errno
import hashlib
import io
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from urllib.parse import quote, unquote, urlsplit

from planner.domain.clock import Clock
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, os_reason, said
from planner.store.errors import StoreError
from planner.store.plan_store import PlanStore

from .connections import TIMEOUT, BoundedHTTPServer, DeadlineReader
from .export import CalendarInfo
from .render import Selection, UnknownStrategyError, plan_lead_days, render

CONTENT_TYPE = "text/calendar; charset=utf-8"


class FeedError(OSError):
    """The feed server cannot start; the message names the address and what to do."""


@dataclass(frozen=True)
class Rendered:
    body: bytes
    etag: str
    last_modified: datetime  # whole seconds, UTC


class FeedSource:
    """Renders a feed path from the store, re-rendering only when the plan or the day changed
    (the events are the same on any day, but a selection's filter may count from today)."""

    def __init__(self, store: PlanStore, clock: Clock, info: CalendarInfo = CalendarInfo()) -> None:
        self.store, self.clock, self.info = store, clock, info
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[int, date], Rendered]] = {}

    def get(self, selection: Selection, path: str) -> Rendered:
        """Raises UnknownStrategyError for a strategy the plan lacks, StoreError when unreadable."""
        as_of = self.clock.today()
        version = (self.store.change_counter(), as_of)
        with self._lock:
            cached = self._cache.get(path)
            if cached and cached[0] == version:
                return cached[1]
        plan = self.store.load_plan()
        body = render(plan, selection, now=self.clock.now(), as_of=as_of, lead_days=plan_lead_days(self.store), info=self.info)
        stamps = [c.updated_at for c in plan.commitments if c.updated_at is not None]
        modified = max(stamps, default=self.clock.now()).astimezone(timezone.utc).replace(microsecond=0)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        with self._lock:
            previous = self._cache.get(path)
            if previous and previous[1].etag != etag and modified <= previous[1].last_modified:
                # Changed without a newer stamp (a deletion, a filter on a new day): now is when it changed.
                modified = max(self.clock.now().astimezone(timezone.utc).replace(microsecond=0), previous[1].last_modified)
            elif previous and previous[1].etag == etag:
                modified = previous[1].last_modified
            rendered = Rendered(body, etag, modified)
            self._cache[path] = (version, rendered)
        return rendered


def selection_for(path: str) -> Selection | None:
    """The selection a URL path stands for; None for paths that are not feeds."""
    if path == "/calendar.ics":
        return Selection()
    if path == "/tasks.ics":
        return Selection(todos=True)
    if path.startswith("/strategy/") and path.endswith(".ics"):
        key = unquote(path[len("/strategy/"):-len(".ics")])
        return Selection(strategy=key) if key and "/" not in key else None
    return None


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    raw_requestline: bytes  # the request line as read, set by http.server before parse_request
    timeout = TIMEOUT  # for writing the answer; reading the request has one deadline in all

    def setup(self) -> None:
        super().setup()
        self.rfile = io.BufferedReader(DeadlineReader(self.connection, time.monotonic() + self.server.timeout_seconds))

    def version_string(self) -> str:
        return "planner-feed"

    # A request line that cannot be read (HTTP/9.9, no version) is answered with a status line,
    # which http.server leaves out when it takes the request for HTTP/0.9.
    default_request_version = "HTTP/1.0"

    def parse_request(self) -> bool:
        # An HTTP/0.9 request ("GET /calendar.ics") has no headers and no blank line after it;
        # http.server would wait for them until the deadline. Answer it at once instead.
        if len(self.raw_requestline.split()) == 2:
            headers, self.rfile = self.rfile, io.BufferedReader(io.BytesIO(b"\r\n"))
            try:
                return super().parse_request()
            finally:
                self.rfile = headers
        return super().parse_request()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # a client polls every few minutes; the officer does not need a line for each

    def _answer(self, send_body: bool) -> None:
        path = urlsplit(self.path).path
        if path == "/":
            try:
                return self._send(HTTPStatus.OK, self.server.index().encode("utf-8"), "text/html; charset=utf-8", send_body)
            except StoreError as exc:
                return self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{exc}\n".encode(), "text/plain; charset=utf-8", send_body)
            except Exception as exc:
                return self._render_failed(exc, send_body)
        selection = selection_for(path)
        if selection is None:
            return self._send(HTTPStatus.NOT_FOUND, b"There is no calendar at this address; see / for the feeds.\n", "text/plain; charset=utf-8", send_body)
        try:
            feed = self.server.source.get(selection, path)
        except UnknownStrategyError as exc:
            return self._send(HTTPStatus.NOT_FOUND, f"The plan has no strategy {exc.args[0]!r}.\n".encode(), "text/plain; charset=utf-8", send_body)
        except StoreError as exc:
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{exc}\n".encode(), "text/plain; charset=utf-8", send_body)
        except Exception as exc:
            return self._render_failed(exc, send_body)
        headers = {"ETag": feed.etag, "Last-Modified": format_datetime(feed.last_modified, usegmt=True), "Cache-Control": "no-cache"}
        if _not_modified(self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"), feed):
            self.connection.settimeout(self.timeout)
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            return None
        return self._send(HTTPStatus.OK, feed.body, CONTENT_TYPE, send_body, headers)

    def _render_failed(self, exc: Exception, send_body: bool) -> None:
        # The client gets a sentence and a status it can show; the officer at the console the detail.
        print(f"planner feed: {self.path} could not be made: {type(exc).__name__}: {exc}", file=sys.stderr)
        sentence = f"The feed at {urlsplit(self.path).path} could not be made from the plan ({type(exc).__name__}); the server's console says more.\n"
        self._send(HTTPStatus.INTERNAL_SERVER_ERROR, sentence.encode("utf-8"), "text/plain; charset=utf-8", send_body)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, send_body: bool, headers: dict[str, str] | None = None) -> None:
        self.connection.settimeout(self.timeout)  # the read deadline may have left little time to write
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def _not_modified(if_none_match: str | None, if_modified_since: str | None, feed: Rendered) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it."""
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or feed.etag in tags
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return feed.last_modified <= since
    return False


class _Server(BoundedHTTPServer):
    # Restarting on the same port must not wait out TIME_WAIT; on Linux and macOS this still
    # refuses a second live listener. On Windows the same flag would let two share a port.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], source: FeedSource, timeout: float) -> None:
        self.source = source
        super().__init__(address, _Handler, timeout=timeout)

    def handle_error(self, request: object, client_address: object) -> None:
        # One line instead of a traceback: a client that hangs up mid-answer is not news.
        kind, value = sys.exc_info()[:2]
        if kind is not None and not issubclass(kind, (ConnectionError, TimeoutError)):
            print(f"planner feed: a request failed: {kind.__name__}: {value}", file=sys.stderr)

    def index(self) -> str:
        plan = self.source.store.load_plan()
        links = [("calendar.ics", "All commitments"), ("tasks.ics", "All commitments as tasks")]
        links += [(f"strategy/{quote(s.key)}.ics", s.title) for s in plan.strategies]
        items = "".join(f'<li><a href="/{href}">{escape(title)}</a></li>' for href, title in links)
        return f"<!doctype html><title>Planner feeds</title><h1>Planner feeds</h1><ul>{items}</ul>"


class FeedServer:
    """Serve the plan's feeds on `host:port` (port 0: any free port; "::1" is IPv6) until `stop()`.
    A client has `timeout` seconds to send its request; a few workers answer (connections.py)."""

    def __init__(self, store: PlanStore, clock: Clock, host: str = "127.0.0.1", port: int = 0, info: CalendarInfo = CalendarInfo(),
                 timeout: float = TIMEOUT) -> None:
        self.source = FeedSource(store, clock, info)
        try:
            self._server = _Server((host, port), self.source, timeout)
        except OSError as exc:
            raise FeedError(_start_problem(host, port, exc)) from None
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/calendar.ics") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    def webcal_url(self, path: str = "/calendar.ics") -> str:
        """The address calendar apps subscribe to (webcal:// is http:// for subscriptions)."""
        return "webcal://" + self.url(path).removeprefix("http://")

    def strategy_path(self, key: str) -> str:
        return f"/strategy/{quote(key)}.ics"

    def start(self) -> "FeedServer":
        """Serve in a background thread (the window's way); returns at once."""
        self._thread = threading.Thread(target=self._server.serve_forever, name="planner-feed", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (the command line's way)."""
        self._server.serve_forever()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


def _start_problem(host: str, port: int, exc: OSError) -> Sentence:
    if exc.errno == errno.EADDRINUSE:
        return said(QT_TRANSLATE_NOOP("Calendar", "The port {port} on {host} is already in use by another program; choose another port (--port)."), port=port, host=host)
    if exc.errno == errno.EACCES:
        return said(QT_TRANSLATE_NOOP("Calendar", "The port {port} on {host} needs administrator rights; choose a port above 1023 (--port)."), port=port, host=host)
    if isinstance(exc, socket.gaierror) or exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return said(QT_TRANSLATE_NOOP("Calendar", "The address {host} is not an address of this computer; use 127.0.0.1 (--host)."), host=host)
    return said(QT_TRANSLATE_NOOP("Calendar", "The feed cannot listen on {host}:{port}: {why}."), host=host, port=port, why=os_reason(exc))
