"""The "Due soon" dock: open commitments due in the next N days and every reminder awaiting an
answer, with Open, Snooze, Dismiss and Mark delivered.

A reminder stays here from the moment it is recorded as shown until it is dismissed (or its
commitment delivered), so one whose notification never appeared is still seen.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.document import PlanDocument
from planner.domain.due_soon import DueSoonEntry, due_soon
from planner.i18n import translate
from planner.i18n.words import due_phrase_text, reminder_label_text
from planner.reminders.scheduler import ReminderScheduler
from planner.reminders.user_settings import horizon_days

SNOOZES = (("1 hour", timedelta(hours=1)), ("1 day", timedelta(days=1)), ("1 week", timedelta(weeks=1)))
ID_ROLE = Qt.ItemDataRole.UserRole


def choose_date(parent: QWidget, earliest: date) -> date | None:
    """Ask for the day a snoozed reminder should come back; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("DueSoonDock", "Snooze until"))
    calendar = QCalendarWidget(dialog)
    calendar.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    calendar.setSelectedDate(QDate(earliest.year, earliest.month, earliest.day))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(translate("DueSoonDock", "Remind me again on the morning of:")))
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    q = calendar.selectedDate()
    return date(q.year(), q.month(), q.day())


class DueSoonDock(QDockWidget):
    open_requested = Signal(int)  # commitment id
    deliver_requested = Signal(int)  # commitment id

    def __init__(self, document: PlanDocument, scheduler: ReminderScheduler, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("DueSoonDock", "Due soon"), parent)
        self.setObjectName("due_soon")
        self.setAccessibleDescription(self.tr("Reminders that have come due, with Open, Snooze, Dismiss and Mark delivered"))
        self.doc, self.scheduler, self.settings = document, scheduler, settings
        self.ask_date: Callable[[QWidget, date], date | None] = choose_date  # tests answer for the officer
        self.entries: list[DueSoonEntry] = []

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Commitment"), self.tr("Due"), self.tr("Reminder")])
        self.list.setAccessibleName(self.tr("Reminders due soon"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.list.header()
        header.setStretchLastSection(False)
        # The title takes what is left; the short columns are always read whole.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.open_action = QAction(self.tr("Open"), self)
        self.snooze_menu = QMenu(self.tr("Snooze"), self)
        for text, delta in SNOOZES:
            self.snooze_menu.addAction(text, partial(self.snooze_for, delta))
        self.snooze_menu.addAction(self.tr("Until a date…"), self.snooze_until_date)
        self.dismiss_action = QAction(self.tr("Dismiss"), self)
        self.deliver_action = QAction(self.tr("Mark delivered"), self)
        self.open_action.triggered.connect(lambda: self._with_current(self.open_requested.emit))
        self.dismiss_action.triggered.connect(self.dismiss)
        self.deliver_action.triggered.connect(lambda: self._with_current(self.deliver_requested.emit))

        buttons = QHBoxLayout()
        for action in (self.open_action, self.dismiss_action, self.deliver_action):
            b = QPushButton(action.text(), self)
            b.clicked.connect(action.trigger)
            action.enabledChanged.connect(b.setEnabled)
            buttons.addWidget(b)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons.insertWidget(1, self.snooze_button)
        buttons.addStretch(1)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.list.currentItemChanged.connect(lambda *_: self._update_actions())
        self.list.itemDoubleClicked.connect(lambda *_: self.open_action.trigger())
        self.list.customContextMenuRequested.connect(self._context_menu)
        scheduler.changed.connect(self.refresh)
        for signal in (document.commitment_changed, document.commitment_added, document.commitment_removed):
            signal.connect(lambda _c: self.refresh())
        document.plan_reloaded.connect(self.refresh)
        document.when_editable(self.refresh)  # what is awaited is in the store

    # What is shown ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.doc.editable:
            return  # what is awaited is in the store: shown once it is attached
        today = self.scheduler.clock.today()
        keep = self.current_id()
        horizon = horizon_days(self.settings)
        self.entries = due_soon(self.doc.plan.commitments, self.scheduler.awaiting(), today, horizon)
        self.list.clear()
        for e in self.entries:
            item = QTreeWidgetItem([e.commitment.title, due_phrase_text(e.commitment, today), self._reminder_text(e)])
            item.setData(0, ID_ROLE, e.commitment.id)
            item.setToolTip(0, self.tr("{title}\nDue: {shown}").format(title=e.commitment.title, shown=e.commitment.due.shown))
            if e.needs_attention:
                font = QFont(item.font(0))
                font.setBold(True)
                for col in range(3):
                    item.setFont(col, font)
            self.list.addTopLevelItem(item)
            if e.commitment.id == keep:
                self.list.setCurrentItem(item)
        waiting = sum(e.needs_attention for e in self.entries)
        answer = "" if not waiting else self.tr("%Ln reminder(s) awaiting an answer", "", waiting) + " · "
        self.summary.setText(answer + self.tr("due in the next %Ln day(s)", "", horizon) if self.entries else self.tr("Nothing due in the next %Ln day(s).", "", horizon))
        self.setWindowTitle(self.tr("Due soon ({waiting})").format(waiting=waiting) if waiting else self.tr("Due soon"))
        self._update_actions()

    def _reminder_text(self, e: DueSoonEntry) -> str:
        urgent = e.most_urgent
        if urgent is not None:  # past its deadline, a reminder says so, not its lead time
            return reminder_label_text(urgent, e.commitment.due.end, self.scheduler.clock.today())
        if e.snoozed_until is not None:
            until = _local(e.snoozed_until)
            soon = until.date() - self.scheduler.clock.today() < timedelta(days=6)
            when = QLocale().toString(QDateTime(until), "ddd HH:mm" if soon else "d MMM")  # type: ignore[call-overload]  # Qt takes a datetime; the stubs do not say so
            return self.tr("snoozed till {when}").format(when=when)
        return ""

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_entry(self) -> DueSoonEntry | None:
        cid = self.current_id()
        return next((e for e in self.entries if e.commitment.id == cid), None)

    def select(self, commitment_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == commitment_id:
                self.list.setCurrentItem(item)

    # The officer's answers ---------------------------------------------------------------------------

    def snooze_for(self, delta: timedelta) -> None:
        self._with_current(lambda cid: self.scheduler.snooze(cid, self.scheduler.clock.now() + delta))

    def snooze_until_date(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        day = self.ask_date(self, self.scheduler.clock.today() + timedelta(days=1))
        if day is not None:
            self.scheduler.snooze(cid, self.scheduler.clock.start_of(day))

    def dismiss(self) -> None:
        self._with_current(self.scheduler.dismiss)

    def _with_current(self, act: Callable[[int], None]) -> None:
        cid = self.current_id()
        if cid is not None:
            act(cid)

    def _update_actions(self) -> None:
        e = self.current_entry()
        self.open_action.setEnabled(e is not None)
        self.deliver_action.setEnabled(e is not None)
        self.snooze_button.setEnabled(bool(e and e.reminders))
        self.dismiss_action.setEnabled(bool(e and (e.reminders or e.snoozed_until)))

    def _context_menu(self, pos) -> None:
        if self.list.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        if self.snooze_button.isEnabled():
            menu.addMenu(self.snooze_menu)
        menu.addAction(self.dismiss_action)
        menu.addAction(self.deliver_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))


def _local(moment: datetime) -> datetime:
    return moment.astimezone()  # the officer reads their own time of day
