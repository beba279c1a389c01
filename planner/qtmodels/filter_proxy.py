"""`PlanFilterProxy`: the rows a filter lets through, for the tree and the timeline alike.

A commitment row is kept when the filter matches it; a group row is kept while any of its
commitments is, so filtered-out rows vanish from both views.

The plan is judged once per filter change, in one pass (free text through a `TextIndex`), and
`filterAcceptsRow` looks the answer up. Qt's own recursive filtering would instead ask about
every commitment of every group that does not match, on every change: 100,000 calls into
Python for a word found nowhere. After the plan changes (an edit, an addition) the rows Qt asks
about again are judged afresh, until the next filter change judges everything again.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from planner.domain.filters import CommitmentFilter
from planner.domain.plan import Commitment
from planner.domain.text_search import TextIndex

from .plan_model import PlanModel
from .roles import ROW_INITIATIVE, ROW_STRATEGY

# Rebuild the text index once this share of the plan has changed since it was built.
STALE_INDEX_SHARE = 0.1


class PlanFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: PlanModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._filter = CommitmentFilter()
        self._everything = True  # the empty filter: no question asked
        self._accepted: set[int] = set()  # commitment ids, as judged at model generation _judged_at
        self._groups: set[tuple[str, str]] = set()  # (kind, key) of groups holding an accepted one
        self._judged_at = -1
        self._fresh: dict[object, bool] = {}  # answers for rows asked after a change (this generation)
        self._fresh_at = -1
        self._index: TextIndex | None = None
        self._index_at = -1  # the model generation the index was built at
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
        self._judge()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _refilter_if_dated(self) -> None:
        # Status and "due within" depend on the as-of day.
        if self._filter.statuses or self._filter.due_within_days is not None:
            self.beginFilterChange()
            self._judge()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # Judging the whole plan, once per filter ------------------------------------------------------

    def _judge(self) -> None:
        f, model = self._filter, self.plan_model
        self._everything = f.is_empty
        self._fresh.clear()
        if self._everything:
            return
        plan, as_of = model.doc.plan, model.doc.as_of
        strategy_of = {i.key: i.strategy_key for i in plan.initiatives}
        rest = replace(f, text="")
        others = not rest.is_empty
        words = f.words
        accepted: set[int] = set()
        groups: set[tuple[str, str]] = set()

        def accept(c: Commitment, strategy_key: str) -> None:
            accepted.add(c.id)  # type: ignore[arg-type]
            groups.add((ROW_INITIATIVE, c.initiative_key))
            groups.add((ROW_STRATEGY, strategy_key))

        if words:
            index, whole = self._text_index(plan.commitments)
            hits = index.containing(words)
            # An index of the plan as it is: only the hits need a look. Otherwise every
            # commitment, each changed one judged in full.
            pairs = ((index.commitments[n], n) for n in hits) if whole else ((c, index.slot(c)) for c in plan.commitments)
            for c, slot in pairs:
                skey = strategy_of.get(c.initiative_key, "")
                if slot is None:
                    ok = f.matches(c, skey, as_of)
                else:
                    ok = slot in hits and (not others or rest.matches(c, skey, as_of))
                if ok:
                    accept(c, skey)
        else:
            for c in plan.commitments:
                skey = strategy_of.get(c.initiative_key, "")
                if f.matches(c, skey, as_of):
                    accept(c, skey)
        self._accepted, self._groups, self._judged_at = accepted, groups, model.generation

    def _text_index(self, commitments: list[Commitment]) -> tuple[TextIndex, bool]:
        """The index, and whether it holds the plan exactly as it is now."""
        model = self.plan_model
        if self._index is not None and self._index_at == model.generation:
            return self._index, True
        if self._index is not None:
            unknown = sum(1 for c in commitments if self._index.slot(c) is None)
            if unknown <= STALE_INDEX_SHARE * len(commitments):
                return self._index, False
        self._index, self._index_at = TextIndex(commitments), model.generation
        return self._index, True

    # What Qt asks, row by row -----------------------------------------------------------------------

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._everything:
            return True
        model = self.plan_model
        node = model.node_at(source_row, source_parent)
        if node is None:
            return False
        c = node.commitment
        if model.generation == self._judged_at:
            return c.id in self._accepted if c is not None else (node.kind, node.key) in self._groups
        if self._fresh_at != model.generation:
            self._fresh.clear()
            self._fresh_at = model.generation
        return self._commitment_now(node) if c is not None else self._group_now(node)

    def _commitment_now(self, node) -> bool:  # type: ignore[no-untyped-def]
        c = node.commitment
        if c.id not in self._fresh:
            self._fresh[c.id] = self._filter.matches(c, node.strategy_key, self.plan_model.doc.as_of)
        return self._fresh[c.id]

    def _group_now(self, node) -> bool:  # type: ignore[no-untyped-def]
        key = (node.kind, node.key)
        if key not in self._fresh:
            self._fresh[key] = any(self._commitment_now(n) for n in PlanModel.commitment_nodes_under(node))
        return self._fresh[key]

    def index_of(self, commitment_id: int, column: int = 0) -> QModelIndex:
        return self.mapFromSource(self.plan_model.index_of(commitment_id, column))
