"""The open plan: the store, the undo stack, the loaded plan and the signals views listen to.

Every change goes through `push_*`, which puts an undoable command on the stack; the command
writes to the database at once and then tells the document what changed through its change API
(`put_commitment`, `drop_commitment`, `set_links`, ...), and the document tells the models.
Nothing else writes to the store while a window is open.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain.clock import Clock
from planner.domain.plan import Commitment, Dependency, KeyDate, Plan
from planner.domain.status import DEFAULT_DUE_SOON_DAYS
from planner.store.deferred import DeferredStore
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
    # The store of a window painted from its first look is open now (see store/deferred.py).
    store_opened = Signal()
    # ... or it could not be opened: the StoreError.
    store_failed = Signal(object)
    _store_came = Signal()  # from the thread that opened it
    # A large plan's window was painted from its first screenful; the whole plan has been read
    # and waits to be taken (`take_whole_plan`), which the window does keeping the officer's place.
    whole_plan_ready = Signal()

    def __init__(self, store: "PlanStore | DeferredStore", clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # The change counter the loaded plan was read at, when known before the store is open:
        # a change made elsewhere meanwhile is then still seen, and reloaded.
        self.counter_at_load: int | None = store.first_counter if isinstance(store, DeferredStore) else None
        self._store_came.connect(self._take_store)  # queued: handled on the window's thread
        if isinstance(store, DeferredStore):
            store.tell_when_open(self._store_came.emit)  # however it opens: behind the window, or asked
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.step_failures = StepFailures(self.undo_stack, self.step_failed.emit)
        # The version each commitment got from this window's last own write: undo and redo are
        # checked against it, so a change made elsewhere since is never undone silently.
        self._own_versions: dict[int, int] = {}
        self._as_of: date | None = None  # None: follow the clock
        self.due_soon_days = DEFAULT_DUE_SOON_DAYS  # the officer's, from Preferences → Reminders
        self.plan: Plan = store.load_plan()
        self._by_id = {c.id: c for c in self.plan.commitments}
        self.plan_is_whole: bool = store.first_look_was_whole if isinstance(store, DeferredStore) else True
        self._whole_waiting: Plan | None = None
        self.store_problem: StoreError | None = None  # why the store behind the window did not open

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

    # The store, when the window was painted before it was open ------------------------------------

    @property
    def store_is_open(self) -> bool:
        # Taken by the document (`_take_store`, on this thread), not merely open on the worker:
        # what waits for it must see the store itself and, for a large plan, the whole plan.
        return not isinstance(self.store, DeferredStore)

    def open_store_behind(self) -> None:
        """Start opening the store on a worker thread, if it is not open yet; `store_opened`
        (or `store_failed`) follows on this thread."""
        if isinstance(self.store, DeferredStore):
            self.store.open_behind()  # once: later calls find it started

    def when_store_open(self, do: Callable[[], None]) -> None:
        """Do it now when the store is open, else as soon as it is (never if it fails)."""
        if self.store_is_open:
            do()
        else:
            self.store_opened.connect(do)

    def _take_store(self) -> None:
        deferred = self.store
        if not isinstance(deferred, DeferredStore):
            return  # taken already
        try:
            self.store = deferred.store(again=False)  # from now on, the store itself
        except StoreError as exc:
            self.store_problem = exc  # asked again (the watcher's poll, Reload), it tries again
            self.store_failed.emit(exc)
            return
        self.store_problem = None
        # The whole plan first, then "open": what starts with the store (reminders catching up,
        # the watcher) must see every commitment, not the first screen.
        self._whole_waiting = deferred.whole_plan()
        if self._whole_waiting is None and not self.plan_is_whole:
            try:  # the read behind the window failed: once more, here
                self._whole_waiting = self.store.load_plan()
            except StoreError as exc:
                self.store_failed.emit(exc)  # still not whole: the watcher's first poll reads it
        if self._whole_waiting is not None:
            self.whole_plan_ready.emit()  # the window takes it, keeping the officer's place
            self.take_whole_plan()  # no window listening yet: take it here
        self.store_opened.emit()

    def take_whole_plan(self) -> None:
        """Show the whole plan instead of the first screenful it was painted from."""
        whole, self._whole_waiting = self._whole_waiting, None
        if whole is None:
            return
        if self.undo_stack.count():
            try:
                self.reload()  # edited meanwhile: the plan read behind the window may not have the edit
            except StoreError:
                pass  # still not whole: the watcher's first poll reads it
            return
        self.plan_is_whole = True
        self.plan = whole
        self._by_id = {c.id: c for c in self.plan.commitments}
        self.plan_reloaded.emit()

    def reload(self) -> None:
        """Read the plan again (another window or officer changed it); undo history is kept."""
        self.plan = self.store.load_plan()
        self.plan_is_whole = True
        self._by_id = {c.id: c for c in self.plan.commitments}
        self.plan_reloaded.emit()

    # Changes, as undoable commands ---------------------------------------------------------------

    def push_edit(self, after: Commitment, text: str, reason: str = "") -> None:
        before = self.commitment(after.id)  # type: ignore[arg-type]
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
        self._own_versions[c.id] = c.version  # type: ignore[index]
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
        self._own_versions[stored.id] = stored.version  # type: ignore[index]
