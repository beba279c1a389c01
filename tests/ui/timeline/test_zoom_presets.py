"""Ctrl+1…4 zoom around what the officer is looking at; the title left at the edge by a mark
scrolled out of view takes one there when clicked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from planner.timeline.painting import edge_hint_span
from planner.timeline.shapes import shape_of
from tests.ui.helpers import commitment, select


@pytest.fixture
def timeline(window):
    return window.plan_view.timeline


def in_view(timeline, x: float) -> bool:
    return 0 <= x <= timeline.viewport().width()


@pytest.mark.parametrize("keys", ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"])
def test_a_zoom_preset_keeps_the_selected_commitment_in_view(window, timeline, keys):
    c = commitment(window, "Research call")  # 22 August 2020, far left of the middle at Fit all
    select(window, "Research call")
    QTest.keyClick(window.plan_view.tree, keys[-1], Qt.KeyboardModifier.ControlModifier)
    s = shape_of(c, timeline.scale)
    assert in_view(timeline, s.marker_x)
    assert abs(s.marker_x - timeline.viewport().width() / 2) < 2  # in the middle


def test_a_zoom_preset_with_nothing_selected_shows_today(window, timeline, clock):
    window.plan_view.tree.setFocus()
    QTest.keyClick(window.plan_view.tree, "4", Qt.KeyboardModifier.ControlModifier)
    assert timeline.scale.px_per_day == pytest.approx(timeline.viewport().width() / 7)
    assert timeline.scale.date_at(timeline.viewport().width() / 2) == clock.today()


def test_clicking_the_edge_hint_of_a_mark_out_of_view_scrolls_to_the_mark(window, timeline, qtbot):
    window.actions_by_name["zoom_week"].trigger()  # around today, 2026: every 2020 mark is off to the left
    c = commitment(window, "Research call")
    assert shape_of(c, timeline.scale).right < 0
    row = timeline.row_of_commitment(c.id)
    x0, x1 = edge_hint_span(row.title, timeline.style_(), 0, timeline.viewport().width(), before=True)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round((x0 + x1) / 2), round(row.centre)))
    s = shape_of(c, timeline.scale)
    assert in_view(timeline, s.marker_x)
    assert window.plan_view.current_commitment().id == c.id


def test_clicking_a_row_away_from_its_edge_hint_does_not_scroll(window, timeline, qtbot):
    window.actions_by_name["zoom_week"].trigger()
    c = commitment(window, "Research call")
    row = timeline.row_of_commitment(c.id)
    before = timeline.scale
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(timeline.viewport().width() - 20, round(row.centre)))
    assert timeline.scale == before
