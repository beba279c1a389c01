"""When to remind: lead times before the end of a due window, shared by the desktop reminders
and the VALARMs of the calendar export, so both always agree."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .plan import Commitment, Status
from .sentences import QT_TRANSLATE_NOOP, said

DEFAULT_LEAD_DAYS: tuple[int, ...] = (30, 7, 1)
WINDOW_OPENS = -1  # the lead "time" of the reminder when a coarse window opens


@dataclass(frozen=True, order=True)
class Reminder:
    """One planned reminder: `lead_days` before the due end (or WINDOW_OPENS), firing on `fires_on`."""

    fires_on: date
    commitment_id: int
    lead_days: int

    @property
    def label(self) -> str:
        if self.lead_days == WINDOW_OPENS:
            return "window opens"
        if self.lead_days == 0:
            return "due today"
        return f"{self.lead_days} day{'s' if self.lead_days != 1 else ''} before"


def lead_days_for(c: Commitment, plan_default: tuple[int, ...] = DEFAULT_LEAD_DAYS) -> tuple[int, ...]:
    """The lead times of a commitment, longest first: its own, or the plan's default.

    Delivered and dropped commitments have none.
    """
    if c.status in (Status.DELIVERED, Status.DROPPED) or c.delivered_on is not None:
        return ()
    chosen = plan_default if c.reminder_days is None else c.reminder_days
    return tuple(sorted(set(d for d in chosen if d >= 0), reverse=True))


def reminders_for(c: Commitment, plan_default: tuple[int, ...] = DEFAULT_LEAD_DAYS) -> list[Reminder]:
    """Every reminder of one commitment, in firing order."""
    if c.id is None:
        return []
    planned = [Reminder(c.due.end - timedelta(days=d), c.id, d) for d in lead_days_for(c, plan_default)]
    is_open = c.status not in (Status.DELIVERED, Status.DROPPED) and c.delivered_on is None
    if c.remind_when_window_opens and is_open and c.due.start < c.due.end:
        planned.append(Reminder(c.due.start, c.id, WINDOW_OPENS))
    return sorted(planned)


def parse_lead_days(text: str) -> tuple[int, ...]:
    """'30, 7, 1' -> (30, 7, 1); 'none' or '' -> (). Raises ValueError naming the bad part."""
    text = text.strip().lower()
    if text in ("", "none", "no", "off"):
        return ()
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip().removesuffix("days").removesuffix("day").strip()
        if part.startswith("-") and part[1:].isdigit():
            raise ValueError(said(QT_TRANSLATE_NOOP("Gate", "The reminder lead time {part!r} is before the due date's end; give days before it, 0 or more."), part=part))
        if not part.isdigit():
            raise ValueError(said(QT_TRANSLATE_NOOP("Gate", "The reminder lead time {part!r} is not a whole number of days."), part=part))
        out.append(int(part))
    return tuple(sorted(set(out), reverse=True))
