"""The tray icon: a way back to the window, the last resort for notifications, and the place the
app lives when the officer chose to keep it running with the window closed."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QSystemTrayIcon

from planner.domain.reminder_messages import Message

from .user_settings import live_in_tray

SHOWN_FOR_MS = 15_000


class TrayNotifier:
    """Notifications as tray balloons; the icon is shown for it when it was hidden."""

    def __init__(self, tray: "TrayPresence") -> None:
        self.tray = tray

    def notify(self, message: Message) -> bool:
        if not self.tray.available or not QSystemTrayIcon.supportsMessages():
            return False
        self.tray.icon.show()
        self.tray.icon.showMessage(message.title, message.body, QSystemTrayIcon.MessageIcon.Information, SHOWN_FOR_MS)
        return True


class TrayPresence(QObject):
    """Owns the icon; when living in the tray, closing the window hides it instead of quitting."""

    open_requested = Signal()  # the icon or a balloon was clicked

    def __init__(self, window: QMainWindow, settings: QSettings, available: bool | None = None,
                 quit_action: QAction | None = None, save_layout: Callable[[], None] | None = None) -> None:
        """`quit_action` (File → Quit) then quits even when closing only hides the window;
        `save_layout` keeps the window's layout when closing hides it in the tray."""
        super().__init__(window)
        self.window, self.settings = window, settings
        self._save_layout = save_layout
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.quitting = False
        icon = QIcon.fromTheme("appointment-soon", window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Planner")
        menu = QMenu(window)
        menu.addAction("Show Planner", self.open_requested.emit)
        menu.addSeparator()
        menu.addAction("Quit", self.quit)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_requested.emit)
        window.installEventFilter(self)
        # File > Quit really quits, even when closing the window only hides it.
        if quit_action is not None:
            quit_action.triggered.disconnect(window.close)
            quit_action.triggered.connect(self.quit)
        self.apply_settings()

    @property
    def living_in_tray(self) -> bool:
        return self.available and live_in_tray(self.settings)

    def apply_settings(self) -> None:
        """Show or hide the icon, and say whether closing the last window ends the app."""
        self.icon.setVisible(self.living_in_tray)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.living_in_tray)

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.living_in_tray and not self.quitting:
            if self._save_layout is not None:
                self._save_layout()
            self.window.hide()
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.open_requested.emit()
