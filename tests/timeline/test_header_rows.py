"""The header's rows of dates: one form of name for a whole row ("Jan Feb Mar", never "Jan Feb March")."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetricsF

from planner.timeline.painting import band_labels
from planner.timeline.scale import Level, TimeScale


@pytest.fixture
def width_of(qapp):
    return QFontMetricsF(QFont("DejaVu Sans", 9)).horizontalAdvance


def month_forms() -> tuple[set[str], set[str]]:
    locale = QLocale()
    long = {locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)}
    short = {locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)}
    return long - short, short - long  # "May" is both: it tells nothing


@pytest.mark.parametrize("width", [480.0, 560.0, 620.0, 700.0, 900.0])
def test_a_year_across_the_view_names_every_month_in_one_form(width_of, width):
    scale = TimeScale.fitting(date(2021, 1, 1), date(2021, 12, 31), width)  # Ctrl+1: a year across the view
    header = scale.header(0, width)
    assert header.level is Level.QUARTERS
    shown = [label for label in band_labels(header.lower, 0, width, width_of) if label]
    long, short = month_forms()
    assert len(shown) >= 12
    assert not (set(shown) & long and set(shown) & short), shown


def test_a_cell_cut_by_the_edge_keeps_a_shorter_name_while_the_rest_keep_theirs(width_of):
    scale = TimeScale.fitting(date(2021, 1, 1), date(2021, 12, 31), 1200.0).scrolled(-10)  # December 2020 just peeps in
    header = scale.header(0, 1200.0)
    shown = band_labels(header.lower, 0, 1200.0, width_of)
    assert shown[0] in (None, "D") and shown[1] == "January" and shown[-1] == "December"
