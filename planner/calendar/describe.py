"""What a person reads in a calendar client: the event's description, categories and link.

Shared by events and to-dos so both files tell the same story about a commitment. Everything
here comes from stored data only, never from today's date: a derived standing such as
"overdue" would change the text from one day to the next without SEQUENCE or LAST-MODIFIED
moving, so subscribed clients would keep stale text and two exports of an unchanged plan would
differ.
"""
from __future__ import annotations

from dataclasses import dataclass

from planner.domain.delivery import delivery_text
from planner.domain.plan import Commitment, Initiative, Kind, Plan, SourceDocument, Strategy
from planner.domain.status import slippage


@dataclass(frozen=True)
class Context:
    """The plan around a commitment, looked up once per export (not once per event)."""

    initiatives: dict[str, Initiative]
    strategies: dict[str, Strategy]
    sources: dict[str, SourceDocument]

    @classmethod
    def of(cls, plan: Plan) -> "Context":
        return cls(
            {i.key: i for i in plan.initiatives},
            {s.key: s for s in plan.strategies},
            {s.ref: s for s in plan.sources},
        )

    def initiative(self, c: Commitment) -> Initiative:
        return self.initiatives[c.initiative_key]

    def strategy(self, c: Commitment) -> Strategy:
        return self.strategies[self.initiative(c).strategy_key]


def categories(c: Commitment, ctx: Context) -> list[str]:
    """The strategy and the initiative, by the titles the officer knows them by."""
    return [ctx.strategy(c).title, ctx.initiative(c).label]


def link(c: Commitment, ctx: Context) -> str:
    """The commitment's own link, else its source document's; '' when neither is known."""
    if c.url:
        return c.url
    source = ctx.sources.get(c.source_ref)
    return source.url if source else ""


def description(c: Commitment, ctx: Context) -> str:
    """Plain text, one fact a line, the commitment's own note first."""
    facts = []
    if c.description:
        facts += [c.description, ""]
    facts.append(f"Due: {c.due.shown} ({c.due.window_text})")
    if c.kind is Kind.SPAN and c.start is not None:
        facts.append(f"Starts: {c.start.shown} ({c.start.window_text})")
    facts.append(f"Status: {c.status.value}")  # recorded, not derived (see above)
    if c.delivered_on is not None or c.delivered_by:
        facts.append(f"Delivered: {delivery_text(c)}")
    slip = slippage(c)
    facts.append(f"Slippage: {slip.text if slip else 'none'}")
    if c.actor:
        facts.append(f"Responsible: {c.actor}")
    document = _document(c, ctx)
    if document:
        facts.append(f"Document: {document}")
    if c.quote:
        facts.append(f"Quote: \u201c{c.quote}\u201d")
    return "\n".join(facts)


def _document(c: Commitment, ctx: Context) -> str:
    parts = [c.source_ref] if c.source_ref else []
    source = ctx.sources.get(c.source_ref)
    if source and source.title:
        parts.append(source.title)
    if c.section:
        parts.append(c.section)
    return ", ".join(parts)
