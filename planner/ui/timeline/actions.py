"""The timeline's menu entries (zoom, legend, nudging a date) and its legend under the plan.

Installed on the main window by one call, so the window module stays about windows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.i18n import translate
from planner.ui.timeline.legend import LegendStrip

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def install_timeline_actions(window: "MainWindow") -> None:
    timeline = window.plan_view.timeline
    view = window.menus["view"]
    view.addSeparator()
    std = QKeySequence.StandardKey
    zoom_in = window.add_action("view", "zoom_in", translate("TimelineActions", "Zoom &in"), timeline.navigation.zoom_in, None, translate("TimelineActions", "Show less time, in more detail"))
    # Ctrl+= as well: on most keyboards "+" needs Shift, and the unshifted key is "=".
    keys = {QKeySequence(k).toString(): QKeySequence(k) for k in (std.ZoomIn, "Ctrl++", "Ctrl+=")}
    zoom_in.setShortcuts(list(keys.values()))
    window.add_action("view", "zoom_out", translate("TimelineActions", "Zoom &out"), timeline.navigation.zoom_out, std.ZoomOut, translate("TimelineActions", "Show more time, in less detail"))
    window.add_action("view", "fit_all", translate("TimelineActions", "&Fit all"), timeline.navigation.fit_all, "Ctrl+0", translate("TimelineActions", "Show the whole plan, first to last date"))
    presets = (("year", translate("TimelineActions", "&Year"), translate("TimelineActions", "One year across the timeline")),
               ("quarter", translate("TimelineActions", "&Quarter"), translate("TimelineActions", "One quarter across the timeline")),
               ("month", translate("TimelineActions", "&Month"), translate("TimelineActions", "One month across the timeline")),
               ("week", translate("TimelineActions", "&Week"), translate("TimelineActions", "One week across the timeline")))
    for n, (preset, text, tip) in enumerate(presets, start=1):
        window.add_action("view", f"zoom_{preset}", text, lambda _=False, p=preset: timeline.navigation.zoom_to(p), f"Ctrl+{n}", tip)

    legend = LegendStrip(window)
    _under_the_plan(window, legend)
    show = window.add_action("view", "legend", translate("TimelineActions", "Show &legend"), legend.setVisible, None, translate("TimelineActions", "What the colours and marks of the timeline mean"))
    show.setCheckable(True)
    show.setChecked(True)

    labels = window.add_action("view", "key_date_labels", translate("TimelineActions", "&Key date labels"), timeline.set_key_date_labels_shown, None, translate("TimelineActions", "Name the key dates on flags under the dates of the timeline; off, they are lines only"))
    labels.setCheckable(True)
    labels.setChecked(True)

    window.menus["edit"].addSeparator()
    window.add_action("edit", "move_earlier", translate("TimelineActions", "&Move earlier"), lambda: timeline.editing.nudge(-1), "Alt+Left", translate("TimelineActions", "Reschedule the current commitment one step of its precision earlier"))
    window.add_action("edit", "move_later", translate("TimelineActions", "Move &later"), lambda: timeline.editing.nudge(1), "Alt+Right", translate("TimelineActions", "Reschedule the current commitment one step of its precision later"))
    window.add_action("edit", "end_earlier", translate("TimelineActions", "End e&arlier"), lambda: timeline.editing.nudge(-1, end_only=True), "Alt+Shift+Left", translate("TimelineActions", "Bring the end of the current span one step of its precision earlier, as dragging its end does"))
    window.add_action("edit", "end_later", translate("TimelineActions", "End la&ter"), lambda: timeline.editing.nudge(1, end_only=True), "Alt+Shift+Right", translate("TimelineActions", "Take the end of the current span one step of its precision later, as dragging its end does"))


def _under_the_plan(window: "MainWindow", legend: LegendStrip) -> None:
    """The legend goes under the plan, not in the status bar: a status-bar message hides the
    bar's other widgets while it shows, so the legend came and went and the layout jumped."""
    plan = window.takeCentralWidget()
    holder = QWidget(window)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    if plan is not None:
        column.addWidget(plan, 1)
    column.addWidget(legend)
    window.setCentralWidget(holder)
    window.plan_view.tree.setFocus()  # where the window starts, as before
