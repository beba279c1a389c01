"""Applying an `ImportBatch` to the plan in one transaction: all of the file or none of it."""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.plan import Commitment
from planner.domain.sentences import QT_TRANSLATE_NOOP, said, sentence_of
from planner.exchange.batch import ImportBatch, ImportFileError

from .bulk import insert_many
from .errors import RefusedValueError
from .mapping import commitment_values, naive_utc, to_commitment
from .plan_store import CALENDAR_FIELDS, NOTHING_WRITTEN, PlanStore
from .tables import (
    CommitmentRow,
    DependencyRow,
    InitiativeRow,
    KeyDateRow,
    RevisionRow,
    SourceRow,
    StrategyRow,
)


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    kept: int = 0  # left alone because the officer had edited them since the last import

    @property
    def text(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.kept:
            parts.append(f"{self.kept} kept as you edited them")
        return ", ".join(parts)


# What a fingerprint leaves out: what the officer changes without the file being different.
_UNPRINTED = frozenset({
    "reminder_days", "remind_when_window_opens", "delivered_on", "delivered_by", "forecast_phrase", "forecast_start", "forecast_end",
    "forecast_precision", "baseline_phrase", "baseline_start", "baseline_end", "baseline_precision",
})


def fingerprint(c: Commitment) -> str:
    """What an import file said about a commitment, hashed; compared to spot edits made since."""
    return _fingerprint_of(commitment_values(c))


# What json.dumps(kept, sort_keys=True, default=str) would build anew for every commitment.
_ENCODER = json.JSONEncoder(sort_keys=True, default=str)


def _fingerprint_of(values: dict[str, object]) -> str:
    kept = {k: v for k, v in values.items() if k not in _UNPRINTED}
    return hashlib.sha256(_ENCODER.encode(kept).encode()).hexdigest()


def apply_batch(store: PlanStore, batch: ImportBatch, *, keep_edits: bool) -> ImportReport:
    """Add what is new and update what the file knows by key.

    With `keep_edits` (the seed), a commitment the officer changed since the last import is left
    as it is; without it (an explicit import of a CSV or calendar file), the file wins. Every
    item passes the gate before the first write (the readers check them too, saying where).
    """
    try:
        batch.check(said(QT_TRANSLATE_NOOP("Import", "In the file")))
    except ImportFileError as exc:
        raise RefusedValueError(sentence_of(exc)) from None
    with store._writing() as s:
        added = _sources(s, batch)
        strategy_ids = _strategies(s, batch)
        initiative_ids = _initiatives(s, batch, strategy_ids)
        report, written = _commitments(s, store, batch, initiative_ids, keep_edits)
        added += _revisions(s, batch, written)
        added += _links(s, batch)
        added += _key_dates(s, batch)
        if not (added or report.added or report.updated or s.info.get(_GROUPS_ADDED)):
            s.info[NOTHING_WRITTEN] = True  # the file says nothing new: the counter stays too
        return report


def _sources(s: Session, batch: ImportBatch) -> int:
    known = set(s.scalars(select(SourceRow.ref)))
    added = 0
    for src in batch.sources:
        if src.ref not in known:
            s.add(SourceRow(ref=src.ref, title=src.title, published=src.published, file=src.file, url=src.url))
            known.add(src.ref)
            added += 1
    return added


def _strategies(s: Session, batch: ImportBatch) -> dict[str, int]:
    ids = dict(s.execute(select(StrategyRow.key, StrategyRow.id)).all())
    position = (s.scalar(select(func.max(StrategyRow.position))) or 0) + 1
    new: dict[str, tuple[object, ...]] = {}
    for st in batch.strategies:
        if st.key not in ids and st.key not in new:
            new[st.key] = (st.key, st.title, st.reference, st.adopted, st.period.phrase if st.period else "", position + len(new))
    return _inserted(s, StrategyRow, ("key", "title", "reference", "adopted", "period_phrase", "position"), new, ids)


def _initiatives(s: Session, batch: ImportBatch, strategy_ids: dict[str, int]) -> dict[str, int]:
    ids = dict(s.execute(select(InitiativeRow.key, InitiativeRow.id)).all())
    position = (s.scalar(select(func.max(InitiativeRow.position))) or 0) + 1
    new: dict[str, tuple[object, ...]] = {}
    for ini in batch.initiatives:
        if ini.key not in ids and ini.key not in new:
            new[ini.key] = (ini.key, strategy_ids[ini.strategy_key], ini.number, ini.title, position + len(new))
    return _inserted(s, InitiativeRow, ("key", "strategy_id", "number", "title", "position"), new, ids)


def _inserted(s: Session, table: type[StrategyRow] | type[InitiativeRow], columns: tuple[str, ...], new: dict[str, tuple[object, ...]], ids: dict[str, int]) -> dict[str, int]:
    """Insert the new groups in one statement (not one flush each); every key's id."""
    if new:
        s.info[_GROUPS_ADDED] = True
        insert_many(s, table, columns, list(new.values()))
        ids.update((key, id_) for key, id_ in s.execute(select(table.key, table.id).where(table.key.in_(list(new)))))
    return ids


def _commitments(s: Session, store: PlanStore, batch: ImportBatch, initiative_ids: dict[str, int], keep_edits: bool) -> tuple[ImportReport, set[str]]:
    existing = _stored_rows(s, [c.key for c in batch.commitments if c.key])
    key_of = {v: k for k, v in initiative_ids.items()}
    positions: dict[int, int] = dict(s.execute(select(CommitmentRow.initiative_id, func.max(CommitmentRow.position)).group_by(CommitmentRow.initiative_id)).all())
    now = naive_utc(store.clock.now())
    added = updated = kept = 0
    written: set[str] = set()  # the keys added or refreshed: the ones the file's revisions may go to
    new_rows: list[list[object]] = []
    columns: list[str] = []
    for c in batch.commitments:
        values = commitment_values(c)
        print_ = _fingerprint_of(values)
        row = existing.get(c.key) if c.key else None
        iid = initiative_ids[c.initiative_key]
        if row is None:
            position = positions[iid] = positions.get(iid, -1) + 1
            if values["baseline_start"] is None or not keep_edits:
                # First announced: the due date as imported (the seed may say it was re-announced since).
                values["baseline_phrase"], values["baseline_start"] = values["due_phrase"], values["due_start"]
                values["baseline_end"], values["baseline_precision"] = values["due_end"], values["due_precision"]
            columns = columns or [*values, *_BOOKKEEPING]
            recorded = batch.recorded_on.get(c.key or "")
            created = datetime.combine(recorded, time()) if recorded is not None and recorded < now.date() else now
            new_rows.append([*values.values(), c.key or str(uuid.uuid4()), iid, position, print_, 0, created, now, 1])
            added += 1
            if c.key:
                written.add(c.key)
            continue
        current = to_commitment(row, key_of[row.initiative_id])
        if print_ == row.seed_fingerprint or print_ == fingerprint(current):
            continue  # the file says nothing new
        if keep_edits and row.seed_fingerprint != fingerprint(current):
            kept += 1
            continue
        if any(getattr(current, n) != getattr(c, n) for n in CALENDAR_FIELDS if n in ("title", "due", "start", "kind", "status")):
            row.sequence += 1
        for column, value in values.items():
            if column.startswith(("baseline_", "forecast_")) and value is None:
                continue  # a file that says nothing of these keeps what the officer recorded
            setattr(row, column, value)
        row.initiative_id = iid
        row.seed_fingerprint = print_
        row.updated_at = now
        updated += 1
        written.add(row.key or "")
    # One executemany for the new rows: imports of thousands stay close to raw SQLite speed.
    insert_many(s, CommitmentRow, columns, new_rows)
    return ImportReport(added, updated, kept), written


def _revisions(s: Session, batch: ImportBatch, written: set[str]) -> int:
    """The file's dated revisions of the commitments it wrote, each once (a re-seed adds none
    twice); how many were added."""
    wanted = [r for r in batch.revisions if r.key in written]
    if not wanted:
        return 0
    added = 0
    ids = dict(s.execute(select(CommitmentRow.key, CommitmentRow.id).where(CommitmentRow.key.in_({r.key for r in wanted}))).all())
    known = set(s.execute(select(RevisionRow.commitment_id, RevisionRow.field, RevisionRow.new, RevisionRow.changed_at).where(RevisionRow.commitment_id.in_(list(ids.values())))).all())
    for r in wanted:
        changed_at = datetime.combine(r.on, time())
        if (ids[r.key], r.field, r.new, changed_at) not in known:
            s.add(RevisionRow(commitment_id=ids[r.key], field=r.field, old=r.old, new=r.new, changed_at=changed_at, reason=r.reason))
            added += 1
    return added


def _links(s: Session, batch: ImportBatch) -> int:
    """The batch's finish-before links between commitments it names by key, each once."""
    if not batch.links:
        return 0
    keys = {k for pair in batch.links for k in pair}
    ids = dict(s.execute(select(CommitmentRow.key, CommitmentRow.id).where(CommitmentRow.key.in_(list(keys)))).all())
    known = set(s.execute(select(DependencyRow.predecessor_id, DependencyRow.successor_id)).all())
    new = [(ids[a], ids[b]) for a, b in dict.fromkeys(batch.links) if a in ids and b in ids and (ids[a], ids[b]) not in known]
    for predecessor, successor in new:
        s.add(DependencyRow(predecessor_id=predecessor, successor_id=successor))
    return len(new)


_GROUPS_ADDED = "planner.groups_added"  # set in the session's info when a strategy or initiative was inserted

# The columns a new row has beyond commitment_values(), in the order _commitments gives them.
_BOOKKEEPING = ("key", "initiative_id", "position", "seed_fingerprint", "sequence", "created_at", "updated_at", "version")


def _stored_rows(s: Session, keys: list[str]) -> dict[str, CommitmentRow]:
    """The stored rows with these keys. Only keys the plan holds are asked for, a few hundred
    at a time: a database takes only so many parameters in one statement."""
    wanted = set(keys)
    present = sorted(k for k in s.scalars(select(CommitmentRow.key).where(CommitmentRow.key.is_not(None))) if k is not None and k in wanted)
    found: dict[str, CommitmentRow] = {}
    for start in range(0, len(present), 500):
        found.update((r.key, r) for r in s.scalars(select(CommitmentRow).where(CommitmentRow.key.in_(present[start:start + 500]))) if r.key is not None)
    return found


def _key_dates(s: Session, batch: ImportBatch) -> int:
    known: set[tuple[date, str]] = {(day, label) for day, label in s.execute(select(KeyDateRow.day, KeyDateRow.label))}
    added = 0
    for kd in batch.key_dates:
        if (kd.day, kd.label) not in known:
            s.add(KeyDateRow(day=kd.day, label=kd.label, source_ref=kd.source_ref, quote=kd.quote))
            known.add((kd.day, kd.label))
            added += 1
    return added
