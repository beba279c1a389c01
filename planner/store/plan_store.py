"""`PlanStore`: the one API the app, the CLI and the feed use to read and change a plan.

Each method is one user action: it opens a session, does its work in one transaction, and
returns domain objects. Writes check the commitment's version so a stale edit never overwrites.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import TracebackType
from typing import Literal

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain import gate
from planner.domain.as_planned import History
from planner.domain.clock import Clock
from planner.domain.plan import (
    DATED_FIELDS,
    Commitment,
    Dependency,
    Initiative,
    KeyDate,
    Plan,
    Revision,
    Strategy,
)
from planner.domain.sentences import QT_TRANSLATE_NOOP, said

from . import engine as engines
from .errors import (
    ConflictError,
    NotFoundError,
    StoreError,
    UnavailableError,
    checked,
)
from .mapping import commitment_values, naive_utc, to_commitment, to_key_date, to_revision
from .plan_reading import read_plan
from .tables import (
    ChangeCounterRow,
    CommitmentRow,
    DependencyRow,
    InitiativeRow,
    KeyDateRow,
    RevisionRow,
    SettingRow,
    StrategyRow,
)

# Changes to these make a calendar client update its copy of the event (iCalendar SEQUENCE).
CALENDAR_FIELDS = ("title", "due", "start", "kind", "status", "delivered_on")


@dataclass(frozen=True)
class DeletedCommitment:
    """Everything needed to put a deleted commitment back as it was (undo)."""

    commitment: Commitment
    revisions: list[Revision] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "shown"):
        return str(value.shown)
    if isinstance(value, date):
        return value.isoformat()
    return str(getattr(value, "value", value))


class PlanStore:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self._sessions = engines.session_factory(engine)
        # Change-counter values our own writes produced: the watcher reloads only for the others.
        self.own_changes: set[int] = set()

    @property
    def url(self) -> str:
        return engines.describe(str(self.engine.url))

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    # Reading ---------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(StrategyRow)) == 0

    def load_plan(self) -> Plan:
        """The whole plan in display order: strategies, initiatives, commitments by position."""
        # Plain rows through the driver's own cursor, not ORM entities: a plan of 100,000
        # commitments would otherwise build (and track) 100,000 mapped objects only to copy
        # them into domain ones. The same reading paints the window's first look (first_look.py).
        with self._reading() as s:
            driver = s.connection().connection.dbapi_connection
            assert driver is not None  # a checked-out connection has its driver's
            return read_plan(driver)

    def commitment(self, commitment_id: int) -> Commitment:
        with self._reading() as s:
            row = s.get(CommitmentRow, commitment_id)
            if row is None:
                raise NotFoundError(said(QT_TRANSLATE_NOOP("Store", "There is no commitment with id {commitment_id}."), commitment_id=commitment_id))
            initiative = s.get(InitiativeRow, row.initiative_id)
            assert initiative is not None  # kept by the foreign key
            return to_commitment(row, initiative.key)

    def revisions(self, commitment_id: int) -> list[Revision]:
        with self._reading() as s:
            rows = s.scalars(select(RevisionRow).where(RevisionRow.commitment_id == commitment_id).order_by(RevisionRow.id))
            return [to_revision(r) for r in rows]

    # The plan's past and the days named to compare with (see history.py) --------------------------

    def history(self) -> "History":
        from .history import read_history

        return read_history(self)

    def baselines(self) -> list[tuple[str, date]]:
        from .history import baselines

        return baselines(self)

    def save_baseline(self, name: str, day: date) -> None:
        from .history import save_baseline

        save_baseline(self, name, day)

    def delete_baseline(self, name: str) -> bool:
        from .history import delete_baseline

        return delete_baseline(self, name)

    def change_counter(self) -> int:
        with self._reading() as s:
            return s.scalar(select(ChangeCounterRow.counter).where(ChangeCounterRow.id == 1)) or 0

    def changed_elsewhere(self, since: int, now: int) -> bool:
        """Whether a write other than this store's own moved the counter from `since` to `now`."""
        return now < since or any(n not in self.own_changes for n in range(since + 1, now + 1))

    def setting(self, key: str, default: str = "") -> str:
        with self._reading() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    # Writing commitments ------------------------------------------------------------------------

    def add_commitment(self, c: Commitment, group: tuple[Strategy, Initiative] | None = None) -> Commitment:
        """Store a new commitment at the end of its initiative; returns it with id and version.

        `group` is a strategy and initiative to add first if the plan lacks them (the CLI's
        "Unfiled"/"General"), in the same transaction: a refused commitment leaves no group behind.
        """
        checked(gate.check_commitment, c)
        if group is not None:
            checked(gate.check_strategy, group[0])
            checked(gate.check_initiative, group[1])
        with self._writing() as s:
            if group is not None:
                self._ensure_group(s, *group)
            row = self._insert(s, c)
            s.flush()
            return to_commitment(row, c.initiative_key)

    def update_commitment(self, c: Commitment, reason: str = "") -> Commitment:
        """Save `c` over the stored row with the same id, if nobody changed it since `c.version`.

        Date changes are kept as revisions with `reason`. Raises ConflictError on a stale copy.
        """
        if c.id is None:
            raise NotFoundError(said(QT_TRANSLATE_NOOP("Store", "A commitment must be stored before it can be changed.")))
        checked(gate.check_commitment, c)
        with self._writing() as s:
            row = s.get(CommitmentRow, c.id, with_for_update=True)
            if row is None:
                raise NotFoundError(said(QT_TRANSLATE_NOOP("Store", "The commitment {title!r} is no longer in the plan (deleted elsewhere)."), title=c.title))
            if row.version != c.version:
                raise ConflictError(row.title)
            old = to_commitment(row, c.initiative_key)
            if c.initiative_key == self._initiative_key(s, row.initiative_id) and commitment_values(c) == commitment_values(old):
                s.info[NOTHING_WRITTEN] = True  # an edit that changes nothing: no version, no counter
                return old
            now = naive_utc(self.clock.now())
            for name in DATED_FIELDS:
                before, after = getattr(old, name), getattr(c, name)
                if before != after or (hasattr(before, "phrase") and before and after and before.phrase != after.phrase):
                    _record_revision(s, row.id, name, _shown(before), _shown(after), now, reason)
            if any(getattr(old, n) != getattr(c, n) for n in CALENDAR_FIELDS):
                row.sequence += 1
            if c.initiative_key != old.initiative_key:
                row.initiative_id = self._initiative_id(s, c.initiative_key)
            for column, value in commitment_values(c).items():
                setattr(row, column, value)
            row.updated_at = now
            try:
                s.flush()
            except StaleDataError:
                raise ConflictError(c.title) from None
            return to_commitment(row, c.initiative_key)

    def delete_commitment(self, c: Commitment) -> DeletedCommitment:
        """Remove a commitment (its revisions and links go with it); returns what undo needs."""
        with self._writing() as s:
            row = s.get(CommitmentRow, c.id)
            if row is None:
                raise NotFoundError(said(QT_TRANSLATE_NOOP("Store", "The commitment {title!r} is no longer in the plan."), title=c.title))
            if row.version != c.version:
                raise ConflictError(row.title)
            gone = DeletedCommitment(
                commitment=to_commitment(row, c.initiative_key),
                revisions=[to_revision(r) for r in s.scalars(select(RevisionRow).where(RevisionRow.commitment_id == row.id))],
                dependencies=[
                    Dependency(r.predecessor_id, r.successor_id)
                    for r in s.scalars(select(DependencyRow).where((DependencyRow.predecessor_id == row.id) | (DependencyRow.successor_id == row.id)))
                ],
            )
            s.delete(row)
            return gone

    def restore_commitment(self, gone: DeletedCommitment) -> Commitment:
        """Put a deleted commitment back with its id, history and links (undo of delete)."""
        checked(gate.check_commitment, gone.commitment)
        with self._writing() as s:
            row = self._insert(s, gone.commitment, keep_id=True)
            s.flush()
            for r in gone.revisions:
                s.add(RevisionRow(commitment_id=row.id, field=r.field, old=r.old, new=r.new, changed_at=naive_utc(r.changed_at), reason=r.reason))
            for d in gone.dependencies:
                if s.get(CommitmentRow, d.predecessor_id) and s.get(CommitmentRow, d.successor_id):
                    s.add(DependencyRow(predecessor_id=d.predecessor_id, successor_id=d.successor_id))
            s.flush()
            return to_commitment(row, gone.commitment.initiative_key)

    # Links, key dates, settings ----------------------------------------------------------------------

    def add_dependency(self, predecessor_id: int, successor_id: int) -> None:
        with self._writing() as s:
            exists = s.scalar(select(DependencyRow.id).where(DependencyRow.predecessor_id == predecessor_id, DependencyRow.successor_id == successor_id))
            if not exists:
                s.add(DependencyRow(predecessor_id=predecessor_id, successor_id=successor_id))

    def add_dependencies(self, links: list[Dependency]) -> int:
        """Store many links in one transaction and one executemany; links already stored are
        skipped. Returns how many were new."""
        with self._writing() as s:
            known = {(p, q) for p, q in s.execute(select(DependencyRow.predecessor_id, DependencyRow.successor_id))}
            new = [d for d in dict.fromkeys(links) if (d.predecessor_id, d.successor_id) not in known]
            if new:
                s.execute(insert(DependencyRow), [{"predecessor_id": d.predecessor_id, "successor_id": d.successor_id} for d in new])
            return len(new)

    def remove_dependency(self, predecessor_id: int, successor_id: int) -> None:
        with self._writing() as s:
            s.execute(delete(DependencyRow).where(DependencyRow.predecessor_id == predecessor_id, DependencyRow.successor_id == successor_id))

    def save_key_date(self, kd: KeyDate) -> KeyDate:
        checked(gate.check_key_date, kd)
        with self._writing() as s:
            row = s.get(KeyDateRow, kd.id) if kd.id is not None else None
            if row is None:
                row = KeyDateRow(id=kd.id)
                s.add(row)
            row.day, row.label, row.source_ref, row.quote = kd.day, kd.label, kd.source_ref, kd.quote
            s.flush()
            return to_key_date(row)

    def delete_key_date(self, key_date_id: int) -> None:
        with self._writing() as s:
            s.execute(delete(KeyDateRow).where(KeyDateRow.id == key_date_id))

    def save_group(self, group: Strategy | Initiative) -> None:
        """Add or change one strategy or initiative, by its key (see `group_writes.py`)."""
        from .group_writes import save_initiative, save_strategy

        save_strategy(self, group) if isinstance(group, Strategy) else save_initiative(self, group)

    def delete_group(self, group: Strategy | Initiative) -> None:
        """Remove an empty strategy or initiative (the undo of adding it)."""
        from .group_writes import delete_initiative, delete_strategy

        delete_strategy(self, group.key) if isinstance(group, Strategy) else delete_initiative(self, group.key)

    def set_setting(self, key: str, value: str) -> None:
        checked(gate.check_setting, key, value)
        with self._writing() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    # Plumbing --------------------------------------------------------------------------------------

    def _insert(self, s: Session, c: Commitment, keep_id: bool = False) -> CommitmentRow:
        initiative_id = self._initiative_id(s, c.initiative_key)
        position = s.execute(select(func.coalesce(func.max(CommitmentRow.position), -1)).where(CommitmentRow.initiative_id == initiative_id)).scalar_one() + 1
        now = naive_utc(self.clock.now())
        values = commitment_values(c)
        if values["baseline_start"] is None:
            # What was first announced is the due date the commitment was entered with.
            values.update({k.replace("due_", "baseline_"): v for k, v in values.items() if k.startswith("due_")})
        row = CommitmentRow(
            id=c.id if keep_id else None,
            key=c.key or str(uuid.uuid4()),  # the stable identity calendars see as UID
            initiative_id=initiative_id,
            position=position,
            sequence=c.sequence,
            created_at=now,
            updated_at=naive_utc(c.updated_at) if keep_id and c.updated_at else now,
            **values,
        )
        s.add(row)
        return row

    def _ensure_group(self, s: Session, strategy: Strategy, initiative: Initiative) -> None:
        """Add `strategy` and `initiative` at the end of the plan unless it has them by key."""
        strategy_id = s.scalar(select(StrategyRow.id).where(StrategyRow.key == strategy.key))
        if strategy_id is None:
            position = (s.scalar(select(func.max(StrategyRow.position))) or 0) + 1
            added = StrategyRow(key=strategy.key, title=strategy.title, reference=strategy.reference, adopted=strategy.adopted,
                                period_phrase=strategy.period.phrase if strategy.period else "", position=position)
            s.add(added)
            s.flush()
            strategy_id = added.id
        if s.scalar(select(InitiativeRow.id).where(InitiativeRow.key == initiative.key)) is None:
            position = (s.scalar(select(func.max(InitiativeRow.position))) or 0) + 1
            s.add(InitiativeRow(key=initiative.key, strategy_id=strategy_id, number=initiative.number, title=initiative.title, position=position))
            s.flush()

    def _initiative_key(self, s: Session, initiative_id: int) -> str | None:
        return s.scalar(select(InitiativeRow.key).where(InitiativeRow.id == initiative_id))

    def _initiative_id(self, s: Session, key: str) -> int:
        found = s.scalar(select(InitiativeRow.id).where(InitiativeRow.key == key))
        if found is None:
            raise NotFoundError(said(QT_TRANSLATE_NOOP("Store", "There is no initiative {key!r} in the plan."), key=key))
        return found

    def _reading(self) -> _Guarded:
        return _Guarded(self.session(), self.url, write=False)

    def _writing(self) -> _Guarded:
        return _Guarded(self.session(), self.url, write=True, written=self.own_changes.add)


class _Guarded:
    """A session context that commits writes once, bumps the change counter, and turns
    database failures into one-sentence StoreErrors (the plan stays as it was)."""

    def __init__(self, session: Session, url: str, write: bool, written: Callable[[int], None] | None = None) -> None:
        self.session, self.url, self.write = session, url, write
        self.written = written  # told the counter value of each committed write

    def __enter__(self) -> Session:
        return self.session

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> Literal[False]:
        s = self.session
        try:
            if exc is None and self.write and s.info.pop(NOTHING_WRITTEN, False):
                s.rollback()  # the action found nothing to change: the counter stays too
            elif exc is None and self.write:
                counter = bump_counter(s)
                s.commit()
                if self.written is not None:
                    self.written(counter)
            elif exc is not None:
                s.rollback()
        except OperationalError as failure:
            s.rollback()
            s.close()
            raise _unavailable(self.url, failure) from None
        except SQLAlchemyError as failure:
            s.rollback()
            s.close()
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The change could not be saved to {url}: {why}."), url=self.url, why=failure.__class__.__name__)) from None
        driver = s.get_bind().dialect.loaded_dbapi  # the plan is read through the driver's own cursor
        s.close()
        if isinstance(exc, (OperationalError, driver.Error)) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
            raise _unavailable(self.url, exc) from None
        if type(exc) in (ValueError, OverflowError):
            # A stored value that is not what its column says (a day "0000-00-00" another
            # program wrote): named, not a traceback; the whole-plan reading clamps such days.
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan at {url} holds a value that cannot be read ({why}); nothing was changed."), url=self.url, why=exc)) from None
        return False


# Set in a writing session's info by an action that found nothing to change.
NOTHING_WRITTEN = "planner.nothing_written"


def bump_counter(s: Session) -> int:
    """Move the plan's change counter on by one; returns the new value."""
    new = s.scalar(update(ChangeCounterRow).where(ChangeCounterRow.id == 1).values(counter=ChangeCounterRow.counter + 1).returning(ChangeCounterRow.counter))
    if new is None:
        s.add(ChangeCounterRow(id=1, counter=1))
        return 1
    return int(new)


def _unavailable(url: str, exc: Exception) -> StoreError:
    if (sentence := engines.damaged(url, exc)) is not None:
        return StoreError(sentence)  # not UnavailableError: trying again will not help
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return UnavailableError(said(QT_TRANSLATE_NOOP("Store", "The database {url} is locked by another program; nothing was changed. Try again in a moment."), url=url))
    if "readonly" in text or "read-only" in text:
        return StoreError(said(QT_TRANSLATE_NOOP("Store", "The database {url} is read-only; nothing was changed."), url=url))
    return UnavailableError(said(QT_TRANSLATE_NOOP("Store", "The database {url} cannot be reached; nothing was changed."), url=url))


def _record_revision(s: Session, commitment_id: int, name: str, old: str, new: str, now: datetime, reason: str) -> None:
    """Keep a change of a date as a revision; one that takes the date straight back to what it
    was before its last change (an undo, or a drag taken back) folds that change away instead,
    so a drag, its undo and its redo leave one row of history, not three."""
    last = s.scalars(select(RevisionRow).where(RevisionRow.commitment_id == commitment_id, RevisionRow.field == name)
                     .order_by(RevisionRow.id.desc()).limit(1)).first()
    if last is not None and (last.old, last.new) == (new, old):
        s.delete(last)
        return
    s.add(RevisionRow(commitment_id=commitment_id, field=name, old=old, new=new, changed_at=now, reason=reason))
