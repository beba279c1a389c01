"""`RevisionHistory`: every change of a commitment's dates, oldest first, with the reason given —
so the officer can say when a commitment first slipped and on what authority."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from planner.domain.plan import Commitment, Revision
from planner.domain.status import slippage

FIELD_NAMES = {"due": "Due", "start": "Start", "forecast": "Forecast", "delivered_on": "Delivered on", "status": "Status"}
COLUMNS = ("When", "Field", "Old", "New", "Reason")


class RevisionHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setWordWrap(True)
        for col, width in enumerate((120, 80, 140, 140)):
            self.table.setColumnWidth(col, width)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)

    def show_history(self, c: Commitment | None, revisions: list[Revision]) -> None:
        self.table.clear()
        if c is None:
            self.summary.setText("A new commitment has no history yet: changes of its dates will be listed here.")
            return
        slip = slippage(c)
        text = f"First announced: <b>{c.announced.shown}</b> ({c.announced.window_text})."
        if slip and slip.days:
            text += f" Slippage: {slip.text}."
        if not revisions:
            text += " No date has been changed since."
        self.summary.setText(text)
        for r in revisions:
            when = r.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, FIELD_NAMES.get(r.field, r.field), r.old or "—", r.new or "—", r.reason])
            item.setToolTip(4, r.reason)
            self.table.addTopLevelItem(item)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and copy)."""
        out = []
        for n in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(n)
            out.append(tuple(item.text(col) for col in range(len(COLUMNS))))
        return out
