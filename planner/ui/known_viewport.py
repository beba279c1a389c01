"""`own_viewport`: a scroll area's viewport made from Python, so PySide6 knows it already.

The first time PySide6 meets a C++ widget it did not make, it looks for the Python class to wrap
it in; for a plain QWidget, which is what Qt makes as a viewport, that search builds every widget
class of QtWidgets with its enums: 10 ms, once, before the window could paint. A viewport made
here is already wrapped, so `viewport()` costs nothing.
"""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    viewport = QWidget()
    # What QAbstractScrollArea gives the viewport it makes itself.
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)  # takes it over, and deletes the one Qt made
    return viewport
