"""`Unfolder`: the plan tree shown unfolded, at a cost that does not grow with the plan.

A QTreeView lays out every row of every unfolded group, asking the model about each one: for
100,000 commitments that is a second or more, on opening the plan and again whenever a filter is
cleared. So a plan of up to UNFOLD_ALL_UP_TO commitments is unfolded whole, as it always was;
a larger one unfolds the groups that are on screen, and each further group as it scrolls into
view. Either way every row is there to be scrolled to, and a group the officer folded stays
folded until the filter changes or Expand all is chosen.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint
from PySide6.QtWidgets import QTreeView

from planner.qtmodels.roles import ROW_COMMITMENT, Roles

# Unfolding everything lays out every row: up to this many commitments it takes a few tens of ms.
UNFOLD_ALL_UP_TO = 5_000
# Before the tree has a size: unfold groups from the top until this many rows are out.
FIRST_SCREEN_ROWS = 200


class Unfolder(QObject):
    def __init__(self, tree: QTreeView, commitment_count) -> None:
        """`commitment_count()` says how large the plan is now."""
        super().__init__(tree)
        self.tree = tree
        self._count = commitment_count
        self._seen: set[tuple[str, str]] = set()  # groups unfolded once: never unfolded again by us
        self._busy = False
        tree.verticalScrollBar().valueChanged.connect(lambda _v: self.unfold_in_view())
        tree.viewport().installEventFilter(self)

    @property
    def unfolds_all(self) -> bool:
        return self._count() <= UNFOLD_ALL_UP_TO

    def unfold(self) -> None:
        """Show the tree unfolded again (a new filter, rows come back): all of it for a plan
        of ordinary size, else what is on screen and, later, what scrolls into view."""
        if self.unfolds_all:
            self.tree.expandAll()
            return
        self._seen.clear()
        if self.tree.isVisible() and self.tree.viewport().height() > 0:
            self.unfold_in_view()
        else:
            self._unfold_first_rows()

    def expand_to(self, index: QModelIndex) -> None:
        """Unfold the groups above `index`, so the row can be shown and selected."""
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            self._seen.add(_group_key(parent))
            parent = parent.parent()

    def unfold_in_view(self) -> None:
        """Unfold the groups on screen that have not been unfolded yet (large plans only)."""
        if self._busy or self.unfolds_all:
            return
        tree = self.tree
        bottom = tree.viewport().height()
        index = tree.indexAt(QPoint(1, 0))
        self._busy = True  # unfolding scrolls nothing, but moves the rows below it
        try:
            while index.isValid() and tree.visualRect(index).top() < bottom:
                self._unfold_once(index)
                index = tree.indexBelow(index)
        finally:
            self._busy = False

    def _unfold_first_rows(self) -> None:
        # The tree is not laid out yet: unfold from the top, in the model, a screenful and more.
        model, rows = self.tree.model(), 0
        pending = [model.index(r, 0) for r in range(model.rowCount())]
        while pending and rows < FIRST_SCREEN_ROWS:
            index = pending.pop(0)
            rows += 1
            if self._unfold_once(index):
                pending[:0] = [model.index(r, 0, index) for r in range(model.rowCount(index))]

    def _unfold_once(self, index: QModelIndex) -> bool:
        if index.data(Roles.ROW_KIND) == ROW_COMMITMENT:
            return False
        key = _group_key(index)
        if key in self._seen:
            return self.tree.isExpanded(index)
        self._seen.add(key)
        self.tree.expand(index)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.unfold_in_view()  # a taller window shows more groups
        return False


def _group_key(index: QModelIndex) -> tuple[str, str]:
    return index.data(Roles.ROW_KIND), index.data(Roles.KEY)
