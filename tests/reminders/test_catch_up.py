"""The app's reminders are `planner remind`'s: the catch-up on its own thread, and the timed checks
after it that take what has come due without planning every commitment again, deliver the same
reminders, day after day, as the whole-plan delivery the command runs (and the app ran before).

Two copies of one plan: the app runs on one, the command's delivery on the other; the same
edits are made to both, and each day both are asked what is due."""
import shutil
from datetime import date, timedelta

import pytest

from planner.document import PlanDocument
from planner.domain.clock import FixedClock
from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Status
from planner.reminders.scheduler import ReminderScheduler
from planner.store.opening import open_plan_store
from planner.store.plan_store import PlanStore
from planner.store.reminder_store import ReminderStore
from tests.doubles import RecordingNotifier

TODAY = date(2026, 11, 23)


def varied_commitments(store: PlanStore) -> None:
    """Commitments due from three weeks ago to three months on: days, months, quarters and
    spans, some delivered, some with their own lead times or a reminder when the window opens."""
    initiative = store.load_plan().initiatives[0].key
    for n in range(60):
        end = TODAY + timedelta(days=n * 2 - 20)
        if n % 5 == 0:
            due = Period(end - timedelta(days=89), end, Precision.QUARTER, f"Q{n}")
        elif n % 5 == 1:
            due = Period(end.replace(day=1), end, Precision.MONTH, f"month {n}")
        else:
            due = Period(end, end, Precision.DAY, end.isoformat())
        c = Commitment(title=f"Commitment {n}", due=due, initiative_key=initiative,
                       reminder_days=(14, 3, 0) if n % 7 == 0 else None,
                       remind_when_window_opens=n % 4 == 0)
        if n % 11 == 0:
            c = c.changed(status=Status.DELIVERED, delivered_on=TODAY - timedelta(days=30))
        store.add_commitment(c)


def told(due) -> list[tuple[int, int, date]]:
    return sorted((o.commitment_id, o.lead_days, o.fires_on) for o in due)


def stored(store: PlanStore) -> list[tuple]:
    return sorted((o.commitment_id, o.lead_days, o.fires_on, o.state, o.snoozed_until) for o in ReminderStore(store).occurrences())


@pytest.fixture
def two_copies(tmp_path):
    """The plan, last looked at a week ago, and a copy of it: (the app's url, the command's url)."""
    week_ago = FixedClock.on(TODAY - timedelta(days=7))
    app_file, command_file = tmp_path / "app.sqlite", tmp_path / "command.sqlite"
    store = open_plan_store(f"sqlite:///{app_file}", week_ago)
    varied_commitments(store)
    ReminderStore(store).deliver(store.load_plan().commitments, week_ago.now(), week_ago.today())
    store.close()
    shutil.copy(app_file, command_file)
    return f"sqlite:///{app_file}", f"sqlite:///{command_file}"


def test_the_app_tells_what_planner_remind_tells_day_after_day(qtbot, two_copies):
    app_url, command_url = two_copies
    clock = FixedClock.on(TODAY)
    app_store, command_store = open_plan_store(app_url, clock), open_plan_store(command_url, clock)
    doc = PlanDocument.on_store(app_store, clock)
    notes = RecordingNotifier()
    scheduler = ReminderScheduler(doc, notes)
    delivered: list = []
    scheduler.delivered.connect(delivered.extend)

    def command_delivers() -> list[tuple[int, int, date]]:
        return told(ReminderStore(command_store).deliver(command_store.load_plan().commitments, clock.now(), clock.today()))

    try:
        with qtbot.waitSignal(scheduler.caught_up):
            scheduler.start()
        first = command_delivers()
        assert first and told(delivered) == first  # a week away: several came due
        assert notes.titles[0].endswith("reminders while you were away")
        for day in range(1, 75):
            clock.advance(days=1)
            if day == 10:  # the same move in both: one by the officer in the window, one by a command
                c = next(c for c in doc.plan.commitments if c.title == "Commitment 30")
                later = c.due.end + timedelta(days=15)
                doc.push_edit(c.changed(due=Period(later, later, Precision.DAY, later.isoformat())), "Move")
                command_store.update_commitment(command_store.commitment(c.id).changed(due=Period(later, later, Precision.DAY, later.isoformat())))
            if day == 20:  # both delivered
                c = next(c for c in doc.plan.commitments if c.title == "Commitment 42")
                doc.push_edit(c.changed(status=Status.DELIVERED, delivered_on=clock.today()), "Deliver")
                command_store.update_commitment(command_store.commitment(c.id).changed(status=Status.DELIVERED, delivered_on=clock.today()))
            delivered.clear()
            scheduler.check()
            assert told(delivered) == command_delivers(), f"day {day}"
        assert stored(app_store) == stored(command_store)
    finally:
        scheduler.stop()
        app_store.close()
        command_store.close()


def test_a_change_made_during_the_catch_up_is_planned_by_one_more(qtbot, db_url, clock):
    store = open_plan_store(db_url, clock)
    doc = PlanDocument.on_store(store, clock)
    scheduler = ReminderScheduler(doc, RecordingNotifier())
    try:
        with qtbot.waitSignal(scheduler.caught_up):
            scheduler.start()
            assert scheduler.catching_up
            day = TODAY + timedelta(days=7)
            doc.push_add(Commitment(title="Pilot report", due=Period(day, day, Precision.DAY, day.isoformat()), initiative_key=doc.plan.initiatives[0].key))
        c = next(c for c in doc.plan.commitments if c.title == "Pilot report")
        assert {o.lead_days for o in scheduler.awaiting() if o.commitment_id == c.id} == {7}  # due today: told
        assert {o.lead_days for o in ReminderStore(store).occurrences(c.id)} == {7, 1}
    finally:
        scheduler.stop()
        store.close()
