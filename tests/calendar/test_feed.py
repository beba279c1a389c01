"""The feed server on a free loopback port, fetched as a calendar client would."""
from __future__ import annotations

import http.client
import socket
from email.utils import format_datetime

import pytest

from planner.calendar.feed import CONTENT_TYPE, FeedError, FeedServer

from .checks import assert_valid_ics, events


@pytest.fixture
def feed(store, clock):
    server = FeedServer(store, clock, port=0).start()
    yield server
    server.stop()


def fetch(server: FeedServer, path: str = "/calendar.ics", method: str = "GET", **headers: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        connection.request(method, path, headers={k.replace("_", "-"): v for k, v in headers.items()})
        reply = connection.getresponse()
        return reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read()
    finally:
        connection.close()


def test_serves_the_plan_as_valid_icalendar_on_loopback(feed, store):
    assert feed.host == "127.0.0.1"
    status, headers, body = fetch(feed)
    assert status == 200
    assert headers["content-type"] == CONTENT_TYPE == "text/calendar; charset=utf-8"
    assert int(headers["content-length"]) == len(body)
    assert headers["etag"].startswith('"') and headers["last-modified"].endswith("GMT")
    assert_valid_ics(body)
    assert len(events(body)) == len(store.load_plan().commitments)
    assert feed.webcal_url() == f"webcal://127.0.0.1:{feed.port}/calendar.ics"


def test_conditional_requests_get_304_until_the_plan_changes(feed, store, clock):
    _, first, body = fetch(feed)
    status, headers, empty = fetch(feed, If_None_Match=first["etag"])
    assert (status, empty, headers["etag"]) == (304, b"", first["etag"])
    assert fetch(feed, If_Modified_Since=first["last-modified"])[0] == 304
    assert fetch(feed, If_None_Match='"something-else"', If_Modified_Since=first["last-modified"])[0] == 200  # ETag decides

    clock.advance(minutes=5)
    c = store.load_plan().commitments[0]
    store.update_commitment(c.changed(title="Edited while subscribed"))
    status, after, changed = fetch(feed, If_None_Match=first["etag"])
    assert status == 200 and after["etag"] != first["etag"]
    assert b"Edited while subscribed" in changed and changed != body
    assert after["last-modified"] == format_datetime(clock.now(), usegmt=True)
    assert fetch(feed, If_Modified_Since=first["last-modified"])[0] == 200


def test_a_deletion_moves_last_modified_even_without_a_newer_stamp(feed, store, clock):
    _, first, _ = fetch(feed)
    clock.advance(hours=1)
    store.delete_commitment(store.load_plan().commitments[-1])
    status, after, body = fetch(feed, If_Modified_Since=first["last-modified"])
    assert status == 200 and after["last-modified"] != first["last-modified"]
    assert len(events(body)) == 24


def test_one_feed_per_strategy_tasks_head_and_unknown_paths(feed, store):
    plan = store.load_plan()
    for strategy in plan.strategies:
        status, _, body = fetch(feed, feed.strategy_path(strategy.key))
        assert status == 200
        assert_valid_ics(body)
        keys = {i.key for i in plan.initiatives if i.strategy_key == strategy.key}
        assert len(events(body)) == sum(1 for c in plan.commitments if c.initiative_key in keys)
    status, _, tasks = fetch(feed, "/tasks.ics")
    assert status == 200 and len(events(tasks, "VTODO")) == len(plan.commitments)
    status, headers, body = fetch(feed, method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0
    assert fetch(feed, "/strategy/nope.ics")[0] == 404
    assert fetch(feed, "/etc/passwd")[0] == 404
    status, _, index = fetch(feed, "/")
    assert status == 200 and b"/strategy/csa.ics" in index


def test_a_taken_port_is_one_clear_error(store, clock):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(FeedError, match=f"The port {port} on 127.0.0.1 is already in use"):
            FeedServer(store, clock, port=port)


def test_stop_releases_the_port(store, clock):
    server = FeedServer(store, clock, port=0).start()
    port = server.port
    assert server.running
    server.stop()
    assert not server.running
    again = FeedServer(store, clock, port=port)
    again.stop()
