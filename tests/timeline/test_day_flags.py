"""The today and as-of lines: drawn across the rows, named by flags in the header's lane of flags,
under the dates and never over their names."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette

from planner.timeline import flag_lane, overlays, painting
from planner.timeline.frame import Frame, draw_frame
from planner.timeline.scale import TimeScale
from planner.timeline.style import TimelineStyle

WIDTH = 1200.0
TODAY, AS_OF = date(2026, 11, 23), date(2021, 3, 1)


@pytest.fixture
def style(qapp):
    return TimelineStyle.from_palette(QPalette(QColor("white")), QFont("DejaVu Sans", 9))


def picture(style: TimelineStyle, first: date, last: date, as_of: date = AS_OF) -> tuple[QImage, TimeScale, float]:
    scale = TimeScale.fitting(first, last, WIDTH, 20)
    header = painting.header_height(style, 1)
    image = QImage(int(WIDTH), int(header + 300), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    draw_frame(p, Frame(QRectF(0, 0, WIDTH, image.height()), header, scale, [], style, today=TODAY, as_of=as_of, key_lanes=1))
    p.end()
    return image, scale, header


def columns_in(image: QImage, colour: QColor, top: float, bottom: float) -> set[int]:
    return {x for x in range(image.width()) for y in range(int(top), int(bottom)) if image.pixelColor(x, y) == colour}


def line_x(scale: TimeScale, day: date) -> float:
    return (scale.x_of(day) + scale.x_after(day)) / 2


def test_over_the_rows_only_the_lines_are_drawn_and_their_flags_are_in_the_header(style):
    image, scale, header = picture(style, date(2018, 1, 1), date(2029, 12, 31))
    band_top = painting.header_height(style)
    for day, colour in ((TODAY, style.today), (AS_OF, style.as_of)):
        in_rows = columns_in(image, colour, header + 1, image.height())
        assert in_rows and all(abs(x - line_x(scale, day)) <= 2 for x in in_rows)  # the line, and nothing beside it
        in_band = columns_in(image, colour, band_top, header)
        assert max(in_band) - min(in_band) > 60  # a flag with the day written in it


def test_the_two_flags_face_away_from_each_other(style):
    image, scale, header = picture(style, date(2018, 1, 1), date(2029, 12, 31))
    band_top = painting.header_height(style)
    assert min(columns_in(image, style.today, band_top, header)) >= line_x(scale, TODAY) - 2  # today reads rightwards
    assert max(columns_in(image, style.as_of, band_top, header)) <= line_x(scale, AS_OF) + 2  # as of, leftwards
    later, scale, _ = picture(style, date(2018, 1, 1), date(2031, 12, 31), as_of=date(2028, 6, 1))
    assert max(columns_in(later, style.today, band_top, header)) <= line_x(scale, TODAY) + 2  # an as-of day after today: swapped
    assert min(columns_in(later, style.as_of, band_top, header)) >= line_x(scale, date(2028, 6, 1)) - 2


def test_a_flag_with_no_room_on_its_side_turns_to_the_other(style):
    text = overlays.today_text(TODAY, False)
    near_right = flag_lane.place_lane([], [(TODAY, WIDTH - 10, False)], style, 0, WIDTH, 0, 18).days[0]
    near_left = flag_lane.place_lane([], [(AS_OF, 10, True), (TODAY, 300, False)], style, 0, WIDTH, 0, 18).days[0]
    assert near_right.text == text and near_right.box.right() <= WIDTH - 10 and near_right.box.left() >= 0
    assert near_left.box.left() >= 10 and near_left.box.right() <= WIDTH


@pytest.mark.parametrize(("first", "last"), [(date(2026, 9, 1), date(2027, 9, 1)), (date(2026, 11, 1), date(2027, 2, 1)), (date(2026, 1, 1), date(2028, 12, 31))])
def test_the_today_flag_never_covers_the_names_of_the_dates(style, first, last):
    """A new plan opened on 5 Dec 2026 once had "today 5 Dec 2026" written over Jan–Mar."""
    image, scale, header = picture(style, first, last, as_of=TODAY)
    dates = painting.header_height(style)  # the two bands of dates end here; the lane of flags is under them
    assert columns_in(image, style.today, header + 1, image.height())  # today is in view
    flag = columns_in(image, style.today, dates, header)
    assert max(flag) - min(flag) > 60  # its flag, in the lane
    assert not columns_in(image, style.today, 0, dates - 1)  # and nothing of it over the dates


def test_a_day_out_of_view_has_no_flag(style):
    image, scale, header = picture(style, date(2018, 1, 1), date(2024, 12, 31))  # today is later than the view
    assert not columns_in(image, style.today, 0, image.height())
