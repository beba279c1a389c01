"""Which commitments to show: one filter shared by the list, the views, exports and printing."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .plan import Commitment, Plan, Status
from .status import Standing, standing

# What an officer may type for --status: a recorded status or a derived standing.
STATUS_WORDS = sorted({s.value for s in Status} | {s.value for s in Standing})


def search_text(c: Commitment, reference: str = "") -> str:
    """What free-text filtering searches: title, description, quote, who, the due phrase, the
    source, and `reference`, the reference of the commitment's strategy ("COM(2020) 606")."""
    return " ".join((c.title, c.description, c.quote, c.actor, c.due.shown, c.source_ref, reference))


@dataclass(frozen=True)
class CommitmentFilter:
    """All parts are optional; an empty filter lets everything through."""

    text: str = ""
    strategies: frozenset[str] = field(default_factory=frozenset)  # strategy keys
    actors: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)  # Status or Standing values
    due_within_days: int | None = None
    date_from: date | None = None  # overlaps [date_from, date_to]
    date_to: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == CommitmentFilter()

    def matches(self, c: Commitment, strategy_key: str, as_of: date, due_soon_days: int = 30, reference: str = "") -> bool:
        """`reference`: the reference of the commitment's strategy, searched with its own text."""
        if self.strategies and strategy_key not in self.strategies:
            return False
        if self.actors and c.actor not in self.actors:
            return False
        if self.statuses and not ({c.status.value, standing(c, as_of, due_soon_days).value} & self.statuses):
            return False
        if self.due_within_days is not None:
            if c.status in (Status.DELIVERED, Status.DROPPED):
                return False
            if not (as_of <= c.due.end <= as_of + timedelta(days=self.due_within_days)):
                return False
        if self.date_from and c.due.end < self.date_from:
            return False
        if self.date_to and c.window_start > self.date_to:
            return False
        if self.text:
            haystack = search_text(c, reference).casefold()
            if not all(word in haystack for word in self.words):
                return False
        return True

    @property
    def words(self) -> list[str]:
        """The free text as the words a commitment's text must all contain (case ignored)."""
        return self.text.casefold().split()

    def apply(self, plan: Plan, as_of: date, due_soon_days: int = 30) -> list[Commitment]:
        strategy_of = {i.key: i.strategy_key for i in plan.initiatives}
        reference_of = references(plan)
        return [c for c in plan.commitments
                if self.matches(c, strategy_of[c.initiative_key], as_of, due_soon_days, reference_of[strategy_of[c.initiative_key]])]


def references(plan: Plan) -> dict[str, str]:
    """Each strategy's document reference, by strategy key."""
    return {s.key: s.reference for s in plan.strategies}
