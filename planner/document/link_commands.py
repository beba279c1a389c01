"""Undo commands for what frames the commitments: finish-to-start links and key dates.

These commands write once *before* they go on the stack (`push_applied`): a write that fails
raises its StoreError to the caller with its own sentence and leaves nothing on the stack, where
a failure inside QUndoStack.push would leave a command that never happened for undo to revert.
Each keeps `doc.plan` in step and emits `doc.links_changed`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.plan import Dependency, KeyDate
from planner.store.errors import StoreError

from .step_failures import step_failed

if TYPE_CHECKING:
    from .plan_document import PlanDocument


class AppliedCommand(QUndoCommand):
    """A command whose first redo has already been done by `push_applied`.

    It knows whether its change is in the database (`applied`), so a step that is already
    there is not written twice; an undo or redo that fails is reported through
    `step_failures` (the stack is put back), never raised inside Qt's call.
    """

    def __init__(self, doc: "PlanDocument", text: str) -> None:
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
            step_failed(self.doc, exc)
            return
        self.applied = True

    def undo(self) -> None:
        if not self.applied:
            return
        try:
            self.revert()
        except StoreError as exc:
            step_failed(self.doc, exc)
            return
        self.applied = False


def push_applied(stack: QUndoStack, command: AppliedCommand) -> None:
    """Do the command's change now (raising StoreError untouched), then make it undoable."""
    command.apply()
    command.applied = True
    stack.push(command)


# Links --------------------------------------------------------------------------------------------


class AddLink(AppliedCommand):
    def __init__(self, doc: "PlanDocument", link: Dependency) -> None:
        super().__init__(doc, f"Link {_title(doc, link.predecessor_id)!r} before {_title(doc, link.successor_id)!r}")
        self.link = link

    def apply(self) -> None:
        self.doc.store.add_dependency(self.link.predecessor_id, self.link.successor_id)
        _set_links(self.doc, [*self.doc.plan.dependencies, self.link])

    def revert(self) -> None:
        self.doc.store.remove_dependency(self.link.predecessor_id, self.link.successor_id)
        _set_links(self.doc, [d for d in self.doc.plan.dependencies if d != self.link])


class RemoveLink(AddLink):
    def __init__(self, doc: "PlanDocument", link: Dependency) -> None:
        super().__init__(doc, link)
        self.setText(f"Unlink {_title(doc, link.predecessor_id)!r} from {_title(doc, link.successor_id)!r}")

    def apply(self) -> None:
        super().revert()

    def revert(self) -> None:
        super().apply()


def push_link(doc: "PlanDocument", predecessor_id: int, successor_id: int) -> None:
    push_applied(doc.undo_stack, AddLink(doc, Dependency(predecessor_id, successor_id)))


def push_unlink(doc: "PlanDocument", predecessor_id: int, successor_id: int) -> None:
    push_applied(doc.undo_stack, RemoveLink(doc, Dependency(predecessor_id, successor_id)))


def _set_links(doc: "PlanDocument", links: list[Dependency]) -> None:
    unique = list(dict.fromkeys(links))  # the store keeps one row per pair; so does the plan
    doc.plan.dependencies = unique
    doc.links_changed.emit()


# Key dates ------------------------------------------------------------------------------------------


class SaveKeyDate(AppliedCommand):
    """Add a key date (`before` None) or change one; undo puts back what was there."""

    def __init__(self, doc: "PlanDocument", before: KeyDate | None, after: KeyDate) -> None:
        super().__init__(doc, f"Key date {after.label!r}" if before is None else f"Change key date {after.label!r}")
        self.before, self.after = before, after

    def apply(self) -> None:
        saved = self.doc.store.save_key_date(self.after)
        self.after = saved  # a new key date keeps the id it got, so undo and redo address it
        _put_key_date(self.doc, saved)

    def revert(self) -> None:
        if self.before is None:
            self.doc.store.delete_key_date(self.after.id)  # type: ignore[arg-type]
            _drop_key_date(self.doc, self.after.id)
        else:
            _put_key_date(self.doc, self.doc.store.save_key_date(self.before))


class DeleteKeyDate(AppliedCommand):
    def __init__(self, doc: "PlanDocument", victim: KeyDate) -> None:
        super().__init__(doc, f"Delete key date {victim.label!r}")
        self.victim = victim

    def apply(self) -> None:
        self.doc.store.delete_key_date(self.victim.id)  # type: ignore[arg-type]
        _drop_key_date(self.doc, self.victim.id)

    def revert(self) -> None:
        _put_key_date(self.doc, self.doc.store.save_key_date(self.victim))


def push_key_date(doc: "PlanDocument", before: KeyDate | None, after: KeyDate) -> None:
    push_applied(doc.undo_stack, SaveKeyDate(doc, before, after))


def push_delete_key_date(doc: "PlanDocument", victim: KeyDate) -> None:
    push_applied(doc.undo_stack, DeleteKeyDate(doc, victim))


def _put_key_date(doc: "PlanDocument", kd: KeyDate) -> None:
    others = [k for k in doc.plan.key_dates if k.id != kd.id]
    doc.plan.key_dates = sorted([*others, kd], key=lambda k: (k.day, k.label))  # the order load_plan gives
    doc.links_changed.emit()


def _drop_key_date(doc: "PlanDocument", key_date_id: int | None) -> None:
    doc.plan.key_dates = [k for k in doc.plan.key_dates if k.id != key_date_id]
    doc.links_changed.emit()


def _title(doc: "PlanDocument", commitment_id: int) -> str:
    try:
        return doc.commitment(commitment_id).title
    except KeyError:
        return f"#{commitment_id}"
