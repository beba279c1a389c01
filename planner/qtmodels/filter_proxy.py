"""`PlanFilterProxy`: the rows a filter lets through, for the tree and the timeline alike.

A commitment row is kept when the filter matches it; a group row is kept while any of its
commitments is (Qt's recursive filtering), so filtered-out rows vanish from both views.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from planner.domain.filters import CommitmentFilter

from .plan_model import PlanModel
from .roles import Roles


class PlanFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: PlanModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)
        self._filter = CommitmentFilter()
        source.doc.as_of_changed.connect(lambda _d: self._refilter_if_dated())

    @property
    def plan_model(self) -> PlanModel:
        return self.sourceModel()  # type: ignore[return-value]

    @property
    def commitment_filter(self) -> CommitmentFilter:
        return self._filter

    def set_commitment_filter(self, f: CommitmentFilter) -> None:
        if f == self._filter:
            return
        self.beginFilterChange()
        self._filter = f
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _refilter_if_dated(self) -> None:
        # Status and "due within" depend on the as-of day.
        if self._filter.statuses or self._filter.due_within_days is not None:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._filter.is_empty:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        c = index.data(Roles.COMMITMENT)
        if c is None:
            return False  # a group row shows when a child is accepted (recursive filtering)
        return self._filter.matches(c, index.data(Roles.STRATEGY_KEY), self.plan_model.doc.as_of)

    def index_of(self, commitment_id: int, column: int = 0) -> QModelIndex:
        return self.mapFromSource(self.plan_model.index_of(commitment_id, column))
