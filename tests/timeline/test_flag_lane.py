"""The lane of flags under the dates: today, as of and the key dates side by side, each key date
named by a flag of its own or one it shares, none over another."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QFont

from planner.domain.plan import KeyDate
from planner.timeline import flag_lane
from planner.timeline.scale import TimeScale
from planner.timeline.style import TimelineStyle

START = date(2020, 1, 1)


@pytest.fixture
def style(qapp):
    return TimelineStyle.for_paper(QFont("DejaVu Sans", 9))


def lines(scale: TimeScale, days: list[date], left: float, right: float) -> list[tuple[float, KeyDate]]:
    kds = [KeyDate(day=d, label=f"Event number {n}, with a name long enough to be cut") for n, d in enumerate(days)]
    return [(scale.x_mid(kd.day), kd) for kd in kds if left <= scale.x_mid(kd.day) <= right]


@pytest.mark.parametrize("seed", range(60))
def test_every_key_date_in_view_is_named_once_and_no_flag_covers_another(style, seed):
    rnd = random.Random(seed)
    width = rnd.choice([300.0, 560.0, 1400.0])
    scale = TimeScale.fitting(START, date(2021, 12, 31), width, 20).scrolled(rnd.uniform(-100, 100))
    days = [START + timedelta(days=rnd.randrange(0, 730)) for _ in range(rnd.randrange(1, 30))]
    placed = lines(scale, days, 0.0, width - 40)  # away from the right edge, where the last may have to squeeze
    today = START + timedelta(days=rnd.randrange(0, 730))
    lane = flag_lane.place_lane(placed, [(today, scale.x_mid(today), False)] if seed % 2 else [], style, 0.0, width, 100.0, 18.0)
    named = [kd for kl in lane.labels for kd in kl.named]
    assert sorted(id(kd) for kd in named) == sorted(id(kd) for _x, kd in placed)
    boxes = [kl.box for kl in lane.labels if kl.box is not None] + [d.box for d in lane.days]
    for n, box in enumerate(boxes):
        assert 0.0 <= box.left() and box.right() <= width and 100.0 <= box.top() and box.bottom() <= 118.0
        assert not any(box.intersects(other) for other in boxes[n + 1:])
    for kl in lane.labels:
        if kl.box is not None and len(kl.named) > 1:
            assert str(len(kl.named)) in kl.text  # a shared flag counts its key dates


def test_a_key_date_reads_whole_on_the_side_with_room_and_today_keeps_its_flag(style):
    scale = TimeScale.fitting(date(2020, 1, 1), date(2020, 12, 31), 1000.0)
    placed = lines(scale, [date(2020, 6, 2)], 0.0, 1000.0)
    today = date(2020, 7, 1)
    lane = flag_lane.place_lane(placed, [(today, scale.x_mid(today), False)], style, 0.0, 1000.0, 0.0, 18.0)
    (label,), (day,) = lane.labels, lane.days
    assert label.text == "2 Jun 2020: Event number 0, with a name long enough to be cut"  # whole: leftwards, where the room is
    assert day.text == "today 1 Jul 2020" and day.box.left() == day.x
    assert not label.box.intersects(day.box) and label.box.right() == label.x


def test_close_key_dates_get_flags_of_their_own_where_the_room_allows_and_share_one_where_it_does_not(style):
    """A year across a narrow timeline: 2 and 5 June face apart, 24 July gives up a little of its
    room so that 21 December, near the edge, keeps its day; across ten years, some share a flag."""
    days = [date(2020, 6, 2), date(2020, 6, 5), date(2020, 7, 24), date(2020, 12, 21)]
    year = TimeScale.fitting(date(2020, 1, 1), date(2020, 12, 31), 560.0)
    lane = flag_lane.place_lane(lines(year, days, 0.0, 560.0), [], style, 0.0, 560.0, 0.0, 18.0)
    flags = [kl for kl in lane.labels if kl.box is not None]
    assert [len(kl.named) for kl in flags] == [1, 1, 1, 1] and all(kl.text for kl in flags)
    assert flags[0].box.right() == flags[0].x and flags[1].box.left() == flags[1].x  # facing apart
    assert flags[3].text == "21 Dec"
    decade = TimeScale.fitting(date(2017, 1, 1), date(2026, 12, 31), 560.0)
    lane = flag_lane.place_lane(lines(decade, days, 0.0, 560.0), [], style, 0.0, 560.0, 0.0, 18.0)
    shared = [kl for kl in lane.labels if kl.box is not None]
    assert sum(len(kl.named) for kl in shared) == 4 and any(len(kl.named) > 1 for kl in shared)
    assert all(kl.text for kl in shared)


def test_a_crowd_of_key_dates_around_today_keeps_flags_of_its_own_on_both_sides(style):
    """Once the key dates just before today's line all ran into one flag: today's took their room."""
    scale = TimeScale.fitting(START, date(2029, 12, 31), 560.0)
    days = [START + timedelta(days=37 * n) for n in range(100)]
    today = date(2021, 5, 1)
    lane = flag_lane.place_lane(lines(scale, days, 0.0, 560.0), [(today, scale.x_mid(today), False)], style, 0.0, 560.0, 0.0, 18.0)
    flags = [kl for kl in lane.labels if kl.box is not None]
    assert len(flags) >= 8 and max(len(kl.named) for kl in flags) < 30
    assert not any(kl.box.intersects(lane.days[0].box) for kl in flags)
