"""Two stores on one database (two engines, as two app instances have): on SQLite and PostgreSQL."""
from datetime import date

import pytest

from planner.domain.plan import Status
from planner.store.errors import ConflictError, UnavailableError
from planner.store.opening import open_plan_store


def test_the_change_counter_tells_our_writes_from_theirs(two_stores):
    mine, theirs = two_stores
    start = mine.change_counter()
    c = mine.load_plan().commitments[0]
    mine.update_commitment(c.changed(actor="Unit A"))
    now = mine.change_counter()
    assert now == start + 1 and not mine.changed_elsewhere(start, now)

    theirs.set_setting("reminders.default", "7")
    later = mine.change_counter()
    assert later == now + 1 and mine.changed_elsewhere(now, later)
    assert theirs.changed_elsewhere(start, now) and not theirs.changed_elsewhere(now, later)


def test_interleaved_writes_are_seen_as_someone_elses(two_stores):
    mine, theirs = two_stores
    start = mine.change_counter()
    theirs.set_setting("x", "1")
    mine.set_setting("y", "2")
    assert mine.changed_elsewhere(start, mine.change_counter())


def test_a_stale_edit_from_the_other_connection_is_refused(two_stores):
    mine, theirs = two_stores
    c = mine.load_plan().commitments[0]
    theirs.update_commitment(theirs.commitment(c.id).changed(status=Status.DELIVERED, delivered_on=date(2020, 12, 1)))
    with pytest.raises(ConflictError):
        mine.update_commitment(c.changed(title="Mine"))
    assert mine.commitment(c.id).status is Status.DELIVERED and mine.commitment(c.id).title == c.title


def test_a_stopped_server_is_unavailable_and_the_store_recovers(own_pg_server, clock):
    url = own_pg_server.create_database()
    store = open_plan_store(url, clock)
    try:
        c = store.load_plan().commitments[0]
        own_pg_server.pause()
        with pytest.raises(UnavailableError, match="cannot be reached; nothing was changed"):
            store.update_commitment(c.changed(actor="While down"))
        with pytest.raises(UnavailableError):
            store.change_counter()
        own_pg_server.resume()
        saved = store.update_commitment(c.changed(actor="After"))
        assert saved.version == c.version + 1 and store.commitment(c.id).actor == "After"
    finally:
        store.close()
