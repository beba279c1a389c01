"""`ReminderScheduler`: delivers each reminder once, on time, while the app runs.

One single-shot timer is armed for the next thing that can come due (a pending reminder's
fire day, or the end of a snooze) and re-armed after every change. Timers do not run while the
laptop sleeps and do not follow changes of the system clock, so a coarse heartbeat compares
the wall clock with a monotonic one: when they disagree, the laptop slept or the clock was
set, and the scheduler checks at once (a reminder missed that way is delivered late, never
lost). logind's "resumed" signal, when the system has one, makes that check immediate.

Delivering is "record, then show": the store marks the reminders shown and commits, and only
then are notifications sent, so a crash in between leaves them in the "Due soon" list.

The catch-up (at start, when the plan is read again, when the plan's lead times change) plans
every commitment's reminders again and delivers what is due: the same `ReminderStore.deliver`
that `planner remind` runs. On a plan of 100,000 that takes seconds, so it runs on a thread of
its own and its answer comes back to the window's thread, which shows the notifications. Until
then nothing else here writes reminders; a commitment changed meanwhile is planned by one more
catch-up. Between catch-ups every change the window makes is planned as it is made, so a timed
check only takes what has come due.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from planner.document import PlanDocument
from planner.domain.plan import Commitment
from planner.domain.reminder_messages import messages_for
from planner.domain.reminder_plan import Occurrence, OccurrenceState
from planner.i18n.words import notice_words
from planner.store.errors import StoreError

from .desktop import Notifier

if TYPE_CHECKING:
    from planner.store.reminder_store import ReminderStore

HEARTBEAT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(days=1)  # QTimer counts milliseconds in an int; the heartbeat re-arms anyway
CLOCK_SLACK = timedelta(seconds=20)  # more disagreement than this: slept, or the clock was set


class ReminderScheduler(QObject):
    # Reminders just recorded as shown (and notified): list[Occurrence].
    delivered = Signal(object)
    # Stored reminder state changed, or the day did: "Due soon" lists refresh.
    changed = Signal()
    # The database could not be used; one sentence. Delivery is retried on the next beat.
    failed = Signal(str)
    # A catch-up is done and its reminders are told (tests and benchmarks wait for it).
    caught_up = Signal()
    # From the catch-up's thread: (what it delivered, the StoreError or None, the day it was for, away).
    _answered = Signal(object, object, object, bool)

    def __init__(
        self,
        document: PlanDocument,
        notifier: Notifier,
        *,
        heartbeat: timedelta = HEARTBEAT,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = document
        self.clock = document.clock
        self.notifier = notifier
        self._reminders: ReminderStore | None = None
        self._monotonic = monotonic
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(int(heartbeat.total_seconds() * 1000))
        self.heartbeat.timeout.connect(self.beat)
        self.armed_for: datetime | None = None  # the next moment something comes due (None: nothing planned)
        self._day: date | None = None
        self._beat_at: tuple[datetime, float] | None = None
        self.running = False
        self.catching_up = False
        self._again = False  # a commitment changed during the catch-up: one more follows it
        self._planned = False  # every commitment's reminders are planned (a catch-up succeeded, and each change since)
        self._answered.connect(self._tell_caught_up, Qt.ConnectionType.QueuedConnection)  # from the catch-up's thread

    @property
    def reminders(self) -> "ReminderStore":
        """The stored reminders, reached through the document's store when first asked (the
        scheduler starts once the store is attached)."""
        if self._reminders is None:
            from planner.store.reminder_store import ReminderStore

            self._reminders = ReminderStore(self.doc.store)
        return self._reminders

    # Life --------------------------------------------------------------------------------------

    def start(self) -> None:
        """Deliver what came due while the app was closed (grouped), then keep watch."""
        if self.running:
            return
        self.running = True
        doc = self.doc
        doc.commitment_changed.connect(self._commitment_changed)
        doc.commitment_added.connect(self._commitment_changed)
        doc.commitment_removed.connect(self._commitment_removed)
        doc.plan_reloaded.connect(self.catch_up)
        self.catch_up(away=True)
        self._mark_beat()
        self.heartbeat.start()

    def stop(self) -> None:
        self.timer.stop()
        self.heartbeat.stop()
        self.armed_for = None
        self._again = False
        if self.running:
            self.running = False
            doc = self.doc
            doc.commitment_changed.disconnect(self._commitment_changed)
            doc.commitment_added.disconnect(self._commitment_changed)
            doc.commitment_removed.disconnect(self._commitment_removed)
            doc.plan_reloaded.disconnect(self.catch_up)

    # Watching ----------------------------------------------------------------------------------

    def check(self) -> None:
        """Deliver whatever is due now and re-arm (the timer's slot; tests call it directly)."""
        self._deliver(away=False)

    def resumed(self) -> None:
        """The system woke from sleep: what came due meanwhile is delivered as one group."""
        self._deliver(away=True)
        self._mark_beat()

    def catch_up(self, away: bool = False) -> None:
        """Plan every commitment's reminders again and deliver what is due, on a thread of its
        own; `caught_up` follows. Asked while one runs, one more follows it."""
        if not self.running:  # before start() nothing is delivered: start() catches up
            return
        if self.catching_up:
            self._again = True
            return
        self.catching_up = True
        now, today = self.clock.now(), self.clock.today()
        try:
            reminders = self.reminders
        except StoreError as exc:
            self._tell_caught_up([], exc, today, away)
            return
        commitments = tuple(self.doc.plan.commitments)  # the window's thread may change the list meanwhile
        threading.Thread(target=self._catch_up, args=(reminders, commitments, now, today, away), name="reminders catch-up", daemon=True).start()

    def _catch_up(self, reminders: "ReminderStore", commitments: tuple[Commitment, ...], now: datetime, today: date, away: bool) -> None:
        """On the catch-up's thread: the store's work only; no Qt object is touched but the signal."""
        error: StoreError | None = None
        due: list[Occurrence] = []
        try:
            due = reminders.deliver(commitments, now, today)  # recorded first...
        except StoreError as exc:
            error = exc
        except Exception as exc:  # noqa: BLE001 - whatever the driver raises, the window must hear of it
            error = StoreError(f"The reminders could not be read: {exc.__class__.__name__}.")
        try:
            self._answered.emit(due, error, today, away)
        except RuntimeError:  # the scheduler went with its window meanwhile
            pass

    def beat(self) -> None:
        """The heartbeat: catch sleep and clock changes that the timer cannot see."""
        if self._beat_at is not None:
            wall_then, mono_then = self._beat_at
            wall = self.clock.now() - wall_then
            mono = timedelta(seconds=self._monotonic() - mono_then)
            if wall - mono > CLOCK_SLACK:  # time passed that the monotonic clock did not see
                self.resumed()
                return
        self._mark_beat()
        self.check()

    # Officer's answers (from the dock) ---------------------------------------------------------

    def snooze(self, commitment_id: int, until: datetime) -> None:
        ids = [o.id for o in self.awaiting() if o.commitment_id == commitment_id and o.state is OccurrenceState.SHOWN and o.id is not None]
        self._answer(lambda: self.reminders.snooze(ids, until, self.clock.now()))

    def dismiss(self, commitment_id: int) -> None:
        ids = [o.id for o in self.awaiting() if o.commitment_id == commitment_id and o.id is not None]
        self._answer(lambda: self.reminders.dismiss(ids, self.clock.now()))

    def set_plan_lead_days(self, days: tuple[int, ...]) -> None:
        """New plan default lead times: every commitment's reminders are planned again."""
        try:
            self.reminders.set_plan_lead_days(days)
        except StoreError as exc:
            self.failed.emit(str(exc))
        self.changed.emit()
        self.catch_up()

    def awaiting(self) -> list[Occurrence]:
        """Delivered and not yet dealt with (shown or snoozed)."""
        try:
            return self.reminders.awaiting()
        except StoreError as exc:
            self.failed.emit(str(exc))
            return []

    # Plumbing ------------------------------------------------------------------------------------

    def _answer(self, change: Callable[[], None]) -> None:
        try:
            change()
        except StoreError as exc:
            self.failed.emit(str(exc))
        self.changed.emit()
        self.check()

    def _commitment_changed(self, c: Commitment) -> None:
        if self.catching_up:  # it would write beside the catch-up: the next one plans it
            self._again = True
            self.changed.emit()
            return
        try:
            self.reminders.replan([c], self.clock.today())
        except StoreError as exc:
            self._planned = False  # the next check catches up
            self.failed.emit(str(exc))
        self.check()  # a moved date may make a reminder due today
        self.changed.emit()

    def _commitment_removed(self, _c: Commitment) -> None:
        self.changed.emit()  # its occurrences went with it (ON DELETE CASCADE)
        self._arm()

    def _deliver(self, away: bool) -> None:
        if not self.running:  # before start() nothing is delivered: start() does the catch-up
            return
        if self.catching_up:  # it delivers what is due and re-arms when done
            return
        if not self._planned:  # the last catch-up failed: this one plans them all
            self.catch_up(away)
            return
        now, today = self.clock.now(), self.clock.today()
        try:
            # Planned already: by the last catch-up, and each change since as it was made.
            due = self.reminders.deliver(self.doc.plan.commitments, now, today, planned=True)  # recorded first...
        except StoreError as exc:
            self.failed.emit(str(exc))
            self._arm()
            return
        self._tell(due, today, away)

    def _tell_caught_up(self, due: list[Occurrence], error: StoreError | None, today: date, away: bool) -> None:
        """The catch-up's answer, on the window's thread."""
        self.catching_up = False
        if not self.running:  # stopped meanwhile: what it recorded is in the Due soon list
            return
        if error is not None:
            self._planned = False  # tried again at the next check
            self.failed.emit(str(error))
            self._arm()
        else:
            self._planned = True
            self._tell(due, today, away)
        if self._again:
            self._again = False
            self.catch_up()
        else:
            self.caught_up.emit()

    def _tell(self, due: list[Occurrence], today: date, away: bool) -> None:
        """Notify what was just recorded as shown, tell the dock, re-arm."""
        by_id = {c.id: c for c in self.doc.plan.commitments}
        pairs = [(o, by_id[o.commitment_id]) for o in due if o.commitment_id in by_id]
        for message in messages_for(pairs, today, away=away, words=notice_words()):
            try:
                self.notifier.notify(message)  # ...then shown
            except Exception as exc:  # noqa: BLE001 - a broken notifier must not stop the watch; the dock still lists them
                self.failed.emit(f"a notification could not be shown ({exc.__class__.__name__}); see the Due soon list.")
        if due:
            self.delivered.emit(due)
        if due or today != self._day:
            self._day = today
            self.changed.emit()
        self._arm()

    def _arm(self) -> None:
        if not self.running:
            return
        now, today = self.clock.now(), self.clock.today()
        try:
            wake = self.reminders.next_wake(today)
        except StoreError as exc:
            self.failed.emit(str(exc))
            wake = None
        moments = [] if wake is None else [m for m in (wake.moment, self.clock.start_of(wake.day) if wake.day else None) if m]
        if not moments:  # nothing planned: the heartbeat keeps watch
            self.timer.stop()
            self.armed_for = None
            return
        at = max(min(moments), now + timedelta(seconds=1))
        self.armed_for = at
        # A far-off reminder is reached in steps: each wake-up re-arms for what is left.
        self.timer.start(int(min(at - now, LONGEST_WAIT).total_seconds() * 1000))

    def _mark_beat(self) -> None:
        self._beat_at = (self.clock.now(), self._monotonic())
