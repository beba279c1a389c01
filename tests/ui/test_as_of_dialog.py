"""View → Status as of… reads the day as the edit dialog does; Return applies it."""
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.ui.as_of_dialog import AsOfDialog


def answer_the_dialog(qtbot, typed: str, seen: list) -> None:
    """Once the dialog is up: type `typed` over the day as an officer would and press Return."""
    def type_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AsOfDialog):
            QTimer.singleShot(10, type_it)
            return
        line = dialog.day.line
        line.selectAll()
        QTest.keyClicks(line, typed)
        seen.append((dialog.day.feedback.text(), dialog.ok.isEnabled()))
        QTest.keyClick(line, Qt.Key.Key_Return)
        if dialog.isVisible():  # an unreadable day: the dialog stays; the officer gives up
            QTest.keyClick(line, Qt.Key.Key_Escape)
    QTimer.singleShot(0, type_it)


def test_a_day_typed_as_in_the_documents_and_return_sets_the_status_day(window, qtbot):
    seen: list = []
    answer_the_dialog(qtbot, "15 December 2020", seen)
    window.actions_by_name["as_of"].trigger()
    assert window.doc.as_of == date(2020, 12, 15)
    assert seen == [("15 December 2020", True)]
    assert "Status as of 15 December 2020 (not today)" in window._as_of_label.text()


def test_a_window_is_refused_with_a_sentence_and_the_status_day_stays(window, qtbot):
    before = window.doc.as_of
    seen: list = []
    answer_the_dialog(qtbot, "Q2 2021", seen)
    window.actions_by_name["as_of"].trigger()
    assert window.doc.as_of == before
    assert seen == [("'Q2 2021' is a window (1 April 2021 – 30 June 2021); give the exact day.", False)]


def test_as_of_a_day_inside_a_span_the_window_says_in_progress(window, qtbot):
    from planner.qtmodels.plan_model import COL_STATUS

    from .helpers import commitment

    c = commitment(window, "Implement the child sexual abuse strategy")  # a span, 2020-2025
    seen: list = []
    answer_the_dialog(qtbot, "30 June 2021", seen)
    window.actions_by_name["as_of"].trigger()
    assert window.rows.index_of(c.id, COL_STATUS).data() == "in progress"
    window.plan_view.select_commitment(c.id)
    assert "in progress as of 30 June 2021" in window.details.toPlainText()
