from datetime import date

from planner.domain.period import Period, Precision
from planner.domain.recurrence import Recurrence


def test_yearly_over_a_strategy_is_one_window_per_calendar_year():
    assert Recurrence(12).occurrences(Period.years(2020, 2025)) == [Period.year(y) for y in range(2020, 2026)]


def test_every_six_months_from_the_adoption_date_are_halves():
    over = Period(date(2020, 7, 24), date(2021, 12, 31), Precision.DAY)
    assert Recurrence(6).occurrences(over) == [Period.half(2020, 2), Period.half(2021, 1), Period.half(2021, 2)]


def test_two_yearly_windows_are_two_calendar_years():
    assert Recurrence(24).occurrences(Period.years(2020, 2023)) == [Period.years(2020, 2021), Period.years(2022, 2023)]


def test_quarterly_and_monthly():
    assert Recurrence(3).occurrences(Period.year(2021)) == [Period.quarter(2021, q) for q in range(1, 5)]
    assert len(Recurrence(1).occurrences(Period.year(2021))) == 12
    assert Recurrence(12).label == "every year" and Recurrence(24).label == "every 2 years"
