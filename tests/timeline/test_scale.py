"""The time scale: dates to x and back, zoom about a point, and the header ticks at each level."""
import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.timeline.scale import MAX_PX_PER_DAY, MIN_PX_PER_DAY, Level, TimeScale

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
zooms = st.floats(min_value=MIN_PX_PER_DAY, max_value=MAX_PX_PER_DAY)


def test_a_day_is_a_cell_from_its_left_edge_to_the_next_days():
    s = TimeScale(date(2020, 1, 1).toordinal(), 10.0)
    assert s.x_of(date(2020, 1, 1)) == 0
    assert s.x_after(date(2020, 1, 1)) == 10
    assert s.x_of(date(2020, 1, 11)) == 100
    assert s.date_at(0) == date(2020, 1, 1)
    assert s.date_at(9.99) == date(2020, 1, 1)
    assert s.date_at(10) == date(2020, 1, 2)
    assert s.date_at(-0.01) == date(2019, 12, 31)


@given(days, zooms, st.floats(min_value=-5000, max_value=5000))
def test_date_at_undoes_x_of(d, ppd, origin_offset):
    s = TimeScale(d.toordinal() + origin_offset, ppd)
    assert s.date_at(s.x_of(d) + ppd / 2) == d


@given(days, zooms, st.floats(min_value=0, max_value=2000), st.floats(min_value=0.1, max_value=10))
def test_zooming_keeps_the_instant_under_the_pointer_still(d, ppd, x, factor):
    s = TimeScale(d.toordinal(), ppd)
    z = s.zoomed_about(x, factor)
    assert z.day_number_at(x) == pytest.approx(s.day_number_at(x), abs=1e-6)
    assert MIN_PX_PER_DAY <= z.px_per_day <= MAX_PX_PER_DAY


def test_zoom_stops_at_its_limits():
    s = TimeScale(0, 1.0)
    assert s.zoomed_about(0, 1e9).px_per_day == MAX_PX_PER_DAY
    assert s.zoomed_about(0, 1e-9).px_per_day == MIN_PX_PER_DAY


def test_fitting_2020_to_2025_into_a_window_puts_both_ends_inside_it():
    s = TimeScale.fitting(date(2020, 1, 1), date(2025, 12, 31), 900, margin_px=20)
    assert s.x_of(date(2020, 1, 1)) == pytest.approx(20)
    assert s.x_after(date(2025, 12, 31)) == pytest.approx(880)


def test_scrolling_moves_later_dates_in_from_the_right():
    s = TimeScale(date(2020, 1, 1).toordinal(), 2.0)
    assert s.scrolled(60).date_at(0) == date(2020, 1, 31)


@pytest.mark.parametrize(
    ("ppd", "level", "upper", "lower"),
    [
        (0.4, Level.YEARS, ["2020", "2021"], ["Q1", "Q2", "Q3", "Q4", "Q1"]),
        (3.0, Level.QUARTERS, ["Q1 2020", "Q2 2020"], ["January", "February", "March", "April"]),
        (20.0, Level.MONTHS, ["January 2020"], ["30 Dec", "6 Jan", "13 Jan"]),
        (60.0, Level.WEEKS, ["Week 1, 30 Dec 2019", "Week 2, 6 Jan 2020"], ["Wed 1", "Thu 2", "Fri 3"]),
    ],
)
def test_each_zoom_level_has_its_two_bands(ppd, level, upper, lower):
    s = TimeScale(date(2020, 1, 1).toordinal(), ppd)
    h = s.header(0, 1200, min_cell_px=30)
    assert h.level is level
    assert [t.labels[0] for t in h.upper][: len(upper)] == upper
    assert [t.labels[0] for t in h.lower][: len(lower)] == lower


def test_ticks_tile_the_visible_range_without_gaps():
    s = TimeScale(date(2020, 2, 10).toordinal(), 0.7)
    h = s.header(0, 1000)
    for band in (h.upper, h.lower):
        assert band[0].x0 <= 0 and band[-1].x1 >= 1000
        for a, b in itertools.pairwise(band):
            assert a.x1 == b.x0 and a.last + timedelta(days=1) == b.first


def test_a_quarter_tick_spans_its_quarter():
    s = TimeScale(date(2020, 1, 1).toordinal(), 0.5)
    q4 = next(t for t in s.header(0, 1000).lower if t.first == date(2020, 10, 1))
    assert q4.last == date(2020, 12, 31)
    assert q4.x1 - q4.x0 == pytest.approx(92 * 0.5)


def test_labels_run_from_long_to_short_so_the_painter_can_pick_one_that_fits():
    s = TimeScale(date(2021, 1, 1).toordinal(), 3.0)
    january = s.header(0, 500).lower[0]
    assert january.labels == ("January", "Jan", "J")


def test_a_scale_needs_a_positive_width_per_day():
    with pytest.raises(ValueError):
        TimeScale(0, 0)
