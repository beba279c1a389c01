"""What a commitment looks like along x: precision is visible, slippage is drawn from the baseline."""
from datetime import date

import pytest

from planner.domain.period import Period
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Kind, Status
from planner.timeline.scale import TimeScale
from planner.timeline.shapes import Form, Grip, shape_of

SCALE = TimeScale(date(2020, 1, 1).toordinal(), 1.0)  # one pixel per day from 1 Jan 2020


def c(due="Q4 2020", **kw) -> Commitment:
    return Commitment(title="Review of the Europol mandate", due=parse_period(due), initiative_key="i", **kw)


def test_a_coarse_deadline_is_its_whole_window_with_the_marker_at_its_end():
    s = shape_of(c("Q4 2020"), SCALE)
    assert s.form is Form.WINDOW
    assert (s.x0, s.x1) == (SCALE.x_of(date(2020, 10, 1)), SCALE.x_after(date(2020, 12, 31)))
    assert s.marker_x == s.x1


def test_a_deadline_on_a_day_is_a_marker_on_that_day():
    s = shape_of(c("22 August 2020"), SCALE)
    assert s.form is Form.MILESTONE
    assert s.marker_x == pytest.approx(SCALE.x_of(date(2020, 8, 22)) + 0.5)


def test_a_span_runs_from_its_start_to_the_end_of_its_due_window():
    span = c("2021-2025", kind=Kind.SPAN, start=parse_period("2021"))
    s = shape_of(span, SCALE)
    assert (s.form, s.x0, s.x1, s.marker_x) == (Form.SPAN, SCALE.x_of(date(2021, 1, 1)), SCALE.x_after(date(2025, 12, 31)), None)


def test_on_schedule_there_is_no_ghost_and_no_slip():
    s = shape_of(c(baseline=parse_period("Q4 2020")), SCALE)
    assert (s.ghost, s.slip, s.slip_days) == (None, None, 0)


def test_a_rescheduled_deadline_shows_its_first_announced_window_and_the_slip_to_the_new_date():
    moved = c("Q2 2021", baseline=parse_period("Q4 2020"))
    s = shape_of(moved, SCALE)
    assert s.ghost == (SCALE.x_of(date(2020, 10, 1)), SCALE.x_after(date(2020, 12, 31)))
    assert s.slip[0] == s.ghost[1]
    assert s.slip[1] == pytest.approx(SCALE.x_of(date(2021, 6, 30)) + 0.5)
    assert s.slip_days == 181


def test_a_late_delivery_slips_to_the_delivery_day():
    late = c(status=Status.DELIVERED, delivered_on=date(2021, 1, 10), baseline=parse_period("Q4 2020"))
    s = shape_of(late, SCALE)
    assert s.slip_days == 10
    assert s.delivered_x == pytest.approx(SCALE.x_of(date(2021, 1, 10)) + 0.5)
    assert s.right >= s.delivered_x


def test_grips_a_span_by_its_end_or_its_body_and_nothing_beside_it():
    span = c("2021-2025", kind=Kind.SPAN, start=parse_period("2021"))
    s = shape_of(span, SCALE)
    assert s.grip_at(s.x1 - 2) is Grip.END
    assert s.grip_at((s.x0 + s.x1) / 2) is Grip.MOVE
    assert s.grip_at(s.x1 + 20) is None


def test_grips_a_deadline_by_its_marker_or_window():
    s = shape_of(c(), SCALE)
    assert s.grip_at(s.marker_x + 3) is Grip.MOVE
    assert s.grip_at(s.x0 + 1) is Grip.MOVE
    assert s.grip_at(s.x0 - 30) is None
    day = shape_of(Commitment(title="t", due=Period.day(date(2020, 8, 22)), initiative_key="i"), SCALE)
    assert day.grip_at(day.marker_x + 20) is None
