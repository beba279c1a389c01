"""The window's features: one record built by the app, menu entries placed through the window's
own API, and File → Reload that keeps the officer's place."""
from PySide6.QtCore import QItemSelectionModel

from planner.domain.plan import Status
from tests.ui.helpers import opened_window


def test_the_app_adds_every_feature_to_one_record_on_the_window(window):
    features = window.features
    assert features is not None
    assert features.shared_plan.window is window and features.reminders.window is window
    assert "new_commitment" in window.actions_by_name and "print" in window.actions_by_name
    assert [title for title, _make in window.preference_pages] == ["Reminders", "Database", "Language"]


def test_a_feature_puts_its_entry_just_above_the_one_it_names(window):
    window.add_action("file", "archive", "&Archive…", lambda: None, before="quit")
    entries = window.menus["file"].actions()
    assert entries.index(window.actions_by_name["archive"]) + 1 == entries.index(window.actions_by_name["quit"])


def test_reload_shows_another_officers_change_keeping_the_selection(qtbot, db_url, clock, settings):
    mine, theirs = (opened_window(qtbot, db_url, clock, settings) for _ in range(2))
    first, last = mine.doc.plan.commitments[0], mine.doc.plan.commitments[-1]
    flags = QItemSelectionModel.SelectionFlag
    mine.plan_view.tree.selectionModel().setCurrentIndex(mine.rows.index_of(first.id), flags.Select | flags.Rows)
    theirs.plan_view.tree.selectionModel().setCurrentIndex(theirs.rows.index_of(last.id), flags.Select | flags.Rows)
    theirs.mark_delivered()

    mine.actions_by_name["reload"].trigger()  # File → Reload

    assert mine.doc.commitment(last.id).status is Status.DELIVERED
    assert mine.plan_view.current_commitment().id == first.id
    mine.doc.close_store()
    theirs.doc.close_store()
