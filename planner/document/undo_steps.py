"""`one_undo_step`: several changes undone and redone as one, and no step when none was made.

Marking five commitments delivered is one step in Edit → Undo. If the first write already fails
(the database is away, someone else's copy is newer), Qt would still keep the empty step, and
"Undo Mark 5 delivered" would then take back nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QUndoStack


@contextmanager
def one_undo_step(stack: QUndoStack, text: str) -> Iterator[None]:
    stack.beginMacro(text)
    try:
        yield
    finally:
        stack.endMacro()
        step = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if step is not None and step.text() == text and step.childCount() == 0:
            step.setObsolete(True)
            stack.undo()  # Qt takes an obsolete step off the stack instead of undoing it
