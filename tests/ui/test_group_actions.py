"""Strategies and initiatives made and changed in the window, with undo."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.qtmodels.roles import Roles
from planner.ui.group_dialogs import InitiativeDialog, StrategyDialog

from .helpers import fresh_plan, select


def when_dialog(kind, fill) -> list:
    """Once a dialog of `kind` is up, `fill(dialog)` as the officer types; what was seen is kept."""
    seen: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        try:
            seen.append(fill(dialog))
        finally:
            if dialog.isVisible():  # a failed look must not leave the test waiting on the dialog
                dialog.reject()
    QTimer.singleShot(0, look)
    return seen


def group_titles(window) -> list[str]:
    model, out = window.rows, []
    for r in range(model.rowCount()):
        s = model.index(r, 0)
        out.append(s.data())
        out += [model.index(k, 0, s).data() for k in range(model.rowCount(s))]
    return out


def test_a_new_strategy_and_an_initiative_under_it_appear_in_the_list_and_undo_takes_them_away(window, db_url, clock):
    def strategy(d):
        QTest.keyClicks(d.title, "EU Security Union Strategy")
        QTest.keyClicks(d.reference, "COM(2020) 605")
        QTest.keyClicks(d.adopted.line, "24 July 2020")
        QTest.keyClicks(d.period.line, "2020-2025")
        QTest.keyClick(d.title, Qt.Key.Key_Return)
    when_dialog(StrategyDialog, strategy)
    window.actions_by_name["new_strategy"].trigger()
    plan = fresh_plan(db_url, clock)
    added = next(s for s in plan.strategies if s.reference == "COM(2020) 605")
    assert (added.key, str(added.adopted), added.period.window_text) == ("eu-security-union-strategy", "2020-07-24", "2020-01-01..2025-12-31")
    assert "EU Security Union Strategy" in group_titles(window)

    window.plan_view.tree.setCurrentIndex(next(window.rows.index(r, 0) for r in range(window.rows.rowCount()) if window.rows.index(r, 0).data() == "EU Security Union Strategy"))

    def initiative(d):
        assert d.strategy.currentData() == "eu-security-union-strategy"  # the strategy one is on
        assert d.focusWidget() is d.title  # typing goes to the title at once
        QTest.keyClicks(d.number, "1")
        QTest.keyClicks(d.title, "A future-proof security environment")
        QTest.keyClick(d.title, Qt.Key.Key_Return)
    when_dialog(InitiativeDialog, initiative)
    window.actions_by_name["new_initiative"].trigger()
    assert "1. A future-proof security environment" in window.statusBar().currentMessage()  # empty: not listed yet
    assert any(i.title == "A future-proof security environment" for i in fresh_plan(db_url, clock).initiatives)

    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert "EU Security Union Strategy" not in group_titles(window)
    assert not any(s.reference == "COM(2020) 605" for s in fresh_plan(db_url, clock).strategies)


def test_double_clicking_an_initiative_row_renames_it(window, db_url, clock, qtbot):
    c_index = select(window, "Europol")
    initiative_row = c_index.parent()
    key = initiative_row.data(Roles.KEY)

    def rename(d):
        d.title.selectAll()
        QTest.keyClicks(d.title, "Ensure EU law enables an effective response")
        QTest.keyClick(d.title, Qt.Key.Key_Return)
    when_dialog(InitiativeDialog, rename)
    tree = window.plan_view.tree
    where = tree.visualRect(initiative_row).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click presses first
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert fresh_plan(db_url, clock).initiative(key).title == "Ensure EU law enables an effective response"
    assert "2. Ensure EU law enables an effective response" in group_titles(window)
    window.actions_by_name["undo"].trigger()
    assert fresh_plan(db_url, clock).initiative(key).title == "Ensure that EU legislation enables an effective response"


def test_an_empty_title_keeps_ok_off_and_says_why_once_the_officer_types(window, db_url, clock):
    def empty(d):
        seen = [(d.ok.isEnabled(), d.problem.text())]
        QTest.keyClicks(d.reference, "COM(2020) 605")
        seen.append((d.ok.isEnabled(), d.problem.text()))
        d.reject()
        return seen
    seen = when_dialog(StrategyDialog, empty)
    before = fresh_plan(db_url, clock).strategies
    window.actions_by_name["new_strategy"].trigger()
    [[(enabled, first_words), (still, sentence)]] = seen
    assert not enabled and first_words == ""  # a new dialog opens without a reproach
    assert not still and "title" in sentence
    assert fresh_plan(db_url, clock).strategies == before
