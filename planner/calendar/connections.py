"""An HTTP server that a crowd of silent clients cannot wear down.

Accepted connections wait in one selector (no thread each) until they send something; only then
does one of a fixed number of workers read the request, with a deadline for the whole request.
A connection that says nothing within the timeout is closed, and when more than `waiting_limit`
wait at once the longest-waiting is closed first. So 300 idle connections hold 300 sockets for a
few seconds, not 300 threads.
"""
from __future__ import annotations

import io
import queue
import selectors
import socket
import threading
import time
from collections.abc import Callable
from http.server import HTTPServer
from socketserver import BaseRequestHandler

TIMEOUT = 5.0  # seconds a client has to send its request once connected
WORKERS = 8
WAITING_LIMIT = 512


class DeadlineReader(io.RawIOBase):
    """Reads a socket until a fixed moment: a client sending one byte every few seconds still
    runs out of time (a per-read timeout alone would let it hold a worker for ever)."""

    def __init__(self, connection: socket.socket, deadline: float) -> None:
        super().__init__()
        self._connection, self._deadline = connection, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the client took too long to send its request")
        self._connection.settimeout(remaining)
        return self._connection.recv_into(buffer)


class BoundedHTTPServer(HTTPServer):
    """HTTPServer whose connections wait without threads and are served by a few workers."""

    request_queue_size = 128  # the listen backlog: 5 makes a burst of clients wait out SYN retries

    def __init__(self, address: tuple[str, int], handler: type[BaseRequestHandler], timeout: float = TIMEOUT,
                 workers: int = WORKERS, waiting_limit: int = WAITING_LIMIT) -> None:
        self.timeout_seconds = timeout
        # IPv6 addresses ("::1") need an IPv6 socket; HTTPServer makes an IPv4 one by default.
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        # Before binding: a refused address calls server_close(), which stops these again.
        self._jobs: queue.SimpleQueue[tuple[socket.socket, object] | None] = queue.SimpleQueue()
        self._workers = [threading.Thread(target=self._work, name=f"planner-feed-worker-{n}", daemon=True) for n in range(workers)]
        for worker in self._workers:
            worker.start()
        self._waiting = _WaitingRoom(self._jobs.put, self.timeout_seconds, waiting_limit, self.shutdown_request)
        super().__init__(address, handler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        self._waiting.admit(request, client_address)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            request, client_address = job
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self._waiting.close()
        for _ in self._workers:
            self._jobs.put(None)


class _WaitingRoom:
    """Connected clients that have not spoken yet, watched by one thread."""

    def __init__(self, ready: Callable[[tuple[socket.socket, object]], None], timeout: float, limit: int,
                 close: Callable[[socket.socket], None]) -> None:
        self._ready, self._timeout, self._limit, self._close = ready, timeout, limit, close
        self._selector = selectors.DefaultSelector()
        self._wake, self._waker = socket.socketpair()
        self._wake.setblocking(False)
        self._waker.setblocking(False)
        self._selector.register(self._wake, selectors.EVENT_READ)
        self._arrivals: queue.SimpleQueue[tuple[socket.socket, object]] = queue.SimpleQueue()
        self._deadlines: dict[socket.socket, tuple[float, object]] = {}  # insertion order: oldest first
        self._closed = False
        self._thread = threading.Thread(target=self._watch, name="planner-feed-waiting", daemon=True)
        self._thread.start()

    def admit(self, connection: socket.socket, client_address: object) -> None:
        self._arrivals.put((connection, client_address))
        self._poke()

    def close(self) -> None:
        self._closed = True
        self._poke()
        self._thread.join(timeout=5)

    def _poke(self) -> None:
        try:
            self._waker.send(b"x")
        except OSError:
            pass  # already closed, or the pipe is full and the watcher will wake anyway

    def _watch(self) -> None:
        while not self._closed:
            now = time.monotonic()
            wait = min((d for d, _ in self._deadlines.values()), default=now + 60) - now
            for key, _ in self._selector.select(max(wait, 0)):
                if key.fileobj is self._wake:
                    self._take_arrivals()
                else:
                    connection: socket.socket = key.fileobj  # type: ignore[assignment]
                    self._selector.unregister(connection)
                    _, client_address = self._deadlines.pop(connection)
                    self._ready((connection, client_address))
            now = time.monotonic()
            for connection, (deadline, _) in list(self._deadlines.items()):
                if deadline <= now:
                    self._drop(connection)
        for connection in list(self._deadlines):
            self._drop(connection)
        self._selector.close()
        self._wake.close()
        self._waker.close()

    def _take_arrivals(self) -> None:
        try:
            while self._wake.recv(4096):
                pass
        except BlockingIOError:
            pass
        while not self._arrivals.empty():
            connection, client_address = self._arrivals.get()
            if self._closed:
                self._close(connection)
                continue
            self._deadlines[connection] = (time.monotonic() + self._timeout, client_address)
            self._selector.register(connection, selectors.EVENT_READ)
            while len(self._deadlines) > self._limit:
                self._drop(next(iter(self._deadlines)))

    def _drop(self, connection: socket.socket) -> None:
        self._selector.unregister(connection)
        del self._deadlines[connection]
        self._close(connection)
