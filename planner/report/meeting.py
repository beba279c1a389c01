"""What a meeting needs to hear about a period: what was delivered (on time or late, by which
document), what slipped (old and new window, days, reason and authority), what became overdue,
what is due in the next weeks, what was added or dropped.

Everything is read from the plan as it was planned on the first and the last day of the period
(`domain.as_planned`), so the report, `planner list --as-planned-on` and the Compare view agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.domain.as_planned import History, as_planned_on, commitment_on
from planner.domain.period import Period
from planner.domain.plan import Commitment, Plan, Revision, Status
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.domain.status import Standing, standing


@dataclass(frozen=True)
class Delivered:
    commitment: Commitment
    on_time: bool
    late_days: int  # 0 when on time: days after the end of the window first announced


@dataclass(frozen=True)
class Slipped:
    commitment: Commitment
    old: Period
    new: Period
    days: int  # how far the end of the window moved (negative: earlier)
    reasons: tuple[str, ...]  # the reason given with each change, with its authority


@dataclass(frozen=True)
class MeetingReport:
    since: date
    until: date
    ahead_weeks: int
    filter_text: str
    delivered: list[Delivered] = field(default_factory=list)
    slipped: list[Slipped] = field(default_factory=list)
    became_overdue: list[Commitment] = field(default_factory=list)
    overdue_from: dict[int | None, date] = field(default_factory=dict)  # by commitment id: its first overdue day
    due_next: list[Commitment] = field(default_factory=list)
    added: list[Commitment] = field(default_factory=list)
    dropped: list[Commitment] = field(default_factory=list)

    @property
    def ahead_until(self) -> date:
        return self.until + timedelta(weeks=self.ahead_weeks)

    @property
    def commitments(self) -> list[Commitment]:
        """Every commitment the report names, once, in the order of the plan's rows (ids)."""
        seen: dict[int | None, Commitment] = {}
        for group in (self.delivered, self.slipped):
            for x in group:
                seen.setdefault(x.commitment.id, x.commitment)
        for c in (*self.became_overdue, *self.due_next, *self.added, *self.dropped):
            seen.setdefault(c.id, c)
        return list(seen.values())

    @property
    def heading(self) -> str:
        return f"What happened from {long_day(self.since)} to {long_day(self.until)}"


def meeting_report(plan: Plan, history: History, *, since: date, until: date, ahead_weeks: int = 8,
                   chosen: set[int | None] | None = None, filter_text: str = "") -> MeetingReport:
    """The report for the days after `since` up to and including `until`. `chosen` limits it to
    those commitment ids (the filter the officer set, said in `filter_text`)."""
    if until < since:
        raise ValueError(said(QT_TRANSLATE_NOOP("Printing", "The period ends on {until}, before it starts on {since}."), until=until.isoformat(), since=since.isoformat()))
    commitments = [c for c in plan.commitments if chosen is None or c.id in chosen]
    today = {c.id: c for c in commitments}  # as the plan holds them now, every revision made
    before = {c.id: c for c in as_planned_on(commitments, history, since)}
    after = as_planned_on(commitments, history, until)
    ahead = until + timedelta(weeks=ahead_weeks)
    words = f"Commitments: {filter_text or 'all'}. Changes after {long_day(since)} up to {long_day(until)}; due next: up to {long_day(ahead)} ({ahead_weeks} weeks)."
    report = MeetingReport(since, until, ahead_weeks, words)
    for now in after:
        if _open(now) and until < now.due.end <= ahead:
            report.due_next.append(now)
        then = before.get(now.id)
        if then is None:
            report.added.append(now)  # not in the plan on the first day: its changes are all new
            continue
        if now.delivered_on is not None and since < now.delivered_on <= until:
            late = max(0, (now.delivered_on - now.announced.end).days)
            report.delivered.append(Delivered(now, standing(now, until) is Standing.DELIVERED_ON_TIME, late))
        if now.status is Status.DROPPED and then.status is not Status.DROPPED:
            report.dropped.append(now)
        if then.due != now.due:
            revisions = history.revisions.get(now.id, []) if now.id is not None else []
            report.slipped.append(Slipped(now, then.due, now.due, (now.due.end - then.due.end).days, _reasons(revisions, since, until)))
        if standing(then, since) is not Standing.OVERDUE:
            revisions = history.revisions.get(now.id, []) if now.id is not None else []
            first = first_overdue_day(today[now.id], revisions, since, until)
            if first is not None:
                report.became_overdue.append(now)
                report.overdue_from[now.id] = first
    report.due_next.sort(key=lambda c: c.due.end)
    report.delivered.sort(key=lambda d: d.commitment.delivered_on or until)
    return report


def first_overdue_day(c: Commitment, revisions: list[Revision], since: date, until: date) -> date | None:
    """The first day after `since`, up to `until`, on which `c` stood overdue as planned that day;
    None when it never did. One delivered late within the period was overdue until it came, so it
    counts too. A window ends only where one of the due dates it had in the period ended, so only
    the day after each of those ends (or the day a revision put it in the past) is looked at."""
    came_in = [since, *sorted({r.changed_at.date() for r in revisions if r.field == "due" and since < r.changed_at.date() <= until})]
    days = sorted({max(day, commitment_on(c, revisions, day).due.end + timedelta(days=1)) for day in came_in} | {until})
    for day in days:
        if since < day <= until and standing(commitment_on(c, revisions, day), day) is Standing.OVERDUE:
            return day
    return None


def _open(c: Commitment) -> bool:
    return c.delivered_on is None and c.status not in (Status.DELIVERED, Status.DROPPED)


def _reasons(revisions: list[Revision], since: date, until: date) -> tuple[str, ...]:
    return tuple(
        f"{r.reason} ({r.changed_at.date().isoformat()})" if r.reason else f"no reason given ({r.changed_at.date().isoformat()})"
        for r in revisions if r.field == "due" and since < r.changed_at.date() <= until
    )


def long_day(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"
