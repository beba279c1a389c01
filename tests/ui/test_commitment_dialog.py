"""The edit dialog as an officer uses it: open with Enter or double-click, type dates as
phrases, save with a reason, find the reason again in the History tab after a restart."""
from __future__ import annotations

from PySide6.QtCore import Qt

from planner.domain.dependencies import violations
from planner.domain.plan import Dependency, Status

from .helpers import commitment, fresh_plan, select


def open_editor(window, qtbot, title_part):
    index = select(window, title_part)
    qtbot.keyClick(window.plan_view.tree, Qt.Key.Key_Return)
    dialog = window.features.edit_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == commitment(window, title_part).title
    return dialog, index


def test_a_new_due_date_is_saved_with_its_reason_and_shown_in_the_history(window, qtbot, db_url, clock):
    dialog, index = open_editor(window, qtbot, "detect and report")
    assert dialog.due.text() == "by Q2 2021"
    dialog.due.setText("Q3 2021")
    assert dialog.due.feedback.text() == "1 July 2021 – 30 September 2021, quarter"
    dialog.reason.setText("COM(2021) 36: the proposal is now planned for Q3 2021")
    assert "Due: by Q2 2021 → Q3 2021" in dialog.date_changes.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = next(c for c in fresh_plan(db_url, clock).commitments if "detect and report" in c.title)
    assert stored.due.shown == "Q3 2021" and stored.due.window_text == "2021-07-01..2021-09-30"
    assert stored.announced.shown == "by Q2 2021"  # the baseline does not move

    # Reopen with a double-click: the History tab says when it slipped and why.
    tree = window.plan_view.tree
    where = tree.visualRect(window.rows.index_of(stored.id)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click presses first
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    again = window.features.edit_actions.dialog
    assert again is not None and again is not dialog
    rows = again.history.rows()
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("Due", "by Q2 2021", "Q3 2021", "COM(2021) 36: the proposal is now planned for Q3 2021")]
    assert rows[0][0].startswith("23 Nov 2026")
    assert "First announced: <b>by Q2 2021</b>" in again.history.summary.text()
    again.reject()


def test_an_unreadable_date_turns_save_off_and_says_why(window, qtbot):
    dialog, _ = open_editor(window, qtbot, "Europol")
    dialog.due.setText("Q5 2021")
    assert not dialog.ok_button.isEnabled()
    assert dialog.due.feedback.text().startswith("Cannot read the date 'Q5 2021': use a form such as 'Q4 2020'")
    dialog.due.setText("")
    assert not dialog.ok_button.isEnabled() and dialog.due.feedback.text() == "A date is needed here."
    dialog.due.setText("by the end of 2021")
    assert dialog.ok_button.isEnabled() and dialog.due.feedback.text() == "1 December 2021 – 31 December 2021, year-end"
    dialog.delivered.setText("Q4 2021")
    assert not dialog.ok_button.isEnabled()
    assert dialog.delivered.feedback.text() == "'Q4 2021' is a window (1 October 2021 – 31 December 2021); give the exact day."
    dialog.reject()


def test_cancel_changes_nothing(window, qtbot, db_url, clock):
    dialog, _ = open_editor(window, qtbot, "Europol")
    dialog.due.setText("2030")
    dialog.reject()
    assert commitment(window, "Europol").due.shown == "planned for adoption in Q4 2020"
    assert window.doc.undo_stack.count() == 0


def test_a_dependency_added_in_the_dialog_is_stored_and_a_breaking_change_is_flagged(window, qtbot, db_url, clock):
    study, proposal = commitment(window, "study towards a European centre"), commitment(window, "detect and report")
    # As it stood before COM(2022) 209 delivered it: open, due by Q2 2021.
    window.doc.push_edit(proposal.changed(delivered_on=None, delivered_by="", status=Status.PLANNED), "Reopen")
    dialog, _ = open_editor(window, qtbot, "detect and report")
    deps = dialog.dependencies
    deps.candidates.setCurrentIndex(deps.candidates.findData(study.id))
    qtbot.mouseClick(deps.add_button, Qt.MouseButton.LeftButton)
    assert deps.predecessor_ids() == [study.id]
    assert not dialog.warning.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert Dependency(study.id, proposal.id) in fresh_plan(db_url, clock).dependencies

    # Moving the study past the proposal breaks the link: the dialog says so and asks first.
    dialog, _ = open_editor(window, qtbot, "study towards a European centre")
    assert [deps_row for deps_row in range(dialog.dependencies.successors.count())] == [0]
    dialog.due.setText("Q4 2021")
    assert dialog.warning.isVisible()
    assert "'Propose legislation obliging online services to detect and report CSAM' (due by Q2 2021) ends 184 days before" in dialog.warning_text.text()
    assert dialog.dependencies.successors.item(0).text().startswith("⚠ ")
    assert not dialog.ok_button.isEnabled()
    dialog.confirm_break.setChecked(True)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [(v.predecessor.id, v.successor.id) for v in violations(fresh_plan(db_url, clock))] == [(study.id, proposal.id)]
    assert [(v.predecessor.id, v.successor.id) for v in violations(window.doc.plan)] == [(study.id, proposal.id)]


def test_a_link_that_would_close_a_loop_is_not_offered(window, qtbot):
    study, proposal = commitment(window, "study towards a European centre"), commitment(window, "detect and report")
    # As it stood before COM(2022) 209 delivered it: open, due by Q2 2021.
    window.doc.push_edit(proposal.changed(delivered_on=None, delivered_by="", status=Status.PLANNED), "Reopen")
    dialog, _ = open_editor(window, qtbot, "detect and report")
    dialog.dependencies.add_predecessor(study.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dialog, _ = open_editor(window, qtbot, "study towards a European centre")
    offered = [dialog.dependencies.candidates.itemData(n) for n in range(dialog.dependencies.candidates.count())]
    assert proposal.id not in offered and study.id not in offered and len(offered) == len(window.doc.plan.commitments) - 2
    dialog.reject()


def test_reminders_and_the_window_opening_are_saved(window, qtbot, db_url, clock):
    dialog, _ = open_editor(window, qtbot, "Europol")
    dialog.reminders.choice.setCurrentIndex(1)
    dialog.reminders.lead_days.setText("30, seven")
    assert not dialog.ok_button.isEnabled()
    assert dialog.reminders.feedback.text() == "The reminder lead time 'seven' is not a whole number of days."
    dialog.reminders.lead_days.setText("14, 2")
    dialog.reminders.window_opens.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = next(c for c in fresh_plan(db_url, clock).commitments if "Europol" in c.title)
    assert stored.reminder_days == (14, 2) and stored.remind_when_window_opens


def test_the_reminder_choice_names_the_plans_own_default(window, qtbot):
    from planner.store.reminder_store import ReminderStore

    ReminderStore(window.doc.store).set_plan_lead_days((14, 2))
    dialog, _ = open_editor(window, qtbot, "detect and report")
    assert dialog.reminders.choice.itemText(0) == "Plan default (14, 2 days before)"


def test_a_new_commitments_empty_due_date_is_not_called_wrong_until_typed_in(window, qtbot):
    from planner.ui.commitment_dialog import CommitmentDialog

    dialog = CommitmentDialog(window.doc, None, window.doc.plan.initiatives[0].key, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due.feedback.text() == "" and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.due.line, "Q")
    qtbot.keyClick(dialog.due.line, Qt.Key.Key_Backspace)
    assert dialog.due.feedback.text() == "A date is needed here."
    dialog.reject()
