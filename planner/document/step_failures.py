"""An undo or redo step that could not be written: the stack is put back, then the window is told.

Qt moves the stack's index whatever the command did, so a failed step would leave undo history
that says a change was taken back while the database still holds it. The failing command reports
here instead of raising; once Qt's call has returned, the index goes back to where it was (steps
that did change are written again; the failed ones, still as they were, are skipped) and
the document's `step_failed` signal carries the error to whoever shows it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack

from planner.store.errors import StoreError


class StepFailures:
    """The failed steps of one undo stack; `tell` receives each failure once the stack is back."""

    def __init__(self, stack: QUndoStack, tell: Callable[[StoreError], None]) -> None:
        self._stack = stack
        self._tell = tell
        self._failed: tuple[int, StoreError] | None = None  # the index before the step, and why it failed
        self._settling = False  # putting the stack back runs commands too; their failures are not new

    def report(self, exc: StoreError) -> None:
        """Called by a command whose undo or redo raised `exc`, while Qt's stack call is running."""
        if self._failed is not None:
            return  # one report per step: the first failure of a macro's commands
        self._failed = (self._stack.index(), exc)
        if self._settling:
            return  # a failure while putting the stack back: settle reports the first one
        QTimer.singleShot(0, self.settle)

    def settle(self) -> None:
        """Put the stack back where it was before the failed step, then tell."""
        if self._failed is None:
            return
        index, exc = self._failed
        self._settling = True
        try:
            if self._stack.index() != index:
                self._stack.setIndex(index)
        finally:
            self._settling = False
            self._failed = None
        self._tell(exc)
