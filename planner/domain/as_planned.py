"""The plan as it was planned on a past day, rebuilt from the kept revisions.

Every change of a dated field is kept as a `Revision` with the moment it was made. Undoing, for
each commitment, the revisions made after the day gives its due window, forecast and status as
they stood then; a delivery after the day had not happened yet, and a commitment recorded after
it was not yet in the plan. Pure functions: the store gives the history, the caller the day.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from .period import Period
from .phrases import PhraseError, parse_period
from .plan import Commitment, Revision, Status


@dataclass(frozen=True)
class History:
    """What the plan kept of its past: the revisions by commitment id, oldest first, and the
    day each commitment entered the plan."""

    revisions: dict[int, list[Revision]] = field(default_factory=dict)
    recorded_on: dict[int, date] = field(default_factory=dict)

    def in_plan_on(self, c: Commitment, day: date) -> bool:
        recorded = self.recorded_on.get(c.id) if c.id is not None else None
        return recorded is None or recorded <= day


def as_planned_on(commitments: list[Commitment], history: History, day: date) -> list[Commitment]:
    """The commitments that were in the plan on `day`, each as it stood at the end of that day."""
    return [commitment_on(c, history.revisions.get(c.id, []) if c.id is not None else [], day)
            for c in commitments if history.in_plan_on(c, day)]


def commitment_on(c: Commitment, revisions: list[Revision], day: date) -> Commitment:
    """`c` with every revision made after `day` undone, latest first, and a delivery after
    `day` not yet made."""
    for r in sorted((r for r in revisions if r.changed_at.date() > day), key=lambda r: r.changed_at, reverse=True):
        c = _undone(c, r)
    if c.delivered_on is not None and c.delivered_on > day:
        c = replace(c, delivered_on=None, delivered_by="", status=Status.PLANNED if c.status is Status.DELIVERED else c.status)
    return c


def _undone(c: Commitment, r: Revision) -> Commitment:
    old = r.old
    if r.field == "status":
        try:
            return replace(c, status=Status(old))
        except ValueError:
            return c
    if r.field == "delivered_on":
        try:
            return replace(c, delivered_on=date.fromisoformat(old) if old else None, delivered_by=c.delivered_by if old else "")
        except ValueError:
            return c
    if r.field in ("due", "start", "forecast"):
        if not old:
            return _with_window(c, r.field, None)
        period = _period(old, c)
        return c if period is None else _with_window(c, r.field, period)
    return c


def _with_window(c: Commitment, field: str, period: Period | None) -> Commitment:
    """`c` with its due, start or forecast window set; a commitment always keeps a due window."""
    if field == "due":
        return c if period is None else replace(c, due=period)
    if field == "start":
        return replace(c, start=period)
    return replace(c, forecast=period)


def _period(text: str, c: Commitment) -> Period | None:
    """A window as a revision wrote it (its phrase); the date first announced when it reads
    the same, so a relative phrase ('immediately') comes back as the window it had."""
    for known in (c.baseline, c.due, c.forecast, c.start):
        if known is not None and text in (known.shown, known.label):
            return known
    try:
        return parse_period(text)
    except PhraseError:
        return None
