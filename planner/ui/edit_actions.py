"""The Edit menu's dialogs: new and edit commitment, key dates, and the undo history dock.

`install_edit_actions(window)` adds the actions to the window's menus and returns the object that
opens the dialogs and saves what they collect. Every save goes through the undo stack as one
step (the commitment and its link changes together), is in the database at once, and a
commitment someone else changed meanwhile is never overwritten: the officer is offered Reload.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox, QUndoView, QWidget

from planner.document.link_commands import push_link, push_unlink
from planner.document.undo_steps import one_undo_step
from planner.domain.plan import Commitment
from planner.i18n import translate
from planner.i18n.sentences import error_text
from planner.qtmodels.roles import ROW_COMMITMENT, ROW_INITIATIVE, ROW_STRATEGY, Roles
from planner.store.errors import ConflictError, NotFoundError, StoreError

from .commitment_dialog import CommitmentDialog
from .key_dates_dialog import KeyDatesDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def install_edit_actions(window: "MainWindow") -> "EditActions":
    return EditActions(window)


def ask_reload(parent: QWidget, sentence: str) -> bool:
    """Offer to reload after a conflict; tests replace this to answer without a click."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("EditActions", "Changed elsewhere"), sentence, QMessageBox.StandardButton.Cancel, parent)
    reload_button = box.addButton(translate("EditActions", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button


class EditActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.dialog: CommitmentDialog | None = None  # the open commitment dialog, if any
        self.key_dates_dialog: KeyDatesDialog | None = None
        edit, std = window.menus["edit"], QKeySequence.StandardKey
        first = window.actions_by_name.get("mark_delivered")
        new = window.add_action("edit", "new_commitment", self.tr("&New commitment…"), self.new_commitment, std.New, self.tr("Add a commitment to the current initiative"))
        self.edit_action = window.add_action("edit", "edit_commitment", self.tr("&Edit commitment…"), self.edit_current, None, self.tr("Change the dates, text and links of the current commitment"))
        # Enter edits only where the plan has focus: elsewhere (the filter field) Enter means itself.
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.plan_view.addAction(self.edit_action)
        if first is not None:  # New and Edit belong above Mark delivered and Delete
            edit.insertAction(first, new)
            edit.insertAction(first, self.edit_action)
            edit.insertSeparator(first)
        edit.addSeparator()
        window.add_action("edit", "key_dates", self.tr("&Key dates…"), self.open_key_dates, None, self.tr("The dated events drawn as lines across the timeline"))

        self.undo_dock = QDockWidget(self.tr("Undo history"), window)
        self.undo_dock.setObjectName("undo_history")
        history = QUndoView(self.doc.undo_stack, self.undo_dock)
        history.setAccessibleName(self.tr("Undo history"))
        self.undo_dock.setWidget(history)
        self.undo_dock.setAccessibleDescription(self.tr("Every change made in this window; choose a step to go back to it"))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        toggle = self.undo_dock.toggleViewAction()
        toggle.setText(self.tr("&Undo history"))
        window.menus["view"].addSeparator()
        window.menus["view"].addAction(toggle)
        window.actions_by_name["undo_history"] = toggle

        window.plan_view.activated.connect(self.edit_commitment)
        window.plan_view.current_changed.connect(lambda c: self.edit_action.setEnabled(c is not None))
        self.edit_action.setEnabled(window.plan_view.current_commitment() is not None)

    # Opening the dialogs ---------------------------------------------------------------------------

    def edit_current(self) -> None:
        c = self.window.plan_view.current_commitment()
        if c is not None:
            self.edit_commitment(c)

    def edit_commitment(self, c: Commitment) -> CommitmentDialog:
        if self.dialog is not None:  # Enter and double-click may both ask; one dialog is enough
            return self.dialog
        return self._open(CommitmentDialog(self.doc, self.doc.commitment(c.stored_id), save=self._save, parent=self.window))

    def new_commitment(self) -> CommitmentDialog:
        if self.dialog is not None:
            return self.dialog
        return self._open(CommitmentDialog(self.doc, None, self.current_initiative(), save=self._save, parent=self.window))

    def _open(self, dialog: CommitmentDialog) -> CommitmentDialog:
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def open_key_dates(self) -> KeyDatesDialog:
        if self.key_dates_dialog is None:
            self.key_dates_dialog = KeyDatesDialog(self.doc, self.window)
        self.key_dates_dialog.show()
        self.key_dates_dialog.raise_()
        return self.key_dates_dialog

    def current_initiative(self) -> str | None:
        """Where a new commitment goes: the initiative of the current row, else the first one."""
        plan = self.doc.plan
        index = self.window.plan_view.tree.currentIndex()
        kind = index.data(Roles.ROW_KIND) if index.isValid() else None
        if kind == ROW_COMMITMENT:
            return index.data(Roles.COMMITMENT).initiative_key
        if kind == ROW_INITIATIVE:
            return index.data(Roles.KEY)
        if kind == ROW_STRATEGY:
            return next((i.key for i in plan.initiatives if i.strategy_key == index.data(Roles.KEY)), None)
        return plan.initiatives[0].key if plan.initiatives else None

    # Saving ------------------------------------------------------------------------------------------

    def _save(self, dialog: CommitmentDialog) -> bool:
        """Write what the dialog holds as one undo step; False keeps the dialog open."""
        try:
            saved = self._write(dialog)
        except (ConflictError, NotFoundError) as exc:
            return self._conflict(dialog, error_text(exc))
        except StoreError as exc:
            QMessageBox.warning(dialog, dialog.windowTitle(), error_text(exc))
            return False
        if saved is not None:
            self.window.plan_view.select_commitment(saved)
        return True

    def _write(self, dialog: CommitmentDialog) -> int | None:
        original, edited, reason = dialog.original, dialog.edited(), dialog.reason_text()
        stored_links = {d.predecessor_id for d in self.doc.plan.dependencies if original and d.successor_id == original.id}
        wanted = dialog.predecessor_ids()
        if original is not None:
            if edited == original and set(wanted) == stored_links:
                return None  # nothing to save, nothing to undo
            # Ask the database before touching the stack: a conflict then leaves no half step behind.
            if self.doc.store.commitment(original.stored_id).version != original.version:
                raise ConflictError(original.title)
        with one_undo_step(self.doc.undo_stack, (self.tr("Edit {title!r}") if original else self.tr("Add {title!r}")).format(title=edited.title)):
            if original is None:
                self.doc.push_add(edited)
                me = self.doc.plan.commitments[-1].stored_id  # the document appends what it stored
            else:
                me = original.stored_id
                self.doc.push_edit(edited, self.tr("Edit {title!r}").format(title=edited.title), reason)
            for p in wanted:
                if p not in stored_links:
                    push_link(self.doc, p, me)
            for p in stored_links - set(wanted):
                push_unlink(self.doc, p, me)
        return me

    def _conflict(self, dialog: CommitmentDialog, sentence: str) -> bool:
        if not ask_reload(dialog, _plain(sentence)):
            return False
        self.doc.reload()
        original = dialog.original
        assert original is not None  # only an edit meets a conflict
        try:
            fresh = self.doc.commitment(original.stored_id)
        except KeyError:
            QMessageBox.information(dialog, dialog.windowTitle(), self.tr("The commitment {title!r} was deleted elsewhere; your changes were not saved.").format(title=original.title))
            return True
        dialog.rebase(fresh, self.tr("Reloaded: it is now due {due}, status {status}. Your entries are kept; save again to apply them.").format(due=fresh.due.shown, status=translate("PlanModel", fresh.status.value)))
        return False


def _plain(sentence: str) -> str:
    # PySide prefixes errors raised inside QUndoCommand.redo; the officer needs only the sentence.
    return sentence.split("): ", 1)[1] if sentence.startswith("Error calling Python override") else sentence
