"""Rescheduling arithmetic for drags and arrow keys: whole steps of a commitment's precision.

A "Q4 2020" deadline dragged a little over a month later stays where it is; dragged six weeks
or more it becomes "Q1 2021". Pure functions: the widget turns pixels into days, these turn
days into the commitment to store.
"""
from __future__ import annotations

from datetime import timedelta

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Kind


def shown_window(c: Commitment) -> Period:
    """The window the timeline draws a deadline at: its forecast, else its due window."""
    return c.forecast if c.forecast is not None and c.kind is not Kind.SPAN else c.due


def step_days(p: Period) -> int:
    """Length in days of one step of `p`'s precision, measured from `p` itself."""
    return (p.shifted(1).start - p.start).days


def steps_for(p: Period, days: float) -> int:
    """The whole number of steps nearest to moving `p` by `days` (half a step or more rounds)."""
    n = days / step_days(p)
    return int(n + 0.5) if n >= 0 else -int(-n + 0.5)


def moved(c: Commitment, steps: int) -> Commitment:
    """`c` moved by whole steps of its precision.

    A deadline keeps what the document said ("by Q4 2020" stays its due date, as written): the
    window it moved to becomes its forecast, and moved back onto its due window the forecast goes.
    A span's dates move, its start by the same days. The baseline stays either way: it is the
    date first announced, and slippage is measured from it.
    """
    if steps == 0:
        return c
    if c.kind is not Kind.SPAN:
        expected = shown_window(c).shifted(steps)
        back = (expected.start, expected.end) == (c.due.start, c.due.end)
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
