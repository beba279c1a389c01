"""The File menu's calendar actions: export, the subscription feed, the auto-published file and
the team calendar (CalDAV). `install_calendar_actions(window)` adds them above Quit.

The feed runs in its own thread and reads the database on each request, so edits made here show
at the next poll. The auto-published file is rewritten after every change of the document and,
on a timer, after changes made by other windows or the command line.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from planner.calendar.export import CalendarInfo, per_strategy, to_ics
from planner.calendar.render import (
    AUTOPUBLISH_SETTING,
    CALDAV_URL_SETTING,
    CALDAV_USER_SETTING,
    Selection,
    plan_lead_days,
)
from planner.calendar.todos import to_ics_todos
from planner.files import FileWriteError, write_atomically
from planner.i18n.sentences import error_text
from planner.i18n.words import publish_text
from planner.store.errors import StoreError

from .calendar_dialogs import (
    CalDavChoice,
    CalDavDialog,
    ExportCalendarDialog,
    ExportChoice,
)

# The calendar's network side (HTTP feed, CalDAV, keyring) is loaded when an action is used,
# not when the menu is built: most sessions never need it.
if TYPE_CHECKING:
    from planner.calendar.autopublish import AutoPublisher
    from planner.calendar.caldav_sync import PublishReport
    from planner.calendar.feed import FeedServer

    from .main_window import MainWindow

FEED_PORT_SETTING = "calendar/feed_port"  # QSettings: a preference of this computer, not of the plan
DEFAULT_FEED_PORT = 8765
POLL_MS = 30_000


def install_calendar_actions(window: "MainWindow") -> "CalendarActions":
    return CalendarActions(window)


class CalendarActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.feed: "FeedServer | None" = None
        self.publisher: "AutoPublisher | None" = None
        self._publish_failed = False
        menu = window.menus["file"]
        self.export_action = self._add("export_calendar", self.tr("Export &calendar…"), self.export_dialog, self.tr("Write the plan as an iCalendar (.ics) file"))
        self.feed_action = self._add("calendar_feed", self.tr("Serve calendar &feed"), self.toggle_feed, self.tr("Let calendar apps on this computer subscribe to the plan"))
        self.feed_action.setCheckable(True)  # triggered(checked) starts or stops it
        self.copy_action = self._add("copy_webcal", self.tr("Copy &webcal address"), self.copy_webcal, self.tr("Copy the feed's address to paste into a calendar app"))
        self.copy_action.setEnabled(False)
        self.autopublish_action = self._add("autopublish", self.tr("Keep a calendar file p&ublished…"), self.choose_autopublish, self.tr("Rewrite a .ics file in a synced folder after every change"))
        self.autopublish_action.setCheckable(True)
        self.caldav_action = self._add("publish_caldav", self.tr("Publish to team calendar (Cal&DAV)…"), self.caldav_dialog, self.tr("Create, update and delete the plan's events on a CalDAV calendar"))
        menu.insertSeparator(window.actions_by_name["quit"])
        for signal in (self.doc.commitment_changed, self.doc.commitment_added, self.doc.commitment_removed):
            signal.connect(lambda _c: self._schedule_publish())
        self.doc.plan_reloaded.connect(self._schedule_publish)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._schedule_publish)
        self.doc.when_editable(self._resume_autopublish)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_feed)

    def _resume_autopublish(self) -> None:
        """Keep publishing the file chosen last time (the choice travels with the plan)."""
        path = self.doc.store.setting(AUTOPUBLISH_SETTING)
        if path:
            self.start_autopublish(Path(path), remember=False)

    def _add(self, name: str, text: str, slot, tip: str) -> QAction:
        return self.window.add_action("file", name, text, slot, None, tip, before="quit")

    # Export ------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        filtered = not self.window.rows.commitment_filter.is_empty
        dialog = ExportCalendarDialog(Path.home(), filtered, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export(dialog.choice())

    def export(self, choice: ExportChoice) -> list[Path]:
        """Write the files; a problem becomes one message and no file is written."""
        plan = self.doc.store.load_plan()
        chosen = self.window.rows.commitment_filter.apply(plan, self.doc.as_of, self.doc.due_soon_days) if choice.only_filtered else plan.commitments
        now, lead_days = self.doc.clock.now(), plan_lead_days(self.doc.store)
        files: list[tuple[Path, bytes]] = []
        if choice.per_strategy:
            if not choice.path.is_dir():
                self._warn(self.tr("Export calendar"), self.tr("The folder {path} does not exist.").format(path=choice.path))
                return []
            for strategy, group in per_strategy(plan, chosen):
                info = CalendarInfo().for_strategy(strategy)
                files.append((choice.path / f"{strategy.key}.ics", to_ics(plan, group, info=info, now=now, lead_days=lead_days)))
                if choice.todos:
                    files.append((choice.path / f"{strategy.key}-tasks.ics", to_ics_todos(plan, group, info=info, now=now, lead_days=lead_days)))
        else:
            files.append((choice.path, to_ics(plan, chosen, now=now, lead_days=lead_days)))
            if choice.todos:
                files.append((choice.path.with_name(f"{choice.path.stem}-tasks.ics"), to_ics_todos(plan, chosen, now=now, lead_days=lead_days)))
        try:
            for path, data in files:
                write_atomically(path, data)
        except FileWriteError as exc:
            self._warn(self.tr("Export calendar"), error_text(exc))
            return []
        self.window.statusBar().showMessage(self.tr("Exported {count} commitments to {files}.").format(count=len(chosen), files=", ".join(p.name for p, _ in files)), 8000)
        return [p for p, _ in files]

    # Feed --------------------------------------------------------------------------------------

    def toggle_feed(self, on: bool) -> None:
        if on and self.feed is None:
            self.start_feed()
        elif not on:
            self.stop_feed()

    def start_feed(self, port: int | None = None) -> FeedServer | None:
        """Serve on `port`, else the port this computer's settings name (8765 by default)."""
        from planner.calendar.feed import FeedError, FeedServer

        stored: Any = self.window.settings.value(FEED_PORT_SETTING, DEFAULT_FEED_PORT)  # a number or its text
        chosen = int(stored) if port is None else port
        try:
            self.feed = FeedServer(self.doc.store, self.doc.clock, port=chosen).start()
        except FeedError as exc:
            self._warn(self.tr("Calendar feed"), error_text(exc))
            self._set_feed_checked(False)
            return None
        self.window.destroyed.connect(self.feed.stop)  # a closed window leaves no server behind
        self._set_feed_checked(True)
        self.copy_action.setEnabled(True)
        self.window.statusBar().showMessage(self.tr("Serving the calendar at {webcal_url}").format(webcal_url=self.feed.webcal_url()), 8000)
        return self.feed

    def stop_feed(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        self.copy_action.setEnabled(False)
        self._set_feed_checked(False)

    def copy_webcal(self) -> str:
        if self.feed is None:
            return ""
        url = self.feed.webcal_url()
        QGuiApplication.clipboard().setText(url)
        self.window.statusBar().showMessage(self.tr("Copied {url}: paste it into the calendar app's “subscribe” box.").format(url=url), 8000)
        return url

    def _set_feed_checked(self, on: bool) -> None:
        self.feed_action.blockSignals(True)
        self.feed_action.setChecked(on)
        self.feed_action.blockSignals(False)

    # Auto-publish ---------------------------------------------------------------------------------

    def choose_autopublish(self) -> None:
        if self.publisher is not None:  # unchecking the action stops it
            self.stop_autopublish()
            return
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Keep a calendar file published"), str(Path.home() / "plan.ics"), self.tr("iCalendar (*.ics)"))
        if chosen:
            self.start_autopublish(Path(chosen))
        self.autopublish_action.setChecked(self.publisher is not None)

    def start_autopublish(self, path: Path, remember: bool = True) -> bool:
        from planner.calendar.autopublish import AutoPublisher

        publisher = AutoPublisher(self.doc.store, self.doc.clock, path, Selection())
        try:
            publisher.publish()
        except (FileWriteError, StoreError) as exc:
            self._warn(self.tr("Publish calendar file"), error_text(exc))
            self.autopublish_action.setChecked(False)
            return False
        self.publisher = publisher
        if remember:
            self.doc.store.set_setting(AUTOPUBLISH_SETTING, str(path.resolve()))
        self.autopublish_action.setChecked(True)
        self.autopublish_action.setToolTip(self.tr("Keeping {path} current").format(path=path))
        self._poll.start()
        return True

    def stop_autopublish(self) -> None:
        self.publisher = None
        self._poll.stop()
        if self.doc.editable:  # before the store is attached nothing was resumed, nor is there anything to forget
            self.doc.store.set_setting(AUTOPUBLISH_SETTING, "")
        self.autopublish_action.setChecked(False)

    def _schedule_publish(self) -> None:
        if self.publisher is not None:
            QTimer.singleShot(0, self.publish_now)  # after the change is fully applied; one write per burst

    def publish_now(self) -> bool:
        if self.publisher is None:
            return False
        try:
            written = self.publisher.publish_if_changed()
        except (FileWriteError, StoreError) as exc:
            if not self._publish_failed:  # say it once, not after every edit
                self._warn(self.tr("Publish calendar file"), error_text(exc))
            self._publish_failed = True
            return False
        self._publish_failed = False
        return written

    # CalDAV ------------------------------------------------------------------------------------

    def caldav_dialog(self) -> None:
        from planner.calendar import credentials

        store = self.doc.store
        url, user = store.setting(CALDAV_URL_SETTING), store.setting(CALDAV_USER_SETTING)
        stored = bool(url and user and credentials.stored_password(url, user))
        dialog = CalDavDialog(url, user, stored, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.publish_caldav(dialog.choice())

    def publish_caldav(self, choice: CalDavChoice) -> PublishReport | None:
        from planner.calendar import caldav_sync, credentials
        from planner.calendar.team_calendar import CalDavError, TeamCalendar

        store = self.doc.store
        password = choice.password or (credentials.stored_password(choice.url, choice.user) or "" if choice.user else "")
        plan = store.load_plan()
        key = caldav_sync.state_key(choice.url)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with TeamCalendar(choice.url, choice.user, password) as calendar:
                report, state = caldav_sync.publish(
                    calendar, plan, plan.commitments, now=self.doc.clock.now(), lead_days=plan_lead_days(store),
                    state=caldav_sync.load_state(store.setting(key)),
                )
        except CalDavError as exc:
            QApplication.restoreOverrideCursor()
            self._warn(self.tr("Publish to team calendar"), error_text(exc))
            return None
        QApplication.restoreOverrideCursor()
        store.set_setting(key, caldav_sync.dump_state(state))
        store.set_setting(CALDAV_URL_SETTING, choice.url)
        store.set_setting(CALDAV_USER_SETTING, choice.user)
        if choice.keep_password and choice.password and not credentials.store_password(choice.url, choice.user, choice.password):
            self._warn(self.tr("Publish to team calendar"), self.tr("The password was not kept: this system has no keyring. You will be asked again next time."))
        self.window.statusBar().showMessage(self.tr("Published to {url}: {text}.").format(url=choice.url, text=publish_text(report)), 10000)
        return report

    def _warn(self, title: str, sentence: str) -> None:
        warn(self.window, title, sentence)


def warn(parent, title: str, sentence: str) -> None:
    """One sentence in a message box; tests replace this to collect the sentence instead."""
    QMessageBox.warning(parent, title, sentence)
