"""Month ends and moves of coarse windows, checked against the calendar."""
import calendar
from datetime import date

import pytest

from planner.domain.period import Period, month_end


@pytest.mark.parametrize("year", [1999, 2000, 2020, 2021, 2024, 2100])
def test_every_month_ends_on_its_last_day(year):
    for month in range(1, 13):
        assert month_end(year, month) == date(year, month, calendar.monthrange(year, month)[1])


def test_a_quarter_moved_across_february_of_a_leap_year_keeps_its_month_ends():
    q4 = Period.quarter(2023, 4)
    assert (q4.shifted(1).start, q4.shifted(1).end) == (date(2024, 1, 1), date(2024, 3, 31))
    november = Period.month(2023, 11)
    assert november.shifted(3).end == date(2024, 2, 29)
