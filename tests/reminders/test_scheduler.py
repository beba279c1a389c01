"""The scheduler with a fixed clock: time is advanced by hand and the timer's slot called, as
the QTimer would; nothing sleeps."""
from datetime import date, timedelta

import pytest

from planner.document import PlanDocument
from planner.domain.clock import FixedClock
from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Status
from planner.domain.reminder_plan import OccurrenceState
from planner.reminders.scheduler import ReminderScheduler
from planner.store.opening import open_plan_store
from tests.doubles import RecordingNotifier

TODAY = date(2026, 11, 23)


class App:
    """One run of the app on the database: store, document, scheduler, a notifier that records."""

    def __init__(self, db_url: str, clock: FixedClock, monotonic=None) -> None:
        self.store = open_plan_store(db_url, clock)
        self.doc = PlanDocument.on_store(self.store, clock)
        self.notes = RecordingNotifier()
        self.scheduler = ReminderScheduler(self.doc, self.notes, monotonic=monotonic or (lambda: 0.0))

    def close(self) -> None:
        self.scheduler.stop()
        self.store.close()


@pytest.fixture
def run_app(qtbot, db_url, clock):
    apps = []

    def start(monotonic=None) -> App:
        app = App(db_url, clock, monotonic)
        apps.append(app)
        with qtbot.waitSignal(app.scheduler.caught_up):  # the catch-up runs on a thread of its own
            app.scheduler.start()
        return app

    yield start
    for app in apps:
        app.close()


def commitment(doc: PlanDocument, days: int, title: str = "Pilot report") -> Commitment:
    day = TODAY + timedelta(days=days)
    new = Commitment(title=title, due=Period(day, day, Precision.DAY, day.isoformat()), initiative_key=doc.plan.initiatives[0].key)
    doc.push_add(new)
    return next(c for c in doc.plan.commitments if c.title == title)


def test_the_seed_plan_at_first_start_notifies_nothing(run_app):
    app = run_app()
    assert app.notes.messages == []
    assert app.scheduler.armed_for is None  # nothing planned: only the heartbeat watches
    assert app.scheduler.heartbeat.isActive()


def test_crossing_a_fire_date_gives_one_notification_and_a_restart_none(run_app, clock):
    app = run_app()
    c = commitment(app.doc, 10)
    assert app.notes.messages == []
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=3))  # the 7-day reminder
    assert app.scheduler.timer.isActive()
    clock.advance(days=2, hours=14, minutes=59)  # 23:59 the day before
    app.scheduler.check()
    assert app.notes.messages == []
    clock.advance(minutes=1)
    app.scheduler.check()
    assert app.notes.titles == ["Reminder: Pilot report"]
    assert app.notes.messages[0].body == "Pilot report — due in 7 days (2026-12-03)"
    app.scheduler.check()
    app.scheduler.beat()
    assert len(app.notes.messages) == 1
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=9))  # next: the 1-day one
    app.close()
    again = run_app()
    assert again.notes.messages == []
    assert [o.commitment_id for o in again.scheduler.awaiting()] == [c.id]  # still in the dock


def test_a_snoozed_reminder_comes_back_at_the_snoozed_time_even_after_a_restart(run_app, clock):
    app = run_app()
    c = commitment(app.doc, 7)
    assert app.notes.titles == ["Reminder: Pilot report"]  # due today: at once
    until = clock.now() + timedelta(hours=1)
    app.scheduler.snooze(c.id, until)
    assert app.scheduler.armed_for == until
    assert [o.state for o in app.scheduler.awaiting()] == [OccurrenceState.SNOOZED]
    app.close()
    clock.advance(minutes=59)
    app = run_app()
    assert app.notes.messages == []
    clock.advance(minutes=1)
    app.scheduler.check()
    assert app.notes.titles == ["Reminder: Pilot report"]
    app.scheduler.check()
    assert len(app.notes.messages) == 1


def test_dismiss_is_kept_across_restarts(run_app, clock):
    app = run_app()
    c = commitment(app.doc, 7)
    app.scheduler.dismiss(c.id)
    assert app.scheduler.awaiting() == []
    app.close()
    again = run_app()
    assert again.notes.messages == [] and again.scheduler.awaiting() == []


def test_moving_the_due_date_moves_the_timer_and_the_plan_of_reminders(run_app, clock):
    app = run_app()
    c = commitment(app.doc, 20)
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=13))
    later = TODAY + timedelta(days=40)
    app.doc.push_edit(c.changed(due=Period(later, later, Precision.DAY, later.isoformat())), "Move")
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=10))  # the new 30-day one
    planned = {(o.lead_days, o.fires_on) for o in app.scheduler.reminders.occurrences(c.id)}
    assert planned == {(30, later - timedelta(days=30)), (7, later - timedelta(days=7)), (1, later - timedelta(days=1))}
    app.doc.undo_stack.undo()
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=13))
    earlier = TODAY + timedelta(days=7)
    app.doc.push_edit(app.doc.commitment(c.id).changed(due=Period(earlier, earlier, Precision.DAY, earlier.isoformat())), "Move")
    assert app.notes.titles == ["Reminder: Pilot report"]  # the 7-day reminder is due today


def test_marking_delivered_stops_the_reminders(run_app, clock):
    app = run_app()
    c = commitment(app.doc, 20)
    app.doc.push_edit(c.changed(status=Status.DELIVERED, delivered_on=TODAY), "Deliver")
    assert app.scheduler.reminders.occurrences(c.id) == []
    assert app.scheduler.armed_for is None


def test_reminders_due_while_the_app_was_closed_come_once_grouped(run_app, clock):
    app = run_app()
    for n, days in enumerate((8, 9, 10)):
        commitment(app.doc, days, f"Report {n}")
    app.close()
    clock.advance(days=5)  # the 7-day reminders came due on days 1, 2 and 3
    again = run_app()
    assert again.notes.titles == ["3 reminders while you were away"]
    assert again.notes.messages[0].body.splitlines()[0] == "Report 0 — due in 3 days (2026-12-01)"
    again.close()
    assert run_app().notes.messages == []


def test_a_long_sleep_is_seen_by_the_heartbeat_and_its_reminders_grouped(run_app, clock):
    mono = {"now": 0.0}
    app = run_app(monotonic=lambda: mono["now"])
    for n, days in enumerate((8, 9)):
        commitment(app.doc, days, f"Report {n}")
    clock.advance(days=3)  # asleep: the wall clock moved, the monotonic one did not
    mono["now"] += 60
    app.scheduler.beat()
    assert app.notes.titles == ["2 reminders while you were away"]


def test_a_crash_between_recording_and_showing_leaves_the_reminder_in_the_list(run_app, clock):
    class ProcessDied(BaseException):
        """Stands for the process being killed: nothing after it runs."""

    class Crashing(RecordingNotifier):
        def notify(self, message):
            raise ProcessDied()

    app = run_app()
    commitment(app.doc, 10)
    app.scheduler.notifier = Crashing()
    clock.advance(days=3)
    with pytest.raises(ProcessDied):
        app.scheduler.check()  # as the timer would, had the process died there
    app.close()
    again = run_app()
    assert again.notes.messages == []
    assert [o.state for o in again.scheduler.awaiting()] == [OccurrenceState.SHOWN]


def test_a_broken_notifier_does_not_stop_the_watch(run_app, clock):
    class Broken(RecordingNotifier):
        def notify(self, message):
            raise OSError("no notification daemon")

    app = run_app()
    commitment(app.doc, 10)
    app.scheduler.notifier = Broken()
    failures = []
    app.scheduler.failed.connect(failures.append)
    clock.advance(days=3)
    app.scheduler.check()
    assert failures == ["a notification could not be shown (OSError); see the Due soon list."]
    assert [o.state for o in app.scheduler.awaiting()] == [OccurrenceState.SHOWN]
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=9))  # still watching


def test_new_plan_default_lead_times_replan_every_commitment(run_app, clock, qtbot):
    app = run_app()
    commitment(app.doc, 14)
    assert app.notes.messages == []
    with qtbot.waitSignal(app.scheduler.caught_up):
        app.scheduler.set_plan_lead_days((14, 2))
    assert app.notes.titles == ["Reminder: Pilot report"]
    assert app.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=12))


def test_nothing_is_delivered_before_start_even_when_the_rules_change(qtbot, db_url, clock):
    app = App(db_url, clock)
    try:
        commitment(app.doc, 14)
        app.scheduler.set_plan_lead_days((14,))
        app.scheduler.check()
        assert app.notes.messages == [] and app.scheduler.armed_for is None
        with qtbot.waitSignal(app.scheduler.caught_up):
            app.scheduler.start()
        assert app.notes.titles == ["Reminder: Pilot report"]
    finally:
        app.close()
