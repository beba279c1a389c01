"""The window on a plan others share: live updates, conflicts, and a read-only state when the
database cannot be reached.

`install_shared_plan(window)` starts the watcher and returns the `SharedPlan` the window asks
(`window.features.shared_plan.store_failed(...)`, through `window.run_safely`) when a change could not be written:
- a ConflictError opens the conflict dialog: Reload takes theirs and drops mine; Keep mine
  writes my change on top of theirs (one more undoable step, or the undo/redo done after all);
- an UnavailableError puts the window in a read-only state ("Database unreachable — read-only,
  retrying"): the editing actions are disabled and the change is handed back — it was not
  written and nothing is on the undo stack, so the officer makes it again (a dialog stays open
  with their entries) once the poll finds the database again and editing comes back.

A window shown from its first look, before its store is open, is in the same read-only state
("Opening the plan…") until `take_store` is handed the store (`planner.app.PlanOpener`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from planner.document.conflicts import ChangeConflict
from planner.domain.plan import Plan
from planner.i18n import QT_TRANSLATE_NOOP
from planner.i18n.sentences import error_text
from planner.store.errors import ConflictError, NotFoundError, StoreError, UnavailableError

from . import conflict_dialog
from .contrast import warning_colour
from .plan_watcher import PlanWatcher, capture, restore

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

    from .main_window import MainWindow

READ_ONLY_TEXT = QT_TRANSLATE_NOOP("SharedPlan", "Database unreachable — read-only, retrying")
OPENING_TEXT = QT_TRANSLATE_NOOP("SharedPlan", "Opening the plan…")


def install_shared_plan(window: "MainWindow", interval_ms: int | None = None) -> "SharedPlan":
    return SharedPlan(window, interval_ms)


class SharedPlan(QObject):
    def __init__(self, window: "MainWindow", interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.watcher = PlanWatcher(self.doc, window.plan_view, **({"interval_ms": interval_ms} if interval_ms else {}), parent=self)
        self.read_only = False
        self.banner = QLabel(self.tr(READ_ONLY_TEXT))
        self.banner.setStyleSheet(f"color: {warning_colour(self.banner)}; font-weight: bold")
        window.statusBar().addPermanentWidget(self.banner)
        self.banner.hide()
        self._frozen: QActionGroup | None = None
        self.watcher.reachable_changed.connect(self._reachable_changed)
        self.doc.step_failed.connect(lambda exc: self.store_failed(self.tr("Undo or redo"), exc))
        self.opening_problem = ""  # why the store could not be opened yet, once said
        if not self.doc.editable:
            self._set_read_only(True, "", OPENING_TEXT)
        self.doc.when_editable(self._editable)

    # Opening ----------------------------------------------------------------------------------------

    def take_store(self, store: "PlanStore", plan: Plan, read_at: int) -> None:
        """The store opened behind the window, and the plan read with it: the rest of a large
        plan, or what changed since the first look, arrives as a reload does, keeping the
        officer's place; then editing is on."""
        state = capture(self.window.plan_view)
        self.doc.reload(plan)  # given: no store is asked
        restore(self.window.plan_view, state)
        self.doc.attach_store(store, read_at)

    def not_opened(self, exc: StoreError) -> None:
        """The store behind the window did not open: say why once and stay read-only; the opener
        tries again."""
        if not self.opening_problem:
            QMessageBox.warning(self.window, self.tr("Open the plan"), _plain(error_text(exc)) + " " + self.tr("The plan is shown read-only; Planner keeps trying."))
        self.opening_problem = error_text(exc)
        self._set_read_only(True, error_text(exc))

    def _editable(self) -> None:
        self._set_read_only(False, "")
        if self.opening_problem:
            self.window.statusBar().showMessage(self.tr("The plan is open; editing is on."), 8000)
        self.watcher.start()

    # What the window calls ------------------------------------------------------------------------

    def store_failed(self, what: str, exc: StoreError) -> bool:
        """Show a failed change to the officer; True when, after a conflict, their change was kept."""
        if isinstance(exc, ConflictError):
            return self.resolve_conflict(exc)
        if isinstance(exc, UnavailableError):
            self.watcher.mark_unreachable(error_text(exc))
        QMessageBox.warning(self.window, what, _plain(error_text(exc)))
        return False

    def resolve_conflict(self, exc: ConflictError) -> bool:
        # Only a conflict met by an undo command knows its commitment and how to keep my change.
        about = exc if isinstance(exc, ChangeConflict) else None
        commitment_id = about.commitment_id if about else None
        try:
            theirs = self.doc.store.commitment(commitment_id) if commitment_id is not None else None
        except NotFoundError:
            theirs = None  # deleted elsewhere: only Reload makes sense
        except StoreError as failure:
            return self.store_failed(self.tr("Changed elsewhere"), failure)
        choice = conflict_dialog.ask(self.window, _plain(error_text(exc)), theirs, about.mine_over(theirs) if about else None)
        keep_mine = about.keep_mine if about else None
        if choice != conflict_dialog.KEEP_MINE or keep_mine is None or theirs is None:
            self.reload()
            return False
        state = capture(self.window.plan_view)
        try:
            keep_mine()
        except ConflictError as again:  # someone was quicker once more: ask again
            return self.resolve_conflict(again)
        except StoreError as failure:
            return self.store_failed(self.tr("Keep mine"), failure)
        finally:
            restore(self.window.plan_view, state)
        return True

    def reload(self) -> None:
        """Read the plan again, keeping the selection and scroll position (File → Reload)."""
        self.window.reload_plan()

    # The read-only state ----------------------------------------------------------------------------

    def _reachable_changed(self, reachable: bool, problem: str) -> None:
        self._set_read_only(not reachable, problem)
        if reachable:
            self.window.statusBar().showMessage(self.tr("The database answers again; editing is back on."), 8000)

    def _set_read_only(self, read_only: bool, problem: str, text: str = READ_ONLY_TEXT) -> None:
        self.banner.setText(self.tr(text))
        # Opening is a moment's wait, not a problem: said quietly.
        self.banner.setStyleSheet("" if text == OPENING_TEXT else "color: #a40000; font-weight: bold")
        self.banner.setToolTip(_plain(problem))
        if read_only == self.read_only:
            return
        self.read_only = read_only
        self.banner.setVisible(read_only)
        if read_only:
            self._frozen = QActionGroup(self)
            self._frozen.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
            for action in self.editing_actions():
                self._frozen.addAction(action)
            self._frozen.setEnabled(False)  # stays off even if a selection change enables one
        elif self._frozen is not None:
            self._frozen.setEnabled(True)
            for action in list(self._frozen.actions()):
                self._frozen.removeAction(action)
            self._frozen = None
            self.window.update_actions()  # what the selection allows

    def editing_actions(self) -> list[QAction]:
        """Every action of the Edit menu (and its submenus) that no other group owns."""
        found: list[QAction] = []
        pending = [self.window.menus["edit"]]
        while pending:
            menu = pending.pop()
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):  # Qt gives the menu as a QObject
                    pending.append(submenu)
                elif not action.isSeparator() and action.actionGroup() is None:
                    found.append(action)
        return found


def _plain(sentence: str) -> str:
    # PySide prefixes errors raised inside Qt's calls; the officer needs only the sentence.
    return sentence.split("): ", 1)[1] if sentence.startswith("Error calling Python override") else sentence
