"""`PhraseEdit`: a date typed as the documents write it ("Q3 2021", "by the end of 2020"),
read as you type, with a calendar button for an exact day.

Below the text it says what the phrase means ("2021-07-01..2021-09-30, quarter") or, when it
cannot be read, the parser's one-sentence reason; `is_valid` and `changed` let a dialog keep
its OK button off while any date is wrong.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from planner.domain.period import Period, Precision
from planner.domain.phrases import PhraseError, parse_period
from planner.i18n import window_text
from planner.i18n.sentences import error_text
from planner.i18n.words import precision_word

OK_STYLE = "color: palette(placeholder-text);"
ERROR_STYLE = "color: #b3261e;"


class PhraseEdit(QWidget):
    """One date field. `optional` fields may stay empty (period() is then None);
    `day_only` fields accept a single day only (an actual delivery date is not a quarter)."""

    changed = Signal()  # the text changed; is_valid/period may have changed with it

    def __init__(self, *, optional: bool = False, day_only: bool = False, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional, self.day_only = optional, day_only
        self.anchor: date | None = None  # what "immediately" means: the adoption date
        self._original: Period | None = None  # kept so an untouched field keeps its phrase
        self._period: Period | None = None
        self._error = ""
        # An empty field that must be filled says so only once the officer has typed in it:
        # a form just opened is not wrong yet (is_valid is False all the same, so OK stays off).
        self._touched = False

        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder or (self.tr("e.g. 22 December 2020") if day_only else self.tr("e.g. Q3 2021, by the end of 2020, early 2021")))
        self.line.setClearButtonEnabled(optional)
        self.picker = QToolButton(self)
        self.picker.setText("…")
        self.picker.setToolTip(self.tr("Pick a day from a calendar"))
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Out of the Tab order: from the keyboard the day is typed, and Tab goes on to the next
        # field (it stopped here, and the next words typed opened the calendar instead).
        self.picker.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.picker.setMenu(self._calendar_menu())
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.picker)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.feedback)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._touch)
        self.line.textChanged.connect(self._reparse)
        self._reparse()

    # What a dialog reads ---------------------------------------------------------------------------

    def period(self) -> Period | None:
        """The period typed, or None when the field is empty (or invalid: check is_valid)."""
        return self._period

    def day(self) -> date | None:
        return self._period.start if self._period else None

    @property
    def is_valid(self) -> bool:
        return not self._error

    @property
    def error(self) -> str:
        return self._error

    def text(self) -> str:
        return self.line.text()

    # What a dialog sets ------------------------------------------------------------------------------

    def set_period(self, period: Period | None) -> None:
        self._original = period
        self.line.setText(period.shown if period else "")

    def set_day(self, day: date | None) -> None:
        self.set_period(Period.day(day) if day else None)

    def setText(self, text: str) -> None:  # noqa: N802 - reads like QLineEdit in tests and callers
        self._touched = True  # as typing it would
        self.line.setText(text)

    def set_anchor(self, anchor: date | None) -> None:
        self.anchor = anchor
        self._reparse()

    # Reading as you type ------------------------------------------------------------------------------

    def _touch(self, *_: object) -> None:
        self._touched = True

    def _reparse(self) -> None:
        self._period, self._error = self._read(self.line.text())
        if self._error and not self._touched and not self.line.text().strip():
            self.feedback.setText("")  # not typed in yet: nothing to correct
            self.feedback.setStyleSheet(OK_STYLE)
        elif self._error:
            self.feedback.setText(self._error)
            self.feedback.setStyleSheet(ERROR_STYLE)
        elif self._period is None:
            self.feedback.setText("")  # an empty optional date needs no comment
            self.feedback.setStyleSheet(OK_STYLE)
        else:
            p = self._period
            self.feedback.setText(window_text(p) if p.precision is Precision.DAY else f"{window_text(p)}, {precision_word(p)}")
            self.feedback.setStyleSheet(OK_STYLE)
        self.line.setToolTip(self.feedback.text())
        self._fit_feedback()
        self.changed.emit()

    def _fit_feedback(self) -> None:
        # A wrapped label does not make a form row taller by itself: ask for the height it needs.
        width = self.width() if self.width() > 50 else 400  # the label spans the whole field
        self.feedback.setMinimumHeight(max(self.feedback.fontMetrics().height(), self.feedback.heightForWidth(width)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_feedback()

    def _read(self, text: str) -> tuple[Period | None, str]:
        if not text.strip():
            return None, "" if self.optional else self.tr("A date is needed here.")
        original = self._original
        if original is not None and text == original.shown:
            return original, ""  # untouched: keep the phrase exactly as stored
        try:
            period = parse_period(text, anchor=self.anchor)
        except PhraseError as exc:
            return None, error_text(exc)
        if self.day_only and period.start != period.end:
            return None, self.tr("{text!r} is a window ({window}); give the exact day.").format(text=text.strip(), window=window_text(period))
        return period, ""

    # The calendar button -------------------------------------------------------------------------------

    def _calendar_menu(self) -> QMenu:
        menu = QMenu(self)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_current_in_calendar)
        def picked(day: QDate) -> None:
            self.pick(_to_date(day))
            menu.close()

        self.calendar.clicked.connect(picked)
        return menu

    def _show_current_in_calendar(self) -> None:
        if self._period is not None:
            d = self._period.end
            self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))

    def pick(self, day: date) -> None:
        """Enter an exact day, as the calendar does."""
        self.setText(day.isoformat())


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
