"""The words at the top of a snapshot: its title and what the filter kept, in the interface's language."""
from __future__ import annotations

from collections.abc import Sequence

from planner.domain.filters import CommitmentFilter
from planner.domain.plan import Plan, Strategy
from planner.i18n import translate
from planner.i18n.words import status_word

from .options import day_text


def snapshot_title(strategies: Sequence[Strategy]) -> str:
    """The strategy printed, or the references of the few printed, or how many."""
    if len(strategies) == 1:
        return strategies[0].title
    if not strategies:
        return translate("Snapshot", "Commitments")
    names = [s.reference or s.key for s in strategies]
    if len(names) <= 4:
        return translate("Snapshot", "Commitments of {names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    return translate("Snapshot", "Commitments of {count} strategies").format(count=len(names))


def filter_text(f: CommitmentFilter, plan: Plan) -> str:
    """The filter in words ("status overdue; responsible European Commission"); "" when empty."""
    parts: list[str] = []
    if f.strategies:
        titles = {s.key: s.reference or s.title for s in plan.strategies}
        parts.append(translate("Snapshot", "strategy {names}").format(names=", ".join(sorted(titles.get(k, k) for k in f.strategies))))
    if f.actors:
        parts.append(translate("Snapshot", "responsible {names}").format(names=", ".join(sorted(f.actors))))
    if f.statuses:
        parts.append(translate("Snapshot", "status {names}").format(names=", ".join(sorted(status_word(s) for s in f.statuses))))
    if f.due_within_days is not None:
        parts.append(translate("Snapshot", "open and due within {count} days").format(count=f.due_within_days))
    if f.date_from or f.date_to:
        since = day_text(f.date_from) if f.date_from else translate("Snapshot", "the start")
        until = day_text(f.date_to) if f.date_to else translate("Snapshot", "the end")
        parts.append(translate("Snapshot", "dated {since} to {until}").format(since=since, until=until))
    if f.text.strip():
        parts.append(translate("Snapshot", "words “{words}”").format(words=f.text.strip()))
    return "; ".join(parts)
