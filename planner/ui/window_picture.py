"""`save_window_picture`: the window as it was painted, saved as a PNG (`main.py --screenshot`)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QWidget

# Qt maps PNG quality 80 to zlib level 1: a fifth faster to write than the default level for a
# file no larger, as a window is mostly flat colour.
PNG_QUALITY = 80


def window_picture(window: QWidget) -> QPixmap:
    """What the window shows. With no screen (the offscreen platform) the painted window is its
    backing store, read as it is; painting every widget again (`grab`) took 20 ms more for the
    same pixels. On a real screen another window may cover it, so it is painted again there."""
    if QGuiApplication.platformName() == "offscreen":
        picture = window.screen().grabWindow(window.winId())
        if picture.size() == window.size():
            return picture
    return window.grab()


def save_window_picture(window: QWidget, path: Path) -> bool:
    return window_picture(window).save(str(path), "PNG", PNG_QUALITY)
