"""The rows the timeline draws: read through the model's roles, placed where the tree puts them.

`Row` is what the painter needs of one row and nothing more, so the screen (rows the tree shows
now) and paper (rows of one page) feed the same drawing code. `rows_in_tree` asks the tree for
the rows in a band of its viewport: the timeline never lays rows out itself, so expansion,
filtering, order and scrolling always match the tree pixel for pixel.
"""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from planner.domain.plan import Commitment
from planner.domain.status import Standing
from planner.qtmodels.roles import Roles


class Row(NamedTuple):
    """One row of the tree as the timeline draws it. (A named tuple, as the other records drawn
    at each paint: made quickly, and defined a third of a millisecond faster than a frozen
    dataclass at start-up.)"""

    top: float
    height: float
    kind: str  # ROW_STRATEGY, ROW_INITIATIVE or ROW_COMMITMENT
    title: str
    commitment: Commitment | None
    first: date | None  # the days the row's bar covers (a group: all its commitments)
    last: date | None
    standing: Standing | None
    alternate: bool = False
    selected: bool = False
    current: bool = False
    index: QPersistentModelIndex | None = None  # type: ignore[assignment]  # the model row, for selecting and editing (a field may shadow tuple.index)

    @property
    def centre(self) -> float:
        return self.top + self.height / 2

    def showing(self, c: Commitment) -> "Row":
        """The same row drawn with another version of its commitment (a drag in progress)."""
        return self._replace(commitment=c, first=c.window_start, last=c.window_end)


def row_from_index(index: QModelIndex, top: float, height: float, *, alternate: bool = False, selected: bool = False, current: bool = False) -> Row:
    """A row as the model describes it through its roles (column 0 of `index`)."""
    ix = index.siblingAtColumn(0)
    return Row(
        top=top,
        height=height,
        kind=ix.data(Roles.ROW_KIND),
        title=ix.data() or "",
        commitment=ix.data(Roles.COMMITMENT),
        first=ix.data(Roles.START),
        last=ix.data(Roles.END),
        standing=ix.data(Roles.STANDING),
        alternate=alternate,
        selected=selected,
        current=current,
        index=QPersistentModelIndex(ix),
    )


def rows_in_tree(tree: QTreeView, dy: float, height: float) -> list[Row]:
    """The tree's rows that fall in `0..height` of a widget whose y = `dy` is the tree's viewport top.

    Walks from the first row the tree shows downwards, so the cost is the number of rows on
    screen, not the size of the plan.
    """
    index = tree.indexAt(QPoint(1, 0))
    if not index.isValid():
        return []
    selection = tree.selectionModel()
    current = tree.currentIndex().siblingAtColumn(0)
    first_rect = tree.visualRect(index)
    row_h = max(first_rect.height(), 1)
    # Alternate shading follows the tree's own: by the row's position among all visible rows.
    bar = tree.verticalScrollBar()
    per_item = tree.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
    offset_px = bar.value() * row_h if per_item else bar.value()
    visual = (first_rect.top() + offset_px) // row_h
    alternating = tree.alternatingRowColors()
    rows = []
    limit = height - dy
    while index.isValid():
        rect = tree.visualRect(index)
        if rect.top() > limit:
            break
        ix0 = index.siblingAtColumn(0)
        rows.append(row_from_index(
            ix0, rect.top() + dy, rect.height(),
            alternate=alternating and visual % 2 == 1,
            selected=selection is not None and selection.isRowSelected(ix0.row(), ix0.parent()),
            current=ix0 == current,
        ))
        visual += 1
        index = tree.indexBelow(index)
    return rows
