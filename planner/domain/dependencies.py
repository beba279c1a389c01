"""Finish-to-start links between commitments: which are broken, which a change would break,
and which links may be added at all.

The rule, for coarse windows
----------------------------
A link `predecessor -> successor` says the successor cannot be finished before the predecessor
is. Each side *finishes* on its expected end (`status.expected_end`): the actual delivery day,
else the end of the officer's forecast, else the end of the due window. The link is broken when
the successor finishes strictly before the predecessor does.

Ends, not starts, are compared on purpose. Documents promise related things in overlapping
coarse windows ("study by Q2 2021", "proposal in 2021"); demanding that the successor's window
open only after the predecessor's closes would flag most real plans. Comparing ends flags what
the officer must act on: a proposal promised for "Q1 2021" while the study it needs runs to
"Q2 2021". Equal ends (both "Q4 2020") are not a break: the documents often promise the two
steps in the same quarter.

A dropped commitment breaks nothing and is never broken: it will not be delivered at all.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .plan import Commitment, Dependency, Plan, Status
from .status import expected_end


@dataclass(frozen=True)
class Violation:
    """A broken link: `successor` finishes `days_early` days before its `predecessor`."""

    predecessor: Commitment
    successor: Commitment

    @property
    def link(self) -> Dependency:
        return Dependency(self.predecessor.stored_id, self.successor.stored_id)

    @property
    def days_early(self) -> int:
        return (finish(self.predecessor) - finish(self.successor)).days

    @property
    def text(self) -> str:
        """One sentence an officer can read in a warning or a tooltip."""
        p, s = self.predecessor, self.successor
        days = f"{self.days_early} day{'s' if self.days_early != 1 else ''}"
        return f"{s.title!r} ({_when(s)}) ends {days} before {p.title!r} ({_when(p)}), which must come first."


def finish(c: Commitment) -> date:
    """The day a commitment counts as finished for its links (actual, forecast or due end)."""
    return expected_end(c)


def is_broken(predecessor: Commitment, successor: Commitment) -> bool:
    if Status.DROPPED in (predecessor.status, successor.status):
        return False
    return finish(successor) < finish(predecessor)


def violations(plan: Plan) -> list[Violation]:
    """Every broken link of the plan, in the order the links are stored."""
    by_id = {c.id: c for c in plan.commitments}
    return _broken(plan.dependencies, by_id)


def broken_links(plan: Plan) -> set[tuple[int, int]]:
    """(predecessor_id, successor_id) of every broken link: what the timeline paints red."""
    return {(v.predecessor.stored_id, v.successor.stored_id) for v in violations(plan)}


def would_break(plan: Plan, changed: Commitment, links: Iterable[Dependency] | None = None) -> list[Violation]:
    """The links of `changed` that are broken after the change and were not broken before it.

    `plan` holds the stored state; `changed` is the edited copy (same id; a commitment not yet
    stored may carry any id no stored one has). `links` are the plan's links after the change
    when the edit adds or removes some (default: unchanged). A link that was already broken
    before the edit is not reported again: the edit did not cause it. A link the edit adds is
    reported when it is broken from the start.
    """
    by_id = {c.id: c for c in plan.commitments}
    after_links = plan.dependencies if links is None else list(links)
    before = {v.link for v in _broken(_touching(plan.dependencies, changed.id), by_id)}
    after = _broken(_touching(after_links, changed.id), {**by_id, changed.id: changed})
    return [v for v in after if v.link not in before]


def _touching(links: Iterable[Dependency], commitment_id: int | None) -> list[Dependency]:
    return [d for d in links if commitment_id in (d.predecessor_id, d.successor_id)]


def predecessors(plan: Plan, commitment_id: int) -> list[Commitment]:
    by_id = {c.id: c for c in plan.commitments}
    return [by_id[d.predecessor_id] for d in plan.dependencies if d.successor_id == commitment_id and d.predecessor_id in by_id]


def successors(plan: Plan, commitment_id: int) -> list[Commitment]:
    by_id = {c.id: c for c in plan.commitments}
    return [by_id[d.successor_id] for d in plan.dependencies if d.predecessor_id == commitment_id and d.successor_id in by_id]


def creates_cycle(links: Iterable[Dependency], predecessor_id: int, successor_id: int) -> bool:
    """Whether adding `predecessor -> successor` closes a loop (the successor already leads,
    directly or through others, to the predecessor). A self-link is a loop."""
    if predecessor_id == successor_id:
        return True
    after: dict[int, list[int]] = {}
    for d in links:
        after.setdefault(d.predecessor_id, []).append(d.successor_id)
    seen: set[int] = set()
    todo = [successor_id]
    while todo:
        node = todo.pop()
        if node == predecessor_id:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(after.get(node, ()))
    return False


def _broken(links: Iterable[Dependency], by_id: dict[int | None, Commitment]) -> list[Violation]:
    out = []
    for d in links:
        p, s = by_id.get(d.predecessor_id), by_id.get(d.successor_id)
        if p is not None and s is not None and is_broken(p, s):
            out.append(Violation(p, s))
    return out


def _when(c: Commitment) -> str:
    if c.delivered_on is not None:
        return f"delivered {c.delivered_on.isoformat()}"
    if c.forecast is not None:
        return f"forecast {c.forecast.shown}"
    return f"due {c.due.shown}"
