"""The plan side by side: the tree of commitments and, beside it, the timeline.

Both show the same rows of the same model with one selection; the timeline fills the right
side of the splitter.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment
from planner.domain.status import Standing
from planner.i18n import column_window_text, translate
from planner.i18n.words import status_word
from planner.qtmodels.filter_proxy import PlanFilterProxy
from planner.qtmodels.plan_model import (
    COL_ACTOR,
    COL_DUE,
    COL_STATUS,
    COL_TITLE,
    COL_WINDOW,
)
from planner.qtmodels.roles import Roles

from .timeline.widget import NOTHING_SELECTED, RunSafely, TimelineView
from .unfolding import Unfolder


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than a line of text: room for a readable bar and diamond beside them."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 8))
        return size


def column_widths(fm: QFontMetrics) -> dict[int, int]:
    """Each column as wide as what it usually holds, in this font: a window of months across two
    years ("Oct 2020 – Mar 2021"), the longest status word and header, a responsible body's name; the title
    column has what a long title needs to be told apart from its neighbours."""
    def room(*texts: str) -> int:
        return max(fm.horizontalAdvance(t) for t in texts) + 18

    statuses = [status_word(s.value) for s in Standing]  # in the interface's language: French and German are longer
    return {
        COL_TITLE: room("Propose interim legislation so voluntary"),
        COL_DUE: room("by the end of 2020", translate("PlanModel", "Due (as written)")),
        COL_STATUS: room("delivered late", "in progress", *statuses),
        COL_WINDOW: room(column_window_text(Period(date(2020, 10, 1), date(2021, 3, 31), Precision.MONTH)),
                         translate("PlanModel", "Window")),
        COL_ACTOR: room("European Commission"),
    }


class PlanTree(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_RoomyRows(self))
        self.setUniformRowHeights(True)  # rows line up with the timeline, and it is faster
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName(self.tr("Plan"))
        self.setAccessibleDescription(self.tr("Strategies, initiatives and commitments with their due dates, status and "
                                      "windows; the timeline beside it draws the same rows"))


class PlanView(QSplitter):
    """Tree on the left, timeline on the right; `current_changed` says which commitment is current."""

    current_changed = Signal(object)  # Commitment or None
    activated = Signal(object)  # a commitment was double-clicked or Enter was pressed

    def __init__(self, model: PlanFilterProxy, run_safely: RunSafely, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = model
        self.tree = PlanTree(self)
        self.tree.setModel(model)
        self.unfolder = Unfolder(self.tree, lambda: len(model.plan_model.doc.plan.commitments))
        self.unfolder.unfold()
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The header is as tall as the timeline's (two bands of dates, a lane of flags): the
        # column names sit in its middle, level with the dates, with no tall blank above them.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        self.tree.setIndentation(14)  # three levels deep: room for the title, not for the tree's steps
        widths = column_widths(self.tree.fontMetrics())
        for col, width in widths.items():
            header.resizeSection(col, width)
        self.timeline = TimelineView(self.tree, model.plan_model.doc, run_safely)
        self.timeline.activated.connect(self._on_activated)
        self.addWidget(self.tree)
        self.addWidget(self.timeline)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        # Every column whole beside the timeline: at 1400 px the tree takes a little over half.
        self.setSizes([sum(widths.values()) + 4, 600])
        # The timeline always has its sideways bar; the tree has one too, so both viewports end
        # at one height and the last row lines up with its mark even when every column fits.
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)

    def unfold(self) -> None:
        """Show the tree unfolded again, as far as the plan's size allows (see `unfolding.py`)."""
        self.unfolder.unfold()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A screen reader on the timeline hears the row its marks stand for, as the list shows it.
        self.timeline.describe_row(self._row_in_words(current) if current.isValid() else translate("TimelineView", NOTHING_SELECTED))
        self.current_changed.emit(current.data(Roles.COMMITMENT) if current.isValid() else None)

    def _row_in_words(self, index: QModelIndex) -> str:
        """'Title; Due: by Q4 2020; Status: overdue; …': the row's columns with their names."""
        parts = []
        for column in range(self.model.columnCount(index.parent())):
            text = str(index.siblingAtColumn(column).data(Qt.ItemDataRole.DisplayRole) or "").strip()
            if text:
                name = self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                parts.append(text if column == 0 else f"{name}: {text}")
        return "; ".join(parts)

    def _on_activated(self, index: QModelIndex) -> None:
        c = index.data(Roles.COMMITMENT)
        if c is not None:
            self.activated.emit(c)

    def current_commitment(self) -> Commitment | None:
        return self.tree.currentIndex().data(Roles.COMMITMENT) if self.tree.currentIndex().isValid() else None

    def selected_commitments(self) -> list[Commitment]:
        rows = self.tree.selectionModel().selectedRows()
        return [c for c in (r.data(Roles.COMMITMENT) for r in rows) if c is not None]

    def select_commitment(self, commitment_id: int) -> None:
        index = self.model.index_of(commitment_id)
        if index.isValid():
            self.unfolder.expand_to(index)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            # In a large plan, scrolling unfolds the groups that come into view above the row and
            # pushes it down again: scroll until it stays (each group unfolds once, so this ends).
            for _ in range(5):
                self.tree.scrollTo(index)
                if self.tree.viewport().rect().contains(self.tree.visualRect(index)):
                    break
