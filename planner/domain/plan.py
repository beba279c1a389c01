"""The things a plan is made of: strategy documents, their initiatives and the commitments in them."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from .period import Period
from .sentences import QT_TRANSLATE_NOOP, said


class Kind(str, Enum):
    """A deadline is due at a point (or within a coarse window); a span runs over a period."""

    DEADLINE = "deadline"
    SPAN = "span"


class Status(str, Enum):
    """What the officer records; the derived state (overdue, late...) lives in `status.py`."""

    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    DELIVERED = "delivered"
    DROPPED = "dropped"


@dataclass(frozen=True)
class SourceDocument:
    ref: str
    title: str
    published: date | None = None
    file: str = ""
    url: str = ""


@dataclass(frozen=True)
class Strategy:
    key: str
    title: str
    reference: str = ""
    adopted: date | None = None
    period: Period | None = None
    id: int | None = None


@dataclass(frozen=True)
class Initiative:
    key: str
    strategy_key: str
    number: str
    title: str
    id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.number and self.number != "0" else self.title


@dataclass(frozen=True, slots=True)  # slots: a plan may hold 100,000 of them
class Commitment:
    """One dated promise of a document.

    `due` is the current official date; `baseline` is the date first announced and never moves
    when the commitment is rescheduled; `forecast` is the officer's own expectation; `delivered_on`
    is the actual delivery and `delivered_by` the document that made it. Slippage is measured from `baseline`.
    """

    title: str
    due: Period
    initiative_key: str
    kind: Kind = Kind.DEADLINE
    start: Period | None = None
    description: str = ""
    actor: str = ""
    status: Status = Status.PLANNED
    baseline: Period | None = None
    forecast: Period | None = None
    delivered_on: date | None = None
    delivered_by: str = ""  # the reference of the document that delivered it, e.g. "COM(2022) 209"
    source_ref: str = ""
    section: str = ""
    quote: str = ""
    url: str = ""
    key: str | None = None
    reminder_days: tuple[int, ...] | None = None  # None: the plan's default lead times
    remind_when_window_opens: bool = False
    id: int | None = None
    version: int = 0
    sequence: int = 0
    updated_at: datetime | None = None

    @property
    def announced(self) -> Period:
        """The date first announced: the baseline, or the due date when none was recorded."""
        return self.baseline or self.due

    @property
    def window_start(self) -> date:
        """Where the bar begins: the start of a span, or the start of the due window."""
        if self.kind is Kind.SPAN and self.start is not None:
            return min(self.start.start, self.due.start)
        return self.due.start

    @property
    def window_end(self) -> date:
        return self.due.end

    @property
    def stored_id(self) -> int:
        """Its id in the plan: a commitment read from the store, or written to it, has one."""
        if self.id is None:
            raise ValueError(said(QT_TRANSLATE_NOOP("Gate", "The commitment {title!r} is not in the plan yet."), title=self.title))
        return self.id

    def changed(self, **fields: Any) -> "Commitment":
        return replace(self, **fields)


@dataclass(frozen=True)
class KeyDate:
    """A dated event that frames the plan, drawn as a labelled line across all rows."""

    day: date
    label: str
    source_ref: str = ""
    quote: str = ""
    id: int | None = None

    @property
    def stored_id(self) -> int:
        """Its id in the plan: a key date read from the store, or written to it, has one."""
        if self.id is None:
            raise ValueError(said(QT_TRANSLATE_NOOP("Gate", "The key date {label!r} is not in the plan yet."), label=self.label))
        return self.id


# Changes to these are kept as revisions: when a commitment slipped, and on what authority.
DATED_FIELDS = ("due", "start", "forecast", "delivered_on", "status")


@dataclass(frozen=True)
class Revision:
    """One change of a date, kept so the officer can say when a commitment slipped and why."""

    commitment_id: int
    field: str
    old: str
    new: str
    changed_at: datetime
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Dependency:
    """Finish-to-start: `successor` cannot be due before `predecessor` is due."""

    predecessor_id: int
    successor_id: int


@dataclass
class Plan:
    """A whole plan as loaded: documents, the strategy tree and its commitments, in order."""

    sources: list[SourceDocument] = field(default_factory=list)
    strategies: list[Strategy] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)

    def strategy(self, key: str) -> Strategy:
        return next(s for s in self.strategies if s.key == key)

    def initiative(self, key: str) -> Initiative:
        return next(i for i in self.initiatives if i.key == key)
