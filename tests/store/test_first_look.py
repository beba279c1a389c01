"""The first look: the plan read with plain sqlite3 for the window's first paint, before the
store is open. It must be the very plan the store reads, or nothing at all."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.domain.plan import Dependency
from planner.store import first_look as looks
from planner.store.deferred import DeferredStore, open_for_window
from planner.store.first_look import first_look
from planner.store.opening import open_plan_store
from planner.store.plan_store import PlanStore


def seeded(db_url, clock) -> None:
    store = open_plan_store(db_url, clock)
    c = store.load_plan().commitments
    store.add_dependency(c[0].id, c[1].id)
    store.update_commitment(c[2].changed(title="Edited by the officer"))
    store.close()


def test_the_first_look_is_the_plan_the_store_reads_and_its_change_counter(db_url, clock):
    seeded(db_url, clock)
    look = first_look(db_url)
    store = open_plan_store(db_url, clock)
    assert look is not None and look.whole
    assert look.plan == store.load_plan()
    assert "Edited by the officer" in [c.title for c in look.plan.commitments]
    assert look.plan.dependencies == [Dependency(look.plan.commitments[0].id, look.plan.commitments[1].id)]
    assert look.counter == store.change_counter() > 0
    store.close()


def test_nothing_but_a_ready_plan_file_gets_a_first_look(db_url, clock, tmp_path):
    assert first_look(db_url) is None  # no file yet: the store creates and seeds it
    assert first_look("postgresql+psycopg://officer@db.example/plan") is None  # a server
    open_plan_store(db_url, clock, seed=False).close()
    assert first_look(db_url) is None  # empty: the store seeds it
    not_a_plan = tmp_path / "notes.sqlite"
    not_a_plan.write_text("minutes of the meeting")
    assert first_look(f"sqlite:///{not_a_plan}") is None
    assert first_look(f"sqlite:///{tmp_path}") is None  # a folder


def test_a_plan_named_relative_to_the_working_folder_gets_its_first_look(db_url, clock, monkeypatch):
    seeded(db_url, clock)
    path = Path(db_url.removeprefix("sqlite:///"))
    monkeypatch.chdir(path.parent)
    look = first_look(f"sqlite:///{path.name}")
    assert look is not None and look.plan == first_look(db_url).plan


def test_a_plan_at_an_older_schema_is_left_to_the_store_to_upgrade(db_url, clock):
    seeded(db_url, clock)
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_look(db_url) is None


def test_the_first_look_changes_nothing_in_the_file(db_url, clock):
    seeded(db_url, clock)
    path = Path(db_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    assert first_look(db_url) is not None
    assert path.read_bytes() == before


def test_a_large_plan_is_first_seen_by_its_first_whole_initiatives(db_url, clock, monkeypatch):
    seeded(db_url, clock)
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)  # the seed plan counts as large
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    look = first_look(db_url)
    store = open_plan_store(db_url, clock)
    whole = store.load_plan()
    store.close()
    assert look is not None and not look.whole
    first_initiative = whole.initiatives[0].key
    assert look.plan.initiatives == whole.initiatives and look.plan.strategies == whole.strategies  # every group
    shown = look.plan.commitments
    assert 2 <= len(shown) < len(whole.commitments)
    assert shown == whole.commitments[:len(shown)]  # the top of the plan, in its order
    assert {c.initiative_key for c in shown} == {c.initiative_key for c in whole.commitments[:len(shown)]}
    assert len([c for c in whole.commitments if c.initiative_key == first_initiative]) == len([c for c in shown if c.initiative_key == first_initiative])
    ids = {c.id for c in shown}
    assert all(d.predecessor_id in ids and d.successor_id in ids for d in look.plan.dependencies)


def test_a_deferred_store_hands_over_the_first_look_then_is_the_store(db_url, clock):
    seeded(db_url, clock)
    store = open_for_window(db_url, clock)
    assert isinstance(store, DeferredStore) and not store.is_open
    first = store.load_plan()
    assert store.url == db_url.removeprefix("sqlite:///") and not store.is_open  # nothing opened yet
    assert store.commitment(first.commitments[0].id) == first.commitments[0]  # asked: it opens, then answers
    assert store.is_open and isinstance(store.store(), PlanStore)
    assert store.load_plan() == first  # from now on, read from the store
    store.close()


def test_a_deferred_store_never_opened_is_closed_without_opening_it(db_url, clock):
    seeded(db_url, clock)
    store = open_for_window(db_url, clock)
    store.close()
    assert not store.is_open


def test_a_new_plan_file_is_opened_at_once_the_usual_way(db_url, clock):
    store = open_for_window(db_url, clock)
    assert isinstance(store, PlanStore) and store.load_plan().commitments  # created and seeded
    store.close()


def test_opening_behind_the_window_leaves_the_interpreter_as_it_found_it(db_url, clock):
    import sys

    seeded(db_url, clock)
    before = sys.getswitchinterval()
    stores = [open_for_window(db_url, clock) for _ in range(3)]
    for s in stores:
        s.open_behind()
    for s in stores:
        s.store()
        s.close()
    assert sys.getswitchinterval() == before
