"""File → Open plan…, New plan… and Open recent: another plan file in this window's place,
without Preferences and without a restart. The switch itself (a window on the new plan, the old
one retired) is the composition root's, handed in as `open_plan(url) -> bool`.

The plan opened last is the one the next start opens (as Preferences → Database would choose
it); `--db` and $PLANNER_DB still come first.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from planner.i18n import QT_TRANSLATE_NOOP
from planner.i18n.sentences import error_text
from planner.locations import CHOSEN_PLAN_SETTING
from planner.store.addresses import resolve_url, sqlite_file
from planner.store.errors import StoreError

from .group_dialogs import StrategyDialog

if TYPE_CHECKING:
    from planner.domain.clock import Clock

    from .main_window import MainWindow

RECENT = "plans/recent"
RECENT_COUNT = 8
PLAN_FILES = QT_TRANSLATE_NOOP("PlanFiles", "Plan files (*.sqlite *.db);;All files (*)")


def recent_plans(settings: QSettings) -> list[str]:
    value = settings.value(RECENT, []) or []
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def remember_plan(settings: QSettings, url: str, *, next_start: bool = True) -> None:
    """`url` first among the recent plans and, with `next_start`, the one the next start opens."""
    settings.setValue(RECENT, [url] + [u for u in recent_plans(settings) if u != url][: RECENT_COUNT - 1])
    if next_start:
        settings.setValue(CHOSEN_PLAN_SETTING, url)
    settings.sync()


def install_plan_files(window: "MainWindow", settings: QSettings, clock: "Clock", open_plan: Callable[[str], bool]) -> "PlanFiles":
    return PlanFiles(window, settings, clock, open_plan)


class PlanFiles(QObject):
    def __init__(self, window: "MainWindow", settings: QSettings, clock: "Clock", open_plan: Callable[[str], bool]) -> None:
        super().__init__(window)
        self.window, self.settings, self.clock, self.open_plan = window, settings, clock, open_plan
        # At the top of the File menu, above Reload (the window's first entry).
        window.add_action("file", "new_plan", self.tr("&New plan…"), self.choose_new, None, self.tr("Start a plan file of your own, with its first strategy"), before="reload")
        window.add_action("file", "open_plan", self.tr("&Open plan…"), self.choose_open, "Ctrl+O", self.tr("Open another plan file in this window"), before="reload")
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        reload = window.actions_by_name["reload"]
        window.menus["file"].insertMenu(reload, self.recent_menu)
        window.menus["file"].insertSeparator(reload)
        if self._is_file(window):  # among the recent ones; which plan the next start opens stays as chosen
            remember_plan(settings, str(window.doc.url), next_start=False)

    @staticmethod
    def _is_file(window: "MainWindow") -> bool:
        url = str(window.doc.url)
        return sqlite_file(url) is not None or "://" not in url

    def _folder(self) -> str:
        here = sqlite_file(str(self.window.doc.url)) or str(self.window.doc.url)
        return str(Path(here).parent) if "://" not in here else str(Path.home())

    # Open --------------------------------------------------------------------------------------------

    def choose_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open plan"), self._folder(), self.tr(PLAN_FILES))
        if name:
            self.open(name)

    def open(self, url: str) -> bool:
        """This window's place taken by one on `url`; False (a message said why) when it cannot be opened."""
        if not self.open_plan(resolve_url(url)):
            return False
        remember_plan(self.settings, url)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.window.doc.url)
        plans = [u for u in recent_plans(self.settings) if u != current]
        if not plans:
            self.recent_menu.addAction(self.tr("No other plan opened yet")).setEnabled(False)
        for url in plans:
            self.recent_menu.addAction(url, partial(self.open, url))

    # New ---------------------------------------------------------------------------------------------

    def choose_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New plan"), str(Path(self._folder()) / "plan.sqlite"), self.tr(PLAN_FILES))
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite")
            self.new(path)

    def new(self, path: Path, first_strategy=None) -> bool:
        """A new plan file at `path` holding the officer's first strategy, opened here. An
        existing file is never overwritten; a plan needs a strategy to hold anything."""
        if path.exists():
            QMessageBox.warning(self.window, self.tr("New plan"), self.tr("The file {path} exists already; open it with File → Open plan….").format(path=path))
            return False
        if first_strategy is None:
            dialog = StrategyDialog(_EMPTY_PLAN, None, self.window)
            dialog.setWindowTitle(self.tr("New plan: its first strategy"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            first_strategy = dialog.built()
        from planner.store.opening import open_plan_store

        try:
            store = open_plan_store(resolve_url(str(path)), self.clock, seed=False)  # the officer's own plan: no seed
            try:
                store.save_group(first_strategy)
            finally:
                store.close()
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("New plan"), error_text(exc))
            return False
        return self.open(str(path))


def _empty_plan():
    from planner.domain.plan import Plan

    return Plan()


_EMPTY_PLAN = _empty_plan()
