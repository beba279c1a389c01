"""Planning reminder occurrences: what is added, what is dropped, what stays as history."""
from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.period import Period, Precision
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Status
from planner.domain.reminder_plan import (
    Occurrence,
    OccurrenceState,
    next_wake,
    planning_floor,
    replan,
    replan_all,
)
from planner.domain.reminders import WINDOW_OPENS

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)


def due_on(day: date, **more) -> Commitment:
    return Commitment(title="Report", due=Period(day, day, Precision.DAY, day.isoformat()), initiative_key="i", id=1, **more)


def stored(c: Commitment, **state) -> list[Occurrence]:
    """The occurrences a first planning would store for `c`, with `state` applied to all."""
    return [Occurrence(r.commitment_id, r.lead_days, r.fires_on, id=n, **state) for n, r in enumerate(replan(c, []).add, 1)]


def test_a_commitment_due_in_seven_days_plans_three_reminders_when_nothing_is_floored():
    c = due_on(TODAY + timedelta(days=7))
    plan = replan(c, [])
    assert [(r.lead_days, r.fires_on) for r in plan.add] == [(30, TODAY - timedelta(days=23)), (7, TODAY), (1, TODAY + timedelta(days=6))]
    assert plan.drop == []


def test_reminders_that_would_have_fired_before_the_floor_are_not_planned():
    c = due_on(TODAY + timedelta(days=7))
    plan = replan(c, [], floor=TODAY)
    assert [r.lead_days for r in plan.add] == [7, 1]  # the 30-day one is old news


def test_the_floor_is_the_last_day_checked_or_today_on_a_first_run():
    assert planning_floor(None, TODAY) == TODAY
    assert planning_floor(date(2026, 11, 1), TODAY) == date(2026, 11, 1)
    assert planning_floor(date(2027, 1, 1), TODAY) == TODAY  # an --as-of run in the future


def test_planning_twice_changes_nothing():
    c = due_on(TODAY + timedelta(days=40))
    assert not replan(c, stored(c))


def test_moving_the_due_date_replans_pending_and_leaves_dismissed_behind():
    old = due_on(TODAY + timedelta(days=40))
    have = stored(old)
    have[0] = Occurrence(1, 30, have[0].fires_on, OccurrenceState.DISMISSED, id=have[0].id)
    moved = old.changed(due=Period(TODAY + timedelta(days=60), TODAY + timedelta(days=60), Precision.DAY))
    plan = replan(moved, have, floor=TODAY)
    assert {o.lead_days for o in plan.drop} == {7, 1}  # pending of the old date
    assert all(o.state is OccurrenceState.PENDING for o in plan.drop)
    assert [(r.lead_days, r.fires_on) for r in plan.add] == [(30, TODAY + timedelta(days=30)), (7, TODAY + timedelta(days=53)), (1, TODAY + timedelta(days=59))]


def test_a_date_moved_back_does_not_repeat_a_dismissed_reminder():
    c = due_on(TODAY + timedelta(days=40))
    have = [Occurrence(o.commitment_id, o.lead_days, o.fires_on, OccurrenceState.DISMISSED, id=o.id) for o in stored(c)]
    assert not replan(c, have)


def test_delivered_and_dropped_commitments_stop_reminding():
    c = due_on(TODAY + timedelta(days=40))
    for done in (c.changed(status=Status.DELIVERED), c.changed(status=Status.DROPPED), c.changed(delivered_on=TODAY)):
        plan = replan(done, stored(c))
        assert plan.add == [] and len(plan.drop) == 3


def test_snoozed_reminders_of_an_old_date_go_shown_ones_stay():
    c = due_on(TODAY + timedelta(days=40))
    have = stored(c)
    have[0] = Occurrence(1, 30, have[0].fires_on, OccurrenceState.SHOWN, id=have[0].id)
    have[1] = Occurrence(1, 7, have[1].fires_on, OccurrenceState.SNOOZED, NOW, id=have[1].id)
    plan = replan(c.changed(status=Status.DELIVERED), have)
    assert {o.lead_days for o in plan.drop} == {7, 1}


def test_a_coarse_window_can_also_remind_when_it_opens():
    c = Commitment(title="Strategy", due=parse_period("Q4 2027"), initiative_key="i", id=1, remind_when_window_opens=True, reminder_days=(7,))
    plan = replan(c, [])
    assert [(r.lead_days, r.fires_on) for r in plan.add] == [(WINDOW_OPENS, date(2027, 10, 1)), (7, date(2027, 12, 24))]
    assert plan.add[0].label == "window opens"


def test_a_commitment_with_none_plans_nothing_and_the_plan_default_applies_otherwise():
    c = due_on(TODAY + timedelta(days=40))
    assert not replan(c.changed(reminder_days=()), [])
    assert [r.lead_days for r in replan(c, [], plan_default=(14,)).add] == [14]


def test_replan_all_touches_only_the_commitments_given():
    a, b = due_on(TODAY + timedelta(days=40)), due_on(TODAY + timedelta(days=40)).changed(id=2)
    other = Occurrence(3, 7, TODAY, id=99)  # of a commitment not in the list: left alone
    plan = replan_all([a, b], [other])
    assert {r.commitment_id for r in plan.add} == {1, 2} and plan.drop == []


def test_next_wake_is_the_next_fire_day_and_the_next_snooze_end():
    have = [
        Occurrence(1, 7, TODAY),  # due now, not a future wake
        Occurrence(1, 1, TODAY + timedelta(days=6)),
        Occurrence(2, 1, TODAY + timedelta(days=2)),
        Occurrence(3, 7, TODAY, OccurrenceState.SNOOZED, NOW + timedelta(hours=1)),
        Occurrence(4, 7, TODAY + timedelta(days=1), OccurrenceState.DISMISSED),
    ]
    wake = next_wake(have, TODAY)
    assert (wake.day, wake.moment) == (TODAY + timedelta(days=2), NOW + timedelta(hours=1))


@given(
    due=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    moved=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    leads=st.lists(st.integers(0, 400), max_size=5).map(tuple),
)
def test_after_any_replan_the_live_occurrences_are_exactly_the_wanted_ones(due, moved, leads):
    c = due_on(due, reminder_days=leads)
    have = stored(c)
    after = c.changed(due=Period(moved, moved, Precision.DAY))
    plan = replan(after, have)
    dropped = {o.key for o in plan.drop}
    live = {o.key for o in have if o.key not in dropped} | {(r.commitment_id, r.lead_days, r.fires_on) for r in plan.add}
    assert live == {(r.commitment_id, r.lead_days, r.fires_on) for r in replan(after, []).add}
