"""The dialog shown when a change meets a newer stored copy: reload theirs, or keep mine on top.

It lists, field by field, where the stored commitment (theirs) and my change differ, so the
officer sees what "Keep mine" will write. Nothing is overwritten until they press it.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.merging import changed_fields
from planner.domain.plan import Commitment
from planner.i18n import QT_TRANSLATE_NOOP, translate

RELOAD, KEEP_MINE = "reload", "keep_mine"

LABELS = {"initiative_key": QT_TRANSLATE_NOOP("ConflictDialog", "Initiative"), "delivered_on": QT_TRANSLATE_NOOP("ConflictDialog", "Delivered on"),
          "reminder_days": QT_TRANSLATE_NOOP("ConflictDialog", "Reminders"),
          "remind_when_window_opens": QT_TRANSLATE_NOOP("ConflictDialog", "Remind when the window opens"),
          "source_ref": QT_TRANSLATE_NOOP("ConflictDialog", "Source"), "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
          "due": QT_TRANSLATE_NOOP("ConflictDialog", "Due"), "start": QT_TRANSLATE_NOOP("ConflictDialog", "Start"),
          "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"), "forecast": QT_TRANSLATE_NOOP("ConflictDialog", "Forecast"),
          "actor": QT_TRANSLATE_NOOP("ConflictDialog", "Actor"), "description": QT_TRANSLATE_NOOP("ConflictDialog", "Description"),
          "quote": QT_TRANSLATE_NOOP("ConflictDialog", "Quote"), "section": QT_TRANSLATE_NOOP("ConflictDialog", "Section"),
          "url": QT_TRANSLATE_NOOP("ConflictDialog", "Url"), "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Kind")}


class ConflictDialog(QDialog):
    """`choice` is RELOAD (take theirs, drop mine) or KEEP_MINE once closed; Escape means RELOAD."""

    def __init__(self, sentence: str, theirs: Commitment | None, mine: Commitment | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed elsewhere"))
        self.choice = RELOAD
        layout = QVBoxLayout(self)
        intro = QLabel(sentence)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["", self.tr("Stored now (theirs)"), self.tr("Yours")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows = differences(theirs, mine)
        for field, theirs_text, mine_text in self.rows:
            n = self.table.rowCount()
            self.table.insertRow(n)
            for col, text in enumerate((field, theirs_text, mine_text)):
                self.table.setItem(n, col, QTableWidgetItem(text))
        layout.addWidget(self.table)
        self.table.setVisible(bool(self.rows))
        hint = QLabel(self.tr("Reload shows their version and drops your change. Keep mine saves your change on top of theirs; what they changed elsewhere stays."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("&Reload (take theirs)"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setEnabled(theirs is not None)  # a commitment deleted elsewhere can only be reloaded
        self.reload_button.setDefault(True)
        buttons.accepted.connect(self._keep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 300)

    def _keep(self) -> None:
        self.choice = KEEP_MINE
        self.accept()


def differences(theirs: Commitment | None, mine: Commitment | None) -> list[tuple[str, str, str]]:
    """(field, theirs, mine) for each field in which the two copies differ."""
    if theirs is None or mine is None:
        return [("Commitment", "deleted" if theirs is None else theirs.title, "deleted" if mine is None else mine.title)]
    return [(_label(name), _shown(getattr(theirs, name)), _shown(getattr(mine, name))) for name in changed_fields(theirs, mine)]


def ask(parent: QWidget | None, sentence: str, theirs: Commitment | None, mine: Commitment | None) -> str:
    """Show the dialog and wait; tests replace this to answer without a click."""
    dialog = ConflictDialog(sentence, theirs, mine, parent)
    dialog.exec()
    return dialog.choice


def _label(name: str) -> str:
    return translate("ConflictDialog", LABELS[name]) if name in LABELS else name.replace("_", " ").capitalize()


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if hasattr(value, "shown"):
        return str(value.shown)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) or "none"
    return str(getattr(value, "value", value))
