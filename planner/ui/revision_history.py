"""`RevisionHistory`: every change of a commitment's dates, oldest first, with the reason given —
so the officer can say when a commitment first slipped and on what authority."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from planner.domain.plan import Commitment, Revision
from planner.domain.status import slippage
from planner.i18n import QT_TRANSLATE_NOOP, short_day_text, translate, window_text

FIELD_NAMES = {"due": QT_TRANSLATE_NOOP("RevisionHistory", "Due"), "start": QT_TRANSLATE_NOOP("RevisionHistory", "Start"),
               "forecast": QT_TRANSLATE_NOOP("RevisionHistory", "Forecast"), "delivered_on": QT_TRANSLATE_NOOP("RevisionHistory", "Delivered on"),
               "status": QT_TRANSLATE_NOOP("RevisionHistory", "Status")}


def field_name(field: str) -> str:
    """A dated field's name in the interface's language."""
    return translate("RevisionHistory", FIELD_NAMES[field]) if field in FIELD_NAMES else field
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
            self.summary.setText(self.tr("A new commitment has no history yet: changes of its dates will be listed here."))
            return
        slip = slippage(c)
        text = self.tr("First announced: <b>{due}</b> ({window}).").format(due=c.announced.shown, window=window_text(c.announced))
        if slip and slip.days:
            text += " " + self.tr("Slippage: {slippage}.").format(slippage=slip.text)
        if not revisions:
            text += " " + self.tr("No date has been changed since.")
        self.summary.setText(text)
        for r in revisions:
            local = r.changed_at.astimezone()
            when = f"{short_day_text(local.date())} {local:%H:%M}"
            item = QTreeWidgetItem([when, field_name(r.field), r.old or "—", r.new or "—", r.reason])
            item.setToolTip(4, r.reason)
            self.table.addTopLevelItem(item)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and copy)."""
        out = []
        for n in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(n)
            if item is not None:
                out.append(tuple(item.text(col) for col in range(len(COLUMNS))))
        return out
