"""Undo and conflicts with a second officer on the same database (two real engines), SQLite and PostgreSQL."""
import pytest

from planner.document import PlanDocument
from planner.store.errors import ConflictError, UnavailableError
from planner.store.opening import open_plan_store


@pytest.fixture
def shared(qtbot, two_stores, clock):
    """My document and the other officer's store, on one database."""
    mine, theirs = two_stores
    return PlanDocument.on_store(mine, clock), theirs


def first(doc):
    return doc.plan.commitments[0]


def test_a_stale_edit_is_refused_and_leaves_no_step_to_undo(shared):
    doc, theirs = shared
    c = first(doc)
    theirs.update_commitment(theirs.commitment(c.id).changed(title="Their title"))
    with pytest.raises(ConflictError) as raised:
        doc.push_edit(c.changed(actor="My unit"), "Edit")
    assert doc.undo_stack.count() == 0
    assert raised.value.commitment_id == c.id
    assert theirs.commitment(c.id).title == "Their title" and theirs.commitment(c.id).actor == c.actor


def test_keep_mine_lays_my_field_on_their_version_and_undo_gives_theirs_back(shared):
    doc, theirs = shared
    c = first(doc)
    theirs.update_commitment(theirs.commitment(c.id).changed(title="Their title"))
    with pytest.raises(ConflictError) as raised:
        doc.push_edit(c.changed(actor="My unit"), "Edit")
    raised.value.keep_mine()
    stored = theirs.commitment(c.id)
    assert (stored.title, stored.actor) == ("Their title", "My unit")
    assert doc.commitment(c.id) == stored and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert (theirs.commitment(c.id).title, theirs.commitment(c.id).actor) == ("Their title", c.actor)


def test_undo_over_a_change_made_elsewhere_is_refused_and_the_stack_stays(qtbot, shared):
    doc, theirs = shared
    c = first(doc)
    doc.push_edit(c.changed(actor="My unit"), "Edit")
    theirs.update_commitment(theirs.commitment(c.id).changed(title="Their title"))
    doc.reload()  # the live update shows their title
    with qtbot.waitSignal(doc.step_failed) as failed:
        doc.undo_stack.undo()
    assert isinstance(failed.args[0], ConflictError)
    assert doc.undo_stack.index() == 1 and doc.undo_stack.canUndo()  # my step is still there to undo
    stored = theirs.commitment(c.id)
    assert (stored.title, stored.actor) == ("Their title", "My unit")

    failed.args[0].keep_mine()  # the officer keeps their own change: undo it on top of theirs
    stored = theirs.commitment(c.id)
    assert (stored.title, stored.actor) == ("Their title", c.actor)
    assert doc.undo_stack.index() == 0
    doc.undo_stack.redo()
    assert theirs.commitment(c.id).actor == "My unit" and theirs.commitment(c.id).title == "Their title"


def test_undo_and_redo_of_my_own_steps_need_no_reload(shared):
    doc, theirs = shared
    c = first(doc)
    doc.push_edit(c.changed(actor="One"), "Edit")
    doc.push_edit(doc.commitment(c.id).changed(actor="Two"), "Edit")
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert theirs.commitment(c.id).actor == c.actor
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert theirs.commitment(c.id).actor == "Two"


def test_deleting_what_someone_else_just_changed_asks_first(shared):
    doc, theirs = shared
    c = first(doc)
    theirs.update_commitment(theirs.commitment(c.id).changed(title="Their title"))
    with pytest.raises(ConflictError) as raised:
        doc.push_delete(c)
    assert theirs.commitment(c.id).title == "Their title"
    raised.value.keep_mine()
    assert all(x.id != c.id for x in theirs.load_plan().commitments)
    doc.undo_stack.undo()
    assert theirs.commitment(c.id).title == "Their title"


def test_an_undo_while_the_server_is_down_is_handed_back(qtbot, own_pg_server, clock):
    store = open_plan_store(own_pg_server.create_database(), clock)
    try:
        doc = PlanDocument.on_store(store, clock)
        c = first(doc)
        doc.push_edit(c.changed(actor="My unit"), "Edit")
        own_pg_server.pause()
        with qtbot.waitSignal(doc.step_failed) as failed:
            doc.undo_stack.undo()
        assert isinstance(failed.args[0], UnavailableError)
        assert doc.undo_stack.index() == 1
        own_pg_server.resume()
        doc.undo_stack.undo()
        assert store.commitment(c.id).actor == c.actor and doc.undo_stack.index() == 0
    finally:
        store.close()
