"""A plan that already holds values the gate would refuse (written by an older version or
another program straight into the file) still lists, exports, prints, reminds and feeds: such a
day is read clamped into 1900-2199 and a window stored backwards as its first day."""
from __future__ import annotations

import http.client
import json
import sqlite3
from datetime import date

import pytest

from planner.calendar.feed import FeedServer
from planner.domain.clock import FixedClock
from planner.store.opening import open_plan_store
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2020, 11, 15))


def poison(path: str) -> None:
    with sqlite3.connect(path) as c:
        c.execute("UPDATE commitments SET due_start='9999-12-31', due_end='9999-12-31', due_phrase='9999-12-31', due_precision='day' WHERE id=3")
        c.execute("UPDATE commitments SET due_start='2022-05-01', due_end='2021-01-01' WHERE id=4")
        c.execute("UPDATE commitments SET due_start='0001-01-01', due_end='0001-01-01', delivered_on='9999-01-01' WHERE id=5")
        c.execute("UPDATE key_dates SET day='9999-12-31' WHERE id=1")
        c.execute("UPDATE strategies SET adopted='0001-01-01'")


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "plan.sqlite")
    assert run_cli(capsys, CLOCK, "--db", path, "list")[0] == 0
    poison(path)
    return path


@pytest.mark.parametrize("argv", [
    ["list"], ["list", "--json"], ["export", "ics", "-o", "{tmp}/p.ics"], ["export", "ics", "--todos", "-o", "{tmp}/t.ics"],
    ["export", "csv", "-o", "{tmp}/p.csv"], ["print", "-o", "{tmp}/p.pdf"], ["remind", "--as-of", "2199-12-31"],
    ["remind", "--as-of", "1900-01-01"], ["list", "--as-of", "2199-12-31"],
])
def test_every_reader_serves_a_poisoned_plan(capsys, db, tmp_path, argv):
    code, out, err = run_cli(capsys, CLOCK, "--db", db, *[a.format(tmp=tmp_path) for a in argv])
    served = (0, 1) if argv[0] == "remind" else (0,)  # remind: 1 says reminders were printed
    assert code in served, err
    assert "Traceback" not in err


def test_the_clamped_values_are_what_the_officer_sees(capsys, db):
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert (rows[3]["due"], rows[3]["due_end"]) == ("9999-12-31", "2199-12-31")  # the phrase as stored, the window clamped
    assert (rows[4]["due_start"], rows[4]["due_end"]) == ("2022-05-01", "2022-05-01")
    assert rows[5]["due_start"] == "1900-01-01"


def test_the_feed_answers_for_a_poisoned_plan(db):
    store = open_plan_store(f"sqlite:///{db}", CLOCK)
    server = FeedServer(store, CLOCK, port=0).start()
    try:
        connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
        connection.request("GET", "/calendar.ics")
        reply = connection.getresponse()
        assert reply.status == 200
        assert b"BEGIN:VCALENDAR" in reply.read()
        connection.close()
    finally:
        server.stop()
        store.close()


def test_a_poisoned_commitment_can_be_corrected(capsys, db):
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "edit", "3", "--due", "Q1 2021")
    assert code == 0, err
