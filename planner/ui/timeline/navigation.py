"""Where the timeline looks: zoom (Ctrl+wheel, Ctrl+plus/minus, the Year…Week presets), fit
all, scroll sideways, and bring a row's mark into view when the officer selects it.

The view keeps the scale (`TimelineView.set_scale`); this decides which scale to set.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QWheelEvent

from planner.qtmodels.roles import Roles
from planner.timeline.scale import TimeScale, clamp_px_per_day
from planner.timeline.shapes import shape_of

if TYPE_CHECKING:
    from .widget import TimelineView

ZOOM_STEP = 1.25  # one Ctrl+plus, or one notch of Ctrl+wheel
PRESET_DAYS = {"year": 366, "quarter": 92, "month": 31, "week": 7}
FIT_MARGIN_PX = 24
NEAR_TODAY_DAYS = 3 * 366  # fit all shows today as well when it lies this close to the plan


class TimelineNavigation:
    def __init__(self, view: "TimelineView") -> None:
        self.view = view

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms about the pointer, a sideways (or Shift+) wheel scrolls the dates;
        False for a plain wheel, which scrolls the rows."""
        mods = event.modifiers()
        delta = event.angleDelta()
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP ** (delta.y() / 120), event.position().x())
            return True
        if mods & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            d = delta.x() or delta.y()
            pixels = event.pixelDelta().x() or event.pixelDelta().y()
            self.scroll_by(-(pixels or d / 120 * self.view.viewport().width() / 8))
            return True
        return False

    def scroll_by(self, dx: float) -> None:
        bar = self.view.horizontalScrollBar()
        bar.setValue(bar.value() + round(dx))

    def zoom(self, factor: float, about_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the day under `about_x` (default: the middle) still."""
        x = self.view.viewport().width() / 2 if about_x is None else about_x
        self.view.set_scale(self.view.scale.zoomed_about(x, factor))

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def zoom_to(self, preset: str) -> None:
        """One year, quarter, month or week across the view, around the selected current row's
        mark or, with none, around today."""
        current = self.view.tree.currentIndex()
        if not self.view.tree.selectionModel().isSelected(current):
            current = QModelIndex()  # a current row nobody chose (the first, at start) is no reason
        self.view.set_scale(self.around(current, clamp_px_per_day(self.view.viewport().width() / PRESET_DAYS[preset])))

    def go_to_mark(self, index: QModelIndex) -> None:
        """Scroll, at this zoom, so the row's mark is in the middle (the edge hint's click)."""
        self.view.set_scale(self.around(index, self.view.scale.px_per_day))

    def around(self, index: QModelIndex, ppd: float) -> TimeScale:
        """The scale of `ppd` with the row's mark (its diamond, or its bar when the bar fits) in
        the middle; a longer bar starts at the left; no row: today in the middle."""
        w, margin = self.view.viewport().width(), self.margin()
        marks = self.marks_of(index)
        if marks is None:
            first = last = self.view.doc.clock.today().toordinal() + 0.5
        else:
            first, last = (self.view.scale.day_number_at(x) for x in marks)
        if (last - first) * ppd <= w - 2 * margin:
            return TimeScale((first + last) / 2 - w / 2 / ppd, ppd)
        return TimeScale(first - margin / ppd, ppd)

    def fit_all(self, *, by_user: bool = True) -> None:
        """The whole plan across the view; today too when it is near enough to be worth it."""
        first, last = self.view.plan_range()
        today = self.view.doc.clock.today()
        if first - timedelta(days=NEAR_TODAY_DAYS) <= today <= last + timedelta(days=NEAR_TODAY_DAYS):
            first, last = min(first, today), max(last, today)
        self.view.set_scale(TimeScale.fitting(first, last, self.view.viewport().width(), FIT_MARGIN_PX), by_user=by_user)

    def show_dates(self, first: date, last: date) -> None:
        """The days `first..last` across the view (a Dates filter)."""
        self.view.set_scale(TimeScale.fitting(first, last, self.view.viewport().width(), FIT_MARGIN_PX))

    def show_index(self, index: QModelIndex) -> None:
        """Scroll sideways, as little as needed, so the row's bar (or its start) is in view."""
        self.view.viewport().update()
        if not index.isValid() or not self.view.following:
            return
        marks = self.marks_of(index, whole=True)
        if marks is None:
            return
        x0, x1 = marks
        w, margin = self.view.viewport().width(), self.margin()
        if x0 >= margin and x1 <= w - margin:
            return
        if x1 - x0 <= w - 2 * margin:
            dx = x1 - (w - margin) if x1 > w - margin else x0 - margin
        elif x1 < margin or x0 > w - margin:
            dx = x0 - margin  # a long bar entirely out of view: show its beginning
        else:
            return  # part of a long bar is on screen already
        self.view.set_scale(self.view.scale.scrolled(dx))

    def marks_of(self, index: QModelIndex, *, whole: bool = False) -> tuple[float, float] | None:
        """Where the row's marks lie on the current scale: a deadline's diamond (with `whole`,
        everything drawn for it), a bar, or a group's span; None for no row or an undated group."""
        if not index.isValid():
            return None
        c = index.data(Roles.COMMITMENT)
        if c is not None:
            s = shape_of(c, self.view.scale)
            if s.marker_x is not None and not whole:
                return s.marker_x, s.marker_x
            return s.left, s.right
        first, last = index.data(Roles.START), index.data(Roles.END)
        if first is None or last is None:
            return None
        return self.view.scale.x_of(first), self.view.scale.x_after(last)

    def margin(self) -> int:
        return min(40, self.view.viewport().width() // 8)
