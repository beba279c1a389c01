"""The words at the top of a snapshot: its title and what the filter kept. Pure Python."""
from __future__ import annotations

from collections.abc import Sequence

from planner.domain.filters import CommitmentFilter
from planner.domain.plan import Plan, Strategy

from .options import day_text


def snapshot_title(strategies: Sequence[Strategy]) -> str:
    """The strategy printed, or the references of the few printed, or how many."""
    if len(strategies) == 1:
        return strategies[0].title
    if not strategies:
        return "Commitments"
    names = [s.reference or s.key for s in strategies]
    if len(names) <= 4:
        return f"Commitments of {', '.join(names[:-1])} and {names[-1]}"
    return f"Commitments of {len(names)} strategies"


def filter_text(f: CommitmentFilter, plan: Plan) -> str:
    """The filter in words ("status overdue; responsible European Commission"); "" when empty."""
    parts: list[str] = []
    if f.strategies:
        titles = {s.key: s.reference or s.title for s in plan.strategies}
        parts.append("strategy " + ", ".join(sorted(titles.get(k, k) for k in f.strategies)))
    if f.actors:
        parts.append("responsible " + ", ".join(sorted(f.actors)))
    if f.statuses:
        parts.append("status " + ", ".join(sorted(f.statuses)))
    if f.due_within_days is not None:
        parts.append(f"open and due within {f.due_within_days} days")
    if f.date_from or f.date_to:
        since = day_text(f.date_from) if f.date_from else "the start"
        until = day_text(f.date_to) if f.date_to else "the end"
        parts.append(f"dated {since} to {until}")
    if f.text.strip():
        parts.append(f"words “{f.text.strip()}”")
    return "; ".join(parts)
