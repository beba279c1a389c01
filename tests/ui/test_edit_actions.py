"""The Edit menu: add a commitment and undo it, key dates, a change made elsewhere, the undo history."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from planner.domain.plan import KeyDate
from planner.store.opening import open_plan_store
from planner.ui import edit_actions

from .helpers import commitment, fresh_plan, select, visible_titles


def test_new_commitment_goes_into_the_current_initiative_and_undo_redo_take_it_out_and_back(window, qtbot, db_url, clock):
    select(window, "Europol")
    qtbot.keyClick(window.plan_view.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.features.edit_actions.dialog
    assert dialog.windowTitle() == "New commitment"
    assert dialog.initiative.key() == commitment(window, "Europol").initiative_key
    assert not dialog.ok_button.isEnabled()  # no title, no due date yet
    qtbot.keyClicks(dialog.title, "Evaluate the interim regulation")
    dialog.due.setText("by Q3 2024")
    dialog.actor.setCurrentText("European Commission")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def stored_titles():
        return [c.title for c in fresh_plan(db_url, clock).commitments]

    assert "Evaluate the interim regulation" in stored_titles()
    assert "Evaluate the interim regulation" in visible_titles(window)
    assert window.plan_view.current_commitment().title == "Evaluate the interim regulation"
    added = commitment(window, "Evaluate the interim regulation")
    assert added.due.window_text == "2024-07-01..2024-09-30" and added.announced.shown == "by Q3 2024"

    window.actions_by_name["undo"].trigger()
    assert "Evaluate the interim regulation" not in stored_titles()
    assert "Evaluate the interim regulation" not in visible_titles(window)
    window.actions_by_name["redo"].trigger()
    assert "Evaluate the interim regulation" in stored_titles()
    assert commitment(window, "Evaluate the interim regulation").id == added.id


def test_an_edit_with_a_new_link_is_one_undo_step(window, qtbot, db_url, clock):
    study = commitment(window, "study towards a European centre")
    window.features.edit_actions.edit_commitment(commitment(window, "detect and report"))
    dialog = window.features.edit_actions.dialog
    dialog.due.setText("Q3 2021")
    dialog.dependencies.add_predecessor(study.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.doc.undo_stack.count() == 1
    assert window.doc.undo_stack.undoText() == "Edit 'Propose legislation obliging online services to detect and report CSAM'"
    window.doc.undo_stack.undo()
    plan = fresh_plan(db_url, clock)
    assert plan.dependencies == [] and next(c for c in plan.commitments if "detect and report" in c.title).due.shown == "by Q2 2021"


def test_key_date_added_from_the_edit_menu_is_in_the_plan_and_the_database(window, qtbot, db_url, clock):
    window.actions_by_name["key_dates"].trigger()
    dialog = window.features.edit_actions.key_dates_dialog
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    ok = form.buttons.button(form.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    form.day.setText("15 December 2020")
    qtbot.keyClicks(form.label, "Commission proposes the Digital Services Act")
    form.source_ref.setText("COM(2020) 825")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    wanted = ("Commission proposes the Digital Services Act", date(2020, 12, 15))
    assert wanted in [(k.label, k.day) for k in window.doc.plan.key_dates]
    assert wanted in [(k.label, k.day) for k in fresh_plan(db_url, clock).key_dates]
    assert wanted[0] in dialog.labels()

    window.actions_by_name["undo"].trigger()  # the list follows undo while it is open
    assert wanted[0] not in dialog.labels()
    assert wanted not in [(k.label, k.day) for k in fresh_plan(db_url, clock).key_dates]


def test_a_commitment_changed_elsewhere_is_not_overwritten_and_reload_keeps_what_was_typed(window, qtbot, db_url, clock, monkeypatch):
    asked = []
    monkeypatch.setattr(edit_actions, "ask_reload", lambda _parent, sentence: asked.append(sentence) or True)
    europol = commitment(window, "Europol")
    dialog = window.features.edit_actions.edit_commitment(europol)
    dialog.due.setText("Q2 2021")
    dialog.reason.setText("Council agreement delayed")

    other = open_plan_store(db_url, clock)  # another officer, another window
    other.update_commitment(other.commitment(europol.id).changed(actor="Council of the EU"))
    other.close()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked == ["The commitment 'Review of the Europol mandate adopted' was changed elsewhere since you opened it; reload it and make your change again."]
    assert dialog.isVisible() and dialog.problem.text().startswith("Reloaded:")
    assert window.doc.undo_stack.count() == 0
    assert next(c for c in fresh_plan(db_url, clock).commitments if c.id == europol.id).due.shown == "planned for adoption in Q4 2020"

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # saved over the fresh copy
    stored = next(c for c in fresh_plan(db_url, clock).commitments if c.id == europol.id)
    assert stored.due.shown == "Q2 2021"
    # The dialog still held the old actor: the officer's typed values win after reloading.
    assert stored.actor == europol.actor


def test_the_undo_history_lists_each_change(window, qtbot):
    window.actions_by_name["undo_history"].trigger()
    assert window.features.edit_actions.undo_dock.isVisible()
    window.features.edit_actions.edit_commitment(commitment(window, "Europol"))
    window.features.edit_actions.dialog.due.setText("Q1 2021")
    qtbot.mouseClick(window.features.edit_actions.dialog.ok_button, Qt.MouseButton.LeftButton)
    view = window.features.edit_actions.undo_dock.widget()
    rows = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert rows == ["<empty>", "Edit 'Review of the Europol mandate adopted'"]


def test_the_key_dates_of_the_plan_are_listed_and_can_be_changed(window, qtbot, db_url, clock):
    dialog = window.features.edit_actions.open_key_dates()
    assert "ePrivacy scope extended by the Electronic Communications Code" in dialog.labels()
    assert dialog.labels() == [k.label for k in window.doc.plan.key_dates]
    row = dialog.labels().index("ePrivacy scope extended by the Electronic Communications Code")
    dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
    form = dialog.edit_selected()
    assert form.day.text() == "2020-12-21"
    form.label.setText("ePrivacy scope extended (EECC applies)")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert "ePrivacy scope extended (EECC applies)" in [k.label for k in fresh_plan(db_url, clock).key_dates]
    dialog.remove_selected()
    assert "ePrivacy scope extended (EECC applies)" not in [k.label for k in fresh_plan(db_url, clock).key_dates]
    assert isinstance(window.doc.plan.key_dates[0], KeyDate)


def test_a_new_key_date_says_nothing_is_wrong_before_the_officer_types(window, qtbot):
    dialog = window.features.edit_actions.open_key_dates()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    ok = form.buttons.button(form.buttons.StandardButton.Ok)
    assert form.day.feedback.text() == "" and not ok.isEnabled()  # empty and untouched: no red sentence yet
    qtbot.keyClicks(form.day.line, "1")
    qtbot.keyClick(form.day.line, Qt.Key.Key_Backspace)  # typed, then taken back: now it is said
    assert form.day.feedback.text() == "A date is needed here."
    qtbot.keyClicks(form.day.line, "10 June 2020")
    assert form.day.feedback.text() == "10 June 2020"
    form.reject()
