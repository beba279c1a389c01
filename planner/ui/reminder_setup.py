"""Reminders in the window: the scheduler, the Due soon dock, the tray icon, the wake-up watch
and the Reminders page of Preferences, wired together in one place.

`install_reminders(window)` builds them without starting anything; the app calls
`window.features.reminders.start()` once the window is up, so building a window (tests, screenshots)
never delivers a reminder.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtWidgets import QWidget

from planner.domain.plan import Status
from planner.i18n import translate
from planner.locations import chosen_url
from planner.reminders import autostart
from planner.reminders.clickable import ClickableNotifications
from planner.reminders.desktop import FirstThatWorks, Notifier, desktop_notifiers
from planner.reminders.scheduler import ReminderScheduler
from planner.reminders.tray import TrayNotifier, TrayPresence
from planner.reminders.user_settings import horizon_days
from planner.reminders.wakeups import SleepWatch

from .due_soon_dock import DueSoonDock
from .reminder_preferences import ReminderPreferences

if TYPE_CHECKING:
    from .main_window import MainWindow

ROOMY = 620  # pixels: the dock's titles read whole beside the details


class WindowReminders:
    def __init__(self, window: MainWindow, notifier: Notifier | None = None) -> None:
        self.window = window
        doc, settings = window.doc, window.settings
        self.tray = TrayPresence(window, settings, quit_action=window.actions_by_name["quit"], save_layout=window.save_window_state)
        chosen = notifier or FirstThatWorks([*desktop_notifiers(clickable=True), TrayNotifier(self.tray)])
        self.scheduler = ReminderScheduler(doc, chosen, parent=window)
        self._click_watches: list[tuple[QSocketNotifier, ClickableNotifications]] = []
        self.use_notifier(chosen)
        # Its watches go with the window; the connections and pipes they watched are closed here.
        window.destroyed.connect(self._close_click_watches)
        self.dock = DueSoonDock(doc, self.scheduler, settings, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # Beside the details, in the strip below the plan: the plan keeps its width.
        window.splitDockWidget(window.details_dock, self.dock, Qt.Orientation.Horizontal)
        self.dock.hide()  # until a reminder arrives or the officer opens it (the saved layout may show it)
        self.sleep = SleepWatch(parent=window)
        self.sleep.woke.connect(self.scheduler.resumed)
        self.dock.open_requested.connect(self.open_commitment)
        self.dock.deliver_requested.connect(self.mark_delivered)
        self.tray.open_requested.connect(self.show_window)
        self.scheduler.delivered.connect(self._delivered)
        self.scheduler.failed.connect(lambda text: window.statusBar().showMessage(translate("WindowReminders", "Reminders: {text}").format(text=text), 10_000))

    def _close_click_watches(self) -> None:
        for _watch, notifications in self._click_watches:
            notifications.close()

    def use_notifier(self, notifier: Notifier) -> None:
        """Reminders go out through `notifier` from now on. A click on one of its desktop
        notifications opens the commitment, as a click on the tray's message does."""
        self.scheduler.notifier = notifier
        for watch, replaced in self._click_watches:
            watch.setEnabled(False)  # before its pipe is closed
            watch.deleteLater()
            replaced.close()
        self._click_watches = []
        for n in getattr(notifier, "notifiers", [notifier]):
            if isinstance(n, ClickableNotifications):
                self._click_watches.append((self._watch_clicks(n), n))

    def _watch_clicks(self, notifications: ClickableNotifications) -> QSocketNotifier:
        watch = QSocketNotifier(notifications.read_fd, QSocketNotifier.Type.Read, self.window)
        watch.activated.connect(lambda *_: self._clicked(notifications))
        return watch

    def _clicked(self, notifications: ClickableNotifications) -> None:
        for ids in notifications.clicked():
            self.open_commitment(ids[0])

    def start(self) -> None:
        self.scheduler.start()

    def stop(self) -> None:
        self.scheduler.stop()

    # Answers from the dock and the tray ---------------------------------------------------------

    def show_window(self) -> None:
        w = self.window
        w.showNormal()
        w.raise_()
        w.activateWindow()
        self.reveal_dock()

    def reveal_dock(self) -> None:
        """Show the dock; the first time, give it room beside the details for its titles."""
        self.dock.show()
        self.dock.raise_()
        details = self.window.details_dock
        if self.dock.width() < ROOMY and self.window.dockWidgetArea(details) == self.window.dockWidgetArea(self.dock):
            total = details.width() + self.dock.width()
            self.window.resizeDocks([details, self.dock], [max(total - ROOMY, 200), ROOMY], Qt.Orientation.Horizontal)

    def _delivered(self, due: list) -> None:
        self.reveal_dock()
        if due:
            self.dock.select(due[0].commitment_id)

    def open_commitment(self, commitment_id: int) -> None:
        self.show_window()
        self.window.plan_view.select_commitment(commitment_id)

    def mark_delivered(self, commitment_id: int) -> None:
        doc = self.window.doc
        c = doc.commitment(commitment_id)
        answer = self.window.ask_delivery(self.window, [c.title], self.scheduler.clock.today())
        if answer is None:
            return
        change = c.changed(status=Status.DELIVERED, delivered_on=answer.day, delivered_by=answer.by or c.delivered_by)
        self.window.run_safely(translate("MainWindow", "Mark delivered"), lambda: doc.push_edit(change, translate("MainWindow", "Mark {title!r} delivered").format(title=c.title)))

    def preferences_page(self, parent: QWidget) -> ReminderPreferences:
        # At login: the plan this window has open (a server's URL comes without its password),
        # unless it is the one Preferences → Database chose; then none, so a later choice there
        # is followed at login too.
        from planner.store.engine import (
            describe,  # SQLAlchemy: with the store, not when the window settles
        )

        db: str | None = self.window.doc.url
        if describe(chosen_url(None, self.window.settings)) == db:
            db = None
        return ReminderPreferences(
            self.scheduler,
            self.window.settings,
            tray_available=self.tray.available,
            on_applied=self._preferences_applied,
            launch_command=autostart.launch_command(db),
            parent=parent,
        )

    def _preferences_applied(self) -> None:
        self.window.doc.set_due_soon_days(horizon_days(self.window.settings))
        self.tray.apply_settings()
        self.dock.refresh()


def install_reminders(window: MainWindow, notifier: Notifier | None = None) -> WindowReminders:
    """Build the reminder machinery for `window`; adds View > Due soon and the Preferences page."""
    reminders = WindowReminders(window, notifier)
    view = window.menus["view"]
    toggle = reminders.dock.toggleViewAction()
    toggle.setText(translate("ReminderSetup", "&Due soon"))
    toggle.setShortcut("Ctrl+Shift+D")
    toggle.triggered.connect(lambda on: reminders.reveal_dock() if on else None)
    view.addAction(toggle)
    window.actions_by_name["due_soon"] = toggle
    window.add_preference_page(translate("ReminderSetup", "Reminders"), reminders.preferences_page)
    return reminders
