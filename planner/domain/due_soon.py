"""The "Due soon" list: open commitments due in the next N days, and any with a reminder that
was delivered and not yet dealt with (whatever their date), soonest first."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .plan import Commitment, Status
from .reminder_plan import Occurrence, OccurrenceState
from .status import DEFAULT_DUE_SOON_DAYS

DEFAULT_HORIZON_DAYS = DEFAULT_DUE_SOON_DAYS  # the Due soon list shows what the status calls due soon


@dataclass(frozen=True)
class DueSoonEntry:
    commitment: Commitment
    reminders: tuple[Occurrence, ...]  # shown ones, awaiting Snooze or Dismiss
    snoozed_until: datetime | None  # the earliest snooze end, when one is snoozed

    @property
    def needs_attention(self) -> bool:
        return bool(self.reminders)

    @property
    def most_urgent(self) -> Occurrence | None:
        """The most urgent delivered reminder: the one with the shortest lead time."""
        if not self.reminders:
            return None
        return min(self.reminders, key=lambda o: (o.lead_days < 0, o.lead_days))

    @property
    def reminder_label(self) -> str:
        urgent = self.most_urgent
        return urgent.label if urgent is not None else ""


def is_open(c: Commitment) -> bool:
    return c.status not in (Status.DELIVERED, Status.DROPPED) and c.delivered_on is None


def due_soon(
    commitments: Iterable[Commitment],
    occurrences: Iterable[Occurrence],
    today: date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> list[DueSoonEntry]:
    """Entries for the dock, by due date: due within [today, today + horizon], or reminded.

    Overdue commitments appear only while a reminder of theirs awaits an answer; the seed plan's
    old deadlines would otherwise fill the list.
    """
    shown: dict[int, list[Occurrence]] = {}
    snoozed: dict[int, datetime] = {}
    for o in occurrences:
        if o.state is OccurrenceState.SHOWN:
            shown.setdefault(o.commitment_id, []).append(o)
        elif o.state is OccurrenceState.SNOOZED and o.snoozed_until is not None:
            snoozed[o.commitment_id] = min(o.snoozed_until, snoozed.get(o.commitment_id, o.snoozed_until))
    last = today + timedelta(days=horizon_days)
    out = []
    for c in commitments:
        if c.id is None or not is_open(c):
            continue
        if today <= c.due.end <= last or c.id in shown:
            out.append(DueSoonEntry(c, tuple(sorted(shown.get(c.id, []), key=lambda o: o.fires_on)), snoozed.get(c.id)))
    return sorted(out, key=lambda e: (e.commitment.due.end, e.commitment.title))
