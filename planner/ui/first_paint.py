"""`after_first_paint`: work that can wait until the officer sees the window."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started hidden in the tray) gets the work done after this.
AT_THE_LATEST_MS = 1_000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, do: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.do, self.done = widget, do, False
        widget.installEventFilter(self)
        QTimer.singleShot(AT_THE_LATEST_MS, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            # Queued: it runs once this paint (and the rest of the window's) is on screen.
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.do()


def after_first_paint(widget: QWidget, do: Callable[[], None]) -> None:
    """Call `do()` once, just after `widget` is first painted (or after a second if it is not)."""
    _FirstPaint(widget, do)
