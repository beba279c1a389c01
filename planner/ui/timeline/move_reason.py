"""After a drag on the timeline: why the date moved, and on whose word (both optional)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import translate
from planner.ui.accessible_names import name_form_fields

DEFAULT_REASON = "moved on the timeline"


class MoveReasonDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MoveReasonDialog", "Why did it move?"))
        self.setMinimumWidth(480)
        intro = QLabel(translate("MoveReasonDialog", "{what}. Say why, and on whose word, if you know (both may stay empty).").format(what=what), self)
        intro.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("MoveReasonDialog", "e.g. the Commission work programme moved it"))
        self.authority = QLineEdit(self)
        self.authority.setPlaceholderText(translate("MoveReasonDialog", "e.g. COM(2021) 645"))
        form = QFormLayout()
        form.addRow(translate("MoveReasonDialog", "&Reason:"), self.reason)
        form.addRow(translate("MoveReasonDialog", "&Authority:"), self.authority)
        name_form_fields(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)  # Esc too: the move is dropped, the mark goes back
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        return reason_text(self.reason.text(), self.authority.text())


def reason_text(reason: str, authority: str) -> str:
    """What the history keeps: 'the work programme moved it (COM(2021) 645)'."""
    reason, authority = reason.strip(), authority.strip()
    if reason and authority:
        return f"{reason} ({authority})"
    if reason:
        return reason
    if authority:
        return translate("MoveReasonDialog", "on the word of {authority}").format(authority=authority)
    return translate("TimelineEditing", DEFAULT_REASON)  # the catalogue has it from editing.py


def ask_move_reason(parent: QWidget, what: str) -> str | None:
    """The reason to keep with the move (the default one when the officer gives none), or None
    when the officer cancels: then the move is not made."""
    dialog = MoveReasonDialog(what, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()


__all__ = ["DEFAULT_REASON", "MoveReasonDialog", "ask_move_reason", "reason_text"]
