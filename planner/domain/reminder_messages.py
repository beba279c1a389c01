"""What a reminder says: the words of a desktop notification, for one reminder or a group.

Several reminders arriving together (at start after a time away, or after the laptop slept)
make one grouped notification, never a burst of them.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
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


@dataclass(frozen=True)
class NoticeWords:
    """How a notification says its words: English by default; the window and the command line
    pass the interface's language (planner.i18n.words.notice_words)."""

    title: Callable[[str], str] = lambda title: "Reminder: " + title
    due: Callable[[Commitment, date], str] = due_phrase
    window_opens: str = "its window opens"
    group: Callable[[int, bool], str] = lambda n, away: f"{n} reminders while you were away" if away else f"{n} reminders"
    more: Callable[[int], str] = lambda n: f"and {n} more in the Due soon list"


ENGLISH = NoticeWords()


def reminder_line(o: Occurrence, c: Commitment, today: date, words: NoticeWords = ENGLISH) -> str:
    said = words.window_opens if o.lead_days == WINDOW_OPENS else words.due(c, today)
    return f"{c.title} — {said} ({c.due.shown})"


def messages_for(
    delivered: Sequence[tuple[Occurrence, Commitment]], today: date, *, away: bool = False, words: NoticeWords = ENGLISH
) -> list[Message]:
    """The notifications for reminders delivered together.

    `away`: they came due while nobody was watching (the app was closed or the laptop slept);
    they are then grouped even when there are few, so the officer reads one summary.
    """
    if not delivered:
        return []
    if len(delivered) == 1 or (not away and len(delivered) <= MOST_SHOWN_ONE_BY_ONE):
        return [Message(words.title(c.title), reminder_line(o, c, today, words), (c.id or 0,)) for o, c in delivered]
    n = len(delivered)
    title = words.group(n, away)
    lines = [reminder_line(o, c, today, words) for o, c in delivered[:LISTED_IN_GROUP]]
    if n > LISTED_IN_GROUP:
        lines.append(words.more(n - LISTED_IN_GROUP))
    ids = tuple(dict.fromkeys(c.id or 0 for _o, c in delivered))
    return [Message(title, "\n".join(lines), ids)]
