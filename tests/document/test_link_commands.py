"""Links and key dates as undoable changes: stored at once, taken back by undo, kept in doc.plan."""
from __future__ import annotations

from datetime import date

import pytest

from planner.document import PlanDocument
from planner.document.link_commands import (
    push_delete_key_date,
    push_key_date,
    push_link,
    push_unlink,
)
from planner.domain.plan import Dependency, KeyDate
from planner.store.errors import StoreError
from planner.store.opening import open_plan_store


@pytest.fixture
def doc(qapp, store, clock):
    return PlanDocument.on_store(store, clock)


def stored_links(db_url, clock):
    fresh = open_plan_store(db_url, clock)
    try:
        return fresh.load_plan().dependencies
    finally:
        fresh.close()


def ids(doc, *parts):
    return [next(c.id for c in doc.plan.commitments if part in c.title) for part in parts]


def test_a_link_is_stored_and_undo_takes_it_back(doc, db_url, clock, qtbot):
    study, proposal = ids(doc, "study towards a European centre", "detect and report")
    with qtbot.waitSignal(doc.links_changed):
        push_link(doc, study, proposal)
    link = Dependency(study, proposal)
    assert link in doc.plan.dependencies and link in stored_links(db_url, clock)
    doc.undo_stack.undo()
    assert link not in doc.plan.dependencies and link not in stored_links(db_url, clock)
    doc.undo_stack.redo()
    assert link in stored_links(db_url, clock)
    push_unlink(doc, study, proposal)
    assert link not in stored_links(db_url, clock)
    doc.undo_stack.undo()
    assert link in doc.plan.dependencies and link in stored_links(db_url, clock)


def test_deleting_a_commitment_drops_its_links_and_undo_brings_them_back(doc, db_url, clock):
    study, proposal = ids(doc, "study towards a European centre", "detect and report")
    push_link(doc, study, proposal)
    doc.push_delete(doc.commitment(study))
    assert doc.plan.dependencies == [] and stored_links(db_url, clock) == []
    doc.undo_stack.undo()
    assert doc.plan.dependencies == [Dependency(study, proposal)] == stored_links(db_url, clock)


def test_key_dates_add_change_delete_and_undo(doc, db_url, clock):
    before = list(doc.plan.key_dates)
    push_key_date(doc, None, KeyDate(date(2020, 12, 21), "ePrivacy scope extended by the Electronic Communications Code"))
    added = next(k for k in doc.plan.key_dates if k.label.startswith("ePrivacy"))
    assert added.id is not None
    push_key_date(doc, added, KeyDate(date(2020, 12, 20), "ePrivacy scope extended", id=added.id))
    fresh = open_plan_store(db_url, clock)
    assert [(k.day, k.label) for k in fresh.load_plan().key_dates if k.id == added.id] == [(date(2020, 12, 20), "ePrivacy scope extended")]
    push_delete_key_date(doc, doc.plan.key_dates[[k.id for k in doc.plan.key_dates].index(added.id)])
    assert added.id not in [k.id for k in fresh.load_plan().key_dates]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [k.label for k in fresh.load_plan().key_dates if k.id == added.id] == [added.label]
    doc.undo_stack.undo()
    assert fresh.load_plan().key_dates == before == doc.plan.key_dates
    fresh.close()


def test_a_failed_write_leaves_nothing_to_undo(doc, monkeypatch):
    study, proposal = ids(doc, "study towards a European centre", "detect and report")

    def fail(*_a):
        raise StoreError("The database is locked by another program; nothing was changed.")

    monkeypatch.setattr(doc.store, "add_dependency", fail)
    with pytest.raises(StoreError, match="^The database is locked"):
        push_link(doc, study, proposal)
    assert doc.undo_stack.count() == 0 and doc.plan.dependencies == []
