"""Derived status: what a commitment's dates mean on a given day (`as_of`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .plan import Commitment, Kind, Status

# "Due soon": the due window ends within this many days of the status day. The one definition,
# for the status, the Due soon list and the filters; Preferences → Reminders sets it per officer.
DEFAULT_DUE_SOON_DAYS = 14


class Standing(str, Enum):
    """How a commitment stands on the `as_of` day; the value is what the officer reads."""

    DELIVERED_ON_TIME = "delivered on time"
    DELIVERED_LATE = "delivered late"
    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    IN_PROGRESS = "in progress"
    PLANNED = "planned"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Slippage:
    """How far the expected or actual date lies from the date first announced."""

    days: int
    basis: str  # "delivered", "forecast" or "rescheduled"

    @property
    def text(self) -> str:
        if self.days == 0:
            return "on schedule"
        sign = "+" if self.days > 0 else "−"
        unit = "day" if abs(self.days) == 1 else "days"
        return f"{sign}{abs(self.days)} {unit} ({self.basis})"


def expected_end(c: Commitment) -> date:
    """The day the commitment is now expected to be done: actual, else forecast, else due."""
    if c.delivered_on is not None:
        return c.delivered_on
    if c.forecast is not None:
        return c.forecast.end
    return c.due.end


def slippage(c: Commitment) -> Slippage | None:
    """Days between the end of the announced window and the actual/forecast/current due end.

    None when nothing moved. Delivering inside the announced window is no slip (negative
    values mean early only when the whole announced window was beaten).
    """
    announced_end = c.announced.end
    if c.delivered_on is not None:
        basis, end = "delivered", c.delivered_on
    elif c.forecast is not None:
        basis, end = "forecast", c.forecast.end
    elif c.baseline is not None and c.due != c.baseline:
        basis, end = "rescheduled", c.due.end
    else:
        return None
    if c.announced.start <= end <= announced_end:
        return Slippage(0, basis)
    days = (end - announced_end).days if end > announced_end else (end - c.announced.start).days
    return Slippage(days, basis)


def standing(c: Commitment, as_of: date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> Standing:
    """The status an officer reads on `as_of`.

    A coarse deadline is overdue only once its whole window has passed: "Q4 2020" is not late
    on 15 December 2020. A commitment delivered after `as_of` stands on that day as if it were
    still open. A span is in progress from its first day (and one recorded as in progress is,
    whenever); a deadline's coarse window says when it is due, not that work has started.
    The one definition: the window, the CLI, the filters and the exports all read it.
    """
    if c.status is Status.DROPPED:
        return Standing.DROPPED
    delivered = c.delivered_on
    # A delivery recorded for a later day has not happened yet on `as_of` (Status as of a past day).
    if (c.status is Status.DELIVERED and delivered is None) or (delivered is not None and delivered <= as_of):
        if delivered is not None and delivered > c.announced.end:
            return Standing.DELIVERED_LATE
        return Standing.DELIVERED_ON_TIME
    end = c.due.end  # the official date; a forecast says how late it will be, not when it is due
    if as_of > end:
        return Standing.OVERDUE
    if (end - as_of).days <= due_soon_days:
        return Standing.DUE_SOON
    if c.status is Status.IN_PROGRESS or (c.kind is Kind.SPAN and c.window_start <= as_of):
        return Standing.IN_PROGRESS
    return Standing.PLANNED
