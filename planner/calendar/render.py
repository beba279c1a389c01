"""The calendar of an open plan as bytes: what the CLI export, the feed, the auto-published file
and CalDAV publishing all serve, so every way out shows the same events."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from planner.domain.filters import CommitmentFilter
from planner.domain.plan import Commitment, Plan, Strategy

from .export import CalendarInfo, to_ics
from .todos import to_ics_todos

if TYPE_CHECKING:  # the store's module (SQLAlchemy) loads with the store, not with the menu
    from planner.store.plan_store import PlanStore

# Plan settings of publishing (they travel with the plan file). The reminder lead times are the
# desktop reminders' own setting, read through their store: one source for both.
AUTOPUBLISH_SETTING = "calendar.autopublish_path"
CALDAV_URL_SETTING = "calendar.caldav_url"
CALDAV_USER_SETTING = "calendar.caldav_user"


def plan_lead_days(store: PlanStore) -> tuple[int, ...]:
    """The plan's default reminder lead times (the same the desktop reminders use)."""
    from planner.store import reminder_store

    return reminder_store.plan_lead_days(store)


class UnknownStrategyError(LookupError):
    """A feed URL or option named a strategy the plan does not have."""


@dataclass(frozen=True)
class Selection:
    """Which commitments, as which kind of calendar: everything, a filter, one strategy, to-dos."""

    filter: CommitmentFilter = field(default_factory=CommitmentFilter)
    strategy: str | None = None  # a strategy key
    todos: bool = False

    def chosen(self, plan: Plan, as_of: date) -> tuple[list[Commitment], Strategy | None]:
        commitments = self.filter.apply(plan, as_of)
        if self.strategy is None:
            return commitments, None
        strategy = next((s for s in plan.strategies if s.key == self.strategy), None)
        if strategy is None:
            raise UnknownStrategyError(self.strategy)
        keys = {i.key for i in plan.initiatives if i.strategy_key == strategy.key}
        return [c for c in commitments if c.initiative_key in keys], strategy


def render(plan: Plan, selection: Selection, *, now: datetime, as_of: date, lead_days: tuple[int, ...], info: CalendarInfo = CalendarInfo()) -> bytes:
    """`as_of` only picks the commitments (a filter by standing or --due-within counts from it);
    the events themselves are the same on any day."""
    commitments, strategy = selection.chosen(plan, as_of)
    if strategy is not None:
        info = info.for_strategy(strategy)
    write = to_ics_todos if selection.todos else to_ics
    return write(plan, commitments, now=now, lead_days=lead_days, info=info)


def render_store(store: PlanStore, selection: Selection, *, now: datetime, as_of: date, info: CalendarInfo = CalendarInfo()) -> bytes:
    """The calendar as the database holds it right now (one read of the plan)."""
    return render(store.load_plan(), selection, now=now, as_of=as_of, lead_days=plan_lead_days(store), info=info)
