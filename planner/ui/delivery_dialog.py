"""Edit → Mark delivered…: on which day, and by which document, the commitments were delivered."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .accessible_names import name_form_fields
from .phrase_edit import PhraseEdit


@dataclass(frozen=True)
class Delivery:
    day: date
    by: str  # the delivering document's reference, e.g. "COM(2022) 209"; may be empty


class DeliveryDialog(QDialog):
    def __init__(self, titles: list[str], day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark delivered"))
        self.setMinimumWidth(520)
        what = f"“{titles[0]}”" if len(titles) == 1 else self.tr("%Ln commitment(s)", "", len(titles))
        intro = QLabel(self.tr("When was {what} delivered, and by which document?").format(what=what), self)
        intro.setWordWrap(True)
        self.day = PhraseEdit(day_only=True, parent=self)
        self.day.line.setText(day.isoformat())
        self.by = QLineEdit(self)
        self.by.setPlaceholderText(self.tr("e.g. COM(2022) 209 (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Delivered on:"), self.day)
        form.addRow(self.tr("&By the document:"), self.by)
        name_form_fields(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.day.changed.connect(lambda: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.day.is_valid))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.day.setFocus()
        self.day.line.selectAll()

    def delivery(self) -> Delivery | None:
        day = self.day.day()
        return Delivery(day, self.by.text().strip()) if self.day.is_valid and day is not None else None


def ask_delivery(parent: QWidget, titles: list[str], day: date) -> Delivery | None:
    """The officer's answer, or None when cancelled."""
    dialog = DeliveryDialog(titles, day, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.delivery()


__all__ = ["Delivery", "DeliveryDialog", "ask_delivery"]
