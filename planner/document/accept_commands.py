"""The undo step of accepting a document's proposals: one transaction in, one step back out.

The batch is the one `planner extract --accept-all` writes (`reading.into_plan`), applied by the
same `apply_batch`; undo takes back exactly what it added (`store.batch_undo`), and redo puts
the same rows back with the same ids.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from planner.reading.into_plan import Accepted
from planner.store.batch_undo import Added, put_back, stored_as_added, take_back
from planner.store.importing import apply_batch

from .command import AppliedCommand, push_applied

if TYPE_CHECKING:
    from .plan_document import PlanDocument


class AcceptProposals(AppliedCommand):
    def __init__(self, doc: PlanDocument, accepted: Accepted, text: str) -> None:
        super().__init__(doc, text)
        self.accepted = accepted
        self.added: Added | None = None  # what is in the plan because of this step
        self.gone: Added | None = None  # what undo took out, for redo to put back

    def apply(self) -> None:
        store, plan, batch = self.doc.store, self.doc.plan, self.accepted.batch
        if self.gone is None:
            # Only what the plan lacks is this step's to take back later.
            strategies = [s for s in batch.strategies if s.key not in {x.key for x in plan.strategies}]
            initiatives = [i for i in batch.initiatives if i.key not in {x.key for x in plan.initiatives}]
            sources = [s for s in batch.sources if s.ref not in {x.ref for x in plan.sources}]
            apply_batch(store, batch, keep_edits=True)
            self.added = stored_as_added(store, [c.key for c in batch.commitments if c.key], initiatives, strategies, sources)
        else:
            self.added = put_back(store, self.gone)
        self.doc.reload()
        for c in self.added.commitments:
            self.doc.adopt_version(c)  # this window's own write: its undo is no one else's change

    def revert(self) -> None:
        assert self.added is not None
        ids = {c.id for c in self.doc.plan.commitments}
        # This window's own later edits of them (undone before this step) are no one else's change.
        mine = [self.doc.as_last_written(c.stored_id) if c.id in ids else c for c in self.added.commitments]
        self.gone = take_back(self.doc.store, Added(mine, self.added.initiatives, self.added.strategies, self.added.sources))
        self.doc.reload()


def push_accepted(doc: PlanDocument, accepted: Accepted, text: str) -> AcceptProposals:
    """Store the accepted proposals now, in one transaction (StoreError when they cannot be),
    as one step on the undo stack."""
    command = AcceptProposals(doc, accepted, text)
    push_applied(doc.undo_stack, command)
    return command
