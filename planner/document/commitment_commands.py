"""Undo commands for commitments: each one writes to the database at once and can take its change back.

They are written before they go on the stack (`push_applied`, as the link commands are), so a
change that fails leaves nothing behind for undo. A first write is checked against the copy the
officer edited; undo and redo lay the command's own change on the document's copy and are
checked against this window's last own write of that commitment (`doc.as_last_written`), so a
change someone else made since is never undone silently: it surfaces as a ChangeConflict, which
carries `commitment_id`, `mine` and `keep_mine` (write my change on top of theirs) for the
conflict dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.domain.merging import rebase
from planner.domain.plan import Commitment
from planner.i18n import translate

from .command import AppliedCommand
from .conflicts import conflict_about

if TYPE_CHECKING:
    from planner.store.plan_store import DeletedCommitment  # the module itself loads SQLAlchemy

    from .plan_document import PlanDocument

__all__ = ["AddCommitment", "DeleteCommitment", "EditCommitment"]


class EditCommitment(AppliedCommand):
    def __init__(self, doc: PlanDocument, before: Commitment, after: Commitment, text: str, reason: str = "") -> None:
        super().__init__(doc, text)
        self.before, self.after, self.reason = before, after, reason
        self._first = True

    def apply(self) -> None:
        if self._first:
            # The officer's copy, as edited: stale if the stored one moved since it was read.
            with conflict_about(self.after.id, lambda: _keep_my_edit(self.doc, self.before, self.after, self.text(), self.reason), mine=self.after, base=_known_base(self.before, self.after)):
                saved = self.doc.store.update_commitment(self.after, reason=self.reason)
            self._first = False
        else:
            saved = _write_change(self.doc, self.before, self.after, self.reason, again=self.doc.undo_stack.redo)
        self.doc.put_commitment(saved)

    def revert(self) -> None:
        self.doc.put_commitment(_write_change(self.doc, self.after, self.before, f"undo: {self.text()}", again=self.doc.undo_stack.undo))


class AddCommitment(AppliedCommand):
    def __init__(self, doc: PlanDocument, new: Commitment) -> None:
        super().__init__(doc, translate("UndoSteps", "Add {title!r}").format(title=new.title))
        self.new = new
        self.gone: DeletedCommitment | None = None
        self.added_id: int | None = None  # set by the first apply

    def apply(self) -> None:
        # The first time it is new; after an undo it comes back with the same id and key.
        saved = self.doc.store.add_commitment(self.new) if self.gone is None else self.doc.store.restore_commitment(self.gone)
        self.added_id = saved.id
        self.doc.put_commitment(saved)
        if self.gone is not None and self.gone.dependencies:
            self.doc.restore_links(self.gone.dependencies)

    def revert(self) -> None:
        assert self.added_id is not None  # undo comes after apply
        added = self.doc.as_last_written(self.added_id)
        with conflict_about(added.id, lambda: _adopt_and(self.doc, added.id, self.doc.undo_stack.undo)):
            self.gone = self.doc.store.delete_commitment(added)
        self.doc.drop_commitment(added)


class DeleteCommitment(AppliedCommand):
    def __init__(self, doc: PlanDocument, victim: Commitment) -> None:
        super().__init__(doc, translate("UndoSteps", "Delete {title!r}").format(title=victim.title))
        self.victim = victim
        self.gone: DeletedCommitment | None = None

    def apply(self) -> None:
        if self.gone is None:  # the first time: the copy the officer saw must still be the stored one
            current = self.doc.commitment(self.victim.stored_id)
            keep_mine = lambda: _adopt_and(self.doc, current.id, lambda: self.doc.push_delete(self.doc.commitment(current.stored_id)))  # noqa: E731
        else:
            current = self.doc.as_last_written(self.victim.stored_id)
            keep_mine = lambda: _adopt_and(self.doc, current.id, self.doc.undo_stack.redo)  # noqa: E731
        with conflict_about(current.id, keep_mine):
            self.gone = self.doc.store.delete_commitment(current)
        self.doc.drop_commitment(current)

    def revert(self) -> None:
        assert self.gone is not None
        self.doc.put_commitment(self.doc.store.restore_commitment(self.gone))
        self.doc.restore_links(self.gone.dependencies)


# Writing a command's own change again (undo, redo) ------------------------------------------------


def _write_change(doc: PlanDocument, old: Commitment, new: Commitment, reason: str, again: Callable[[], None]) -> Commitment:
    """The change old -> new laid on the document's copy; refused if someone else wrote since our
    last write. `again` runs the same stack step once more (after the officer chose to keep theirs
    as the base)."""
    base = doc.as_last_written(new.stored_id)
    target = rebase(old, new, base)
    with conflict_about(new.id, lambda: _adopt_and(doc, new.id, again), mine=target, base=base):
        return doc.store.update_commitment(target, reason=reason)


def _keep_my_edit(doc: PlanDocument, base: Commitment, mine: Commitment, text: str, reason: str) -> None:
    """Write my edit on top of the stored copy: the fields I changed, theirs for the rest."""
    theirs = doc.store.commitment(mine.stored_id)
    doc.reload()
    doc.push_edit(rebase(_known_base(base, mine), mine, theirs), text, reason)


def _known_base(base: Commitment, mine: Commitment) -> Commitment | None:
    """`base` when `mine` was edited from it (same stored version), else None: not known."""
    return base if base.version == mine.version else None


def _adopt_and(doc: PlanDocument, commitment_id: int | None, then: Callable[[], None]) -> None:
    """Take the stored version as seen (the officer chose to keep their change), reload, try again."""
    assert commitment_id is not None  # a conflict is about a stored commitment
    stored = doc.store.commitment(commitment_id)
    doc.reload()
    doc.adopt_version(stored)
    then()
