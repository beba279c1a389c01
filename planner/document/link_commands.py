"""Undo commands for what frames the commitments: finish-to-start links and key dates.

Like every command they write once *before* they go on the stack (`push_applied`, see command.py);
each then tells the document (`set_links`, `put_key_date`, `drop_key_date`), which keeps its plan
in step and emits `links_changed`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.plan import Dependency, KeyDate
from planner.i18n import translate

from .command import AppliedCommand, push_applied

if TYPE_CHECKING:
    from .plan_document import PlanDocument


# Links --------------------------------------------------------------------------------------------


class AddLink(AppliedCommand):
    def __init__(self, doc: PlanDocument, link: Dependency) -> None:
        super().__init__(doc, translate("UndoSteps", "Link {first!r} before {then!r}").format(first=_title(doc, link.predecessor_id), then=_title(doc, link.successor_id)))
        self.link = link

    def apply(self) -> None:
        self.doc.store.add_dependency(self.link.predecessor_id, self.link.successor_id)
        self.doc.set_links([*self.doc.plan.dependencies, self.link])

    def revert(self) -> None:
        self.doc.store.remove_dependency(self.link.predecessor_id, self.link.successor_id)
        self.doc.set_links([d for d in self.doc.plan.dependencies if d != self.link])


class RemoveLink(AddLink):
    def __init__(self, doc: PlanDocument, link: Dependency) -> None:
        super().__init__(doc, link)
        self.setText(translate("UndoSteps", "Unlink {first!r} from {then!r}").format(first=_title(doc, link.predecessor_id), then=_title(doc, link.successor_id)))

    def apply(self) -> None:
        super().revert()

    def revert(self) -> None:
        super().apply()


def push_link(doc: PlanDocument, predecessor_id: int, successor_id: int) -> None:
    push_applied(doc.undo_stack, AddLink(doc, Dependency(predecessor_id, successor_id)))


def push_unlink(doc: PlanDocument, predecessor_id: int, successor_id: int) -> None:
    push_applied(doc.undo_stack, RemoveLink(doc, Dependency(predecessor_id, successor_id)))


# Key dates ------------------------------------------------------------------------------------------


class SaveKeyDate(AppliedCommand):
    """Add a key date (`before` None) or change one; undo puts back what was there."""

    def __init__(self, doc: PlanDocument, before: KeyDate | None, after: KeyDate) -> None:
        super().__init__(doc, (translate("UndoSteps", "Key date {label!r}") if before is None else translate("UndoSteps", "Change key date {label!r}")).format(label=after.label))
        self.before, self.after = before, after

    def apply(self) -> None:
        saved = self.doc.store.save_key_date(self.after)
        self.after = saved  # a new key date keeps the id it got, so undo and redo address it
        self.doc.put_key_date(saved)

    def revert(self) -> None:
        if self.before is None:
            self.doc.store.delete_key_date(self.after.stored_id)
            self.doc.drop_key_date(self.after.id)
        else:
            self.doc.put_key_date(self.doc.store.save_key_date(self.before))


class DeleteKeyDate(AppliedCommand):
    def __init__(self, doc: PlanDocument, victim: KeyDate) -> None:
        super().__init__(doc, translate("UndoSteps", "Delete key date {label!r}").format(label=victim.label))
        self.victim = victim

    def apply(self) -> None:
        self.doc.store.delete_key_date(self.victim.stored_id)
        self.doc.drop_key_date(self.victim.id)

    def revert(self) -> None:
        self.doc.put_key_date(self.doc.store.save_key_date(self.victim))


def push_key_date(doc: PlanDocument, before: KeyDate | None, after: KeyDate) -> None:
    push_applied(doc.undo_stack, SaveKeyDate(doc, before, after))


def push_delete_key_date(doc: PlanDocument, victim: KeyDate) -> None:
    push_applied(doc.undo_stack, DeleteKeyDate(doc, victim))


def _title(doc: PlanDocument, commitment_id: int) -> str:
    try:
        return doc.commitment(commitment_id).title
    except KeyError:
        return f"#{commitment_id}"
