"""The base of every undo command: its change is written once before it goes on the stack.

A command writes *before* it is pushed (`push_applied`): a write that fails raises its StoreError
to the caller with its own sentence and leaves nothing on the stack, where a failure inside
QUndoStack.push would leave a command that never happened for undo to revert. Later undo and
redo steps that fail are reported to the document's `step_failures`, never raised inside Qt's call.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.store.errors import StoreError

if TYPE_CHECKING:
    from .plan_document import PlanDocument


class AppliedCommand(QUndoCommand):
    """A command whose first redo has already been done by `push_applied`.

    It knows whether its change is in the database (`applied`), so a step that is already
    there is not written twice. A subclass writes in `apply` and `revert`, then tells the
    document through its change API (`put_commitment`, `set_links`, ...).
    """

    def __init__(self, doc: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.applied:
            return  # the first redo after push_applied, or a step put back after a failure
        try:
            self.apply()
        except StoreError as exc:
            self.doc.step_failures.report(exc)
            return
        self.applied = True

    def undo(self) -> None:
        if not self.applied:
            return
        try:
            self.revert()
        except StoreError as exc:
            self.doc.step_failures.report(exc)
            return
        self.applied = False


def push_applied(stack: QUndoStack, command: AppliedCommand) -> None:
    """Do the command's change now (raising StoreError untouched), then make it undoable."""
    command.apply()
    command.applied = True
    stack.push(command)
