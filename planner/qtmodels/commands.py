"""Undo commands: each one writes to the database at once and can take its change back.

A command remembers values, not versions: undo re-reads the stored version so that an undo
after a later save still passes the store's stale-edit check, and a real conflict (someone
else changed it) surfaces as a ConflictError to the window.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.domain.plan import Commitment
from planner.store.plan_store import DeletedCommitment

if TYPE_CHECKING:
    from planner.document import PlanDocument


class EditCommitment(QUndoCommand):
    def __init__(self, doc: "PlanDocument", before: Commitment, after: Commitment, text: str, reason: str = "") -> None:
        super().__init__(text)
        self.doc, self.before, self.after, self.reason = doc, before, after, reason
        self._first = True

    def redo(self) -> None:
        current = self.doc.commitment(self.before.id)  # type: ignore[arg-type]
        target = self.after if self._first else _with_stored_version(self.after, current)
        self._first = False
        self.doc._stored(self.doc.store.update_commitment(target, reason=self.reason))

    def undo(self) -> None:
        current = self.doc.commitment(self.before.id)  # type: ignore[arg-type]
        self.doc._stored(self.doc.store.update_commitment(_with_stored_version(self.before, current), reason=f"undo: {self.text()}"))


class AddCommitment(QUndoCommand):
    def __init__(self, doc: "PlanDocument", new: Commitment) -> None:
        super().__init__(f"Add {new.title!r}")
        self.doc, self.new = doc, new
        self.gone: DeletedCommitment | None = None
        self.added_id: int | None = None

    def redo(self) -> None:
        # The first time it is new; after an undo it comes back with the same id and key.
        saved = self.doc.store.add_commitment(self.new) if self.gone is None else self.doc.store.restore_commitment(self.gone)
        self.added_id = saved.id
        self.doc._stored(saved)
        if self.gone is not None and self.gone.dependencies:
            self.doc._links_restored(self.gone.dependencies)

    def undo(self) -> None:
        added = self.doc.commitment(self.added_id)  # type: ignore[arg-type]
        self.gone = self.doc.store.delete_commitment(added)
        self.doc._removed(added)


class DeleteCommitment(QUndoCommand):
    def __init__(self, doc: "PlanDocument", victim: Commitment) -> None:
        super().__init__(f"Delete {victim.title!r}")
        self.doc, self.victim = doc, victim
        self.gone: DeletedCommitment | None = None

    def redo(self) -> None:
        current = self.doc.commitment(self.victim.id)  # type: ignore[arg-type]
        self.gone = self.doc.store.delete_commitment(current)
        self.doc._removed(current)

    def undo(self) -> None:
        assert self.gone is not None
        self.doc._stored(self.doc.store.restore_commitment(self.gone))
        self.doc._links_restored(self.gone.dependencies)


def _with_stored_version(c: Commitment, stored: Commitment) -> Commitment:
    return c.changed(version=stored.version, sequence=stored.sequence, updated_at=stored.updated_at)

