"""Composition root: builds the clock, the store, the document and the window, wires them, runs."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from planner import collector
from planner.desktop import APP_ID, app_version, icon_file
from planner.document import PlanDocument
from planner.domain.clock import Clock, SystemClock
from planner.i18n import LANGUAGES, chosen_language, install_translators, translate
from planner.locations import chosen_url
from planner.reminders.user_settings import horizon_days
from planner.store.deferred import open_for_window
from planner.store.errors import StoreError
from planner.ui.main_window import MainWindow
from planner.ui.settling import when_settled
from planner.ui.window_picture import save_window_picture

ORG, APP = "planner", "Planner"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="planner-app", description="Open the planner window.")
    p.add_argument("--db", metavar="URL", help="database: a file path or SQLAlchemy URL such as postgresql+psycopg://user@host/plan (default: $PLANNER_DB, else the one chosen in Preferences, else the local plan)")
    p.add_argument("--as-of", metavar="DATE", type=date.fromisoformat, help="show status as of this day")
    p.add_argument("--screenshot", metavar="FILE.png", type=Path, help="open the window, save a picture of it once painted, and exit")
    p.add_argument("--language", choices=sorted(LANGUAGES), help="the interface's language (default: Preferences, else the system's)")
    p.add_argument("--version", action="version", version=f"Planner {app_version()}")
    p.add_argument("--in-tray", action="store_true", help="start with the window hidden in the tray (the login entry uses it)")
    return p.parse_args(argv)


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def build_window(url: str, clock: Clock, settings: QSettings, as_of: date | None = None,
                 later: Callable[[Callable[[], None]], None] | None = None, switch: "PlanSwitch | None" = None) -> MainWindow:
    """The window on the plan at `url`; raises StoreError when the database cannot be used.

    What the officer sees first is built here and now: the plan, its timeline, the details and
    the filter bar. `later(install)` decides when the rest is added (`install_features`); by
    default at once. The app adds it once the window has settled after its first paint, then
    opens the store: a plan file that is ready to use is painted from a first look, and its
    store (SQLAlchemy) is opened behind the painted window.
    """
    store = open_for_window(url, clock)
    document = PlanDocument(store, clock)
    if as_of:
        document.set_as_of(as_of)
    document.due_soon_days = horizon_days(settings)  # one "due soon", from Preferences → Reminders
    window = MainWindow(document, settings)
    document.setParent(window)
    switch = switch or PlanSwitch(None, clock, settings)
    if switch.window is None:
        switch.window = window
    (later or _at_once)(lambda: install_features(window, settings, switch))
    return window


class PlanSwitch:
    """The app's one window, and another plan put in its place (File → Open plan…): a window
    on the new plan is built and shown, then the old one is retired, its store closed."""

    def __init__(self, window: MainWindow | None, clock: Clock, settings: QSettings) -> None:
        self.window, self.clock, self.settings = window, clock, settings

    def open(self, url: str) -> bool:
        """False, the old window staying as it was, when the plan cannot be opened (a message said why)."""
        old = self.window
        assert old is not None
        try:
            with collector.paused():
                new = build_window(url, self.clock, self.settings, switch=self)
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(old, translate("PlanFiles", "Open plan"), str(exc))
            return False
        new.doc.open_store_behind()
        assert new.features is not None  # installed at once: the old window is already painted
        new.doc.when_store_open(new.features.reminders.start)
        new.setGeometry(old.geometry())
        new.show()
        self.window = new
        retire_window(old)
        return True


def retire_window(window: MainWindow) -> None:
    """A window whose plan is no longer open: its layout saved, its reminders, tray icon, feed
    and published file stopped, its store closed, the window gone."""
    if window.remember_layout:
        window.save_window_state()
    window.remember_layout = False
    features = window.features
    if features is not None:
        features.reminders.stop()
        features.reminders.tray.quitting = True  # closing it must close it, not hide it in the tray
        features.reminders.tray.icon.hide()
        features.calendar_actions.stop_feed()
        features.calendar_actions.stop_autopublish()
        features.shared_plan.watcher.stop()
    window.close()
    window.doc.store.close()
    window.deleteLater()


def _at_once(install: Callable[[], None]) -> None:
    install()


def install_features(window: MainWindow, settings: QSettings, switch: PlanSwitch | None = None) -> None:
    """Everything that is not seen at first; its modules load here, not with the window."""
    from planner.ui.calendar_actions import install_calendar_actions
    from planner.ui.compare_actions import install_compare_actions
    from planner.ui.database_preferences import install_database_preferences
    from planner.ui.edit_actions import install_edit_actions
    from planner.ui.features import WindowFeatures
    from planner.ui.file_transfer import install_file_transfer
    from planner.ui.group_actions import install_group_actions
    from planner.ui.language_page import install_language_preferences
    from planner.ui.meeting_report import install_meeting_report
    from planner.ui.plan_files import install_plan_files
    from planner.ui.preferences_dialog import install_preferences
    from planner.ui.print_actions import install_print_actions
    from planner.ui.reading import install_document_reading
    from planner.ui.reminder_setup import install_reminders
    from planner.ui.shared_plan import install_shared_plan
    from planner.ui.timeline.move_reason import ask_move_reason

    window.plan_view.timeline.editing.ask_reason = ask_move_reason  # after a drag: why, on whose word
    # In this order: the menus fill in it, and Preferences shows its tabs in it.
    edit_actions = install_edit_actions(window)  # New / Edit commitment, Key dates, the undo history dock
    compare_actions = install_compare_actions(window)  # View → Compare with…, the named baselines
    meeting_report = install_meeting_report(window)  # File → Meeting report…
    group_actions = install_group_actions(window)  # Edit: new and changed strategies and initiatives
    shared_plan = install_shared_plan(window)  # others' edits appear; conflicts asked; read-only while the database is away
    install_preferences(window)  # Edit > Preferences…: a tab per feature (window.add_preference_page)
    reminders = install_reminders(window)  # the Due soon dock, tray icon and scheduler (started by the app)
    calendar_actions = install_calendar_actions(window)  # File: export calendar, feed, published file, CalDAV
    file_transfer = install_file_transfer(window)  # File: Import… (CSV, Excel, TOML, iCalendar), Export… (CSV, Excel)
    document_reading = install_document_reading(window)  # File: Read a document… (PDF, web page, Word, text), reviewed, accepted as one undo step
    switch = switch or PlanSwitch(window, window.doc.clock, settings)
    plan_files = install_plan_files(window, settings, window.doc.clock, switch.open)  # File: New plan…, Open plan…, Open recent
    install_database_preferences(window, settings)  # which plan opens: a file or the unit's PostgreSQL
    install_language_preferences(window, settings)  # the interface's language, from the next start
    print_actions = install_print_actions(window)  # File: Print…, Print preview…, Export snapshot (PDF, PNG, SVG)
    window.features = WindowFeatures(
        edit_actions=edit_actions, compare_actions=compare_actions, meeting_report=meeting_report,
        group_actions=group_actions, shared_plan=shared_plan, reminders=reminders,
        calendar_actions=calendar_actions, file_transfer=file_transfer, document_reading=document_reading,
        plan_files=plan_files, print_actions=print_actions,
    )
    window.restore_docks()  # the undo history and Due soon docks, where the officer left them


def run(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    has_screen = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")
    if args.screenshot and not has_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    if not has_screen and not os.environ.get("QT_QPA_PLATFORM"):
        print("planner: there is no screen to open the window on (DISPLAY is not set); "
              "run it on a desktop, or with QT_QPA_PLATFORM=offscreen.", file=sys.stderr)
        return 2
    # The instance already made is one of ours, a QApplication (the tests make it so too).
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(app_version())
    app.setDesktopFileName(APP_ID)  # the desktop matches the window to its entry and icon
    app.setWindowIcon(QIcon(str(icon_file())))
    rest: list[Callable[[], None]] = []  # what is added once the window has settled
    try:
        settings = app_settings()
        translators = install_translators(app, args.language or chosen_language(settings))  # noqa: F841 - kept while the app runs
        tray_home = _tray_is_home(settings)
        # Living in the tray, closing the window must hide it from the first moment: all at once.
        later = None if tray_home else rest.append
        with collector.paused():  # the plan, its rows and the window: all here to stay
            switch = PlanSwitch(None, clock or SystemClock(), settings)
            window = build_window(chosen_url(args.db, settings), switch.clock, settings, args.as_of, later=later, switch=switch)
    except StoreError as exc:
        if args.screenshot or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print(f"planner: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, translate("App", "Cannot open the plan"), str(exc))
        return 2

    def settled() -> None:
        collector.settle()
        for install in rest:
            install()  # editing, the shared-plan watch, Preferences, reminders, calendars, printing
        window.doc.open_store_behind()  # a window painted from its first look: the store, on a worker thread
        if window.features is not None and not args.screenshot:  # a picture delivers no reminders
            window.doc.when_store_open(window.features.reminders.start)  # catch-up, then on time

    if not (args.in_tray and tray_home):
        window.show()
    when_settled(window, settled)
    if args.screenshot:
        return _screenshot(app, window, args.screenshot)
    code = app.exec()
    (switch.window or window).doc.store.close()  # the plan open at the end (File → Open plan… may have changed it)
    return code


def _tray_is_home(settings: QSettings) -> bool:
    """The officer lets Planner live in the tray, and this desktop has one."""
    from planner.reminders.user_settings import live_in_tray

    if not live_in_tray(settings):
        return False
    from PySide6.QtWidgets import QSystemTrayIcon  # asked only then: it may ask the desktop

    return QSystemTrayIcon.isSystemTrayAvailable()


def _screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    result = {"code": 0}
    window.remember_layout = False  # a picture, not a working session: the saved layout stays

    def grab() -> None:
        # A layout still pending (the legend's height at the window's final width, say) is done
        # and painted first: on a busy machine the timer can come before it.
        app.sendPostedEvents()
        app.processEvents()
        if not save_window_picture(window, path):
            print(f"planner: the picture could not be saved to {path}.", file=sys.stderr)
            result["code"] = 2
        app.quit()

    # After the first paint: the event loop has run once with the window shown.
    QTimer.singleShot(0, lambda: QTimer.singleShot(50, grab))
    app.exec()
    window.doc.store.close()
    return result["code"]
