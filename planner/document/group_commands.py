"""Undo commands for strategies and initiatives: written at once, taken back by undo.

A group is named by its key; undoing a new one removes it again (the store refuses when
commitments were put in it since, and the failure is reported as any failed step is).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.plan import Initiative, Strategy
from planner.i18n import translate

from .command import AppliedCommand, push_applied

if TYPE_CHECKING:
    from .plan_document import PlanDocument

Group = Strategy | Initiative


class SaveGroup(AppliedCommand):
    def __init__(self, doc: PlanDocument, before: Group | None, after: Group) -> None:
        if isinstance(after, Strategy):
            text = translate("UndoSteps", "Add strategy {title!r}") if before is None else translate("UndoSteps", "Change strategy {title!r}")
        else:
            text = translate("UndoSteps", "Add initiative {title!r}") if before is None else translate("UndoSteps", "Change initiative {title!r}")
        super().__init__(doc, text.format(title=after.title))
        self.before, self.after = before, after

    def apply(self) -> None:
        self.doc.store.save_group(self.after)
        self.doc.reload()

    def revert(self) -> None:
        if self.before is None:
            self.doc.store.delete_group(self.after)
        else:
            self.doc.store.save_group(self.before)
        self.doc.reload()


def push_save_group(doc: PlanDocument, before: Group | None, after: Group) -> None:
    """Store the strategy or initiative now (StoreError when it cannot be), with its undo step."""
    push_applied(doc.undo_stack, SaveGroup(doc, before, after))
