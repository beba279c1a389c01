from datetime import date

from planner.domain.period import Period
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Kind, Status
from planner.domain.status import Standing, slippage, standing


def c(due="Q4 2020", **kw) -> Commitment:
    return Commitment(title="Review of the Europol mandate", due=parse_period(due), initiative_key="i", **kw)


def test_a_coarse_deadline_is_not_overdue_until_its_whole_window_passed():
    assert standing(c(), as_of=date(2020, 12, 20)) is Standing.DUE_SOON
    assert standing(c(), as_of=date(2021, 1, 1)) is Standing.OVERDUE
    assert standing(c(), as_of=date(2020, 8, 1)) is Standing.PLANNED


def test_due_soon_counts_from_the_end_of_the_window():
    assert standing(c(), as_of=date(2020, 12, 1), due_soon_days=30) is Standing.DUE_SOON
    assert standing(c(), as_of=date(2020, 11, 30), due_soon_days=30) is Standing.PLANNED


def test_in_progress_and_dropped_show_as_recorded():
    assert standing(c(status=Status.IN_PROGRESS), as_of=date(2020, 8, 1)) is Standing.IN_PROGRESS
    assert standing(c(status=Status.DROPPED), as_of=date(2030, 1, 1)) is Standing.DROPPED


def test_delivery_inside_the_announced_window_is_on_time_and_no_slip():
    done = c(status=Status.DELIVERED, delivered_on=date(2020, 12, 9))
    assert standing(done, as_of=date(2026, 11, 23)) is Standing.DELIVERED_ON_TIME
    assert slippage(done).days == 0


def test_delivery_after_the_announced_window_is_late_by_the_days_past_its_end():
    late = c(status=Status.DELIVERED, delivered_on=date(2021, 1, 10))
    assert standing(late, as_of=date(2026, 11, 23)) is Standing.DELIVERED_LATE
    s = slippage(late)
    assert (s.days, s.basis, s.text) == (10, "delivered", "+10 days (delivered)")


def test_rescheduling_slips_against_the_date_first_announced():
    moved = c(due="Q2 2021", baseline=parse_period("Q4 2020"))
    s = slippage(moved)
    assert (s.days, s.basis) == (181, "rescheduled")  # 2020-12-31 -> 2021-06-30
    assert standing(moved, as_of=date(2021, 1, 5)) is Standing.PLANNED  # the new date is what is due


def test_forecast_slip_is_reported_before_delivery():
    s = slippage(c(forecast=Period.day(date(2021, 2, 1))))
    assert (s.days, s.basis) == (32, "forecast")


def test_nothing_moved_means_no_slippage():
    assert slippage(c()) is None
    assert slippage(c(baseline=parse_period("Q4 2020"))) is None


def test_a_delivery_after_the_as_of_day_is_not_yet_delivered_on_that_day():
    # View → Status as of 30 June 2021 on a plan whose commitment was delivered in December 2025.
    done_later = c(due="2020-2025", status=Status.DELIVERED, delivered_on=date(2025, 12, 15))
    assert standing(done_later, as_of=date(2021, 6, 30)) is Standing.PLANNED
    assert standing(done_later, as_of=date(2025, 12, 14), due_soon_days=30) is Standing.DUE_SOON
    assert standing(done_later, as_of=date(2025, 12, 15)) is Standing.DELIVERED_ON_TIME
    late = c(status=Status.DELIVERED, delivered_on=date(2021, 1, 10))
    assert standing(late, as_of=date(2021, 1, 5)) is Standing.OVERDUE
    assert standing(late, as_of=date(2021, 1, 10)) is Standing.DELIVERED_LATE


def test_a_span_under_way_on_the_as_of_day_is_in_progress_unless_delivered_by_then():
    """'Implement the strategy (2020-2025)', from 2020: on 30 June 2021 it is under way, whatever
    was recorded later; before its start it is planned; a deadline's coarse window is no start."""
    span = c(due="2020-2025", kind=Kind.SPAN, start=parse_period("2020"))
    assert standing(span, as_of=date(2019, 12, 31)) is Standing.PLANNED
    assert standing(span, as_of=date(2020, 1, 1)) is Standing.IN_PROGRESS
    assert standing(span, as_of=date(2021, 6, 30)) is Standing.IN_PROGRESS
    done_later = span.changed(status=Status.DELIVERED, delivered_on=date(2025, 12, 15))
    assert standing(done_later, as_of=date(2021, 6, 30)) is Standing.IN_PROGRESS
    assert standing(done_later, as_of=date(2025, 12, 20)) is Standing.DELIVERED_ON_TIME
    assert standing(span, as_of=date(2025, 12, 20)) is Standing.DUE_SOON  # the end is near: that says more
    assert standing(span, as_of=date(2026, 1, 1)) is Standing.OVERDUE
    assert standing(c(), as_of=date(2020, 10, 15)) is Standing.PLANNED  # "Q4 2020": due in that window, not started in it
