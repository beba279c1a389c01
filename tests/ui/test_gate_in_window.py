"""The window's doors use the same gate as the command line: the edit dialog says why a value
cannot be saved and turns OK off; a move on the timeline stops at the edge of the supported dates."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from planner.domain.period import Period
from tests.plan_snapshot import snapshot

from .helpers import commitment, select


def test_the_dialog_refuses_a_day_out_of_range_and_says_why(window, qtbot):
    select(window, "Europol")
    qtbot.keyClick(window.plan_view.tree, Qt.Key.Key_Return)
    dialog = window.features.edit_actions.dialog
    dialog.due.setText("9999-12-31")
    assert not dialog.ok_button.isEnabled()
    assert any("9999-12-31" in p and "2199-12-31" in p for p in dialog.problems())
    dialog.due.setText("2199-12-31")
    assert dialog.ok_button.isEnabled()
    dialog.actor.setCurrentText("x" * 201)
    assert any("actor" in p and "200 characters" in p for p in dialog.problems())
    dialog.reject()


def test_a_nudge_past_the_last_supported_day_stores_nothing(window, qtbot, tmp_path):
    c = commitment(window, "Expert workshop")
    window.doc.push_edit(c.changed(due=Period.day(date(2199, 12, 31))), "Edit")
    select(window, "Expert workshop")
    before = snapshot(tmp_path / "plan.sqlite")
    window.plan_view.timeline.editing.nudge(1)
    assert window.doc.commitment(c.id).due.end == date(2199, 12, 31)
    assert snapshot(tmp_path / "plan.sqlite") == before
