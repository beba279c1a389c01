"""`when_settled`: work that waits until the window is up and quiet.

Right after it is shown, a window paints, is exposed, resized and painted again (a window
manager, the first layout); work started meanwhile in Python (loading the store on a second
thread, building the rest of the menus) would compete with that painting. So it waits until
nothing has been painted and no key or button pressed for a moment, which on a laptop comes a
tenth of a second or so after the window appears.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIET_MS = 150  # nothing painted, no key or button pressed for this long: settled
AT_THE_LATEST_MS = 2_000  # a window that keeps repainting (or a busy officer) waits no longer

# The window is told (UpdateRequest) whenever any of its widgets is to be repainted, and its
# native window is exposed and given every key and click first: watching those two, not every
# widget nor the whole app, costs nothing while the window paints.
_BUSY = {
    QEvent.Type.UpdateRequest, QEvent.Type.Expose, QEvent.Type.Resize,
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
}


class _Settling(QObject):
    def __init__(self, window: QWidget, do: Callable[[], None]) -> None:
        super().__init__(window)
        self.do, self.done = do, False
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self.fire)
        # The native window is None while the window has never been shown: quiet.
        self.watched = [w for w in (window, window.windowHandle()) if w is not None]
        for w in self.watched:
            w.installEventFilter(self)
        self.quiet.start()
        QTimer.singleShot(AT_THE_LATEST_MS, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _BUSY:
            self.quiet.start()  # not quiet yet: count again
        return False

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.quiet.stop()
        for w in self.watched:
            w.removeEventFilter(self)
        self.do()


def when_settled(window: QWidget, do: Callable[[], None]) -> None:
    """Call `do()` once, when the shown `window` has been quiet for QUIET_MS (one not shown is
    quiet from the start), and after AT_THE_LATEST_MS at the latest."""
    _Settling(window, do)
