"""`PlanModel`: the strategy -> initiative -> commitment tree, shared by the tree and the timeline.

Rows are built once from the document and then kept in step with its signals: a changed
commitment emits `dataChanged` for its row only; additions and removals insert and remove rows,
so views keep their expansion, selection and scroll position.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from planner.document import PlanDocument
from planner.domain.filters import search_text
from planner.domain.period import Period
from planner.domain.plan import Commitment
from planner.domain.status import Standing, slippage, standing
from planner.i18n import QT_TRANSLATE_NOOP, column_window_text, window_text
from planner.i18n.words import delivery_text, slippage_text, status_word

from .roles import ROW_COMMITMENT, ROW_INITIATIVE, ROW_STRATEGY, Roles
from .status_colors import STANDING_COLORS

# Status before the window: on a laptop the window column is what the timeline shows anyway.
# Marked for translation here, translated when shown (headerData).
COLUMNS = (QT_TRANSLATE_NOOP("PlanModel", "Commitment"), QT_TRANSLATE_NOOP("PlanModel", "Due (as written)"),
           QT_TRANSLATE_NOOP("PlanModel", "Status"), QT_TRANSLATE_NOOP("PlanModel", "Window"),
           QT_TRANSLATE_NOOP("PlanModel", "Responsible"))
# The status words as the plan list shows them (Standing's values are English and stored nowhere).
STANDING_WORDS = (
    QT_TRANSLATE_NOOP("PlanModel", "delivered on time"), QT_TRANSLATE_NOOP("PlanModel", "delivered late"),
    QT_TRANSLATE_NOOP("PlanModel", "overdue"), QT_TRANSLATE_NOOP("PlanModel", "due soon"),
    QT_TRANSLATE_NOOP("PlanModel", "in progress"), QT_TRANSLATE_NOOP("PlanModel", "planned"),
    QT_TRANSLATE_NOOP("PlanModel", "dropped"),
)
COL_TITLE, COL_DUE, COL_STATUS, COL_WINDOW, COL_ACTOR = range(5)
_COLUMN_COUNT = len(COLUMNS)

Index = QModelIndex | QPersistentModelIndex


_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# A commitment row never has children: the tree need not ask, row by row, whether it has any.
_LEAF_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_NO_CHILDREN: list["_Node"] = []  # shared by every commitment node; never appended to


class _Node:
    """One row. Slotted, and commitments share one empty child list: a plan may hold 100,000.
    `row` is the node's place among its siblings, kept current wherever siblings come and go
    (Qt asks for it on every parent() call)."""

    __slots__ = ("kind", "key", "title", "parent", "children", "commitment", "strategy_key", "detail", "covers", "row")

    def __init__(self, kind: str, key: str, title: str, parent: "_Node | None" = None, *,
                 commitment: Commitment | None = None, strategy_key: str = "", detail: str = "", covers: Period | None = None) -> None:
        self.kind, self.key, self.title, self.parent = kind, key, title, parent
        self.children: list[_Node] = _NO_CHILDREN if commitment is not None else []
        self.commitment = commitment
        self.strategy_key = strategy_key
        self.detail = detail  # reference of a strategy, e.g. COM(2020) 607
        self.covers = covers  # the period a strategy covers, e.g. 2020-2025
        self.row = 0


def _years(start: date | None, end: date | None) -> str:
    """A group's window in years: '2020-2025', or '2021' within one year."""
    return f"{start.year}–{end.year}" if start and end and start.year != end.year else (str(start.year) if start else "")


def _renumber(children: list[_Node], start: int = 0) -> None:
    for n in range(start, len(children)):
        children[n].row = n


class PlanModel(QAbstractItemModel):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self._root = _Node("root", "", "")
        self._commitment_nodes: dict[int, _Node] = {}
        self._initiative_nodes: dict[str, _Node] = {}
        # Goes up before any change is signalled: the filter proxy knows its cached answers
        # about groups are stale even while Qt is still delivering the change.
        self.generation = 0
        self._positions: tuple[int, dict[_Node, int]] | None = None
        self._build()
        document.commitment_changed.connect(self._on_changed)
        document.commitment_added.connect(self._on_added)
        document.commitment_removed.connect(self._on_removed)
        document.plan_reloaded.connect(self._on_reloaded)
        document.as_of_changed.connect(self._on_as_of)

    # Building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.generation += 1
        plan = self.doc.plan
        self._spans: dict[int, tuple[date | None, date | None]] = {}  # group spans, by id(node)
        self._root = _Node("root", "", "")
        self._commitment_nodes.clear()
        self._initiative_nodes.clear()
        strategies: dict[str, _Node] = {}
        for s in plan.strategies:
            node = _Node(ROW_STRATEGY, s.key, s.title, self._root, strategy_key=s.key, detail=s.reference, covers=s.period)
            self._root.children.append(node)
            strategies[s.key] = node
        for i in plan.initiatives:
            parent = strategies[i.strategy_key]
            node = _Node(ROW_INITIATIVE, i.key, i.label, parent, strategy_key=i.strategy_key)
            parent.children.append(node)
            self._initiative_nodes[i.key] = node
        for c in plan.commitments:
            self._attach(c)
        # An initiative with nothing dated in it is noise in a timeline; strategies stay. Hidden
        # initiatives stay in _initiative_nodes so a first commitment added to one can find it.
        for strategy_node in self._root.children:
            strategy_node.children = [i for i in strategy_node.children if i.children]
        for group in [self._root, *self._root.children]:
            _renumber(group.children)

    def _attach(self, c: Commitment) -> _Node:
        parent = self._initiative_nodes[c.initiative_key]
        node = _Node(ROW_COMMITMENT, c.key or str(c.id), c.title, parent, commitment=c, strategy_key=parent.strategy_key)
        node.row = len(parent.children)
        parent.children.append(node)
        self._commitment_nodes[c.stored_id] = node
        return node

    # Qt's model interface -------------------------------------------------------------------------

    # index(), parent(), rowCount() and flags() run for every row the tree lays out: kept lean.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        children = parent.internalPointer().children if parent.isValid() else self._root.children
        if 0 <= row < len(children) and 0 <= column < _COLUMN_COUNT:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        up = child.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("PlanModel", str(COLUMNS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalPointer().commitment is None else _LEAF_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        c = node.commitment
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.FontRole and node.kind != ROW_COMMITMENT:
            font = QFont()
            font.setBold(node.kind == ROW_STRATEGY)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and c is not None and col == COL_STATUS:
            colours = STANDING_COLORS[self._standing(c)]
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QBrush(QColor(colours.text_on_dark if dark else colours.text))
        if role == Roles.ROW_KIND:
            return node.kind
        if role == Roles.KEY:
            return node.key
        if role == Roles.STRATEGY_KEY:
            return node.strategy_key
        if role == Roles.START:
            return self._span(node)[0]
        if role == Roles.END:
            return self._span(node)[1]
        if c is None:
            return None
        return self._commitment_role(c, role)

    def _commitment_role(self, c: Commitment, role: int):
        if role == Roles.COMMITMENT:
            return c
        if role == Roles.ID:
            return c.id
        if role == Roles.DUE:
            return c.due
        if role == Roles.KIND:
            return c.kind.value
        if role == Roles.STANDING:
            return self._standing(c)
        if role == Roles.SLIPPAGE:
            return slippage(c)
        if role == Roles.BASELINE:
            return c.announced
        if role == Roles.SEARCH_TEXT:
            return search_text(c)
        return None

    # What the cells say -----------------------------------------------------------------------------

    def _standing(self, c: Commitment) -> Standing:
        return standing(c, self.doc.as_of, self.doc.due_soon_days)

    def _display(self, node: _Node, col: int) -> str | None:
        c = node.commitment
        if c is None:
            if col == COL_TITLE:
                return node.title
            if col == COL_DUE and node.detail:
                return node.detail
            if col == COL_WINDOW and node.covers is not None:
                return column_window_text(node.covers)  # what the strategy says it covers
            if col == COL_WINDOW and node.children:
                return _years(*self._span(node))
            return None
        if col == COL_TITLE:
            return c.title
        if col == COL_DUE:
            return c.due.shown
        if col == COL_WINDOW:
            return column_window_text(c.due)
        if col == COL_STATUS:
            return QCoreApplication.translate("PlanModel", self._standing(c).value)
        if col == COL_ACTOR:
            return c.actor
        return None

    def _tooltip(self, node: _Node) -> str | None:
        c = node.commitment
        if c is None:
            return node.title
        slip = slippage(c)
        lines = [c.title, QCoreApplication.translate("PlanModel", "Due: {due} ({window})").format(due=c.due.shown, window=window_text(c.due)),
                 QCoreApplication.translate("PlanModel", "Status: {status}").format(status=status_word(self._standing(c).value))]
        if c.delivered_on is not None or c.delivered_by:
            lines.append(QCoreApplication.translate("PlanModel", "Delivered: {delivery}").format(delivery=delivery_text(c)))
        if slip:
            lines.append(QCoreApplication.translate("PlanModel", "Slippage: {slippage}, first announced {due}").format(slippage=slippage_text(slip), due=c.announced.shown))
        if c.quote:
            lines.append(f"“{c.quote}” — {c.source_ref}")
        return "\n".join(lines)

    def _span(self, node: _Node) -> tuple[date | None, date | None]:
        if node.commitment is not None:
            return node.commitment.window_start, node.commitment.window_end
        # Cached: the tree and the timeline ask for it on every paint, and a strategy may hold
        # thousands of commitments. Any change to the rows clears the cache.
        cached = self._spans.get(id(node))
        if cached is not None:
            return cached
        spans = [self._span(child) for child in node.children]
        starts = [s for s, _ in spans if s]
        ends = [e for _, e in spans if e]
        span = (min(starts) if starts else None, max(ends) if ends else None)
        self._spans[id(node)] = span
        return span

    # Finding rows ------------------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index_of(self, commitment_id: int, column: int = 0) -> QModelIndex:
        node = self._commitment_nodes.get(commitment_id)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    def node_at(self, row: int, parent: Index) -> _Node | None:
        """The row's node, for the filter proxy: it asks about every row it maps, and an
        index() and data() per row would double the calls into Python."""
        children = parent.internalPointer().children if parent.isValid() else self._root.children
        return children[row] if 0 <= row < len(children) else None

    def commitment_node(self, commitment_id: int) -> _Node | None:
        return self._commitment_nodes.get(commitment_id)

    @staticmethod
    def commitment_nodes_under(node: _Node) -> Iterator[_Node]:
        for child in node.children:
            if child.commitment is not None:
                yield child
            else:
                yield from PlanModel.commitment_nodes_under(child)

    def position(self, index: Index) -> int | None:
        """Where a row of this model comes in the tree's order, folded or not, filtered or not:
        rows compare by position as they lie top to bottom. None for no row."""
        return self._positions_now().get(index.internalPointer()) if index.isValid() else None

    def commitment_position(self, commitment_id: int) -> int | None:
        node = self._commitment_nodes.get(commitment_id)
        return None if node is None else self._positions_now().get(node)

    def _positions_now(self) -> dict[_Node, int]:
        if self._positions is None or self._positions[0] != self.generation:
            order: dict[_Node, int] = {}
            for s in self._root.children:
                order[s] = len(order)
                for i in s.children:
                    order[i] = len(order)
                    for c in i.children:
                        order[c] = len(order)
            self._positions = (self.generation, order)
        return self._positions[1]

    def _index_of_node(self, node: _Node, column: int = 0) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row, column, node)

    # Keeping in step with the document ----------------------------------------------------------------

    def _on_changed(self, c: Commitment) -> None:
        self.generation += 1
        self._spans.clear()
        node = self._commitment_nodes.get(c.stored_id)
        if node is None:
            return
        if node.parent and node.parent.key != c.initiative_key:
            self._on_removed(c)
            self._on_added(c)
            return
        node.commitment, node.title = c, c.title
        row = node.row
        self.dataChanged.emit(self.createIndex(row, 0, node), self.createIndex(row, len(COLUMNS) - 1, node))
        self._refresh_ancestors(node)

    def _on_added(self, c: Commitment) -> None:
        self.generation += 1
        self._spans.clear()
        parent = self._initiative_nodes.get(c.initiative_key)
        if parent is None or parent.parent is None or parent not in parent.parent.children:
            # A new or hidden (empty) initiative: rebuild, it is rare and cheap.
            self.beginResetModel()
            self._build()
            self.endResetModel()
            return
        row = len(parent.children)
        self.beginInsertRows(self._index_of_node(parent), row, row)
        self._attach(c)
        self.endInsertRows()
        self._refresh_ancestors(self._commitment_nodes[c.stored_id])

    def _on_removed(self, c: Commitment) -> None:
        self.generation += 1
        self._spans.clear()
        node = self._commitment_nodes.pop(c.stored_id, None)
        if node is None or node.parent is None:
            return
        parent, row = node.parent, node.row
        self.beginRemoveRows(self._index_of_node(parent), row, row)
        parent.children.pop(row)
        _renumber(parent.children, row)
        self.endRemoveRows()
        if parent.children:
            self._refresh_ancestors(parent.children[0])

    def _refresh_ancestors(self, node: _Node) -> None:
        up = node.parent
        while up is not None and up is not self._root:
            ix = self._index_of_node(up)
            self.dataChanged.emit(ix, ix.siblingAtColumn(len(COLUMNS) - 1))
            up = up.parent

    def _on_reloaded(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _on_as_of(self, _day: object) -> None:
        # Every commitment's derived status may have changed; one signal per top-level branch.
        for top in self._root.children:
            self._emit_subtree(top)

    def _emit_subtree(self, node: _Node) -> None:
        ix = self._index_of_node(node)
        self.dataChanged.emit(ix, ix.siblingAtColumn(len(COLUMNS) - 1))
        if node.children:
            first, last = node.children[0], node.children[-1]
            self.dataChanged.emit(self._index_of_node(first), self._index_of_node(last, len(COLUMNS) - 1))
            for child in node.children:
                if child.children:
                    self._emit_subtree(child)
