"""What a reminder says: the words of a desktop notification, for one reminder or a group.

Several reminders arriving together (at start after a time away, or after the laptop slept)
make one grouped notification, never a burst of them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .plan import Commitment
from .reminder_plan import Occurrence
from .reminders import WINDOW_OPENS

MOST_SHOWN_ONE_BY_ONE = 3  # more than this arriving at once are grouped
LISTED_IN_GROUP = 5  # a grouped notification names this many, then "and N more"


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    commitment_ids: tuple[int, ...]


def due_phrase(c: Commitment, today: date) -> str:
    """'due today', 'due in 7 days', 'due tomorrow', 'overdue by 2 days' — from the due window's end."""
    days = (c.due.end - today).days
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if days > 1:
        return f"due in {days} days"
    return f"overdue by {-days} day{'s' if days != -1 else ''}"


def reminder_line(o: Occurrence, c: Commitment, today: date) -> str:
    if o.lead_days == WINDOW_OPENS:
        return f"{c.title} — its window opens ({c.due.shown})"
    return f"{c.title} — {due_phrase(c, today)} ({c.due.shown})"


def messages_for(
    delivered: Sequence[tuple[Occurrence, Commitment]], today: date, *, away: bool = False
) -> list[Message]:
    """The notifications for reminders delivered together.

    `away`: they came due while nobody was watching (the app was closed or the laptop slept);
    they are then grouped even when there are few, so the officer reads one summary.
    """
    if not delivered:
        return []
    if len(delivered) == 1 or (not away and len(delivered) <= MOST_SHOWN_ONE_BY_ONE):
        return [Message("Reminder: " + c.title, reminder_line(o, c, today), (c.id or 0,)) for o, c in delivered]
    n = len(delivered)
    title = f"{n} reminders while you were away" if away else f"{n} reminders"
    lines = [reminder_line(o, c, today) for o, c in delivered[:LISTED_IN_GROUP]]
    if n > LISTED_IN_GROUP:
        lines.append(f"and {n - LISTED_IN_GROUP} more in the Due soon list")
    ids = tuple(dict.fromkeys(c.id or 0 for _o, c in delivered))
    return [Message(title, "\n".join(lines), ids)]
