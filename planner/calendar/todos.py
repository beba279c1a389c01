"""The same plan as to-dos for task-list clients: `to_ics_todos(...) -> bytes`, one VTODO with
DUE per commitment, in a file of its own (clients keep events and tasks in separate lists).

To-dos have UIDs of their own ('...-todo@planner'): a store that takes both files must not see
one UID as both an event and a to-do.
"""
from __future__ import annotations

from datetime import datetime

from planner.domain.plan import Commitment, Kind, Plan, Status
from planner.domain.reminders import DEFAULT_LEAD_DAYS

from . import describe, lines, roundtrip
from .export import CalendarInfo, alarm, open_calendar, reminders_of, uri
from .identity import uid_for

# RFC 5545 §3.8.1.11: the to-do statuses that match what the officer records.
TODO_STATUS = {
    Status.PLANNED: "NEEDS-ACTION",
    Status.IN_PROGRESS: "IN-PROCESS",
    Status.DELIVERED: "COMPLETED",
    Status.DROPPED: "CANCELLED",
}


def to_ics_todos(
    plan: Plan,
    commitments: list[Commitment],
    *,
    now: datetime,
    lead_days: tuple[int, ...] = DEFAULT_LEAD_DAYS,
    info: CalendarInfo = CalendarInfo(),
) -> bytes:
    """One VCALENDAR with a VTODO per commitment; stamps and UIDs as stable as the events'."""
    ctx = describe.Context.of(plan)
    out = lines.Lines()
    open_calendar(out, CalendarInfo(f"{info.name} (tasks)", info.description, info.refresh))
    for c in commitments:
        todo(out, c, ctx, now=now, lead_days=lead_days)
    out.raw("END:VCALENDAR")
    return out.to_bytes()


def todo(out: lines.Lines, c: Commitment, ctx: describe.Context, *, now: datetime, lead_days: tuple[int, ...]) -> None:
    stamp = lines.utc_stamp(c.updated_at or now)
    out.raw("BEGIN:VTODO")
    out.add("UID", lines.text(uid_for(c, todo=True)))
    out.add("DTSTAMP", stamp)
    out.add("LAST-MODIFIED", stamp)
    out.add("SEQUENCE", str(c.sequence))
    if c.kind is Kind.SPAN and c.window_start < c.due.end:
        out.add("DTSTART", lines.day(c.window_start), value="DATE")
    out.add("DUE", lines.day(c.due.end), value="DATE")
    out.add("SUMMARY", lines.text(c.title))
    out.add("DESCRIPTION", lines.text(describe.description(c, ctx)))
    out.add("CATEGORIES", lines.text_list(describe.categories(c, ctx)))
    url = describe.link(c, ctx)
    if url:
        out.add("URL", uri(url), value="URI")
    out.add("STATUS", TODO_STATUS[c.status])
    if c.status is Status.DELIVERED:
        # COMPLETED must be a UTC date-time; noon keeps the delivery day in every time zone.
        delivered = c.delivered_on or (c.updated_at or now).date()
        out.add("COMPLETED", lines.utc_stamp(datetime(delivered.year, delivered.month, delivered.day, 12)))
        out.add("PERCENT-COMPLETE", "100")
    roundtrip.write(out, c, ctx.initiative(c), ctx.sources.get(c.source_ref))
    for reminder in reminders_of(c, lead_days):
        # RELATED=END means DUE for a to-do (RFC 5545 §3.8.6.3); a to-do may have no DTSTART.
        alarm(out, c, reminder, trigger_days=(reminder.fires_on - c.due.end).days, related="END")
    out.raw("END:VTODO")

