"""Writing strategies and initiatives one at a time, as the window's dialogs do (imports write
them by the batch, `importing.py`). Every value passes the gate first; a key names the group."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from planner.domain import gate
from planner.domain.plan import Initiative, Strategy
from planner.domain.sentences import QT_TRANSLATE_NOOP, said

from .errors import NotFoundError, StoreError, checked
from .tables import CommitmentRow, InitiativeRow, StrategyRow

if TYPE_CHECKING:
    from .plan_store import PlanStore


def save_strategy(store: "PlanStore", strategy: Strategy) -> None:
    """Add the strategy, or change the title, reference, adoption day and period of the one
    with its key; a new one goes after the others."""
    checked(gate.check_strategy, strategy)
    with store._writing() as s:
        row = s.scalar(select(StrategyRow).where(StrategyRow.key == strategy.key))
        if row is None:
            row = StrategyRow(key=strategy.key, position=(s.scalar(select(func.max(StrategyRow.position))) or 0) + 1)
            s.add(row)
        row.title, row.reference, row.adopted = strategy.title, strategy.reference, strategy.adopted
        row.period_phrase = strategy.period.phrase if strategy.period else ""


def save_initiative(store: "PlanStore", initiative: Initiative) -> None:
    """Add the initiative under its strategy, or change the number, title and strategy of the
    one with its key; a new one goes after the others."""
    checked(gate.check_initiative, initiative)
    with store._writing() as s:
        strategy_id = s.scalar(select(StrategyRow.id).where(StrategyRow.key == initiative.strategy_key))
        if strategy_id is None:
            raise NotFoundError(said(QT_TRANSLATE_NOOP("Store", "There is no strategy {strategy_key!r} in the plan."), strategy_key=initiative.strategy_key))
        row = s.scalar(select(InitiativeRow).where(InitiativeRow.key == initiative.key))
        if row is None:
            row = InitiativeRow(key=initiative.key, position=(s.scalar(select(func.max(InitiativeRow.position))) or 0) + 1)
            s.add(row)
        row.strategy_id, row.number, row.title = strategy_id, initiative.number, initiative.title


def delete_strategy(store: "PlanStore", key: str) -> None:
    """Remove an empty strategy (the undo of adding one); one that holds initiatives is kept."""
    with store._writing() as s:
        row = s.scalar(select(StrategyRow).where(StrategyRow.key == key))
        if row is None:
            return
        if s.scalar(select(func.count()).select_from(InitiativeRow).where(InitiativeRow.strategy_id == row.id)):
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The strategy {title!r} holds initiatives now; it was not removed."), title=row.title))
        s.delete(row)


def delete_initiative(store: "PlanStore", key: str) -> None:
    """Remove an empty initiative (the undo of adding one); one that holds commitments is kept."""
    with store._writing() as s:
        row = s.scalar(select(InitiativeRow).where(InitiativeRow.key == key))
        if row is None:
            return
        if s.scalar(select(func.count()).select_from(CommitmentRow).where(CommitmentRow.initiative_id == row.id)):
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The initiative {title!r} holds commitments now; it was not removed."), title=row.title))
        s.delete(row)
