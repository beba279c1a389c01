"""File → Open plan…, New plan… and Open recent: another plan in the running app."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from planner.store.opening import open_plan_store
from planner.ui.group_dialogs import StrategyDialog
from planner.ui.plan_files import recent_plans

from .helpers import visible_titles


@pytest.fixture
def picks(monkeypatch):
    said = {"open": "", "save": "", "warnings": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (said["open"], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (said["save"], ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said["warnings"].append(text))
    return said


def other_plan(tmp_path: Path, clock) -> Path:
    """A second plan file holding one commitment of its own."""
    path = tmp_path / "other.sqlite"
    store = open_plan_store(f"sqlite:///{path}", clock, seed=False)
    from planner.domain.phrases import parse_period
    from planner.domain.plan import Commitment, Initiative, Strategy

    store.add_commitment(Commitment(title="Only in the other plan", due=parse_period("Q1 2022"), initiative_key="o-1"),
                         group=(Strategy(key="o", title="Other strategy"), Initiative(key="o-1", strategy_key="o", number="", title="Its part")))
    store.close()
    return path


def current_window(window):
    return window.features.plan_files.open_plan.__self__.window


def test_open_plan_shows_the_other_plan_in_place_of_this_one_and_remembers_it(window, picks, tmp_path, clock, settings, qtbot):
    path = other_plan(tmp_path, clock)
    picks["open"] = str(path)
    window.actions_by_name["open_plan"].trigger()
    new = current_window(window)
    assert new is not window and new.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert visible_titles(new) == ["Only in the other plan"]
    assert str(path) in new.windowTitle()
    assert recent_plans(settings)[0] == str(path)
    assert settings.value("database/url") == str(path)  # the next start opens it too
    new.doc.close_store()


def test_open_recent_goes_back_to_the_first_plan(window, picks, tmp_path, clock, settings, qtbot):
    first = str(window.doc.store.url)
    picks["open"] = str(other_plan(tmp_path, clock))
    window.actions_by_name["open_plan"].trigger()
    second = current_window(window)
    menu = second.features.plan_files.recent_menu
    menu.aboutToShow.emit()
    [back] = [a for a in menu.actions() if a.text() == first]
    back.trigger()
    third = current_window(second)
    assert "Review of the Europol mandate adopted" in visible_titles(third)
    third.doc.close_store()


def test_a_file_that_is_not_a_plan_is_refused_and_this_plan_stays(window, picks, tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("shopping list", encoding="utf-8")
    picks["open"] = str(bad)
    window.actions_by_name["open_plan"].trigger()
    assert len(picks["warnings"]) == 1 and "notes.sqlite" in picks["warnings"][0]
    assert current_window(window) is window and window.isVisible()


def test_new_plan_starts_a_file_with_the_officers_first_strategy_and_no_seed(window, picks, tmp_path, clock):
    picks["save"] = str(tmp_path / "mine")

    def first_strategy() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StrategyDialog):
            QTimer.singleShot(10, first_strategy)
            return
        QTest.keyClicks(dialog.title, "Unit work programme 2027")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    QTimer.singleShot(0, first_strategy)
    window.actions_by_name["new_plan"].trigger()
    new = current_window(window)
    assert new is not window
    assert [s.title for s in new.doc.plan.strategies] == ["Unit work programme 2027"]
    assert new.doc.plan.commitments == []
    assert (tmp_path / "mine.sqlite").exists()
    new.doc.close_store()


def test_a_new_plans_strategy_row_shows_the_years_it_covers(window, picks, tmp_path, clock):
    """"Covers: 2026-2028" given when the plan is made: the strategy row's Window says so,
    though it holds no commitment yet."""
    from planner.qtmodels.plan_model import COL_WINDOW

    picks["save"] = str(tmp_path / "mine")

    def first_strategy() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StrategyDialog):
            QTimer.singleShot(10, first_strategy)
            return
        QTest.keyClicks(dialog.title, "Unit work programme")
        QTest.keyClicks(dialog.period.line, "2026-2028")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    QTimer.singleShot(0, first_strategy)
    window.actions_by_name["new_plan"].trigger()
    new = current_window(window)
    try:
        assert new.doc.plan.strategies[0].period.label == "2026-2028"
        row = new.rows.index(0, 0)
        assert row.data() == "Unit work programme"
        assert row.siblingAtColumn(COL_WINDOW).data() == "2026–2028"
    finally:
        new.doc.close_store()
