"""`ReminderEdit`: when to remind about one commitment — the plan's default lead times, its own
("30, 7, 1" days before the due end), or none — and whether to remind when a coarse window opens.

It maps onto `Commitment.reminder_days` (None: plan default, a tuple: its own, (): none).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.reminders import DEFAULT_LEAD_DAYS, parse_lead_days
from planner.i18n.sentences import error_text

DEFAULT, CUSTOM, NONE = range(3)


class ReminderEdit(QWidget):
    changed = Signal()

    def __init__(self, plan_default: tuple[int, ...] = DEFAULT_LEAD_DAYS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_default = plan_default
        days = ", ".join(str(d) for d in plan_default)
        self.choice = QComboBox(self)
        self.choice.addItems([self.tr("Plan default ({days} days before)").format(days=days), self.tr("Custom lead times"), self.tr("No reminders")])
        self.lead_days = QLineEdit(self)
        self.lead_days.setPlaceholderText(self.tr("days before the due end, e.g. 30, 7, 1"))
        self.window_opens = QCheckBox(self.tr("Also remind when the due window opens"), self)
        self.window_opens.setToolTip(self.tr("For a coarse date such as 'Q4 2020': a reminder on 1 October as well"))
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet("color: #b3261e;")
        self.feedback.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice)
        row.addWidget(self.lead_days, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.feedback)
        box.addWidget(self.window_opens)
        self.choice.currentIndexChanged.connect(self._update)
        self.lead_days.textChanged.connect(self._update)
        self.window_opens.toggled.connect(self.changed)
        self._update()

    def set_value(self, reminder_days: tuple[int, ...] | None, when_window_opens: bool) -> None:
        if reminder_days is None:
            self.choice.setCurrentIndex(DEFAULT)
        elif reminder_days == ():
            self.choice.setCurrentIndex(NONE)
        else:
            self.choice.setCurrentIndex(CUSTOM)
            self.lead_days.setText(", ".join(str(d) for d in reminder_days))
        self.window_opens.setChecked(when_window_opens)

    def reminder_days(self) -> tuple[int, ...] | None:
        mode = self.choice.currentIndex()
        if mode == DEFAULT:
            return None
        if mode == NONE:
            return ()
        return parse_lead_days(self.lead_days.text()) if not self.error else None

    def when_window_opens(self) -> bool:
        return self.window_opens.isChecked()

    @property
    def error(self) -> str:
        if self.choice.currentIndex() != CUSTOM:
            return ""
        try:
            if not parse_lead_days(self.lead_days.text()):
                return self.tr("Give at least one lead time in days, or choose 'No reminders'.")
        except ValueError as exc:
            return error_text(exc)
        return ""

    def _update(self) -> None:
        custom = self.choice.currentIndex() == CUSTOM
        self.lead_days.setEnabled(custom)
        error = self.error
        self.feedback.setText(error)
        self.feedback.setVisible(bool(error))
        self.changed.emit()
