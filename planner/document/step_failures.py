"""An undo or redo step that could not be written: the stack is put back, then the window is told.

Qt moves the stack's index whatever the command did, so a failed step would leave undo history
that says a change was taken back while the database still holds it. The failing command reports
here instead of raising; once Qt's call has returned, the index goes back to where it was (steps
that did change are written again; the failed ones, still as they were, are skipped) and
`doc.step_failed` carries the error to whoever shows it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from planner.store.errors import StoreError

if TYPE_CHECKING:
    from .plan_document import PlanDocument


def step_failed(doc: "PlanDocument", exc: StoreError) -> None:
    """Called by a command whose undo or redo raised `exc`, while Qt's stack call is running."""
    if getattr(doc, "_failed_step", None) is not None:
        return  # one report per step: the first failure of a macro's commands
    doc._failed_step = (doc.undo_stack.index(), exc)  # type: ignore[attr-defined]
    if getattr(doc, "_settling", False):
        return  # a failure while putting the stack back: _settle reports the first one
    QTimer.singleShot(0, lambda: settle(doc))


def settle(doc: "PlanDocument") -> None:
    """Put the stack back where it was before the failed step, then emit `doc.step_failed`."""
    failed = getattr(doc, "_failed_step", None)
    if failed is None:
        return
    index, exc = failed
    doc._settling = True  # type: ignore[attr-defined]
    try:
        if doc.undo_stack.index() != index:
            doc.undo_stack.setIndex(index)
    finally:
        doc._settling = False  # type: ignore[attr-defined]
        doc._failed_step = None  # type: ignore[attr-defined]
    doc.step_failed.emit(exc)
