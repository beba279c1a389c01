"""Reminder occurrences: what became of each planned reminder, and how a plan of them follows
its commitment.

`reminders.py` says when a commitment should remind; this module keeps the memory of it. An
occurrence is one (commitment, lead time, fire date) with a state the officer can see:
pending, shown, snoozed until a moment, or dismissed. Pure: the store keeps the occurrences,
the scheduler and `planner remind` deliver them, and both ask these functions what to do.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from .plan import Commitment
from .reminders import DEFAULT_LEAD_DAYS, Reminder, reminders_for


class OccurrenceState(str, Enum):
    PENDING = "pending"  # planned, its day has not come (or it came and nobody has looked yet)
    SHOWN = "shown"  # delivered: notified and listed in the "Due soon" dock until dealt with
    SNOOZED = "snoozed"  # delivered, and asked to come back at `snoozed_until`
    DISMISSED = "dismissed"  # dealt with; never shown again


@dataclass(frozen=True)
class Occurrence:
    """One reminder occurrence as stored. `(commitment_id, lead_days, fires_on)` identifies it."""

    commitment_id: int
    lead_days: int
    fires_on: date
    state: OccurrenceState = OccurrenceState.PENDING
    snoozed_until: datetime | None = None
    shown_at: datetime | None = None
    id: int | None = None

    @property
    def key(self) -> tuple[int, int, date]:
        return (self.commitment_id, self.lead_days, self.fires_on)

    @property
    def reminder(self) -> Reminder:
        return Reminder(self.fires_on, self.commitment_id, self.lead_days)

    @property
    def label(self) -> str:
        return self.reminder.label


def one_notice_each(due: list[Occurrence], deadlines: dict[int, date], today: date) -> tuple[list[Occurrence], list[Occurrence]]:
    """The due reminders to tell, and those to retire untold. A commitment past its deadline
    gets one notice, that it is overdue (the latest of its reminders), not a lead-time notice
    for every reminder it had; the rest are retired with it."""
    latest_late: dict[int, Occurrence] = {}
    for o in due:
        deadline = deadlines.get(o.commitment_id)
        best = latest_late.get(o.commitment_id)
        if deadline is not None and deadline < today and (best is None or o.fires_on > best.fires_on):
            latest_late[o.commitment_id] = o

    def told(o: Occurrence) -> bool:
        deadline = deadlines.get(o.commitment_id)
        return deadline is None or deadline >= today or latest_late[o.commitment_id] is o

    return [o for o in due if told(o)], [o for o in due if not told(o)]


def notice_label(o: Occurrence, deadline: date, today: date) -> str:
    """What a reminder says it is: its lead time, or "overdue" once its deadline has passed."""
    return "overdue" if deadline < today else o.label


@dataclass(frozen=True)
class Replan:
    """What to change in the stored occurrences of some commitments."""

    add: list[Reminder] = field(default_factory=list)
    drop: list[Occurrence] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.add or self.drop)


def planning_floor(checked_through: date | None, today: date) -> date:
    """The earliest fire date worth planning.

    Reminders are delivered up to `checked_through` (the last day anyone looked); a reminder
    that would have fired before it, but did not exist then (a new commitment, a moved date,
    a new lead time), is stale: planning it would flood the officer with old news. On the very
    first run nothing was delivered before, so only today and later count.
    """
    return today if checked_through is None else min(checked_through, today)


def replan(
    commitment: Commitment,
    stored: Iterable[Occurrence],
    plan_default: tuple[int, ...] = DEFAULT_LEAD_DAYS,
    floor: date | None = None,
    today: date | None = None,
    first_run: bool = False,
) -> Replan:
    """Bring the stored occurrences of one commitment in line with its reminders.

    New reminders on or after `floor` are added as pending. Pending and snoozed occurrences that
    the commitment no longer asks for (its date moved, its rules changed, it was delivered) are
    dropped. Shown and dismissed ones stay as history: a dismissed reminder of the old date is
    left behind, and if the date moves back it is not repeated. With `today`, a commitment past
    its deadline gets no new ones, and on the `first_run` the reminder of the lead time `today`
    falls in is added though it fired before the floor.
    """
    wanted = {(r.commitment_id, r.lead_days, r.fires_on): r for r in reminders_for(commitment, plan_default)}
    mine = [o for o in stored if o.commitment_id == commitment.id]
    have = {o.key for o in mine}
    add = [r for k, r in wanted.items() if k not in have and (floor is None or r.fires_on >= floor)]
    if today is not None and floor is not None:
        if commitment.due.end < today:
            add = []  # past its deadline: old news, which its status, overdue, already tells
        elif first_run:
            # Nothing was ever told: the lead time the day falls in is told, though its reminder
            # fired before this first look ("by Q2 2021" on 1 June 2021: its 30-day reminder).
            current = max((r for r in wanted.values() if r.fires_on <= today), default=None)
            if current is not None and (current.commitment_id, current.lead_days, current.fires_on) not in have and current not in add:
                add = sorted([current, *add])
    live = (OccurrenceState.PENDING, OccurrenceState.SNOOZED)
    drop = [o for o in mine if o.key not in wanted and o.state in live]
    return Replan(add=sorted(add), drop=drop)


def replan_all(
    commitments: Iterable[Commitment],
    stored: Iterable[Occurrence],
    plan_default: tuple[int, ...] = DEFAULT_LEAD_DAYS,
    floor: date | None = None,
    today: date | None = None,
    first_run: bool = False,
) -> Replan:
    """`replan` for many commitments at once, in one answer."""
    by_commitment: dict[int, list[Occurrence]] = {}
    for o in stored:
        by_commitment.setdefault(o.commitment_id, []).append(o)
    add: list[Reminder] = []
    drop: list[Occurrence] = []
    for c in commitments:
        if c.id is None:
            continue
        one = replan(c, by_commitment.get(c.id, []), plan_default, floor, today, first_run)
        add += one.add
        drop += one.drop
    return Replan(add=sorted(add), drop=drop)


@dataclass(frozen=True)
class NextWake:
    """When something next becomes due: a fire day (due from its start) and/or a snooze end."""

    day: date | None = None
    moment: datetime | None = None


def next_wake(occurrences: Iterable[Occurrence], today: date) -> NextWake:
    """The next pending fire day after today and the earliest snooze end still to come."""
    days = [o.fires_on for o in occurrences if o.state is OccurrenceState.PENDING and o.fires_on > today]
    moments = [o.snoozed_until for o in occurrences if o.state is OccurrenceState.SNOOZED and o.snoozed_until]
    return NextWake(min(days, default=None), min(moments, default=None))
