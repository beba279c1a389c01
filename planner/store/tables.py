"""The tables, as typed SQLAlchemy mappings. Alembic migrations in `migrations/` create them."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SourceRow(Base):
    __tablename__ = "source_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date)
    file: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")


class StrategyRow(Base):
    __tablename__ = "strategies"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(String(120), default="")
    adopted: Mapped[date | None] = mapped_column(Date)
    period_phrase: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class InitiativeRow(Base):
    __tablename__ = "initiatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategies.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommitmentRow(Base):
    __tablename__ = "commitments"
    __table_args__ = (
        Index("ix_commitments_due_end", "due_end"),
        Index("ix_commitments_initiative_position", "initiative_id", "position"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # The seed key, or the UID of an imported calendar event: how re-imports find the same row.
    key: Mapped[str | None] = mapped_column(String(255), unique=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="", index=True)
    kind: Mapped[str] = mapped_column(String(20), default="deadline")
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    due_phrase: Mapped[str] = mapped_column(String(200))
    due_start: Mapped[date] = mapped_column(Date)
    due_end: Mapped[date] = mapped_column(Date)
    due_precision: Mapped[str] = mapped_column(String(20))
    start_phrase: Mapped[str | None] = mapped_column(String(200))
    start_start: Mapped[date | None] = mapped_column(Date)
    start_end: Mapped[date | None] = mapped_column(Date)
    start_precision: Mapped[str | None] = mapped_column(String(20))
    baseline_phrase: Mapped[str | None] = mapped_column(String(200))
    baseline_start: Mapped[date | None] = mapped_column(Date)
    baseline_end: Mapped[date | None] = mapped_column(Date)
    baseline_precision: Mapped[str | None] = mapped_column(String(20))
    forecast_phrase: Mapped[str | None] = mapped_column(String(200))
    forecast_start: Mapped[date | None] = mapped_column(Date)
    forecast_end: Mapped[date | None] = mapped_column(Date)
    forecast_precision: Mapped[str | None] = mapped_column(String(20))
    delivered_on: Mapped[date | None] = mapped_column(Date)
    # The reference of the delivering document ("COM(2022) 209"); "" when none was recorded.
    delivered_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    source_ref: Mapped[str] = mapped_column(String(120), default="")
    section: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    reminder_days: Mapped[str | None] = mapped_column(String(200))  # "30,7,1"; "" means none
    remind_when_window_opens: Mapped[bool] = mapped_column(Boolean, default=False)
    # The fingerprint of the seed entry as last imported: a row that still matches it was not
    # edited by the officer, so `planner seed` may refresh it.
    seed_fingerprint: Mapped[str | None] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class RevisionRow(Base):
    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")


class DependencyRow(Base):
    __tablename__ = "dependencies"
    __table_args__ = (UniqueConstraint("predecessor_id", "successor_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), index=True)
    successor_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), index=True)


class KeyDateRow(Base):
    __tablename__ = "key_dates"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(Text)
    source_ref: Mapped[str] = mapped_column(String(120), default="")
    quote: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    """Plan-wide settings that travel with the plan (default reminder lead times, ...)."""

    __tablename__ = "plan_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeCounterRow(Base):
    """One row whose number goes up on every write, so other windows can see the plan moved."""

    __tablename__ = "plan_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)


class ReminderOccurrenceRow(Base):
    """One reminder occurrence and what became of it (see `domain/reminder_plan.py`)."""

    __tablename__ = "reminder_occurrences"
    __table_args__ = (
        UniqueConstraint("commitment_id", "lead_days", "fires_on"),
        # The scheduler asks "what is due" and "what comes next" by state and date.
        Index("ix_reminder_occurrences_state_fires_on", "state", "fires_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), index=True)
    lead_days: Mapped[int] = mapped_column(Integer)  # -1: when the window opens
    fires_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    shown_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC, first delivery
    dealt_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC, last snooze or dismiss


class BaselineRow(Base):
    """A day the officer named to compare the plan against ("Council meeting 12 March 2021")."""

    __tablename__ = "baselines"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    day: Mapped[date] = mapped_column(Date)
