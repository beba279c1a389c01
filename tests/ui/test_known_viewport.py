"""A viewport made from Python is set up as the one Qt makes, for a tree and for a scroll area."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QTreeView

from planner.ui.known_viewport import own_viewport


@pytest.mark.parametrize("kind", [QTreeView, QAbstractScrollArea])
def test_the_viewport_has_what_qt_gives_its_own(qtbot, kind):
    stock, ours = kind(), kind()
    qtbot.addWidget(stock)
    qtbot.addWidget(ours)
    own_viewport(ours)
    for area in (stock, ours):
        area.show()
    differ = [a.name for a in Qt.WidgetAttribute if stock.viewport().testAttribute(a) != ours.viewport().testAttribute(a)]
    assert differ == []
    for look in ("backgroundRole", "autoFillBackground", "hasMouseTracking", "focusPolicy", "acceptDrops", "objectName"):
        assert getattr(ours.viewport(), look)() == getattr(stock.viewport(), look)(), look
