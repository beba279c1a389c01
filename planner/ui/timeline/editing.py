"""Working in the timeline with mouse and keyboard: select, drag to reschedule, stretch a span,
nudge with Alt+arrows, open the editor, read tooltips.

A drag only previews until the button is released; then one `push_edit` puts one undoable
command on the stack, which saves at once. Esc drops the preview and nothing is stored.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from planner.domain import gate
from planner.domain.period import Precision
from planner.domain.plan import Commitment
from planner.i18n import QT_TRANSLATE_NOOP, long_day_text, translate
from planner.qtmodels.roles import Roles
from planner.timeline import overlays
from planner.timeline.flag_lane import key_dates_text
from planner.timeline.key_date_labels import key_date_text
from planner.timeline.moves import (
    moved,
    shown_window,
    snap_at,
    stepping_window,
    steps_for,
    stretched,
)
from planner.timeline.painting import edge_hint_span
from planner.timeline.rows import Row
from planner.timeline.shapes import Grip, shape_of
from planner.timeline.style import TimelineStyle, marker_half

if TYPE_CHECKING:
    from .widget import TimelineView

REASON = QT_TRANSLATE_NOOP("TimelineEditing", "moved on the timeline")  # DEFAULT_REASON, in the catalogue
_NAV_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}


@dataclass
class Drag:
    index: QPersistentModelIndex
    original: Commitment
    grip: Grip
    press_x: float
    started: bool = False
    preview: Commitment | None = None


class TimelineEditing:
    def __init__(self, view: "TimelineView") -> None:
        self.view = view
        self.drag: Drag | None = None
        # After a drag, why the date moved and on whose word (move_reason.py); the app sets it,
        # tests answer for the officer, and without it the move is kept with the default reason;
        # a None answer (Cancel, Esc) drops the move.
        self.ask_reason: Callable[[QWidget, str], str | None] | None = None

    # Mouse ---------------------------------------------------------------------------------------

    def press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x, y = event.position().x(), event.position().y()
        row = self.view.row_at(y) if y >= self.view.header_px() else None
        if row is None or row.index is None:
            return
        self._select(_model_index(row.index), event.modifiers())
        if row.commitment is None:
            return
        if self._on_edge_hint(row, x):
            self.view.navigation.go_to_mark(_model_index(row.index))  # "◂ title": take me to it
            return
        grip = shape_of(row.commitment, self.view.scale).grip_at(x, marker_half(row.height))
        if grip is not None:
            self.drag = Drag(row.index, row.commitment, grip, x)

    def move(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        drag = self.drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(x, y)
            return
        if not drag.started and abs(x - drag.press_x) < QApplication.startDragDistance():
            return
        drag.started = True
        days = (x - drag.press_x) / self.view.scale.px_per_day
        c, snap = drag.original, self.snap()
        stretch = drag.grip is Grip.END
        preview = _rescheduled(c, steps_for(shown_window(c) if stretch else stepping_window(c, snap), days), stretch, snap)
        if preview is not None:  # past the edge of the dates a plan supports the mark stops
            drag.preview = preview
        self.view.viewport().setCursor(Qt.CursorShape.SizeHorCursor if drag.grip is Grip.END else Qt.CursorShape.ClosedHandCursor)
        self.view.viewport().update()

    def release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag, self.drag = self.drag, None
        self.view.viewport().unsetCursor()
        self.view.viewport().update()
        if drag is not None and drag.started and drag.preview is not None and drag.preview != drag.original:
            text = translate("TimelineEditing", "Change the end of {title!r} to {due}") if drag.grip is Grip.END else translate("TimelineEditing", "Reschedule {title!r} to {due}")
            text = text.format(title=drag.original.title, due=shown_window(drag.preview).label)
            if self.ask_reason is None:
                self.store(drag.preview, text)
                return
            reason = self.ask_reason(self.view, text)
            if reason is not None:  # None: the officer cancelled, so the mark goes back and nothing is stored
                self.store(drag.preview, text, reason)

    def cancel(self) -> None:
        """Drop a drag in progress: the mark goes back, nothing is stored."""
        if self.drag is not None:
            self.drag = None
            self.view.viewport().unsetCursor()
            self.view.viewport().update()

    def double_click(self, event: QMouseEvent) -> None:
        self.cancel()
        row = self.view.row_at(event.position().y())
        if row is not None and row.commitment is not None and row.index is not None:
            self.view.activated.emit(_model_index(row.index))

    def _select(self, index: QModelIndex, modifiers: Qt.KeyboardModifier) -> None:
        flags = QItemSelectionModel.SelectionFlag.Rows
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            flags |= QItemSelectionModel.SelectionFlag.Toggle
        else:
            flags |= QItemSelectionModel.SelectionFlag.ClearAndSelect
        # The pointer is on the bar already: the view must not slide away under it.
        self.view.following = False
        try:
            self.view.tree.selectionModel().setCurrentIndex(index, flags)
        finally:
            self.view.following = True
        self.view.tree.scrollTo(index)

    def _on_edge_hint(self, row: Row, x: float) -> bool:
        """Whether `x` is on the title left at the edge by a mark scrolled out of view."""
        assert row.commitment is not None
        s, width = shape_of(row.commitment, self.view.scale), self.view.viewport().width()
        if 0 <= s.right and s.left <= width:
            return False
        x0, x1 = edge_hint_span(row.title, self.view.style_(), 0, width, before=s.right < 0)
        return x0 <= x <= x1

    def _hover_cursor(self, x: float, y: float) -> None:
        row = self.view.row_at(y) if y >= self.view.header_px() else None
        grip = shape_of(row.commitment, self.view.scale).grip_at(x, marker_half(row.height)) if row is not None and row.commitment is not None else None
        if grip is Grip.END:
            self.view.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        elif grip is Grip.MOVE:
            self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.view.viewport().unsetCursor()

    # Keyboard ------------------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """Handles a key pressed in the timeline; False leaves it to the widget."""
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and self.drag is not None:
            self.cancel()
            return True
        if key in _NAV_KEYS:
            QCoreApplication.sendEvent(self.view.tree, event)  # the tree moves the one selection
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.view.tree.currentIndex()
            if current.isValid() and current.siblingAtColumn(0).data(Roles.COMMITMENT) is not None:
                self.view.activated.emit(current.siblingAtColumn(0))
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = -1 if key == Qt.Key.Key_Left else 1
            if mods & Qt.KeyboardModifier.AltModifier:
                self.nudge(direction, end_only=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            else:
                self.view.navigation.scroll_by(direction * self.view.viewport().width() / 10)
            return True
        return False

    def nudge(self, steps: int, end_only: bool = False) -> None:
        """Move the current commitment by whole steps, as a drag does (Alt+Left / Alt+Right),
        or only the end of a span, as dragging the bar's end does (Alt+Shift+Left / Right)."""
        c = self.view.tree.currentIndex().siblingAtColumn(0).data(Roles.COMMITMENT)
        if c is None:
            return
        after = _rescheduled(c, steps, stretch=end_only, snap=self.snap())
        if after is None or after == c:
            QApplication.beep()  # the edge of the dates a plan supports (domain/gate.py), or a span's start
            return
        self.store(after, translate("TimelineEditing", "Reschedule {title!r} to {due}").format(title=c.title, due=shown_window(after).label))

    def snap(self) -> Precision:
        """What a coarse deadline steps by at this zoom: the quarters or months the header shows."""
        return snap_at(self.view.scale.level(self.view.min_cell_px()))

    def store(self, after: Commitment, text: str, reason: str | None = None) -> None:
        # A failure is the window's to show: the conflict dialog, the read-only state, a message.
        reason = reason or translate("TimelineEditing", REASON)
        self.view.run_safely(translate("TimelineEditing", "Reschedule"), lambda: self.view.doc.push_edit(after, text, reason))

    # What the painter and the tooltip need -------------------------------------------------------

    def with_preview(self, rows: list[Row]) -> list[Row]:
        """The rows to draw, the dragged one showing where it would land."""
        drag = self.drag
        if drag is None or not drag.started or drag.preview is None:
            return rows
        return [r.showing(drag.preview) if r.commitment is not None and r.commitment.id == drag.original.id else r for r in rows]

    def draw_note(self, p: QPainter, rows: list[Row], style: TimelineStyle) -> None:
        drag = self.drag
        if drag is None or not drag.started or drag.preview is None:
            return
        row = next((r for r in rows if r.commitment is not None and r.commitment.id == drag.original.id), None)
        if row is None:
            return
        shape = shape_of(drag.preview, self.view.scale)
        x = shape.marker_x if shape.marker_x is not None else shape.x1
        overlays.draw_note(p, x + 4, row.top, shown_window(drag.preview).label, style, style.as_of)

    def tooltip_at(self, x: float, y: float) -> str:
        view = self.view
        scale = view.scale
        # A key date's label in the header, or its line across the rows: the whole text and its source.
        flag = next((kl for kl in view.key_date_labels if kl.box is not None and kl.box.contains(x, y)), None)
        if flag is not None and len(flag.named) > 1:
            return key_dates_text(flag.named)  # a flag for key dates too close to tell apart: each whole
        kd = flag.key_date if flag is not None else None
        if kd is None and y >= view.header_px():
            kd = next((k for k in view.doc.plan.key_dates if abs(scale.x_mid(k.day) - x) <= 3), None)
        if kd is not None:
            quote = f"\n“{kd.quote}” — {kd.source_ref}" if kd.quote else ""
            return key_date_text(kd) + quote
        if y < view.header_px():
            return _long_date(scale.date_at(x))
        today = view.doc.clock.today()
        row = view.row_at(y)
        if row is not None and row.commitment is not None:
            if shape_of(row.commitment, scale).grip_at(x, marker_half(row.height)) is not None and row.index is not None:
                return str(_model_index(row.index).data(Qt.ItemDataRole.ToolTipRole) or "")
        elif row is not None and row.first is not None and row.last is not None:
            if scale.x_of(row.first) <= x <= scale.x_after(row.last):
                return f"{row.title}\n{_long_date(row.first)} – {_long_date(row.last)}"
        if abs(scale.x_mid(today) - x) <= 3:
            return translate("TimelineEditing", "Today, {day}").format(day=_long_date(today))
        return ""


def _long_date(d: date) -> str:
    return long_day_text(d)


def _rescheduled(c: Commitment, steps: int, stretch: bool, snap: Precision) -> Commitment | None:
    """`c` moved (or its end stretched) by whole steps, or None when that leaves the dates the
    gate lets into a plan: the drag stops at the edge instead of offering a refused value."""
    try:
        after = stretched(c, steps) if stretch else moved(c, steps, snap)
    except (OverflowError, ValueError):
        return None
    periods = [p for p in (after.due, after.start, after.forecast) if p is not None]
    return after if all(gate.in_range(p) for p in periods) else None


def _model_index(index: QPersistentModelIndex | None) -> QModelIndex:
    """The row's place in the model now, as the views and signals take it."""
    # Qt converts a persistent index to a plain one; PySide6's stubs do not list that constructor.
    return QModelIndex(index)  # type: ignore[call-overload]
