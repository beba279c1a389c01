"""The legend strip and the timeline: their look follows the font and palette as they change."""
from PySide6.QtGui import QFont

from planner.ui.timeline.legend import LegendStrip


def test_the_legend_grows_with_a_larger_font_and_shrinks_back(qtbot):
    legend = LegendStrip()
    qtbot.addWidget(legend)
    small = legend.heightForWidth(600)
    assert legend.heightForWidth(600) == small  # asked again: the same answer
    big_font = QFont(legend.font())
    big_font.setPointSizeF(legend.font().pointSizeF() * 2)
    normal = legend.font()
    legend.setFont(big_font)
    assert legend.heightForWidth(600) > small
    legend.setFont(normal)
    assert legend.heightForWidth(600) == small


def test_a_narrow_legend_takes_more_lines_than_a_wide_one(qtbot):
    legend = LegendStrip()
    qtbot.addWidget(legend)
    assert legend.heightForWidth(300) > legend.heightForWidth(1600)


def test_the_timeline_takes_a_new_palette_at_once(window):
    from PySide6.QtGui import QColor, QPalette

    timeline = window.plan_view.timeline
    assert not timeline.style_().dark
    dark = QPalette(timeline.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    timeline.setPalette(dark)  # the desktop switched to a dark theme
    assert timeline.style_().dark and timeline.style_().background == QColor("#1e1e1e")
