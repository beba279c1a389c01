"""The list of a document's proposals: what each says, its date as written, and the officer's
decision. Arrows move through it; Space accepts (again: back to review), Delete rejects."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from planner.reading.review import Decision, Reviewed

COL_MARK, COL_TITLE, COL_DATE, COL_WINDOW, COL_ACTOR = range(5)


def mark_of(item: Reviewed) -> str:
    """The decision in words and a symbol, so it is told by more than colour."""
    if item.present is not None:
        return QCoreApplication.translate("ProposalList", "= in the plan")
    if item.decision is Decision.ACCEPTED:
        return QCoreApplication.translate("ProposalList", "✓ accepted")
    if item.decision is Decision.REJECTED:
        return QCoreApplication.translate("ProposalList", "✗ rejected")
    if not item.dated:
        return QCoreApplication.translate("ProposalList", "? date it")
    return QCoreApplication.translate("ProposalList", "• to review")


def _deciding(event: QKeyEvent) -> bool:
    return not event.modifiers() and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class ProposalList(QTreeWidget):
    accept_pressed = Signal()  # Space
    reject_pressed = Signal()  # Delete or Backspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Review"), self.tr("Proposed commitment"), self.tr("Date as written"),
                              self.tr("Window"), self.tr("Who")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Proposed commitments"))
        self.setAccessibleDescription(self.tr("Space accepts the selected proposal, Delete rejects it"))
        self.setColumnWidth(COL_MARK, 100)
        self.setColumnWidth(COL_TITLE, 260)
        self.setColumnWidth(COL_DATE, 130)
        self.setColumnWidth(COL_WINDOW, 150)

    def show_items(self, items: list[Reviewed]) -> None:
        current = self.currentIndex().row()
        self.clear()
        for item in items:
            self.addTopLevelItem(QTreeWidgetItem(self._texts(item)))
        for n, item in enumerate(items):
            self._dim(n, item)
        if items:
            self.setCurrentItem(self.row(max(0, min(current, len(items) - 1))))

    def row(self, n: int) -> QTreeWidgetItem:
        shown = self.topLevelItem(n)
        assert shown is not None, n  # rows are the review's items, all shown
        return shown

    def refresh_row(self, row: int, item: Reviewed) -> None:
        shown = self.row(row)
        for column, text in enumerate(self._texts(item)):
            shown.setText(column, text)
        self._dim(row, item)

    def _texts(self, item: Reviewed) -> list[str]:
        p = item.proposal
        window = p.due.window_text if p.due else self.tr("not dated")
        return [mark_of(item), p.title, p.phrase or "—", window, p.actor or "—"]

    def _dim(self, row: int, item: Reviewed) -> None:
        shown = self.row(row)
        shown.setToolTip(COL_TITLE, item.proposal.quote)
        font = shown.font(COL_TITLE)
        font.setStrikeOut(item.decision is Decision.REJECTED)
        font.setBold(item.decision is Decision.ACCEPTED)
        for column in range(self.columnCount()):
            shown.setFont(column, font)

    def event(self, event: QEvent) -> bool:
        # Space and Delete are the list's own here, not the window's Delete… (which would ask
        # to delete the plan's selected commitments instead of rejecting a proposal).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _deciding(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.accept_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.reject_pressed.emit()
            return
        super().keyPressEvent(event)
