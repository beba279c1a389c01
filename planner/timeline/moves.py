"""Rescheduling arithmetic for drags and arrow keys: whole steps of a commitment's precision.

A "Q4 2020" deadline dragged a little over a month later stays where it is; dragged six weeks
or more it becomes "Q1 2021". A deadline coarser than a quarter ("by the end of 2020", "2021",
"H1 2021") steps instead at the zoom's snap: by quarters where the header shows quarters, else
by months, so a quarter's drag moves it a quarter, not a whole year or nothing. Pure functions:
the widget turns pixels into days, these turn days into the commitment to store.
"""
from __future__ import annotations

from datetime import timedelta

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Kind

from .scale import Level

# A deadline written this finely keeps stepping by its own precision at any zoom.
_OWN_STEPS = frozenset({Precision.DAY, Precision.MONTH, Precision.QUARTER})


def shown_window(c: Commitment) -> Period:
    """The window the timeline draws a deadline at: its forecast, else its due window."""
    return c.forecast if c.forecast is not None and c.kind is not Kind.SPAN else c.due


def snap_at(level: Level) -> Precision:
    """The zoom's snap: quarters where the header shows years over quarters, months when finer."""
    return Precision.QUARTER if level is Level.YEARS else Precision.MONTH


def stepping_window(c: Commitment, snap: Precision | None = None) -> Period:
    """The window a drag or an Alt+arrow moves by whole steps: the shown one, or for a deadline
    coarser than a quarter, the snap's quarter or month holding its last day."""
    shown = shown_window(c)
    if snap is None or c.kind is Kind.SPAN or shown.precision in _OWN_STEPS:
        return shown
    end = shown.end
    return Period.quarter(end.year, (end.month - 1) // 3 + 1) if snap is Precision.QUARTER else Period.month(end.year, end.month)


def step_days(p: Period) -> int:
    """Length in days of one step of `p`'s precision, measured from `p` itself."""
    return (p.shifted(1).start - p.start).days


def steps_for(p: Period, days: float) -> int:
    """The whole number of steps nearest to moving `p` by `days` (half a step or more rounds)."""
    n = days / step_days(p)
    return int(n + 0.5) if n >= 0 else -int(-n + 0.5)


def moved(c: Commitment, steps: int, snap: Precision | None = None) -> Commitment:
    """`c` moved by whole steps of its `stepping_window` at the zoom's `snap`.

    A deadline keeps what the document said ("by Q4 2020" stays its due date, as written): the
    window it moved to becomes its forecast, and moved back to its due date (the last day of its
    due window) the forecast goes.
    A span's dates move, its start by the same days. The baseline stays either way: it is the
    date first announced, and slippage is measured from it.
    """
    if steps == 0:
        return c
    if c.kind is not Kind.SPAN:
        expected = stepping_window(c, snap).shifted(steps)
        back = expected.end == c.due.end
        return c.changed(forecast=None if back else expected)
    due = c.due.shifted(steps)
    start = c.start
    if start is not None:
        delta = due.start - c.due.start
        start = _moved_by_days(start, delta.days)
    return c.changed(due=due, start=start)


def stretched(c: Commitment, steps: int) -> Commitment:
    """A span whose end moved by whole steps of its due precision; the start stays.

    When the due window is the end of the span ("from Q1 2021 to Q4 2021") it moves whole and
    keeps its precision. When it covers the span from its first day ("2020-2025") it is
    stretched: years stay years ("2020-2026"), anything else becomes a run of days
    (`Period.with_end`). The end never passes the start.
    """
    if steps == 0:
        return c
    due = c.due
    if c.start is not None and due.start > c.start.start:
        shifted = due.shifted(steps)
        return c.changed(due=shifted) if shifted.start >= c.start.start else c
    end = due.shifted(steps).end
    if end < due.start:
        return c
    if due.precision is Precision.YEARS and due.start.month == 1 and due.start.day == 1:
        new_due = Period(due.start, end, Precision.YEARS)
    elif due.precision is Precision.YEAR and due.start.month == 1 and due.start.day == 1 and end.year > due.start.year:
        new_due = Period(due.start, end, Precision.YEARS)
    else:
        new_due = due.with_end(end)
    return c.changed(due=new_due)


def _moved_by_days(p: Period, days: int) -> Period:
    if p.precision is Precision.DAY:
        return Period(p.start + timedelta(days=days), p.end + timedelta(days=days), Precision.DAY)
    # Keep a coarse start coarse: move it by as many of its own steps as come nearest.
    return p.shifted(steps_for(p, days))
