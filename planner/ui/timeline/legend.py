"""`LegendStrip`: the legend (drawn by `planner.timeline.legend`) as a small widget for the
window's status bar.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.timeline.legend import draw_legend, legend_layout
from planner.timeline.style import TimelineStyle, WidgetLook


class LegendStrip(QWidget):
    """The legend as a widget: flows into as many lines as its width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sp = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setToolTip(self.tr("What the colours and marks of the timeline mean"))
        self.setAccessibleName(self.tr("Legend"))
        # The layout asks for the height at a width dozens of times while the window is laid
        # out: each answer is kept until the palette or font changes.
        self._look = WidgetLook(self)
        self._heights: dict[int, int] = {}

    def _style(self) -> TimelineStyle:
        return self._look.style

    def changeEvent(self, event: QEvent) -> None:
        if self._look.changed(event):
            self._heights.clear()
            self.updateGeometry()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = int(legend_layout(self._style(), max(width - 8, 50))[1]) + 2
        return self._heights[width]

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        draw_legend(p, QPointF(4, 1), self.width() - 8, self._style())
