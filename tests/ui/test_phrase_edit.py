"""The date field: it reads phrases as you type and keeps an untouched phrase exactly as stored."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from planner.domain.phrases import parse_period
from planner.ui.phrase_edit import PhraseEdit


def test_reads_as_you_type(qtbot):
    edit = PhraseEdit()
    qtbot.addWidget(edit)
    changes = []
    edit.changed.connect(lambda: changes.append(edit.is_valid))
    qtbot.keyClicks(edit.line, "Q3 2021")
    assert changes[-1] and edit.period().window_text == "2021-07-01..2021-09-30"
    assert edit.feedback.text() == "1 July 2021 – 30 September 2021, quarter"
    assert False in changes  # "Q" alone could not be read on the way


def test_untouched_text_keeps_the_stored_phrase_and_immediately_needs_an_anchor(qtbot):
    edit = PhraseEdit()
    qtbot.addWidget(edit)
    stored = parse_period("planned for adoption in Q4 2020")
    edit.set_period(stored)
    assert edit.period() is stored
    edit.setText("immediately")
    assert edit.error == "Cannot read the date 'immediately': 'immediately' needs the adoption date of its document."
    edit.set_anchor(date(2020, 7, 24))
    assert edit.period().window_text == "2020-07-24"


def test_the_calendar_enters_an_exact_day(qtbot):
    edit = PhraseEdit(optional=True, day_only=True)
    qtbot.addWidget(edit)
    assert edit.is_valid and edit.period() is None
    edit.calendar.clicked.emit(QDate(2020, 12, 21))
    assert edit.text() == "2020-12-21" and edit.day() == date(2020, 12, 21)
