"""How a delivery reads: its day and the document that made it, in one phrase everywhere."""
from __future__ import annotations

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


def delivery_verdict(c: Commitment) -> str:
    """On time or late, and against what: the first announcement, and the revision when the
    date was re-announced since ('late against the first announcement (by Q2 2021), on time
    against the revision (Q2 2022)'). '' when no delivery day is recorded."""
    day = c.delivered_on
    if day is None:
        return ""
    first, now = c.announced, c.due
    revised = (first.start, first.end) != (now.start, now.end)
    if day <= first.end:
        return "on time"
    against_first = f"late against the first announcement ({first.shown})"
    if not revised:
        return f"late by {(day - first.end).days} days"
    if day <= now.end:
        return f"{against_first}, on time against the revision ({now.shown})"
    return f"{against_first} and against the revision ({now.shown})"
