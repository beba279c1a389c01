"""Reminder state in the database: planned once, delivered once, snoozes and dismissals kept."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment
from planner.domain.reminder_plan import OccurrenceState
from planner.store.opening import open_plan_store
from planner.store.reminder_store import CHECKED_THROUGH_SETTING, ReminderStore, plan_lead_days

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)


@pytest.fixture
def plan_store(any_db_url, clock):
    s = open_plan_store(any_db_url, clock)
    yield s
    s.close()


def add_due(store, days: int, title: str = "Pilot report", **more) -> Commitment:
    day = TODAY + timedelta(days=days)
    initiative = store.load_plan().initiatives[0].key
    return store.add_commitment(Commitment(title=title, due=Period(day, day, Precision.DAY, day.isoformat()), initiative_key=initiative, **more))


def deliver(store, day: date, moment: datetime | None = None, **kw):
    return ReminderStore(store).deliver(store.load_plan().commitments, moment or datetime(day.year, day.month, day.day, 9, tzinfo=timezone.utc), day, **kw)


def test_the_migration_creates_the_occurrence_table(plan_store):
    columns = {c["name"] for c in inspect(plan_store.engine).get_columns("reminder_occurrences")}
    assert {"commitment_id", "lead_days", "fires_on", "state", "snoozed_until", "shown_at"} <= columns


def test_the_seed_plan_lying_in_the_past_delivers_nothing_at_first_run(plan_store):
    assert deliver(plan_store, TODAY) == []
    assert ReminderStore(plan_store).occurrences() == []  # its old reminders are not even planned
    assert plan_store.setting(CHECKED_THROUGH_SETTING) == TODAY.isoformat()


def test_each_reminder_of_a_commitment_due_in_seven_days_is_delivered_once(plan_store):
    c = add_due(plan_store, 7)
    first = deliver(plan_store, TODAY - timedelta(days=23))
    assert [(o.commitment_id, o.lead_days) for o in first] == [(c.id, 30)]
    assert deliver(plan_store, TODAY - timedelta(days=23)) == []
    assert [o.lead_days for o in deliver(plan_store, TODAY)] == [7]
    assert deliver(plan_store, TODAY + timedelta(days=5)) == []
    assert [o.lead_days for o in deliver(plan_store, TODAY + timedelta(days=6))] == [1]
    assert deliver(plan_store, TODAY + timedelta(days=6)) == []
    states = {o.lead_days: o.state for o in ReminderStore(plan_store).occurrences(c.id)}
    assert states == {30: OccurrenceState.SHOWN, 7: OccurrenceState.SHOWN, 1: OccurrenceState.SHOWN}


def test_peek_shows_what_is_due_and_writes_nothing(plan_store):
    add_due(plan_store, 7)
    assert [o.lead_days for o in deliver(plan_store, TODAY, peek=True)] == [7]
    assert ReminderStore(plan_store).occurrences() == []
    assert plan_store.setting(CHECKED_THROUGH_SETTING) == ""
    assert [o.lead_days for o in deliver(plan_store, TODAY)] == [7]


def test_a_snoozed_reminder_comes_back_once_at_the_snoozed_time(plan_store):
    c = add_due(plan_store, 7)
    [shown] = deliver(plan_store, TODAY)
    reminders = ReminderStore(plan_store)
    reminders.snooze([shown.id], NOW + timedelta(hours=1), NOW)
    assert deliver(plan_store, TODAY, NOW + timedelta(minutes=59)) == []
    assert reminders.next_wake(TODAY).moment == NOW + timedelta(hours=1)
    [back] = deliver(plan_store, TODAY, NOW + timedelta(hours=1))
    assert (back.id, back.state, back.shown_at) == (shown.id, OccurrenceState.SHOWN, NOW)  # first shown, kept
    assert deliver(plan_store, TODAY, NOW + timedelta(hours=2)) == []
    assert [o.commitment_id for o in reminders.awaiting()] == [c.id]


def test_a_dismissed_reminder_is_never_delivered_again(plan_store):
    add_due(plan_store, 7)
    [shown] = deliver(plan_store, TODAY)
    reminders = ReminderStore(plan_store)
    reminders.dismiss([shown.id], NOW)
    reminders.snooze([shown.id], NOW, NOW)  # a late snooze does not bring it back
    assert deliver(plan_store, TODAY + timedelta(days=1)) == []
    assert reminders.awaiting() == []


def test_moving_the_due_date_moves_the_pending_reminders_and_keeps_the_dismissed(plan_store):
    c = add_due(plan_store, 7)
    [shown] = deliver(plan_store, TODAY)
    reminders = ReminderStore(plan_store)
    reminders.dismiss([shown.id], NOW)
    later = TODAY + timedelta(days=20)
    moved = plan_store.update_commitment(c.changed(due=Period(later, later, Precision.DAY, later.isoformat())))
    assert reminders.replan([moved], TODAY)
    kept = {(o.lead_days, o.fires_on, o.state) for o in reminders.occurrences(c.id)}
    assert kept == {
        (7, TODAY, OccurrenceState.DISMISSED),  # of the old date, left behind
        (7, later - timedelta(days=7), OccurrenceState.PENDING),
        (1, later - timedelta(days=1), OccurrenceState.PENDING),
    }  # the new 30-day one would have fired 10 days ago: not planned
    assert not reminders.replan([moved], TODAY)


def test_the_plan_default_lead_times_are_a_plan_setting(plan_store):
    reminders = ReminderStore(plan_store)
    assert reminders.plan_lead_days() == (30, 7, 1)
    reminders.set_plan_lead_days((1, 14))
    assert plan_lead_days(plan_store) == (14, 1)
    add_due(plan_store, 14)
    assert [o.lead_days for o in deliver(plan_store, TODAY)] == [14]
    reminders.set_plan_lead_days(())
    assert plan_lead_days(plan_store) == ()


def test_two_deliverers_racing_for_one_reminder_cannot_both_get_it(plan_store, any_db_url, clock):
    from planner.store.reminder_store import _claim

    add_due(plan_store, 7)
    ReminderStore(plan_store).replan(plan_store.load_plan().commitments, TODAY)
    [seen_by_a] = deliver(plan_store, TODAY, peek=True)  # machine A sees it due...
    other = open_plan_store(any_db_url, clock)  # ...machine B, on the same plan, delivers it first
    try:
        assert [o.id for o in deliver(other, TODAY)] == [seen_by_a.id]
        assert deliver(plan_store, TODAY) == []
        with plan_store.session() as s:  # and A's claim on its stale copy fails
            assert not _claim(s, seen_by_a, NOW)
    finally:
        other.close()


def test_deleting_a_commitment_takes_its_reminders_with_it(plan_store):
    c = add_due(plan_store, 7)
    deliver(plan_store, TODAY)
    plan_store.delete_commitment(plan_store.commitment(c.id))
    assert ReminderStore(plan_store).occurrences() == []
