"""The plan as iCalendar events: `to_ics(plan, commitments, now=...) -> bytes`.

A deadline is an all-day event on the last day of its due window; a span is an all-day event
over its whole span (DTEND is exclusive, RFC 5545 §3.6.1). Each event carries one VALARM per
reminder of the commitment, from `reminders_for` (the same schedule as the desktop reminders).

Stable output is the point: UID from the stored key, SEQUENCE from the store, and DTSTAMP equal
to LAST-MODIFIED (the commitment's `updated_at`), which RFC 5545 §3.8.7.2 allows for a calendar
without METHOD. Nothing depends on the day of the export (the description holds stored facts
only), so an unchanged commitment exports to the same bytes on any day, and a subscribed client
updates the one event that changed instead of duplicating or rewriting all.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.domain.plan import Commitment, Kind, Plan, Status, Strategy
from planner.domain.reminders import DEFAULT_LEAD_DAYS, Reminder, reminders_for

from . import describe, lines, roundtrip
from .identity import uid_for

PRODID = "-//planner//Deadline planner 0.1//EN"


@dataclass(frozen=True)
class CalendarInfo:
    """The calendar as a client lists it: its name, what it is, and how often to poll."""

    name: str = "Planner deadlines"
    description: str = "Dated commitments of the strategy documents in the plan."
    refresh: timedelta = timedelta(hours=1)

    def for_strategy(self, strategy: Strategy) -> "CalendarInfo":
        title = f"{strategy.reference}: {strategy.title}" if strategy.reference else strategy.title
        return CalendarInfo(title, f"Dated commitments of {title}.", self.refresh)


def to_ics(
    plan: Plan,
    commitments: list[Commitment],
    *,
    now: datetime,
    lead_days: tuple[int, ...] = DEFAULT_LEAD_DAYS,
    info: CalendarInfo = CalendarInfo(),
) -> bytes:
    """One VCALENDAR with a VEVENT per commitment, in the order given.

    `now` stamps only commitments that were never stored (no `updated_at`); `lead_days` is the
    plan's default.
    """
    ctx = describe.Context.of(plan)
    out = lines.Lines()
    open_calendar(out, info)
    for c in commitments:
        event(out, c, ctx, now=now, lead_days=lead_days)
    out.raw("END:VCALENDAR")
    return out.to_bytes()


def to_resources(
    plan: Plan,
    commitments: list[Commitment],
    *,
    now: datetime,
    lead_days: tuple[int, ...] = DEFAULT_LEAD_DAYS,
) -> dict[str, bytes]:
    """UID -> one event as a CalDAV resource (RFC 4791 §4.1: one UID per resource, with only
    VERSION and PRODID around it; the calendar's name belongs to the collection)."""
    ctx = describe.Context.of(plan)
    out: dict[str, bytes] = {}
    for c in commitments:
        lines_ = lines.Lines()
        lines_.raw("BEGIN:VCALENDAR")
        lines_.add("VERSION", "2.0")
        lines_.add("PRODID", PRODID)
        event(lines_, c, ctx, now=now, lead_days=lead_days)
        lines_.raw("END:VCALENDAR")
        out[uid_for(c)] = lines_.to_bytes()
    return out


def per_strategy(plan: Plan, commitments: list[Commitment]) -> list[tuple[Strategy, list[Commitment]]]:
    """The commitments grouped by strategy, in plan order; strategies with none are left out."""
    strategy_of = {i.key: i.strategy_key for i in plan.initiatives}
    groups: dict[str, list[Commitment]] = {s.key: [] for s in plan.strategies}
    for c in commitments:
        groups[strategy_of[c.initiative_key]].append(c)
    return [(s, groups[s.key]) for s in plan.strategies if groups[s.key]]


def open_calendar(out: lines.Lines, info: CalendarInfo) -> None:
    """BEGIN:VCALENDAR and every calendar property, before any component."""
    out.raw("BEGIN:VCALENDAR")
    out.add("VERSION", "2.0")
    out.add("PRODID", PRODID)
    out.add("CALSCALE", "GREGORIAN")
    out.add("NAME", lines.text(info.name))  # RFC 7986
    out.add("X-WR-CALNAME", lines.text(info.name))  # what Apple, Google and Outlook read
    out.add("DESCRIPTION", lines.text(info.description))
    out.add("X-WR-CALDESC", lines.text(info.description))
    refresh = _duration(info.refresh)
    out.add("REFRESH-INTERVAL", refresh, value="DURATION")
    out.add("X-PUBLISHED-TTL", refresh)


def event(out: lines.Lines, c: Commitment, ctx: describe.Context, *, now: datetime, lead_days: tuple[int, ...]) -> None:
    first, last = event_days(c)
    stamp = lines.utc_stamp(c.updated_at or now)
    out.raw("BEGIN:VEVENT")
    out.add("UID", lines.text(uid_for(c)))
    out.add("DTSTAMP", stamp)
    out.add("LAST-MODIFIED", stamp)
    out.add("SEQUENCE", str(c.sequence))
    out.add("DTSTART", lines.day(first), value="DATE")
    out.add("DTEND", lines.day(last + timedelta(days=1)), value="DATE")
    out.add("SUMMARY", lines.text(c.title))
    out.add("DESCRIPTION", lines.text(describe.description(c, ctx)))
    out.add("CATEGORIES", lines.text_list(describe.categories(c, ctx)))
    url = describe.link(c, ctx)
    if url:
        out.add("URL", uri(url), value="URI")
    out.add("STATUS", "CANCELLED" if c.status is Status.DROPPED else "CONFIRMED")
    out.add("TRANSP", "TRANSPARENT")  # a deadline does not make the officer busy all day
    roundtrip.write(out, c, ctx.initiative(c), ctx.sources.get(c.source_ref))
    for reminder in reminders_of(c, lead_days):
        if c.kind is Kind.SPAN:  # "30 days before the end", not "2,161 days after the start"
            alarm(out, c, reminder, trigger_days=(reminder.fires_on - last - timedelta(days=1)).days, related="END")
        else:
            alarm(out, c, reminder, trigger_days=(reminder.fires_on - first).days)
    out.raw("END:VEVENT")


def event_days(c: Commitment) -> tuple[date, date]:
    """First and last day the event covers (both included)."""
    if c.kind is Kind.SPAN:
        return c.window_start, c.due.end
    return c.due.end, c.due.end


def alarm(out: lines.Lines, c: Commitment, reminder: Reminder, *, trigger_days: int, related: str = "START") -> None:
    """One display alarm, `trigger_days` from the start (or the exclusive end) of the item."""
    out.raw("BEGIN:VALARM")
    out.add("ACTION", "DISPLAY")
    out.add("DESCRIPTION", lines.text(f"{c.title}: {reminder.label}, due {c.due.shown}"))
    if related == "START":
        out.add("TRIGGER", lines.days_duration(trigger_days))
    else:
        out.add("TRIGGER", lines.days_duration(trigger_days), related=related)
    out.raw("END:VALARM")


def reminders_of(c: Commitment, lead_days: tuple[int, ...]) -> list[Reminder]:
    # reminders_for skips commitments without an id; the export needs only the dates.
    return reminders_for(c if c.id is not None else c.changed(id=0), lead_days)


def _duration(span: timedelta) -> str:
    minutes = max(1, int(span.total_seconds() // 60))
    if minutes % (24 * 60) == 0:
        return f"P{minutes // (24 * 60)}D"
    if minutes % 60 == 0:
        return f"PT{minutes // 60}H"
    return f"PT{minutes}M"


def uri(url: str) -> str:
    # A URI value is not TEXT-escaped; only characters that would break the line are encoded.
    return url.strip().replace(" ", "%20").replace("\r", "").replace("\n", "")
