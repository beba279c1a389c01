"""Key-date labels in a band of the header of their own: lanes, poles, edges, the band's height."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from planner.document.link_commands import push_key_date
from planner.domain.plan import KeyDate
from planner.timeline import key_date_labels, painting
from planner.timeline.frame import Frame, draw_frame
from planner.timeline.scale import TimeScale
from planner.timeline.style import TimelineStyle

from .test_paper import commitment_rows

START = date(2020, 1, 1)


@pytest.fixture
def style(qapp):
    return TimelineStyle.for_paper(QFont("DejaVu Sans", 9))


def key_dates(days: list[date]) -> list[KeyDate]:
    return [KeyDate(day=d, label=f"Event number {n}, with a name long enough to need a lane of its own") for n, d in enumerate(days)]


def day_and_month(kd: KeyDate) -> str:
    return f"{kd.day.day} {kd.day.strftime('%b')}"


def flags_are_sound(labels: list[key_date_labels.KeyDateLabel], left: float, right: float, top: float, bottom: float) -> None:
    shown = [kl for kl in labels if kl.box is not None]
    for kl in shown:
        box = kl.box
        assert left <= box.left() and box.right() <= right, "no label crosses an edge"
        assert top <= box.top() and box.bottom() <= bottom, "every label is in the band"
        assert kl.x in (box.left(), box.right()), "a flag hangs on its own pole"
        for other in shown:
            if other is kl:
                continue
            assert not box.intersects(other.box), (kl.text, other.text)
            if other.box.top() < box.top():  # higher up: its pole runs down past this label
                assert not box.left() + 0.5 < other.x < box.right() - 0.5, (kl.text, other.text)


@pytest.mark.parametrize("seed", range(40))
def test_labels_never_overlap_never_hide_a_line_and_stay_between_the_edges(style, seed):
    rnd = random.Random(seed)
    days = [START + timedelta(days=rnd.randrange(0, 730)) for _ in range(rnd.randrange(1, 30))]
    width = rnd.choice([300.0, 800.0, 2500.0])
    scale = TimeScale.fitting(START, date(2021, 12, 31), width, 20).scrolled(rnd.uniform(-200, 200))
    lanes = rnd.choice([1, 2, 4])
    bottom = 100.0
    labels = key_date_labels.place_key_date_labels(scale, key_dates(days), style, 0.0, width, bottom, lanes)
    in_view = [d for d in days if 0 <= (scale.x_of(d) + scale.x_after(d)) / 2 <= width]
    assert len(labels) == len(in_view)  # every key date in view has its line, labelled or not
    flags_are_sound(labels, 0.0, width, bottom - key_date_labels.key_band_height(style, lanes), bottom)


def test_a_cluster_of_key_dates_stands_in_a_staircase_each_label_whole(style):
    days = [date(2020, 6, 2), date(2020, 6, 5), date(2020, 7, 24), date(2020, 12, 21)]
    scale = TimeScale.fitting(date(2018, 1, 1), date(2026, 12, 31), 1400, 20)  # a few pixels apart
    assert key_date_labels.lanes_needed(scale, key_dates(days), style) == 4
    labels = key_date_labels.place_key_date_labels(scale, key_dates(days), style, 0.0, 1400.0, 100.0, 4)
    tops = [kl.box.top() for kl in labels]
    assert tops == sorted(tops) and len(set(tops)) == 4  # later ones lower down
    assert all(kl.text == key_date_labels.key_date_text(kl.key_date) for kl in labels)


def test_with_too_few_lanes_a_label_is_cut_to_its_date_or_left_to_its_tooltip(style):
    days = [date(2020, 6, 2), date(2020, 7, 24), date(2020, 9, 30)]
    scale = TimeScale.fitting(date(2020, 1, 1), date(2020, 12, 31), 900, 0)
    labels = key_date_labels.place_key_date_labels(scale, key_dates(days), style, 0.0, 900.0, 100.0, 1)
    first, second, third = labels
    assert first.text.startswith("2 Jun 2020") and first.text.endswith("…")  # cut short for the next
    assert first.box.right() < second.x and second.box.right() < third.x
    crowded = key_date_labels.place_key_date_labels(scale, key_dates([date(2020, 6, 2), date(2020, 6, 3)]), style, 0.0, 900.0, 100.0, 1)
    assert crowded[0].box is not None and crowded[1].box is None  # no room even for its date


def test_the_lanes_a_zoom_needs_do_not_change_with_scrolling(style):
    kds = key_dates([START + timedelta(days=40 * n) for n in range(12)])
    scale = TimeScale.fitting(START, date(2020, 12, 31), 600, 0)
    needed = key_date_labels.lanes_needed(scale, kds, style)
    assert needed >= 1
    assert all(key_date_labels.lanes_needed(scale.scrolled(dx), kds, style) == needed for dx in (-5000, -333, 250, 4000))
    assert key_date_labels.lanes_needed(scale, [], style) == 0


def test_the_header_is_the_two_date_bands_and_the_band_of_lanes(style):
    assert painting.header_height(style) == 2 * painting.band_height(style)
    assert painting.header_height(style, 0) == painting.header_height(style)
    for lanes in (1, 2, 4):
        band = painting.header_height(style, lanes) - painting.header_height(style)
        assert band == key_date_labels.key_band_height(style, lanes) and key_date_labels.lanes_that_fit(style, band) == lanes


def test_a_frame_draws_its_labels_in_its_header_never_on_a_row(window, style):
    """The one drawing routine, as printing calls it: the labels go over the rows, not on them."""
    width = 1200.0
    kds = window.doc.plan.key_dates
    scale = TimeScale.fitting(date(2018, 1, 1), date(2025, 12, 31), width, 20)
    lanes = key_date_labels.lanes_needed(scale, kds, style, left=0.0, right=width)
    header = painting.header_height(style, lanes)
    rows = commitment_rows(window.rows, header, 24.0)
    image = QImage(int(width), int(header + 24 * len(rows)), QImage.Format.Format_ARGB32)
    p = QPainter(image)
    frame = Frame(QRectF(0, 0, width, image.height()), header, scale, rows, style, today=date(2026, 11, 23), as_of=date(2026, 11, 23), key_dates=kds, key_lanes=lanes)
    labels = draw_frame(p, frame)
    p.end()
    assert lanes == 4 and len([kl for kl in labels if kl.box is not None]) == len(kds)
    flags_are_sound(labels, 0.0, width, painting.header_height(style), header)
    for kl in labels:
        assert not any(kl.box.intersects(QRectF(0, r.top, width, r.height)) for r in rows)
    p = QPainter(image)  # labels hidden (View ▸ Key date labels off): lines only
    hidden = draw_frame(p, Frame(frame.rect, header, scale, rows, style, frame.today, frame.as_of, key_dates=kds, key_lanes=0))
    p.end()
    assert all(kl.box is None for kl in hidden) and len(hidden) == len(kds)


@pytest.mark.parametrize("seed", range(20))
def test_as_many_lanes_as_counted_place_every_label_the_count_placed(style, seed):
    """What printing relies on: the band is as tall as `lanes_needed` says, and no label is lost."""
    rnd = random.Random(seed)
    kds = key_dates([START + timedelta(days=rnd.randrange(0, 730)) for _ in range(rnd.randrange(1, 30))])
    scale = TimeScale.fitting(START, date(2021, 12, 31), 800.0, 20)
    lanes = key_date_labels.lanes_needed(scale, kds, style, left=0.0, right=800.0)
    named = key_date_labels.place_key_date_labels(scale, kds, style, 0.0, 800.0, 100.0, lanes)
    assert all(kl.box is not None and kl.text.startswith(day_and_month(kl.key_date)) for kl in named)
    flags_are_sound(named, 0.0, 800.0, 100.0 - key_date_labels.key_band_height(style, lanes), 100.0)


@pytest.mark.parametrize("width", [700.0, 1000.0, 1400.0])
def test_a_crowd_of_key_dates_at_fit_all_keeps_every_date_in_view(style, width):
    """A new key date among close ones once had no label at Fit all nor on paper: the usual lanes
    were full. Now each keeps a label with at least its day and month, on a band as tall as that takes."""
    days = [date(2020, 6, 2), date(2020, 6, 5), date(2020, 7, 24), date(2020, 12, 21)] + [date(2020, 6, 8) + timedelta(days=3 * n) for n in range(8)]
    scale = TimeScale.fitting(date(2020, 1, 1), date(2026, 12, 31), width, 20)
    kds = key_dates(days)
    for lanes, left, right in [
        (key_date_labels.lanes_needed(scale, kds, style, left=0.0, right=width), 0.0, width),  # paper: the page's edges
    ]:
        labels = key_date_labels.place_key_date_labels(scale, kds, style, left, right, 100.0, lanes)
        assert sorted(kl.key_date.day for kl in labels) == sorted(days)
        for kl in labels:
            assert kl.box is not None, kl.key_date.day
            assert kl.text.startswith(day_and_month(kl.key_date)), kl.text
            assert QFontMetricsF(style.font).horizontalAdvance(kl.text) <= kl.box.width() - 6, kl.text  # it reads whole
        flags_are_sound(labels, left, right, 100.0 - key_date_labels.key_band_height(style, lanes), 100.0)


def test_with_room_a_crowd_keeps_the_usual_lanes_and_whole_labels(style):
    """Nothing changes where the usual lanes hold every label: the crowd's short forms are for a crowd only."""
    days = [date(2020, 6, 2), date(2020, 6, 5), date(2020, 7, 24), date(2020, 12, 21)]
    scale = TimeScale.fitting(date(2018, 1, 1), date(2026, 12, 31), 1400, 20)
    labels = key_date_labels.place_key_date_labels(scale, key_dates(days), style, 0.0, 1400.0, 100.0, 4)
    assert all(kl.text == key_date_labels.key_date_text(kl.key_date) for kl in labels)


def test_a_new_key_date_among_close_ones_is_named_in_the_window_at_fit_all(window, qtbot):
    doc = window.doc
    for n, day in enumerate([date(2020, 6, 8), date(2020, 6, 12), date(2020, 7, 1), date(2020, 9, 1)]):
        push_key_date(doc, None, KeyDate(day=day, label=f"Added by the officer, number {n}"))
    window.actions_by_name["fit_all"].trigger()
    timeline = window.plan_view.timeline
    timeline.viewport().grab()  # painted: the labels as the officer sees them
    labels = timeline.key_date_labels
    assert sorted(kl.key_date.day for kl in labels) == sorted(k.day for k in doc.plan.key_dates)
    named = [kd for kl in labels for kd in kl.named]  # each in one flag, alone or with those too close to tell apart
    assert sorted(kd.day for kd in named) == sorted(k.day for k in doc.plan.key_dates)
    for kl in labels:
        if kl.box is not None:
            tip = timeline.editing.tooltip_at(*kl.box.center().toTuple())
            assert kl.text and all(kd.label in tip for kd in kl.named), (kl.text, tip)
    assert "Added by the officer, number 3" in timeline.accessibleDescription()
