"""How a delivery reads: its day and the document that made it, in one phrase everywhere."""
from __future__ import annotations

from dataclasses import dataclass

from .period import Period
from .plan import Commitment


def delivery_text(c: Commitment) -> str:
    """'2022-05-11 by COM(2022) 209', '2022-05-11', 'by COM(2022) 209', or '' when nothing
    of a delivery is recorded."""
    parts = []
    if c.delivered_on is not None:
        parts.append(c.delivered_on.isoformat())
    if c.delivered_by:
        parts.append(f"by {c.delivered_by}")
    return " ".join(parts)


@dataclass(frozen=True)
class Verdict:
    """How a delivery stands against the first announcement and, when the date was re-announced
    since, against the revision. Decided here once; worded in English below and in the
    interface's language by planner.i18n.words."""
    first: Period  # the window first announced
    now: Period  # the window as it stands (the revision, when `revised`)
    late_days: int  # after the first announcement's end; 0 when on time
    revised: bool
    met_revision: bool  # delivered within the revised window

    @property
    def on_time(self) -> bool:
        return self.late_days == 0


def judge(c: Commitment) -> Verdict | None:
    """The verdict on a delivery; None when no delivery day is recorded."""
    day = c.delivered_on
    if day is None:
        return None
    first, now = c.announced, c.due
    return Verdict(
        first=first, now=now, late_days=max(0, (day - first.end).days),
        revised=(first.start, first.end) != (now.start, now.end), met_revision=day <= now.end,
    )


def delivery_verdict(c: Commitment) -> str:
    """On time or late, and against what: the first announcement, and the revision when the
    date was re-announced since ('late against the first announcement (by Q2 2021), on time
    against the revision (Q2 2022)'). '' when no delivery day is recorded."""
    v = judge(c)
    if v is None:
        return ""
    if v.on_time:
        return "on time"
    if not v.revised:
        return f"late by {v.late_days} days"
    against_first = f"late against the first announcement ({v.first.shown})"
    if v.met_revision:
        return f"{against_first}, on time against the revision ({v.now.shown})"
    return f"{against_first} and against the revision ({v.now.shown})"
