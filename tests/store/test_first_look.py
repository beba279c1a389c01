"""The first look: the plan read with plain sqlite3 for the window's first paint, before the
store is open. It must be the very plan the store reads, or nothing at all."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.domain.plan import Dependency
from planner.store import first_look as looks
from planner.store.first_look import first_look
from planner.store.opening import open_plan_store


def seeded(db_url, clock) -> None:
    store = open_plan_store(db_url, clock)
    c = store.load_plan().commitments
    store.add_dependency(c[0].id, c[1].id)
    store.update_commitment(c[2].changed(title="Edited by the officer"))
    store.close()


def test_the_first_look_is_the_plan_the_store_reads(db_url, clock):
    seeded(db_url, clock)
    look = first_look(db_url)
    store = open_plan_store(db_url, clock)
    assert look is not None and look == store.load_plan()
    assert "Edited by the officer" in [c.title for c in look.commitments]
    assert look.dependencies == [Dependency(look.commitments[0].id, look.commitments[1].id)]
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
    assert look is not None and look == first_look(db_url)


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
    assert look is not None
    first_initiative = whole.initiatives[0].key
    assert look.initiatives == whole.initiatives and look.strategies == whole.strategies  # every group
    shown = look.commitments
    assert 2 <= len(shown) < len(whole.commitments)
    assert shown == whole.commitments[:len(shown)]  # the top of the plan, in its order
    assert {c.initiative_key for c in shown} == {c.initiative_key for c in whole.commitments[:len(shown)]}
    assert len([c for c in whole.commitments if c.initiative_key == first_initiative]) == len([c for c in shown if c.initiative_key == first_initiative])
    ids = {c.id for c in shown}
    assert all(d.predecessor_id in ids and d.successor_id in ids for d in look.dependencies)
