"""The plan's kept past, read for `domain.as_planned`: every revision and the day each
commitment entered the plan; and the named baselines the officer saved to compare against."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from planner.domain import gate
from planner.domain.as_planned import History
from planner.domain.plan import Revision
from planner.domain.sentences import sentence_of

from .errors import RefusedValueError
from .mapping import day_from_db, to_revision
from .tables import BaselineRow, CommitmentRow, RevisionRow

if TYPE_CHECKING:
    from .plan_store import PlanStore


def read_history(store: PlanStore) -> History:
    with store._reading() as s:
        revisions: dict[int, list[Revision]] = {}
        for row in s.scalars(select(RevisionRow).order_by(RevisionRow.changed_at, RevisionRow.id)):
            revisions.setdefault(row.commitment_id, []).append(to_revision(row))
        recorded = {cid: (created.date() if hasattr(created, "date") else day_from_db(str(created)[:10]))
                    for cid, created in s.execute(select(CommitmentRow.id, CommitmentRow.created_at))}
        return History(revisions, recorded)


def baselines(store: PlanStore) -> list[tuple[str, date]]:
    """The named baselines, by day: ("Council meeting 12 March 2021", 2021-03-12)."""
    with store._reading() as s:
        return [(r.name, day_from_db(r.day)) for r in s.scalars(select(BaselineRow).order_by(BaselineRow.day, BaselineRow.name))]


def save_baseline(store: PlanStore, name: str, day: date) -> None:
    """Name `day` (a new name, or a new day for a known name)."""
    name = " ".join(name.split())
    try:
        gate.check_text("baseline name", name, limit=gate.COLUMN_LIMITS["baselines.name"], required=True)
        gate.check_day("baseline day", day)
    except gate.GateError as exc:
        raise RefusedValueError(sentence_of(exc)) from None
    with store._writing() as s:
        row = s.scalar(select(BaselineRow).where(BaselineRow.name == name))
        if row is None:
            s.add(BaselineRow(name=name, day=day))
        else:
            row.day = day


def delete_baseline(store: PlanStore, name: str) -> bool:
    """Forget the named baseline (the plan's revisions stay: the day can still be compared
    with); False when no baseline has that name."""
    name = " ".join(name.split())
    with store._writing() as s:
        row = s.scalar(select(BaselineRow).where(BaselineRow.name == name))
        if row is None:
            return False
        s.delete(row)
        return True
