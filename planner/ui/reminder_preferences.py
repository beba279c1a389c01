"""The "Reminders" page of Preferences: the plan's default lead times, how far the Due soon list
looks ahead, staying in the tray, and starting at login."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.reminders import parse_lead_days
from planner.i18n.sentences import error_text
from planner.reminders import autostart
from planner.reminders.scheduler import ReminderScheduler
from planner.reminders.user_settings import (
    horizon_days,
    live_in_tray,
    set_horizon_days,
    set_live_in_tray,
)


def lead_days_text(days: tuple[int, ...]) -> str:
    return ", ".join(str(d) for d in days) if days else "none"


class ReminderPreferences(QWidget):
    def __init__(
        self,
        scheduler: ReminderScheduler,
        settings: QSettings,
        *,
        tray_available: bool,
        on_applied: Callable[[], None] = lambda: None,
        autostart_entry: Path | None = None,
        launch_command: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler, self.settings = scheduler, settings
        self.on_applied = on_applied  # the window refreshes its list and tray icon
        self.entry = autostart_entry or autostart.entry_path()
        self.command = launch_command or autostart.launch_command()

        self._stored_days = scheduler.reminders.plan_lead_days()
        self.lead_days = QLineEdit(lead_days_text(self._stored_days), self)
        self.lead_days.setPlaceholderText(self.tr("e.g. 30, 7, 1 — or none"))
        self.lead_days.setToolTip(self.tr("Days before the end of the due window, for every commitment that does not set its own"))
        self.horizon = QSpinBox(self)
        self.horizon.setRange(1, 365)
        self.horizon.setSuffix(self.tr(" days"))
        self.horizon.setValue(horizon_days(settings))
        self.in_tray = QCheckBox(self.tr("Keep running in the system tray when the window is closed"), self)
        self.in_tray.setChecked(live_in_tray(settings) and tray_available)
        self.in_tray.setEnabled(tray_available)
        self.at_login = QCheckBox(self.tr("Start Planner when I log in (in the tray)"), self)
        self.at_login.setChecked(autostart.is_enabled(self.entry))

        form = QFormLayout()
        form.addRow(self.tr("Remind before each due date:"), self.lead_days)
        form.addRow("", _note(self.tr("Days before the end of the due window; each commitment may set its own in its edit dialog. "
                                      "The calendar export's alarms use the same days.")))
        form.addRow(self.tr("Due soon list shows the next:"), self.horizon)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.in_tray)
        if not tray_available:
            layout.addWidget(_note(self.tr("This desktop has no system tray.")))
        layout.addWidget(self.at_login)
        layout.addWidget(_note(self.tr("Login entry: {file}").format(file=self.entry)))
        layout.addStretch(1)

    def problem(self) -> str | None:
        try:
            parse_lead_days(self.lead_days.text())
        except ValueError as exc:
            return error_text(exc)
        return None

    def apply(self) -> None:
        days = parse_lead_days(self.lead_days.text())
        if days != self._stored_days:
            self.scheduler.set_plan_lead_days(days)  # plans every commitment's reminders again
            self._stored_days = days
        set_horizon_days(self.settings, self.horizon.value())
        if self.in_tray.isEnabled():
            set_live_in_tray(self.settings, self.in_tray.isChecked())
        try:
            if self.at_login.isChecked() and not autostart.is_enabled(self.entry):
                autostart.enable(self.command, self.entry)
            elif not self.at_login.isChecked() and autostart.is_enabled(self.entry):
                autostart.disable(self.entry)
        except autostart.AutostartError as exc:
            QMessageBox.warning(self, self.tr("Start at login"), error_text(exc))
        self.settings.sync()
        self.on_applied()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid)")
    return label
