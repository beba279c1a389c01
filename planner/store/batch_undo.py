"""Taking an accepted batch back out of the plan, and putting it back: the undo and redo of
accepting a document's proposals, each in one transaction.

`apply_batch` adds the batch; `take_back` removes exactly what it added (the commitments by key,
and the initiatives, strategy and source document it brought, when nothing else uses them since)
and returns it with its ids, so `put_back` restores the same rows: later undo steps that name a
commitment by id still find it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from planner.domain import gate
from planner.domain.plan import Commitment, Initiative, SourceDocument, Strategy
from planner.domain.sentences import QT_TRANSLATE_NOOP, said

from .errors import ConflictError, StoreError, checked
from .mapping import to_commitment
from .tables import CommitmentRow, DependencyRow, InitiativeRow, SourceRow, StrategyRow

if TYPE_CHECKING:
    from .plan_store import PlanStore


@dataclass
class Added:
    """What one accepted batch brought into the plan, as stored (commitments with their ids)."""

    commitments: list[Commitment] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    strategies: list[Strategy] = field(default_factory=list)
    sources: list[SourceDocument] = field(default_factory=list)
    # Finish-before links (predecessor id, successor id) that went with the commitments when
    # undo took them out (a series' occurrences, or a link the officer drew since); redo draws
    # them again where both ends are in the plan.
    links: list[tuple[int, int]] = field(default_factory=list)


def take_back(store: "PlanStore", added: Added) -> Added:
    """Remove what `added` names, in one transaction; what was removed, as it was stored.

    A commitment changed since it was added (its version moved) is not removed silently: the
    whole step is refused with a ConflictError and the plan stays as it is.
    """
    keys = [c.key for c in added.commitments if c.key]
    with store._writing() as s:
        rows = list(s.scalars(select(CommitmentRow).where(CommitmentRow.key.in_(keys)))) if keys else []
        by_key = {r.key: r for r in rows}
        initiative_keys = dict(s.execute(select(InitiativeRow.id, InitiativeRow.key)).all())
        gone = Added()
        ids = [r.id for r in rows]
        touching = (DependencyRow.predecessor_id.in_(ids)) | (DependencyRow.successor_id.in_(ids))
        gone.links = [(a, b) for a, b in s.execute(select(DependencyRow.predecessor_id, DependencyRow.successor_id).where(touching)).all()] if ids else []
        for c in added.commitments:
            row = by_key.get(c.key)
            if row is None:
                continue  # removed elsewhere meanwhile: nothing of it to take back
            if row.version != c.version:
                raise ConflictError(row.title)
            gone.commitments.append(to_commitment(row, initiative_keys[row.initiative_id]))
            s.delete(row)
        s.flush()
        for ini in added.initiatives:
            ini_row = s.scalar(select(InitiativeRow).where(InitiativeRow.key == ini.key))
            if ini_row is not None and not s.scalar(select(func.count()).select_from(CommitmentRow).where(CommitmentRow.initiative_id == ini_row.id)):
                s.delete(ini_row)
                gone.initiatives.append(ini)
        s.flush()
        for st in added.strategies:
            st_row = s.scalar(select(StrategyRow).where(StrategyRow.key == st.key))
            if st_row is not None and not s.scalar(select(func.count()).select_from(InitiativeRow).where(InitiativeRow.strategy_id == st_row.id)):
                s.delete(st_row)
                gone.strategies.append(st)
        for src in added.sources:
            src_row = s.scalar(select(SourceRow).where(SourceRow.ref == src.ref))
            if src_row is not None and not s.scalar(select(func.count()).select_from(CommitmentRow).where(CommitmentRow.source_ref == src.ref)):
                s.delete(src_row)
                gone.sources.append(src)
        return gone


def put_back(store: "PlanStore", gone: Added) -> Added:
    """Restore what `take_back` removed, with the same ids, in one transaction; as now stored."""
    for c in gone.commitments:
        checked(gate.check_commitment, c)
    for st in gone.strategies:
        checked(gate.check_strategy, st)
    for ini in gone.initiatives:
        checked(gate.check_initiative, ini)
    with store._writing() as s:
        for src in gone.sources:
            if s.scalar(select(SourceRow.ref).where(SourceRow.ref == src.ref)) is None:
                s.add(SourceRow(ref=src.ref, title=src.title, published=src.published, file=src.file, url=src.url))
        position = s.scalar(select(func.max(StrategyRow.position))) or 0
        for n, st in enumerate(gone.strategies, start=1):
            s.add(StrategyRow(key=st.key, title=st.title, reference=st.reference, adopted=st.adopted,
                              period_phrase=st.period.phrase if st.period else "", position=position + n))
        s.flush()
        position = s.scalar(select(func.max(InitiativeRow.position))) or 0
        for n, ini in enumerate(gone.initiatives, start=1):
            strategy_id = s.scalar(select(StrategyRow.id).where(StrategyRow.key == ini.strategy_key))
            if strategy_id is None:
                raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The strategy {strategy_key!r} is no longer in the plan; the accepted commitments were not put back."), strategy_key=ini.strategy_key))
            s.add(InitiativeRow(key=ini.key, strategy_id=strategy_id, number=ini.number, title=ini.title, position=position + n))
        s.flush()
        rows = [store._insert(s, c, keep_id=True) for c in gone.commitments]
        s.flush()  # each comes back at version 1, as it was when first added
        present = set(s.scalars(select(CommitmentRow.id).where(CommitmentRow.id.in_([i for pair in gone.links for i in pair]))))
        for a, b in dict.fromkeys(gone.links):
            if a in present and b in present:
                s.add(DependencyRow(predecessor_id=a, successor_id=b))
        return Added([to_commitment(r, c.initiative_key) for r, c in zip(rows, gone.commitments, strict=True)],
                     list(gone.initiatives), list(gone.strategies), list(gone.sources))


def stored_as_added(store: "PlanStore", keys: list[str], initiatives: list[Initiative], strategies: list[Strategy],
                    sources: list[SourceDocument]) -> Added:
    """The commitments with `keys` as stored right after a batch added them (ids, versions)."""
    with store._reading() as s:
        initiative_keys = dict(s.execute(select(InitiativeRow.id, InitiativeRow.key)).all())
        rows = list(s.scalars(select(CommitmentRow).where(CommitmentRow.key.in_(keys)))) if keys else []
        return Added([to_commitment(r, initiative_keys[r.initiative_id]) for r in rows], list(initiatives), list(strategies), list(sources))
