"""Dragging arithmetic: whole steps of a commitment's precision; the baseline never moves."""
from datetime import date

from planner.domain.period import Period, Precision
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Kind
from planner.timeline.moves import moved, snap_at, step_days, stepping_window, steps_for, stretched
from planner.timeline.scale import Level


def deadline(due: str) -> Commitment:
    p = parse_period(due)
    return Commitment(title="Review of the Europol mandate", due=p, baseline=p, initiative_key="i")


def test_a_quarter_moves_by_quarters_and_only_once_half_a_quarter_is_passed():
    q4 = parse_period("Q4 2020")
    assert step_days(q4) == 92
    assert steps_for(q4, 45) == 0
    assert steps_for(q4, 46) == 1
    assert steps_for(q4, 150) == 2
    assert steps_for(q4, -46) == -1


def test_a_day_moves_by_days():
    d = Period.day(date(2020, 8, 22))
    assert steps_for(d, 2.6) == 3
    assert moved(Commitment(title="call closes", due=d, initiative_key="i"), 3).forecast == Period.day(date(2020, 8, 25))


def test_moving_a_deadline_keeps_what_the_document_said_and_forecasts_the_new_window():
    """'by Q4 2020' dragged a quarter later stays 'by Q4 2020' as written; Q1 2021 is the
    forecast, in the same precision, and the baseline stays."""
    c = moved(deadline("by Q4 2020"), 1)
    assert c.due == parse_period("by Q4 2020") and c.due.shown == "by Q4 2020"
    assert c.forecast.label == "Q1 2021" and c.forecast.precision is Precision.QUARTER
    assert c.baseline == parse_period("by Q4 2020")
    again = moved(c, 1)
    assert again.forecast.label == "Q2 2021" and again.due == c.due
    assert moved(again, -2).forecast is None  # back on its due window: no forecast left


def test_moving_a_span_moves_its_start_by_the_same_time():
    span = Commitment(title="Action plan", due=parse_period("2020-2025"), start=parse_period("2020"), kind=Kind.SPAN, initiative_key="i")
    later = moved(span, 1)
    assert (later.start.label, later.due.label) == ("2021", "2021-2026")
    assert (later.window_start, later.window_end) == (date(2021, 1, 1), date(2026, 12, 31))


def test_stretching_a_multi_year_span_keeps_reading_as_years():
    span = Commitment(title="Action plan", due=parse_period("2020-2025"), start=parse_period("2020"), kind=Kind.SPAN, initiative_key="i")
    longer = stretched(span, 1)
    assert longer.due.label == "2020-2026"
    assert longer.window_start == date(2020, 1, 1)
    assert stretched(span, -10) == span  # the end cannot pass the start


def test_stretching_a_span_that_ends_in_a_quarter_moves_that_quarter():
    span = Commitment(title="Study", due=parse_period("Q4 2021"), start=parse_period("Q1 2021"), kind=Kind.SPAN, initiative_key="i")
    assert stretched(span, 1).due.label == "Q1 2022"
    assert stretched(span, 1).start == span.start


def test_stretching_a_span_of_days_gives_a_new_last_day():
    span = Commitment(title="Consultation", due=Period(date(2020, 6, 2), date(2020, 9, 10), Precision.DAY), kind=Kind.SPAN, initiative_key="i")
    assert stretched(span, 5).due.window_text == "2020-06-02..2020-09-15"


def test_a_year_end_deadline_steps_at_the_zooms_snap_not_by_whole_years():
    """'by the end of 2020' dragged a quarter later, where the header shows quarters: forecast
    Q1 2021 (due 31 March 2021); where it shows months, a month later is January 2021."""
    c = deadline("by the end of 2020")
    assert steps_for(stepping_window(c, Precision.QUARTER), 91) == 1
    later = moved(c, 1, Precision.QUARTER)
    assert later.forecast.label == "Q1 2021" and later.forecast.end == date(2021, 3, 31)
    assert later.due.shown == "by the end of 2020" and later.baseline == c.baseline  # as written, first announced
    assert moved(later, -1, Precision.QUARTER).forecast is None  # back to 31 December 2020: no forecast left
    assert moved(c, 1, Precision.MONTH).forecast == Period.month(2021, 1)
    assert moved(c, -2, Precision.MONTH).forecast == Period.month(2020, 10)
    assert moved(c, 1).forecast.end == date(2021, 12, 31)  # no zoom given: a step of its own precision


def test_a_quarter_or_finer_keeps_stepping_by_its_own_precision_at_any_zoom():
    q = deadline("by Q4 2020")
    assert moved(q, 1, Precision.MONTH).forecast.label == "Q1 2021"
    d = deadline("22 August 2020")
    assert moved(d, 3, Precision.QUARTER).forecast == Period.day(date(2020, 8, 25))


def test_the_snap_follows_the_header():
    assert snap_at(Level.YEARS) is Precision.QUARTER
    assert snap_at(Level.QUARTERS) is Precision.MONTH and snap_at(Level.WEEKS) is Precision.MONTH
