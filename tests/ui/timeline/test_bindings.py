"""The Qt bindings must not leak references to None: the timeline makes thousands of painter calls.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call of a method returning
void; after a few thousand calls the interpreter aborts ("deallocating None"). pyproject.toml keeps
that release out; this test says why, and fails if such a release comes back.
"""
import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_painter_calls_keep_the_reference_count_of_none(qapp):
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            p.setPen(QColor("red"))
            p.drawLine(QPointF(0, 0), QPointF(5, 5))
            p.fillRect(QRectF(0, 0, 3, 3), QColor("blue"))
        lost = before - sys.getrefcount(None)
    finally:
        p.end()
    assert lost < 100, f"{lost} references to None lost in 1,500 painter calls"
