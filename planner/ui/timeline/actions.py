"""The timeline's menu entries (zoom, legend, nudging a date) and its legend under the plan.

Installed on the main window by one call, so the window module stays about windows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.ui.timeline.legend import LegendStrip

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def install_timeline_actions(window: "MainWindow") -> None:
    timeline = window.plan_view.timeline
    view = window.menus["view"]
    view.addSeparator()
    std = QKeySequence.StandardKey
    zoom_in = window.add_action("view", "zoom_in", "Zoom &in", timeline.zoom_in, None, "Show less time, in more detail")
    # Ctrl+= as well: on most keyboards "+" needs Shift, and the unshifted key is "=".
    keys = {QKeySequence(k).toString(): QKeySequence(k) for k in (std.ZoomIn, "Ctrl++", "Ctrl+=")}
    zoom_in.setShortcuts(list(keys.values()))
    window.add_action("view", "zoom_out", "Zoom &out", timeline.zoom_out, std.ZoomOut, "Show more time, in less detail")
    window.add_action("view", "fit_all", "&Fit all", timeline.fit_all, "Ctrl+0", "Show the whole plan, first to last date")
    for n, (preset, text) in enumerate((("year", "&Year"), ("quarter", "&Quarter"), ("month", "&Month"), ("week", "&Week")), start=1):
        window.add_action("view", f"zoom_{preset}", text, lambda _=False, p=preset: timeline.zoom_to(p), f"Ctrl+{n}", f"One {preset} across the timeline")

    legend = LegendStrip(window)
    _under_the_plan(window, legend)
    show = window.add_action("view", "legend", "Show &legend", legend.setVisible, None, "What the colours and marks of the timeline mean")
    show.setCheckable(True)
    show.setChecked(True)

    labels = window.add_action("view", "key_date_labels", "Key date &labels", timeline.set_key_date_labels_shown, None, "Name the key dates in a band of their own under the dates of the timeline")
    labels.setCheckable(True)
    labels.setChecked(True)

    window.menus["edit"].addSeparator()
    window.add_action("edit", "move_earlier", "Move &earlier", lambda: timeline.editing.nudge(-1), "Alt+Left", "Reschedule the current commitment one step of its precision earlier")
    window.add_action("edit", "move_later", "Move &later", lambda: timeline.editing.nudge(1), "Alt+Right", "Reschedule the current commitment one step of its precision later")
    window.add_action("edit", "end_earlier", "End e&arlier", lambda: timeline.editing.nudge(-1, end_only=True), "Alt+Shift+Left", "Bring the end of the current span one step of its precision earlier, as dragging its end does")
    window.add_action("edit", "end_later", "End la&ter", lambda: timeline.editing.nudge(1, end_only=True), "Alt+Shift+Right", "Take the end of the current span one step of its precision later, as dragging its end does")


def _under_the_plan(window: "MainWindow", legend: LegendStrip) -> None:
    """The legend goes under the plan, not in the status bar: a status-bar message hides the
    bar's other widgets while it shows, so the legend came and went and the layout jumped."""
    plan = window.takeCentralWidget()
    holder = QWidget(window)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(plan, 1)
    column.addWidget(legend)
    window.setCentralWidget(holder)
    window.plan_view.tree.setFocus()  # where the window starts, as before
