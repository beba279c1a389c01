"""Two officers' windows on one plan (two real engines), on SQLite and on PostgreSQL.

Each window has its own store, as two app instances would; the poll is driven by the test.
"""
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from planner.domain.plan import Status
from planner.ui import conflict_dialog
from planner.ui.shared_plan import READ_ONLY_TEXT
from tests.ui.helpers import opened_window


def open_window(qtbot, url, clock, settings):
    w = opened_window(qtbot, url, clock, settings)
    w.resize(900, 420)  # short enough that the tree scrolls
    return w


@pytest.fixture
def two_windows(qtbot, any_db_url, clock, settings):
    mine, theirs = open_window(qtbot, any_db_url, clock, settings), open_window(qtbot, any_db_url, clock, settings)
    assert mine.doc.store.engine is not theirs.doc.store.engine
    yield mine, theirs
    mine.doc.close_store()
    theirs.doc.close_store()


def pick(window, *commitment_ids):
    """Select these rows, the last one current, as clicks would."""
    tree, rows = window.plan_view.tree, window.rows
    flags = QItemSelectionModel.SelectionFlag
    tree.selectionModel().clearSelection()
    for cid in commitment_ids:
        tree.selectionModel().setCurrentIndex(rows.index_of(cid), flags.Select | flags.Rows)


def test_an_edit_in_one_window_appears_in_the_other_keeping_selection_and_scroll(two_windows):
    mine, theirs = two_windows
    first, *_, last = mine.doc.plan.commitments
    pick(mine, first.id, last.id)
    bar = mine.plan_view.tree.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2 or 1)
    place = bar.value()

    pick(theirs, last.id)
    theirs.mark_delivered()  # through the other window's own store and engine
    assert mine.features.shared_plan.watcher.poll() is True

    assert mine.doc.commitment(last.id).status is Status.DELIVERED
    assert {c.id for c in mine.plan_view.selected_commitments()} == {first.id, last.id}
    assert mine.plan_view.current_commitment().id == last.id
    assert bar.value() == place
    assert "Delivered" in mine.details.toPlainText() or "delivered" in mine.details.toPlainText()


def test_my_own_edits_do_not_reload_my_window(two_windows):
    mine, theirs = two_windows
    pick(mine, mine.doc.plan.commitments[0].id)
    mine.mark_delivered()
    assert mine.features.shared_plan.watcher.poll() is False
    assert theirs.features.shared_plan.watcher.poll() is True
    assert theirs.doc.commitment(mine.doc.plan.commitments[0].id).status is Status.DELIVERED


def test_a_stale_overwrite_is_refused_and_reload_takes_theirs(two_windows, monkeypatch):
    mine, theirs = two_windows
    c = mine.doc.plan.commitments[2]  # one still open (the seed records some deliveries)
    theirs.doc.push_edit(theirs.doc.commitment(c.id).changed(actor="Their unit"), "Edit")
    asked = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda parent, sentence, t, m: asked.append((sentence, t, m)) or conflict_dialog.RELOAD)
    pick(mine, c.id)
    mine.mark_delivered()  # on my stale copy

    [(sentence, shown_theirs, shown_mine)] = asked
    assert "changed elsewhere" in sentence and shown_theirs.actor == "Their unit" and shown_mine.status is Status.DELIVERED
    stored = theirs.doc.store.commitment(c.id)
    assert (stored.actor, stored.status) == ("Their unit", c.status)  # nothing overwritten
    assert mine.doc.commitment(c.id).actor == "Their unit"  # reloaded
    assert mine.plan_view.current_commitment().id == c.id
    stack = mine.doc.undo_stack
    assert all(stack.command(n).childCount() == 0 for n in range(stack.count()))  # no step of mine to undo


def test_keep_mine_writes_my_change_on_top_of_theirs(two_windows, monkeypatch):
    mine, theirs = two_windows
    c = mine.doc.plan.commitments[2]  # one still open (the seed records some deliveries)
    theirs.doc.push_edit(theirs.doc.commitment(c.id).changed(actor="Their unit"), "Edit")
    monkeypatch.setattr(conflict_dialog, "ask", lambda *a: conflict_dialog.KEEP_MINE)
    pick(mine, c.id)
    mine.mark_delivered()
    stored = theirs.doc.store.commitment(c.id)
    assert (stored.actor, stored.status) == ("Their unit", Status.DELIVERED)
    mine.doc.undo_stack.undo()  # my kept change is one step; undoing it leaves theirs
    stored = theirs.doc.store.commitment(c.id)
    assert (stored.actor, stored.status) == ("Their unit", c.status)


def test_the_conflict_dialog_lists_what_differs(qtbot, two_windows):
    mine, _ = two_windows
    c = mine.doc.plan.commitments[0]
    dialog = conflict_dialog.ConflictDialog("It changed.", c.changed(actor="Them"), c.changed(actor="Me", status=Status.DELIVERED))
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, k).text() for k in range(3)] for r in range(dialog.table.rowCount())]
    assert cells == [["Actor", "Them", "Me"], ["Status", c.status.value, "delivered"]]
    dialog.keep_button.click()
    assert dialog.choice == conflict_dialog.KEEP_MINE


def test_a_server_that_goes_away_makes_the_window_read_only_and_edits_are_handed_back(qtbot, own_pg_server, clock, settings, monkeypatch):
    w = open_window(qtbot, own_pg_server.create_database(), clock, settings)
    try:
        warnings = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
        c = w.doc.plan.commitments[0]
        pick(w, c.id)
        assert w.actions_by_name["mark_delivered"].isEnabled()

        own_pg_server.pause()
        assert w.features.shared_plan.watcher.poll() is False
        assert_read_only(w)
        pick(w, c.id)  # a selection change does not bring editing back
        assert_read_only(w)

        w.mark_delivered()  # an edit that slips through is refused with a sentence, not lost silently
        assert warnings and "cannot be reached; nothing was changed" in warnings[-1]
        assert w.doc.undo_stack.count() == 0  # and it leaves no step that would undo nothing

        own_pg_server.resume()
        w.features.shared_plan.watcher.poll()
        assert not w.features.shared_plan.banner.isVisible()
        assert w.actions_by_name["mark_delivered"].isEnabled()
        w.mark_delivered()  # handed back: the officer does it again, and now it is stored
        assert w.doc.store.commitment(c.id).status is Status.DELIVERED
    finally:
        w.doc.close_store()


def test_a_sqlite_file_that_goes_away_makes_the_window_read_only(qtbot, tmp_path, clock, settings, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    w = open_window(qtbot, f"sqlite:///{share / 'plan.sqlite'}", clock, settings)
    try:
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
        share.rename(tmp_path / "elsewhere")  # the network share is gone
        w.doc.store.engine.dispose()  # ... and with it the open file handles
        w.features.shared_plan.watcher.poll()
        assert_read_only(w)
        (tmp_path / "elsewhere").rename(share)
        w.features.shared_plan.watcher.poll()
        assert not w.features.shared_plan.banner.isVisible()
    finally:
        w.doc.close_store()


def assert_read_only(w):
    assert w.features.shared_plan.banner.isVisible() and w.features.shared_plan.banner.text() == READ_ONLY_TEXT
    for name in ("mark_delivered", "delete", "undo", "redo"):
        assert not w.actions_by_name[name].isEnabled(), name


def other_officer(url, *argv):
    """The other officer's `planner` command, in a process of its own."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main())", "--db", url, *argv], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_another_process_edits_appear_and_its_newer_copy_is_not_overwritten(qtbot, any_db_url, clock, settings, monkeypatch):
    w = open_window(qtbot, any_db_url, clock, settings)
    try:
        c = w.doc.plan.commitments[2]
        pick(w, c.id)
        other_officer(any_db_url, "edit", str(c.id), "--actor", "Unit B")
        assert w.features.shared_plan.watcher.poll() is True
        assert w.doc.commitment(c.id).actor == "Unit B" and w.plan_view.current_commitment().id == c.id

        other_officer(any_db_url, "edit", str(c.id), "--actor", "Unit C")  # my copy is stale again
        monkeypatch.setattr(conflict_dialog, "ask", lambda *a: conflict_dialog.RELOAD)
        w.mark_delivered()
        stored = w.doc.store.commitment(c.id)
        assert (stored.actor, stored.status) == ("Unit C", c.status)
        assert w.doc.commitment(c.id).actor == "Unit C"
        assert not w.doc.undo_stack.canUndo()  # nothing was changed, so Edit > Undo offers nothing
    finally:
        w.doc.close_store()


def test_a_stale_reschedule_on_the_timeline_asks_too(two_windows, monkeypatch):
    mine, theirs = two_windows
    c = mine.doc.plan.commitments[3]
    theirs.doc.push_edit(theirs.doc.commitment(c.id).changed(actor="Their unit"), "Edit")
    asked = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda *a: asked.append(a) or conflict_dialog.RELOAD)
    pick(mine, c.id)
    mine.plan_view.timeline.editing.nudge(1)
    assert len(asked) == 1
    stored = theirs.doc.store.commitment(c.id)
    assert (stored.actor, stored.due) == ("Their unit", c.due)


def test_the_timer_asks_in_a_thread_and_reloads_on_the_window_thread(qtbot, two_windows):
    mine, theirs = two_windows
    c = mine.doc.plan.commitments[0]
    theirs.doc.push_edit(theirs.doc.commitment(c.id).changed(actor="Their unit"), "Edit")
    with qtbot.waitSignal(mine.features.shared_plan.watcher.reloaded, timeout=10_000):
        mine.features.shared_plan.watcher.poll_in_background()
    assert mine.doc.commitment(c.id).actor == "Their unit"


def test_the_conflict_dialog_lists_only_what_i_changed_not_what_they_did(qtbot, any_db_url, clock, settings, monkeypatch):
    """Another process changed the description; I marked it delivered: "Yours" holds my delivery only."""
    w = open_window(qtbot, any_db_url, clock, settings)
    try:
        c = w.doc.plan.commitments[2]  # still open
        pick(w, c.id)
        other_officer(any_db_url, "edit", str(c.id), "--description", "Their words")
        shown = []

        def look(dialog):
            shown.append([[dialog.table.item(r, k).text() for k in range(3)] for r in range(dialog.table.rowCount())])
            return 0  # closed: Reload

        monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", look)
        w.mark_delivered(clock.today())
        [cells] = shown
        assert [row[0] for row in cells] == ["Status", "Delivered on"]
        assert cells[0][2] == "delivered" and cells[1][2] == clock.today().isoformat()
        assert w.doc.commitment(c.id).description == "Their words"  # reloaded: theirs kept
    finally:
        w.doc.close_store()
