"""`ReminderStore`: the stored memory of reminders, shared by the app's scheduler and
`planner remind`.

Reminder state lives with the plan, not with a machine: a reminder shown (or dismissed) on one
computer is not shown again by another one sharing the database. Delivery is a compare-and-set
on each row, so two deliverers racing for the same reminder cannot both get it, and the state
is committed before anyone shows a notification: a crash after recording leaves the reminder
in the "Due soon" list, never lost.

Writes here do not bump the plan's change counter: reminder state is not a change to the plan
that other windows need to reload.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, delete, func, insert, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from planner.domain.plan import Commitment
from planner.domain.reminder_plan import (
    NextWake,
    Occurrence,
    OccurrenceState,
    one_notice_each,
    planning_floor,
    replan_all,
)
from planner.domain.reminders import DEFAULT_LEAD_DAYS, parse_lead_days
from planner.domain.sentences import QT_TRANSLATE_NOOP, said

from .errors import StoreError
from .mapping import naive_utc, utc
from .plan_store import PlanStore, _unavailable
from .tables import ReminderOccurrenceRow, SettingRow

# Plan settings (plan_settings table). The calendar export reads the same lead times.
LEAD_DAYS_SETTING = "reminders.lead_days"  # "30,7,1"; "" means no reminders by default
# The last day reminders were delivered for: what "came due since the last run" is measured from.
CHECKED_THROUGH_SETTING = "reminders.checked_through"

Row = ReminderOccurrenceRow
SHOWN, SNOOZED, PENDING, DISMISSED = (s.value for s in (OccurrenceState.SHOWN, OccurrenceState.SNOOZED, OccurrenceState.PENDING, OccurrenceState.DISMISSED))


def lead_days_from_setting(text: str | None) -> tuple[int, ...]:
    """The stored plan default, or the built-in one when none was ever set (or it is unreadable)."""
    if text is None:
        return DEFAULT_LEAD_DAYS
    try:
        return parse_lead_days(text)
    except ValueError:
        return DEFAULT_LEAD_DAYS


def plan_lead_days(store: PlanStore) -> tuple[int, ...]:
    """The plan's default lead times, for the reminders and the VALARMs of the calendar export."""
    with store.session() as s:
        row = s.get(SettingRow, LEAD_DAYS_SETTING)
        return lead_days_from_setting(row.value if row else None)


class ReminderStore:
    def __init__(self, store: PlanStore) -> None:
        self.store = store

    # Rules -------------------------------------------------------------------------------------

    def plan_lead_days(self) -> tuple[int, ...]:
        return plan_lead_days(self.store)

    def set_plan_lead_days(self, days: Sequence[int]) -> None:
        self.store.set_setting(LEAD_DAYS_SETTING, ",".join(str(d) for d in sorted(set(days), reverse=True)))

    def checked_through(self) -> date | None:
        with self._transaction(commit=False) as s:
            return _checked_through(s)

    # Reading -----------------------------------------------------------------------------------

    def occurrences(self, commitment_id: int | None = None) -> list[Occurrence]:
        with self._transaction(commit=False) as s:
            query = _columns().order_by(Row.fires_on, Row.commitment_id, Row.lead_days)
            if commitment_id is not None:
                query = query.where(Row.commitment_id == commitment_id)
            return _read(s, query)

    def awaiting(self) -> list[Occurrence]:
        """Delivered and not dealt with: shown or snoozed (what the dock lists)."""
        with self._transaction(commit=False) as s:
            return _read(s, _columns().where(Row.state.in_((SHOWN, SNOOZED))).order_by(Row.fires_on))

    def next_wake(self, today: date) -> NextWake:
        with self._transaction(commit=False) as s:
            day = s.scalar(select(func.min(Row.fires_on)).where(Row.state == PENDING, Row.fires_on > today))
            moment = s.scalar(select(func.min(Row.snoozed_until)).where(Row.state == SNOOZED))
            return NextWake(day, utc(moment))

    # Planning and delivering ------------------------------------------------------------------------

    def replan(self, commitments: Iterable[Commitment], today: date) -> bool:
        """Bring the occurrences of `commitments` in line with their reminders; True if any changed."""
        chosen = [c for c in commitments if c.id is not None]
        with self._transaction() as s:
            return self._replan(s, chosen, today, only=[c.stored_id for c in chosen])

    def deliver(self, commitments: Iterable[Commitment], now: datetime, today: date, *, peek: bool = False, planned: bool = False) -> list[Occurrence]:
        """Plan every commitment's reminders, then take the due ones: they are marked shown and
        returned, in firing order. `commitments` must be the whole plan.

        With `peek`, the due ones are returned and nothing at all is written. With `planned`,
        the caller has kept them planned since it last delivered without it (`replan` for each
        commitment it changed): planning them all again would change nothing, since a later
        day only ever plans fewer, and is skipped.
        """
        commitments = list(commitments)
        with self._transaction(commit=not peek) as s:
            if not planned:
                self._replan(s, commitments, today, only=None)
                s.flush()
            deadlines = {c.id: c.due.end for c in commitments if c.id is not None}
            due, retire = one_notice_each(_read(s, _due_query(now, today)), deadlines, today)
            if peek:
                return due
            for o in retire:
                _claim(s, o, now)  # told as part of its commitment's one "overdue" notice
            claimed = [o for o in due if _claim(s, o, now)]
            marker = _checked_through(s)
            if marker is None or marker < today:
                _put_setting(s, CHECKED_THROUGH_SETTING, today.isoformat())
            return [_as_shown(o, now) for o in claimed]

    # Dealing with one ------------------------------------------------------------------------------

    def snooze(self, occurrence_ids: Iterable[int], until: datetime, now: datetime) -> None:
        """Hide delivered reminders until `until`; they are delivered again then."""
        self._set(occurrence_ids, now, state=SNOOZED, snoozed_until=naive_utc(until))

    def dismiss(self, occurrence_ids: Iterable[int], now: datetime) -> None:
        """Dealt with: never shown again, even if the due date comes back to this one."""
        self._set(occurrence_ids, now, state=DISMISSED, snoozed_until=None)

    def _set(self, occurrence_ids: Iterable[int], now: datetime, **values: object) -> None:
        ids = list(occurrence_ids)
        if not ids:
            return
        with self._transaction() as s:
            s.execute(update(Row).where(Row.id.in_(ids), Row.state != DISMISSED).values(dealt_at=naive_utc(now), **values))

    # Plumbing ----------------------------------------------------------------------------------------

    def _replan(self, s: Session, commitments: list[Commitment], today: date, only: list[int] | None) -> bool:
        query = _columns()
        if only is not None:
            query = query.where(Row.commitment_id.in_(only))
        stored = _read(s, query)
        row = s.get(SettingRow, LEAD_DAYS_SETTING)
        checked = _checked_through(s)
        plan = replan_all(commitments, stored, lead_days_from_setting(row.value if row else None), planning_floor(checked, today), today, first_run=checked is None)
        if plan.drop:
            s.execute(delete(Row).where(Row.id.in_([o.id for o in plan.drop])))
        if plan.add:  # one statement for them all: a new plan of 100,000 adds a row for each reminder
            s.execute(insert(Row), [{"commitment_id": r.commitment_id, "lead_days": r.lead_days, "fires_on": r.fires_on, "state": PENDING} for r in plan.add])
        return bool(plan)

    @contextmanager
    def _transaction(self, commit: bool = True) -> Iterator[Session]:
        """One session: committed at the end (or rolled back), failures as one-sentence StoreErrors."""
        s = self.store.session()
        try:
            yield s
            if commit:
                s.commit()
            else:
                s.rollback()
        except OperationalError as exc:
            s.rollback()
            raise _unavailable(self.store.url, exc) from None
        except SQLAlchemyError as exc:
            s.rollback()
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The reminders could not be saved to {url}: {why}."), url=self.store.url, why=exc.__class__.__name__)) from None
        finally:
            s.close()


_STATES = {s.value: s for s in OccurrenceState}
_COLUMNS = (Row.commitment_id, Row.lead_days, Row.fires_on, Row.state, Row.snoozed_until, Row.shown_at, Row.id)
if TYPE_CHECKING:  # SQLAlchemy 2.1's generics; 2.0's take one tuple, so never at run time
    from sqlalchemy import Row as ResultRow
    from sqlalchemy import Select

    Columns = Select[int, int, date, str, datetime | None, datetime | None, int]
    OccurrenceRow = ResultRow[int, int, date, str, datetime | None, datetime | None, int]


def _columns() -> Columns:
    """The occurrences' columns as plain rows: a plan of 100,000 has over 100,000 occurrences,
    and mapped objects for them would cost seconds only to be copied into Occurrences."""
    return select(*_COLUMNS)


def _read(s: Session, query: Columns) -> list[Occurrence]:
    # Through the session's connection, not the session: the ORM's result fetches every row
    # first (13,000 at 10,000 commitments), beside the occurrences made from them.
    return [to_occurrence(r) for r in s.connection().execute(query)]


def to_occurrence(r: OccurrenceRow) -> Occurrence:
    commitment_id, lead_days, fires_on, state, snoozed_until, shown_at, id_ = r
    return Occurrence(commitment_id, lead_days, fires_on, _STATES[state], utc(snoozed_until), utc(shown_at), id_)


def _due_query(now: datetime, today: date) -> Columns:
    """What is due now, the one definition of it: a reminder whose day has come, or whose snooze
    has run out (shown and dismissed ones never; tests/store/test_reminder_store.py)."""
    pending = (Row.state == PENDING) & (Row.fires_on <= today)
    woken = (Row.state == SNOOZED) & (Row.snoozed_until <= naive_utc(now))
    return _columns().where(pending | woken).order_by(Row.fires_on, Row.commitment_id, Row.lead_days.desc())


def _claim(s: Session, o: Occurrence, now: datetime) -> bool:
    """Mark one due occurrence shown, unless someone else (another process) got there first."""
    same = (Row.id == o.id) & (Row.state == o.state.value)
    if o.state is OccurrenceState.SNOOZED and o.snoozed_until is not None:  # the due query takes no snooze without its end
        same = same & (Row.snoozed_until == naive_utc(o.snoozed_until))
    values: dict[str, object] = {"state": SHOWN, "snoozed_until": None}
    if o.shown_at is None:
        values["shown_at"] = naive_utc(now)
    # An UPDATE's result is a cursor's: it counts the rows it changed.
    changed = cast("CursorResult[Any]", s.execute(update(Row).where(same).values(**values)))
    return changed.rowcount == 1


def _as_shown(o: Occurrence, now: datetime) -> Occurrence:
    return Occurrence(o.commitment_id, o.lead_days, o.fires_on, OccurrenceState.SHOWN, None, o.shown_at or now, o.id)


def _checked_through(s: Session) -> date | None:
    row = s.get(SettingRow, CHECKED_THROUGH_SETTING)
    try:
        return date.fromisoformat(row.value) if row and row.value else None
    except ValueError:
        return None


def _put_setting(s: Session, key: str, value: str) -> None:
    row = s.get(SettingRow, key)
    if row is None:
        s.add(SettingRow(key=key, value=value))
    else:
        row.value = value
