"""Edits made by others appear in an open window: a light poll of the plan's change counter.

Every few seconds the watcher asks the store for the counter (one indexed row). When it moved
because of someone else's write — another window, another officer, the command line — the
document is reloaded and the tree keeps its selection (by commitment id), its folded branches
and its scroll position. Our own writes move the counter too; the store remembers their values,
so they cause no reload. A failed poll means the database is unreachable: `reachable_changed`
tells the window, and the poll goes on until it answers again.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, QTimer, Signal

from planner.document import PlanDocument
from planner.i18n.sentences import error_text
from planner.qtmodels.roles import ROW_COMMITMENT, ROW_STRATEGY, Roles
from planner.store.errors import StoreError

from .plan_view import PlanView

POLL_MS = 3000  # a few seconds: fresh enough for officers sharing a plan, one tiny query each


@dataclass
class ViewState:
    current: int | None
    selected: list[int]
    folded: set[tuple[str, str]]  # (row kind, key) of collapsed strategy/initiative rows
    scroll: tuple[int, int, int]  # tree vertical, tree horizontal, timeline horizontal


class PlanWatcher(QObject):
    reachable_changed = Signal(bool, str)  # reachable now?, the sentence saying why not
    reloaded = Signal()  # the plan was reloaded because someone else changed it
    _answered = Signal(object)  # (counter or None, StoreError or None), from the asking thread

    def __init__(self, doc: PlanDocument, view: PlanView, interval_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.view = doc, view
        self.reachable = True
        self.problem = ""
        self.seen = -1  # unknown: the first answer reloads
        doc.when_editable(self._count_from_now)
        self._asking = False
        self._answered.connect(self._on_answer)  # queued: handled on the window's thread
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll_in_background)

    def _count_from_now(self) -> None:
        if self.doc.read_at is not None:
            self.seen = self.doc.read_at  # the plan was read on the thread that opened the store
            return
        try:
            self.seen = self.doc.store.change_counter()
        except StoreError as exc:
            self._set_reachable(False, error_text(exc))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> bool:
        """Ask once, now; reload if someone else changed the plan. True when the plan was reloaded."""
        try:
            now = self.doc.store.change_counter()
        except StoreError as exc:
            return self._take(None, exc)
        return self._take(now, None)

    def poll_in_background(self) -> None:
        """What the timer does: ask in a thread of its own, so a server that does not answer
        (network gone: up to the connect timeout) never freezes the window; the answer is
        handled on the window's thread."""
        if self._asking:
            return
        self._asking = True
        threading.Thread(target=self._ask, name="plan-watcher", daemon=True).start()

    def _ask(self) -> None:
        try:
            self._answered.emit((self.doc.store.change_counter(), None))
        except StoreError as exc:
            self._answered.emit((None, exc))
        except Exception as exc:  # noqa: BLE001 - whatever the driver raises, the window must hear of it
            self._answered.emit((None, StoreError(f"The database {self.doc.store.url} cannot be reached: {type(exc).__name__}.")))

    def _on_answer(self, answer: tuple[int | None, StoreError | None]) -> None:
        self._asking = False
        self._take(*answer)

    def _take(self, now: int | None, failure: StoreError | None) -> bool:
        if failure is not None or now is None:
            self._set_reachable(False, str(failure))
            return False
        store = self.doc.store
        try:
            if now == self.seen or (self.seen >= 0 and not store.changed_elsewhere(self.seen, now)):
                self._forget_own(now)
                self._set_reachable(True, "")
                return False
            state = capture(self.view)
            self.doc.reload()  # read after the counter: a write in between only means one more reload
        except StoreError as exc:
            self._set_reachable(False, error_text(exc))
            return False
        self._forget_own(now)
        restore(self.view, state)
        self._set_reachable(True, "")
        self.reloaded.emit()
        return True

    def mark_unreachable(self, problem: str) -> None:
        """A write just failed to reach the database: the poll goes on until it answers."""
        self._set_reachable(False, problem)

    def _forget_own(self, now: int) -> None:
        self.seen = now
        own = self.doc.store.own_changes
        own.difference_update([n for n in own if n <= now])

    def _set_reachable(self, reachable: bool, problem: str) -> None:
        changed = reachable != self.reachable
        self.reachable, self.problem = reachable, problem
        if changed:
            self.reachable_changed.emit(reachable, problem)


# Keeping the officer's place across a reload -------------------------------------------------------


def capture(view: PlanView) -> ViewState:
    tree = view.tree
    current = view.current_commitment()
    folded: set[tuple[str, str]] = set()
    _walk(tree.model(), QModelIndex(), lambda ix: folded.add((ix.data(Roles.ROW_KIND), ix.data(Roles.KEY))) if not tree.isExpanded(ix) and _has_rows(tree.model(), ix) else None)
    return ViewState(
        current=current.id if current else None,
        selected=[c.id for c in view.selected_commitments() if c.id is not None],
        folded=folded,
        scroll=(tree.verticalScrollBar().value(), tree.horizontalScrollBar().value(), _timeline_hbar(view)),
    )


def restore(view: PlanView, state: ViewState) -> None:
    tree, model = view.tree, view.model
    view.unfold()
    _walk(model, QModelIndex(), lambda ix: tree.collapse(ix) if (ix.data(Roles.ROW_KIND), ix.data(Roles.KEY)) in state.folded else None)
    selection = QItemSelection()
    for cid in state.selected:
        ix = model.index_of(cid)
        if ix.isValid():
            selection.select(ix, ix)
    chooser = tree.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    if state.current is not None:
        current = model.index_of(state.current)
        if current.isValid():
            chooser.setCurrentIndex(current, flags.NoUpdate)
    chooser.select(selection, flags.ClearAndSelect | flags.Rows)
    tree.doItemsLayout()  # the scroll ranges are known only once the rows are laid out
    vertical, horizontal, timeline = state.scroll
    tree.verticalScrollBar().setValue(vertical)
    tree.horizontalScrollBar().setValue(horizontal)
    bar = _timeline_bar(view)
    if bar is not None:
        bar.setValue(timeline)


def _timeline_bar(view: PlanView):
    timeline = getattr(view, "timeline", None)
    return timeline.horizontalScrollBar() if timeline is not None and hasattr(timeline, "horizontalScrollBar") else None


def _timeline_hbar(view: PlanView) -> int:
    bar = _timeline_bar(view)
    return bar.value() if bar is not None else 0


def _walk(model, parent: QModelIndex, visit) -> None:
    """Visit every strategy and initiative row, never asking for an initiative's commitments:
    a filter proxy asked for a group's rows keeps them, and judges them again at every filter
    change (after a reload of 100,000 commitments, typing a word took four times as long)."""
    for row in range(model.rowCount(parent)):
        ix = model.index(row, 0, parent)
        kind = ix.data(Roles.ROW_KIND)
        if kind == ROW_COMMITMENT:
            continue
        visit(ix)
        if kind == ROW_STRATEGY:
            _walk(model, ix, visit)


def _has_rows(model, ix: QModelIndex) -> bool:
    """Whether a group has rows, asked of the plan model behind a proxy (see `_walk`)."""
    source = getattr(model, "sourceModel", None)
    return model.hasChildren(ix) if source is None else source().hasChildren(model.mapToSource(ix))
