"""The feed server fed requests from a grammar with mutations over a real socket: every one is
answered with a status line or closed within the timeout,
and the server goes on answering a calendar client."""
from __future__ import annotations

import http.client
import socket
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.calendar.feed import FeedServer
from planner.store.opening import open_plan_store

from .conftest import CLOCK, fresh_copy

TIMEOUT = 0.3

_PATHS = st.sampled_from(["/calendar.ics", "/tasks.ics", "/strategy/csa.ics", "/", "/strategy/%ff.ics", "/" + "a" * 70000, "*", ""])
_METHODS = st.sampled_from(["GET", "HEAD", "POST", "BREW", "", "get"])
_VERSIONS = st.sampled_from([" HTTP/1.1", " HTTP/1.0", "", " HTTP/9.9", " HTTP/1.1 extra"])
_HEADERS = st.lists(st.sampled_from(["Host: x", "If-None-Match: *", "If-Modified-Since: yesterday", "Connection: keep-alive",
                                     "X: " + "y" * 70000, "no colon", "Content-Length: -1"]), max_size=3)


@st.composite
def requests(draw: st.DrawFn) -> bytes:
    line = f"{draw(_METHODS)} {draw(_PATHS)}{draw(_VERSIONS)}"
    text = "\r\n".join([line, *draw(_HEADERS)]) + draw(st.sampled_from(["\r\n\r\n", "\r\n", "", "\n\n"]))
    data = text.encode("latin-1")
    if draw(st.integers(0, 3)) == 0:  # a byte or a cut anywhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"", b"\x00", b"\xff", b"\r", b"\n"]))
    return data


@pytest.fixture(scope="module")
def feed(tmp_path_factory, seeded_plan):
    store = open_plan_store(f"sqlite:///{fresh_copy(seeded_plan, tmp_path_factory.mktemp('feed'))}", CLOCK)
    server = FeedServer(store, CLOCK, port=0, timeout=TIMEOUT).start()
    yield server
    server.stop()
    store.close()


@given(request=requests())
def test_every_request_is_answered_or_closed_in_time_and_the_feed_lives_on(feed, request):
    with socket.create_connection((feed.host, feed.port)) as connection:
        connection.settimeout(TIMEOUT + 3)
        started = time.monotonic()
        try:
            connection.sendall(request)
        except OSError:
            pass  # closed on us already: a refusal too
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
        took = time.monotonic() - started
    assert took < TIMEOUT + 2, f"{request[:80]!r} held the connection {took:.1f} s"
    assert received == b"" or received.startswith(b"HTTP/1.0 "), received[:120]
    client = http.client.HTTPConnection(feed.host, feed.port, timeout=10)
    try:
        client.request("GET", "/calendar.ics")
        assert client.getresponse().status == 200
    finally:
        client.close()
