"""Composition root: builds the clock, the store, the document and the window, wires them, runs."""
from __future__ import annotations

import argparse
import linecache
import os
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from planner.desktop import APP_ID, app_version, icon_file
from planner.document import PlanDocument
from planner.domain.clock import Clock, SystemClock
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.i18n import (
    LANGUAGES,
    chosen_language,
    install_translators,
    speak_without_app,
    translate,
)
from planner.i18n.argparse_words import argparse_speaking, language_asked
from planner.i18n.sentences import error_text
from planner.locations import APP, ORG, chosen_url, user_settings
from planner.reminders.user_settings import horizon_days
from planner.store.addresses import sqlite_file
from planner.store.errors import StoreError
from planner.ui.main_window import MainWindow
from planner.ui.window_picture import save_window_picture


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The options; their help and a usage error speak --language, else the system's language
    (the window's Preferences are read later, once there is an application)."""
    words = list(argv)
    back = speak_without_app(language_asked(words, os.environ))
    try:
        with argparse_speaking():
            p = argparse.ArgumentParser(prog="planner-app", description=translate("App", "Open the planner window."))
            p.add_argument("--db", metavar=translate("Placeholders", "URL"), help=translate("App", "database: a file path or SQLAlchemy URL such as postgresql+psycopg://user@host/plan (default: $PLANNER_DB, else the one chosen in Preferences, else the local plan)"))
            p.add_argument("--as-of", metavar=translate("Placeholders", "DATE"), type=date.fromisoformat, help=translate("App", "show status as of this day"))
            p.add_argument("--screenshot", metavar=translate("Placeholders", "FILE.png"), type=Path, help=translate("App", "open the window, save a picture of it once painted, and exit"))
            p.add_argument("--language", choices=sorted(LANGUAGES), help=translate("App", "the interface's language (default: Preferences, else the system's)"))
            p.add_argument("--version", action="version", version=f"Planner {app_version()}", help=translate("Cli", "show the program's version number and exit"))
            p.add_argument("--in-tray", action="store_true", help=translate("App", "start with the window hidden in the tray (the login entry uses it)"))
            return p.parse_args(words)
    finally:
        back()


def build_window(url: str, clock: Clock, settings: QSettings, as_of: date | None = None,
                 switch: "PlanSwitch | None" = None, finish: bool = True) -> MainWindow:
    """The window on the plan at `url`; raises StoreError when the database cannot be used.

    A plan file that is ready to use (every start but the first) is shown from its first look,
    a plain sqlite3 read, without waiting for SQLAlchemy: the window is read-only until its store,
    opened on a thread (`PlanOpener`), is attached. Anything else (a new or older file, a server)
    is opened here and now. `finish`: add the rest at once (`finish_window`); the app does it
    after the first paint instead.
    """
    from planner.store.first_look import first_look

    plan = first_look(url)
    if plan is not None:
        document = PlanDocument(plan, clock, url=sqlite_file(url) or url)
    else:
        from planner.store.opening import open_plan_store

        document = PlanDocument.on_store(open_plan_store(url, clock), clock)
    if as_of:
        document.set_as_of(as_of)
    document.due_soon_days = horizon_days(settings)  # one "due soon", from Preferences → Reminders
    window = MainWindow(document, settings)
    document.setParent(window)
    switch = switch or PlanSwitch(None, clock, settings)
    if switch.window is None:
        switch.window = window
    if finish:
        finish_window(window, url, settings, switch)
    return window


def finish_window(window: MainWindow, url: str, settings: QSettings, switch: "PlanSwitch | None" = None) -> None:
    """Add what is not seen at first (`install_features`), then, for a window shown from its
    first look, open the store on a thread: the window takes it, and the plan as read with it,
    keeping the officer's place, and editing is on."""
    install_features(window, settings, switch)
    if window.doc.editable:
        return
    opener = PlanOpener(url, window.doc.clock, window)
    assert window.features is not None
    shared = window.features.shared_plan
    opener.opened.connect(shared.take_store, Qt.ConnectionType.QueuedConnection)
    opener.failed.connect(shared.not_opened, Qt.ConnectionType.QueuedConnection)
    opener.start()


class PlanOpener(QObject):
    """Opens a plan's store on a thread of its own (SQLAlchemy loads there, off the window's
    thread) and hands it over with a queued signal; tries again every RETRY_MS when it fails."""

    RETRY_MS = 3_000
    opened = Signal(object, object, object)  # the store, the plan read from it, the change counter it was read at
    failed = Signal(object)  # the StoreError; another try follows

    def __init__(self, url: str, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url, self.clock = url, clock
        self._given_up = threading.Event()
        self.failed.connect(self._try_again_later, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if not self._given_up.is_set():
            threading.Thread(target=self._open, name="open the plan", daemon=True).start()

    def give_up(self) -> None:
        """The window is going: a store opened from now on is closed, not handed over."""
        self._given_up.set()

    def _open(self) -> None:
        try:
            from planner.store.opening import open_plan_store

            store = open_plan_store(self.url, self.clock)
        except StoreError as exc:
            self._tell(self.failed, exc)
            return
        except Exception as exc:  # noqa: BLE001 - whatever the driver raises, the window must hear of it
            self._tell(self.failed, StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan {plan} cannot be opened: {why}."), plan=sqlite_file(self.url) or self.url, why=exc)))
            return
        try:
            counter = store.change_counter()  # first: a change after it means one more reload, never a lost one
            plan = store.load_plan()
        except StoreError as exc:
            store.close()
            self._tell(self.failed, exc)
            return
        if not self._tell(self.opened, store, plan, counter):
            store.close()  # the window is gone

    def _tell(self, signal: SignalInstance, *args: object) -> bool:
        if self._given_up.is_set():
            return False
        try:
            signal.emit(*args)
            return True
        except RuntimeError:  # deleted with its window meanwhile
            return False

    def _try_again_later(self) -> None:
        QTimer.singleShot(self.RETRY_MS, self, self.start)


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
            new = build_window(url, self.clock, self.settings, switch=self)
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(old, translate("PlanFiles", "Open plan"), error_text(exc))
            return False
        assert new.features is not None  # installed at once: the old window is already painted
        new.doc.when_editable(new.features.reminders.start)
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
    for opener in window.findChildren(PlanOpener):
        opener.give_up()  # a store still being opened is closed by its opener
    window.close()
    window.doc.close_store()
    window.deleteLater()


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
    look_for_pyside_without_keeping_sources()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    has_screen = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")
    if args.screenshot and not has_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    if not has_screen and not os.environ.get("QT_QPA_PLATFORM"):
        print("planner: " + translate("App", "there is no screen to open the window on (DISPLAY is not set); run it on a desktop, or with QT_QPA_PLATFORM=offscreen."), file=sys.stderr)
        return 2
    # The instance already made is one of ours, a QApplication (the tests make it so too).
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(app_version())
    app.setDesktopFileName(APP_ID)  # the desktop matches the window to its entry and icon
    app.setWindowIcon(QIcon(str(icon_file())))
    try:
        settings = user_settings()
        translators = install_translators(app, args.language or chosen_language(settings))  # noqa: F841 - kept while the app runs
        url = chosen_url(args.db, settings)
        switch = PlanSwitch(None, clock or SystemClock(), settings)
        window = build_window(url, switch.clock, settings, args.as_of, switch=switch, finish=False)
    except StoreError as exc:
        if args.screenshot or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print(f"planner: {error_text(exc)}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, translate("App", "Cannot open the plan"), error_text(exc))
        return 2
    if args.screenshot:  # a picture of the plan: no editing, no store, no reminders
        return _screenshot(app, window, args.screenshot)

    def finish() -> None:
        finish_window(window, url, settings, switch)  # editing, Preferences, reminders, calendars, printing; the store
        assert window.features is not None
        window.doc.when_editable(window.features.reminders.start)  # catch-up, then on time

    tray_home = _tray_is_home(settings)
    if tray_home:
        finish()  # living in the tray, closing the window must hide it from the first moment
    if not (args.in_tray and tray_home):
        window.show()
    if not tray_home:
        after_first_paint(window, finish)
    code = app.exec()
    (switch.window or window).doc.close_store()  # the plan open at the end (File → Open plan… may have changed it)
    return code


def look_for_pyside_without_keeping_sources() -> None:
    """PySide6's import hook reads the whole source of every module imported after it, looking
    for "PySide6" in it (its `__feature__` switches), through `inspect.getsource`, and `linecache`
    keeps every line: SQLAlchemy's and the planner's, ~20 MB of strings nobody reads again, laid
    between the modules' code, so that much of that memory stays the process's even once they
    are dropped. The same question is asked here by reading the file's bytes, let go at once.
    With the plan's and the reminders' rows read a few at a time (plan_reading, reminder_store),
    peak memory at 10,000 commitments 145 → 134 MB (README, "Against a peer"); either without
    the other, 2-4 MB. A private function of PySide6's (6.4 and later, tested): where it is not
    as expected, nothing changes."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or original.__module__ == __name__:  # not there, or ours already
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # built in, compiled, or without a file: as PySide6 asks
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    vars(feature)["_mod_uses_pyside"] = uses_pyside
    linecache.clearcache()  # what it kept of the modules imported so far


def after_first_paint(window: MainWindow, do: Callable[[], None], at_the_latest_ms: int = 2_000) -> None:
    """`do()` once, after the shown window's first paint (what is seen comes first), or after
    `at_the_latest_ms` if it is not painted by then (shown on another desktop, say)."""
    _FirstPaint(window, do, at_the_latest_ms)


class _FirstPaint(QObject):
    def __init__(self, window: MainWindow, do: Callable[[], None], at_the_latest_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.do: Callable[[], None] | None = do
        window.installEventFilter(self)
        QTimer.singleShot(at_the_latest_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)  # once this paint, its children's and the flush are done
        return False

    def fire(self) -> None:
        if self.do is None:
            return
        do, self.do = self.do, None
        self.window.removeEventFilter(self)
        do()


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
    window.doc.close_store()
    return result["code"]
