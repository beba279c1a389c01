"""The open plan: the store, the undo stack, the loaded plan and the signals views listen to.

Every change goes through `push_*`, which puts an undoable command on the stack; the command
writes to the database at once and then tells the document what changed through its change API
(`put_commitment`, `drop_commitment`, `set_links`, ...), and the document tells the models.
Nothing else writes to the store while a window is open.

A document may exist before its store is open (a window shown from the plan's first look, a
printed plan): it is read-only, its `store` says so with a StoreError, until `attach_store`.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain.clock import Clock
from planner.domain.plan import Commitment, Dependency, KeyDate, Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.domain.status import DEFAULT_DUE_SOON_DAYS
from planner.store.errors import StoreError

from .command import push_applied
from .commitment_commands import AddCommitment, DeleteCommitment, EditCommitment
from .step_failures import StepFailures

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore


class PlanDocument(QObject):
    # A commitment's stored state changed (edit, undo, redo): the new value.
    commitment_changed = Signal(object)
    # A commitment was added (or an undo brought it back): the new value.
    commitment_added = Signal(object)
    # A commitment was removed: the last value it had.
    commitment_removed = Signal(object)
    # The whole plan was (re)loaded: views rebuild.
    plan_reloaded = Signal()
    # The "as of" day changed: derived status must be recomputed.
    as_of_changed = Signal(object)
    # Links or key dates changed.
    links_changed = Signal()
    # An undo or redo step could not be written (StoreError); the stack is back where it was.
    step_failed = Signal(object)
    # The store is attached (opened behind a window painted from its first look): the plan can be edited.
    store_attached = Signal()

    def __init__(self, plan: Plan, clock: Clock, store: "PlanStore | None" = None, parent: QObject | None = None, *, url: str = "") -> None:
        """The open `plan`; without a `store` it is read-only until `attach_store`. `url` names
        the plan (a file's path) while there is no store to name it."""
        super().__init__(parent)
        self._store = store
        self._url = url
        # The change counter the plan was read at when the store was attached after it: the
        # watcher starts from it, so a change made elsewhere meanwhile is still seen.
        self.read_at: int | None = None
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.step_failures = StepFailures(self.undo_stack, self.step_failed.emit)
        # The version each commitment got from this window's last own write: undo and redo are
        # checked against it, so a change made elsewhere since is never undone silently.
        self._own_versions: dict[int, int] = {}
        self._as_of: date | None = None  # None: follow the clock
        self.due_soon_days = DEFAULT_DUE_SOON_DAYS  # the officer's, from Preferences → Reminders
        self.plan = plan
        self._by_id = {c.id: c for c in plan.commitments}

    @classmethod
    def on_store(cls, store: "PlanStore", clock: Clock, parent: QObject | None = None) -> "PlanDocument":
        """The document on an open store, its plan read from it now."""
        return cls(store.load_plan(), clock, store, parent)

    # The store -----------------------------------------------------------------------------------

    @property
    def store(self) -> "PlanStore":
        """The open store; while the plan is still being opened, a StoreError says so (one sentence),
        as a database that cannot be reached would."""
        if self._store is None:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan {url} is still being opened; nothing was changed. Try again in a moment."), url=self._url))
        return self._store

    @property
    def editable(self) -> bool:
        """The store is attached: changes can be written."""
        return self._store is not None

    @property
    def url(self) -> str:
        """Where the plan is, as the officer reads it: a file's path, a server's address without its password."""
        return self._store.url if self._store is not None else self._url

    def attach_store(self, store: "PlanStore", read_at: int | None = None) -> None:
        """From now on the plan is written to `store` (opened on another thread); `read_at` is the
        change counter the shown plan was read at. Emits `store_attached` once."""
        assert self._store is None, "a document is attached to one store"
        self._store, self.read_at = store, read_at
        self.store_attached.emit()

    def when_editable(self, do: Callable[[], None]) -> None:
        """Do it now when the store is attached, else once it is."""
        if self.editable:
            do()
        else:
            self.store_attached.connect(do)

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()

    # What is open ----------------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self._as_of or self.clock.today()

    @property
    def as_of_is_today(self) -> bool:
        return self._as_of is None

    def set_as_of(self, day: date | None) -> None:
        self._as_of = None if day == self.clock.today() else day
        self.as_of_changed.emit(self.as_of)

    def set_due_soon_days(self, days: int) -> None:
        """How near its end a window is "due soon"; statuses are derived again, as for a new day."""
        if days != self.due_soon_days:
            self.due_soon_days = days
            self.as_of_changed.emit(self.as_of)

    def commitment(self, commitment_id: int) -> Commitment:
        return self._by_id[commitment_id]

    def reload(self, plan: Plan | None = None) -> None:
        """Read the plan again (another window or officer changed it), or take `plan`, read by the
        caller; undo history is kept. A plan equal to the one shown changes nothing."""
        if plan is None:
            plan = self.store.load_plan()
        elif plan == self.plan:
            return
        self.plan = plan
        self._by_id = {c.id: c for c in self.plan.commitments}
        self.plan_reloaded.emit()

    # Changes, as undoable commands ---------------------------------------------------------------

    def push_edit(self, after: Commitment, text: str, reason: str = "") -> None:
        before = self.commitment(after.stored_id)
        if before == after:
            return
        push_applied(self.undo_stack, EditCommitment(self, before, after, text, reason))

    def push_add(self, new: Commitment) -> None:
        push_applied(self.undo_stack, AddCommitment(self, new))

    def push_delete(self, victim: Commitment) -> None:
        push_applied(self.undo_stack, DeleteCommitment(self, victim))

    # The change API: the commands call these once the store has the change --------------------------

    def put_commitment(self, c: Commitment) -> None:
        """The stored commitment, new or changed, replaces the loaded copy; it is this window's own write."""
        self._own_versions[c.stored_id] = c.version
        old = self._by_id.get(c.id)
        self._by_id[c.id] = c
        if old is None:
            self.plan.commitments.append(c)
            self.commitment_added.emit(c)
            return
        index = next(n for n, x in enumerate(self.plan.commitments) if x.id == c.id)
        self.plan.commitments[index] = c
        self.commitment_changed.emit(c)

    def drop_commitment(self, c: Commitment) -> None:
        """The commitment was deleted from the store, and its links with it."""
        self._by_id.pop(c.id, None)
        self.plan.commitments = [x for x in self.plan.commitments if x.id != c.id]
        self.commitment_removed.emit(c)
        # The store drops a deleted commitment's links with it; the loaded plan follows.
        kept = [d for d in self.plan.dependencies if c.id not in (d.predecessor_id, d.successor_id)]
        if len(kept) != len(self.plan.dependencies):
            self.plan.dependencies = kept
            self.links_changed.emit()

    def restore_links(self, links: list[Dependency]) -> None:
        """Links brought back with a restored commitment (undo of a delete)."""
        alive = [d for d in links if d.predecessor_id in self._by_id and d.successor_id in self._by_id]  # as the store does
        self.set_links([*self.plan.dependencies, *alive])

    def set_links(self, links: list[Dependency]) -> None:
        """The plan's links are now these."""
        self.plan.dependencies = list(dict.fromkeys(links))  # the store keeps one row per pair; so does the plan
        self.links_changed.emit()

    def put_key_date(self, kd: KeyDate) -> None:
        """The stored key date, new or changed, replaces the loaded one."""
        others = [k for k in self.plan.key_dates if k.id != kd.id]
        self.plan.key_dates = sorted([*others, kd], key=lambda k: (k.day, k.label))  # the order load_plan gives
        self.links_changed.emit()

    def drop_key_date(self, key_date_id: int | None) -> None:
        self.plan.key_dates = [k for k in self.plan.key_dates if k.id != key_date_id]
        self.links_changed.emit()

    def as_last_written(self, commitment_id: int) -> Commitment:
        """The loaded copy, carrying the version of this window's last own write of it: undo and
        redo write against it, so a change made elsewhere since is refused, never undone."""
        current = self.commitment(commitment_id)
        return current.changed(version=self._own_versions.get(commitment_id, current.version))

    def adopt_version(self, stored: Commitment) -> None:
        """Take the stored version as this window's own (the officer chose to build on theirs)."""
        self._own_versions[stored.stored_id] = stored.version
