"""The plan's Window column tells the window as an officer would say it, short enough for a
narrow column, in the interface's language; sorting still goes by the days."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.domain.period import Period, Precision
from planner.i18n import column_window_text
from planner.qtmodels.plan_model import COL_WINDOW

from .helpers import select


def period_of(start, end, precision=Precision.DAY):
    return Period(date(*start), date(*end), precision)


@pytest.mark.parametrize("period, english", [
    (period_of((2020, 7, 24), (2020, 7, 24)), "24 Jul 2020"),
    (period_of((2020, 12, 1), (2020, 12, 31), Precision.MONTH), "Dec 2020"),
    (period_of((2020, 10, 1), (2020, 12, 31), Precision.QUARTER), "Oct–Dec 2020"),
    (period_of((2020, 1, 1), (2020, 12, 31), Precision.YEAR), "2020"),
    (period_of((2020, 1, 1), (2025, 12, 31), Precision.YEARS), "2020–2025"),
    (period_of((2020, 10, 1), (2021, 3, 31)), "Oct 2020 – Mar 2021"),
    (period_of((2021, 3, 3), (2021, 6, 17)), "3 Mar – 17 Jun 2021"),
    (period_of((2020, 12, 15), (2021, 1, 10)), "15 Dec 2020 – 10 Jan 2021"),
])
def test_a_window_is_told_in_whole_months_and_years_where_it_is_made_of_them(qapp, period, english):
    assert column_window_text(period) == english


@pytest.mark.parametrize("language, quarter", [("fr", "oct.–déc. 2020"), ("de", "Okt.–Dez. 2020")])
def test_the_window_is_told_in_the_interfaces_language(qapp, speaking, language, quarter):
    speaking(language)
    assert column_window_text(period_of((2020, 10, 1), (2020, 12, 31), Precision.QUARTER)) == quarter


def test_the_plan_shows_the_short_window_with_its_days_in_the_tooltip(window):
    w = window
    select(w, "Expert workshop")
    index = w.plan_view.tree.currentIndex().siblingAtColumn(COL_WINDOW)
    assert index.data() == "Oct–Dec 2020"
    assert "1 October 2020 – 31 December 2020" in index.siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole)
