"""View → Status as of…: the day typed as in the edit dialog ("15 December 2020", "2021-06-30",
"end of 2021" is not a day) or picked from the calendar button; Return applies it."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .phrase_edit import PhraseEdit


class AsOfDialog(QDialog):
    def __init__(self, as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status as of"))
        self.column = layout = QVBoxLayout(self)  # the prompt, the day, the buttons: others may add rows
        self.prompt = QLabel(self.tr("Show the status of every commitment as it stands on:"))
        layout.addWidget(self.prompt)
        self.day = PhraseEdit(day_only=True, placeholder=self.tr("e.g. 15 December 2020 or 2020-12-15"), parent=self)
        self.day.set_day(as_of)
        self.day.line.selectAll()
        layout.addWidget(self.day)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)  # Return in the field applies
        self.day.changed.connect(lambda: self.ok.setEnabled(self.day.is_valid))
        self.day.setFocus()
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        if self.day.is_valid:  # Return on an unreadable day leaves the dialog open, saying why
            super().accept()

    def chosen_day(self) -> date | None:
        return self.day.day()


def ask_as_of(parent: QWidget, as_of: date) -> date | None:
    """The day the officer chose, or None when they cancelled."""
    dialog = AsOfDialog(as_of, parent)
    return dialog.chosen_day() if dialog.exec() == QDialog.DialogCode.Accepted else None
