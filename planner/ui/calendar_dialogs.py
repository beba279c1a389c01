"""The calendar dialogs: what to export, and where the team calendar is. They only collect
choices; `calendar_actions.py` does the work, so tests can drive it without a modal loop."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ExportChoice:
    path: Path  # a file, or a folder when per_strategy
    only_filtered: bool
    todos: bool
    per_strategy: bool


class ExportCalendarDialog(QDialog):
    def __init__(self, start_folder: Path, filtered: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self.path = QLineEdit(str(start_folder / "plan.ics"), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.only_filtered = QCheckBox(self.tr("Only the commitments the filter shows"), self)
        self.only_filtered.setChecked(filtered)
        self.only_filtered.setEnabled(filtered)
        self.todos = QCheckBox(self.tr("Also as tasks, for task-list apps (…-tasks.ics)"), self)
        self.per_strategy = QCheckBox(self.tr("One file per strategy (the path is a folder)"), self)
        self.per_strategy.toggled.connect(self._per_strategy_toggled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write the plan as an iCalendar file any calendar app can import:")))
        layout.addLayout(row)
        for box in (self.only_filtered, self.todos, self.per_strategy):
            layout.addWidget(box)
        layout.addWidget(self.buttons)

    def choice(self) -> ExportChoice:
        return ExportChoice(Path(self.path.text().strip()).expanduser(), self.only_filtered.isChecked(), self.todos.isChecked(), self.per_strategy.isChecked())

    def _per_strategy_toggled(self, on: bool) -> None:
        current = Path(self.path.text().strip() or "plan.ics")
        self.path.setText(str(current.parent if on and current.suffix == ".ics" else current / "plan.ics" if not on and not current.suffix else current))

    def _browse(self) -> None:
        if self.per_strategy.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the calendar files"), self.path.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), self.path.text(), self.tr("iCalendar (*.ics)"))
        if chosen:
            self.path.setText(chosen)


@dataclass(frozen=True)
class CalDavChoice:
    url: str
    user: str
    password: str  # "" when the keyring holds it
    keep_password: bool


class CalDavDialog(QDialog):
    """The team calendar's address and user (kept in the plan) and the password (never kept there)."""

    def __init__(self, url: str, user: str, password_stored: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to a CalDAV calendar"))
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("https://server/dav/calendars/user/team/")
        self.user = QLineEdit(user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring") if password_stored else "")
        self.keep = QCheckBox(self.tr("Keep the password in the system keyring"), self)
        self.keep.setChecked(password_stored)
        form = QFormLayout()
        form.addRow(self.tr("Calendar address:"), self.url)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.keep)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Create, update and delete the plan's events on a shared calendar.\n"
                                "Other people's events there are left alone.")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choice(self) -> CalDavChoice:
        return CalDavChoice(self.url.text().strip(), self.user.text().strip(), self.password.text(), self.keep.isChecked())
