"""The feed server under clients that misbehave: silent, slow, many, or a plan that will not render."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from planner.calendar import feed as feed_module
from planner.calendar.connections import TIMEOUT, WORKERS
from planner.calendar.feed import FeedServer

from .checks import assert_valid_ics
from .test_feed import fetch

QUICK = 1.0  # the tests' per-connection timeout, so they wait one second, not five


@pytest.fixture
def quick_feed(store, clock):
    server = FeedServer(store, clock, port=0, timeout=QUICK).start()
    yield server
    server.stop()


def closed_within(connection: socket.socket, seconds: float) -> tuple[bytes, float]:
    """What the server sent before closing, and how long that took."""
    connection.settimeout(seconds)
    started, received = time.monotonic(), b""
    while chunk := connection.recv(4096):
        received += chunk
    return received, time.monotonic() - started


def test_the_default_timeout_is_a_few_seconds():
    assert 1 <= TIMEOUT <= 10


def test_an_http_0_9_request_line_is_answered_at_once_with_the_calendar(quick_feed):
    with socket.create_connection((quick_feed.host, quick_feed.port)) as connection:
        connection.sendall(b"GET /calendar.ics\r\n")  # HTTP/0.9: no version, no blank line after
        answer, took = closed_within(connection, 5)
    assert took < QUICK / 2
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 200 OK\r\n")
    assert_valid_ics(body)


@pytest.mark.parametrize("line", [b"GET /calendar.ics HTTP/9.9", b"GET /calendar.ics HTTP/x", b"BREW /pot", b"GET"])
def test_a_request_line_that_cannot_be_read_is_answered_with_a_status_line(quick_feed, line):
    with socket.create_connection((quick_feed.host, quick_feed.port)) as connection:
        connection.sendall(line + b"\r\n\r\n")
        answer, took = closed_within(connection, 5)
    assert took < QUICK / 2
    assert answer == b"" or answer.startswith((b"HTTP/1.0 400 ", b"HTTP/1.0 505 ")), answer[:80]


def test_a_request_line_without_its_blank_line_is_closed_within_the_timeout(quick_feed):
    with socket.create_connection((quick_feed.host, quick_feed.port)) as connection:
        connection.sendall(b"GET /calendar.ics HTTP/1.1\r\nHost: x\r\n")  # and then nothing
        body, took = closed_within(connection, 5)
    assert body == b"" and took < QUICK + 1.5


def test_a_client_that_trickles_one_byte_at_a_time_is_closed_at_the_deadline(quick_feed):
    with socket.create_connection((quick_feed.host, quick_feed.port)) as connection:
        started = time.monotonic()
        with pytest.raises(OSError):  # reset or broken pipe once the server has closed it
            for byte in b"GET /calendar.ics HTTP/1.1\r\nHost: x\r\n" * 10:
                connection.send(bytes([byte]))
                time.sleep(0.2)
                assert time.monotonic() - started < QUICK + 3, "the server kept listening past its deadline"
            closed_within(connection, 5)
            raise OSError("the request ended before the deadline")  # pragma: no cover


def test_three_hundred_idle_connections_hold_no_thread_each_and_do_not_block_a_client(quick_feed):
    before = threading.active_count()
    idle = [socket.create_connection((quick_feed.host, quick_feed.port)) for _ in range(300)]
    try:
        time.sleep(0.3)
        assert threading.active_count() <= before + 2
        status, _, body = fetch(quick_feed)  # a real client is answered at once
        assert status == 200
        assert_valid_ics(body)
        for connection in idle:
            assert closed_within(connection, QUICK + 3)[0] == b""
    finally:
        for connection in idle:
            connection.close()
    assert threading.active_count() <= before


def test_the_workers_are_few(store, clock):
    before = threading.active_count()
    server = FeedServer(store, clock, port=0).start()
    try:
        assert threading.active_count() - before <= WORKERS + 2  # workers, the waiting room, the accept loop
    finally:
        server.stop()


def test_a_plan_that_will_not_render_is_answered_500_with_one_sentence(quick_feed, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise OverflowError("date value out of range")
    monkeypatch.setattr(feed_module, "render", broken)
    status, headers, body = fetch(quick_feed)
    assert status == 500
    assert headers["content-type"].startswith("text/plain")
    sentence = body.decode().strip()
    assert sentence == "The feed at /calendar.ics could not be made from the plan (OverflowError); the server's console says more."
    assert "OverflowError: date value out of range" in capsys.readouterr().err
    monkeypatch.undo()
    assert fetch(quick_feed)[0] == 200  # the server lives on


def test_ipv6_loopback_is_served(store, clock):
    try:
        server = FeedServer(store, clock, host="::1", port=0, timeout=QUICK).start()
    except OSError:  # pragma: no cover (a machine without IPv6)
        pytest.skip("this machine has no IPv6 loopback")
    try:
        assert server.host == "::1"
        assert server.url() == f"http://[::1]:{server.port}/calendar.ics"
        status, _, body = fetch(server)
        assert status == 200
        assert_valid_ics(body)
    finally:
        server.stop()
