"""Applying an `ImportBatch` to the plan in one transaction: all of the file or none of it."""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.plan import Commitment
from planner.exchange.batch import ImportBatch

from .mapping import commitment_values, naive_utc, to_commitment
from .plan_store import CALENDAR_FIELDS, PlanStore
from .tables import CommitmentRow, InitiativeRow, KeyDateRow, SourceRow, StrategyRow


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


def fingerprint(c: Commitment) -> str:
    """What an import file said about a commitment, hashed; compared to spot edits made since."""
    values = commitment_values(c)
    for volatile in ("reminder_days", "remind_when_window_opens", "delivered_on", "forecast_phrase", "forecast_start", "forecast_end", "forecast_precision"):
        values.pop(volatile, None)
    for prefix in ("baseline",):
        for suffix in ("phrase", "start", "end", "precision"):
            values.pop(f"{prefix}_{suffix}", None)
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def apply_batch(store: PlanStore, batch: ImportBatch, *, keep_edits: bool) -> ImportReport:
    """Add what is new and update what the file knows by key.

    With `keep_edits` (the seed), a commitment the officer changed since the last import is left
    as it is; without it (an explicit import of a CSV or calendar file), the file wins.
    """
    with store._writing() as s:
        _sources(s, batch)
        strategy_ids = _strategies(s, batch)
        initiative_ids = _initiatives(s, batch, strategy_ids)
        report = _commitments(s, store, batch, initiative_ids, keep_edits)
        _key_dates(s, batch)
        return report


def _sources(s: Session, batch: ImportBatch) -> None:
    known = set(s.scalars(select(SourceRow.ref)))
    for src in batch.sources:
        if src.ref not in known:
            s.add(SourceRow(ref=src.ref, title=src.title, published=src.published, file=src.file, url=src.url))
            known.add(src.ref)


def _strategies(s: Session, batch: ImportBatch) -> dict[str, int]:
    ids = dict(s.execute(select(StrategyRow.key, StrategyRow.id)).all())
    position = (s.scalar(select(func.max(StrategyRow.position))) or 0) + 1
    for st in batch.strategies:
        if st.key not in ids:
            row = StrategyRow(key=st.key, title=st.title, reference=st.reference, adopted=st.adopted, period_phrase=st.period.phrase if st.period else "", position=position)
            s.add(row)
            s.flush()
            ids[st.key] = row.id
            position += 1
    return ids


def _initiatives(s: Session, batch: ImportBatch, strategy_ids: dict[str, int]) -> dict[str, int]:
    ids = dict(s.execute(select(InitiativeRow.key, InitiativeRow.id)).all())
    position = (s.scalar(select(func.max(InitiativeRow.position))) or 0) + 1
    for ini in batch.initiatives:
        if ini.key not in ids:
            row = InitiativeRow(key=ini.key, strategy_id=strategy_ids[ini.strategy_key], number=ini.number, title=ini.title, position=position)
            s.add(row)
            s.flush()
            ids[ini.key] = row.id
            position += 1
    return ids


def _commitments(s: Session, store: PlanStore, batch: ImportBatch, initiative_ids: dict[str, int], keep_edits: bool) -> ImportReport:
    keys = [c.key for c in batch.commitments if c.key]
    existing = {r.key: r for r in s.scalars(select(CommitmentRow).where(CommitmentRow.key.in_(keys)))} if keys else {}
    key_of = {v: k for k, v in initiative_ids.items()}
    positions: dict[int, int] = dict(s.execute(select(CommitmentRow.initiative_id, func.max(CommitmentRow.position)).group_by(CommitmentRow.initiative_id)).all())
    now = naive_utc(store.clock.now())
    added = updated = kept = 0
    new_rows = []
    for c in batch.commitments:
        print_ = fingerprint(c)
        row = existing.get(c.key) if c.key else None
        iid = initiative_ids[c.initiative_key]
        if row is None:
            positions[iid] = positions.get(iid, -1) + 1
            values = commitment_values(c)
            values.update({k.replace("due_", "baseline_"): v for k, v in values.items() if k.startswith("due_")})
            new_rows.append(dict(values, key=c.key or str(uuid.uuid4()), initiative_id=iid, position=positions[iid], seed_fingerprint=print_, sequence=0, created_at=now, updated_at=now, version=1))
            added += 1
            continue
        current = to_commitment(row, key_of[row.initiative_id])
        if print_ == row.seed_fingerprint or print_ == fingerprint(current):
            continue  # the file says nothing new
        if keep_edits and row.seed_fingerprint != fingerprint(current):
            kept += 1
            continue
        if any(getattr(current, n) != getattr(c, n) for n in CALENDAR_FIELDS if n in ("title", "due", "start", "kind", "status")):
            row.sequence += 1
        for column, value in commitment_values(c).items():
            if column.startswith(("baseline_", "forecast_")) and value is None:
                continue  # a file that says nothing of these keeps what the officer recorded
            setattr(row, column, value)
        row.initiative_id = iid
        row.seed_fingerprint = print_
        row.updated_at = now
        updated += 1
    if new_rows:
        # One executemany for the new rows: imports of thousands stay close to raw SQLite speed.
        s.execute(CommitmentRow.__table__.insert(), new_rows)
    return ImportReport(added, updated, kept)


def _key_dates(s: Session, batch: ImportBatch) -> None:
    known = set(s.execute(select(KeyDateRow.day, KeyDateRow.label)).all())
    for kd in batch.key_dates:
        if (kd.day, kd.label) not in known:
            s.add(KeyDateRow(day=kd.day, label=kd.label, source_ref=kd.source_ref, quote=kd.quote))
            known.add((kd.day, kd.label))
