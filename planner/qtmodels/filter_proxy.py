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

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from planner.domain.filters import CommitmentFilter, references
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
        plan, as_of, days = model.doc.plan, model.doc.as_of, model.doc.due_soon_days
        strategy_of = {i.key: i.strategy_key for i in plan.initiatives}
        reference_of = references(plan)

        def ref(c: Commitment) -> str:
            return reference_of.get(strategy_of.get(c.initiative_key, ""), "")

        rest = replace(f, text="")
        others = not rest.is_empty
        words = f.words
        if words:
            index, whole = self._text_index(plan.commitments, ref)
            hits = index.containing(words)
            if whole:  # an index of the plan as it is: only the hits need a look
                found = [index.commitments[n] for n in hits]
                chosen = [c for c in found if rest.matches(c, strategy_of.get(c.initiative_key, ""), as_of, days)] if others else found
            else:  # every commitment: those changed since the index was built are judged in full
                chosen = []
                for c in plan.commitments:
                    slot, skey = index.slot(c), strategy_of.get(c.initiative_key, "")
                    if (f.matches(c, skey, as_of, days, reference=ref(c)) if slot is None else slot in hits and (not others or rest.matches(c, skey, as_of, days))):
                        chosen.append(c)
        else:
            chosen = [c for c in plan.commitments if f.matches(c, strategy_of.get(c.initiative_key, ""), as_of, days)]
        initiatives = {c.initiative_key for c in chosen}
        self._accepted = {c.stored_id for c in chosen}
        self._groups = {(ROW_INITIATIVE, k) for k in initiatives} | {(ROW_STRATEGY, strategy_of.get(k, "")) for k in initiatives}
        self._judged_at = model.generation

    def _text_index(self, commitments: list[Commitment], reference_of: Callable[[Commitment], str]) -> tuple[TextIndex, bool]:
        """The index, and whether it holds the plan exactly as it is now."""
        model = self.plan_model
        if self._index is not None and self._index_at == model.generation:
            return self._index, True
        if self._index is not None:
            unknown = sum(1 for c in commitments if self._index.slot(c) is None)
            if unknown <= STALE_INDEX_SHARE * len(commitments):
                return self._index, False
        self._index, self._index_at = TextIndex(commitments, reference_of), model.generation
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
        return self._commitment_now(node) if c is not None else self._group_now(node)

    def _answers_now(self) -> dict[object, bool]:
        """Fresh answers, valid while the plan stays as it is (the model's generation)."""
        if self._fresh_at != self.plan_model.generation:
            self._fresh.clear()
            self._fresh_at = self.plan_model.generation
        return self._fresh

    def _commitment_now(self, node) -> bool:
        fresh, c = self._answers_now(), node.commitment
        if c.id not in fresh:
            fresh[c.id] = self._filter.matches(c, node.strategy_key, self.plan_model.doc.as_of, self.plan_model.doc.due_soon_days, reference=self._reference(node.strategy_key))
        return fresh[c.id]

    def _reference(self, strategy_key: str) -> str:
        return next((s.reference for s in self.plan_model.doc.plan.strategies if s.key == strategy_key), "")

    def _group_now(self, node) -> bool:
        fresh, key = self._answers_now(), (node.kind, node.key)
        if key not in fresh:
            fresh[key] = any(self._commitment_now(n) for n in PlanModel.commitment_nodes_under(node))
        return fresh[key]

    def lets_through(self, commitment_id: int) -> bool:
        """Whether the filter keeps the commitment (folded away or not): a set lookup."""
        if self._everything:
            return True
        model = self.plan_model
        if model.generation == self._judged_at:
            return commitment_id in self._accepted
        node = model.commitment_node(commitment_id)
        return node is not None and self._commitment_now(node)

    def shown_count(self) -> int:
        """How many commitments the filter keeps (folded away or not)."""
        commitments = self.plan_model.doc.plan.commitments
        if self._everything:
            return len(commitments)
        if self.plan_model.generation == self._judged_at:
            return len(self._accepted)
        return sum(1 for c in commitments if c.id is not None and self.lets_through(c.id))

    def index_of(self, commitment_id: int, column: int = 0) -> QModelIndex:
        return self.mapFromSource(self.plan_model.index_of(commitment_id, column))
