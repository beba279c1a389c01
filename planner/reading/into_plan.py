"""Accepted proposals as the plan's own things: commitments filed under a strategy's initiatives.

One `ImportBatch` holds everything accepted at once, so the store writes it in one transaction.
A proposal whose sentence the plan already quotes from the same document is left out: reading a
document twice adds nothing twice.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from planner.domain.plan import Commitment, Initiative, Kind, Plan, SourceDocument, Strategy
from planner.exchange.batch import ImportBatch, slug, split_number

from .blocks import ReadDocument
from .proposals import Proposal, document_period

WHOLE = "Strategy as a whole"


def same_sentence(a: str, b: str) -> bool:
    """Two quotes of the same sentence, however their spaces and closing stop were written; a
    plan quote of several sentences holds it too."""
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x == y or x in y)


def _norm(text: str) -> str:
    return re.sub(r"[\s*⇒]+", " ", text).strip(" .").casefold()


def already_in_plan(proposal: Proposal, plan: Plan, source_ref: str) -> Commitment | None:
    """The commitment of `plan` that quotes the proposal's sentence from the same document."""
    for c in plan.commitments:
        if (not source_ref or c.source_ref == source_ref) and same_sentence(proposal.quote, c.quote):
            if not c.actor or not proposal.actor or len(_proposals_of_quote(plan, c.quote)) <= 1 or _same_actor(c.actor, proposal.actor):
                return c
    return None


def _proposals_of_quote(plan: Plan, quote: str) -> list[Commitment]:
    return [c for c in plan.commitments if c.quote == quote]


def _same_actor(a: str, b: str) -> bool:
    return _norm(a).removeprefix("the ").removeprefix("european ") in _norm(b) or _norm(b).removeprefix("the ").removeprefix("european ") in _norm(a)


def proposal_key(proposal: Proposal, source_ref: str) -> str:
    """A key that is the same each time the same document is read: by source, sentence, actor
    (and, for a repeat, its number in the series)."""
    digest = hashlib.sha1(f"{source_ref}\n{_norm(proposal.quote)}\n{_norm(proposal.actor)}".encode()).hexdigest()[:10]
    return f"read-{slug(source_ref) or 'document'}-{digest}" + (f"-{proposal.occurrence}" if proposal.occurrence else "")


@dataclass
class Accepted:
    """What accepting a set of proposals brings into the plan, and what it left out and why."""

    batch: ImportBatch
    present: list[Proposal] = field(default_factory=list)  # already in the plan
    undated: list[Proposal] = field(default_factory=list)  # the officer must date them first


def accepted_batch(
    document: ReadDocument,
    proposals: list[Proposal],
    plan: Plan,
    strategy_key: str,
    *,
    initiatives: dict[str, str] | None = None,
    filed_under: dict[int, str] | None = None,
) -> Accepted:
    """The batch for `proposals` filed under `strategy_key`.

    `initiatives` maps a document initiative heading (as in `Proposal.initiative`, "" for text
    outside any) to an initiative key of the plan; an unmapped heading is matched to the
    strategy's initiative of the same number, else added as a new initiative. `filed_under`
    files single proposals (by their place in `proposals`) under an initiative key of their own.
    A proposal whose key the plan already holds counts as already in the plan.
    """
    source_ref = document.reference or document.name
    batch = ImportBatch()
    batch.sources.append(SourceDocument(ref=source_ref, title=document.title or document.name, published=document.adopted, file=document.name))
    existing = next((s for s in plan.strategies if s.key == strategy_key), None)
    if existing is None:
        batch.strategies.append(Strategy(key=strategy_key, title=document.title or document.name, reference=document.reference,
                                         adopted=document.adopted, period=document_period(document)))
    theirs = [i for i in plan.initiatives if i.strategy_key == strategy_key]
    chosen = dict(initiatives or {})
    own = filed_under or {}
    keys = {c.key for c in plan.commitments}
    result = Accepted(batch)
    for n, p in enumerate(proposals):
        if already_in_plan(p, plan, source_ref) or proposal_key(p, source_ref) in keys:
            result.present.append(p)
            continue
        if p.due is None:
            result.undated.append(p)
            continue
        if n in own:
            ikey = own[n]
        else:
            ikey = chosen.get(p.initiative) or _initiative_for(p.initiative, strategy_key, theirs, batch)
            chosen[p.initiative] = ikey
        batch.commitments.append(commitment_of(p, ikey, source_ref))
    batch.links.extend(_series_links([p for p in proposals if p.occurrence], source_ref))
    return result


def _series_links(repeats: list[Proposal], source_ref: str) -> list[tuple[str, str]]:
    """Each occurrence of a series finishes before the next: (earlier key, later key)."""
    by_series: dict[object, list[Proposal]] = {}
    for p in repeats:
        by_series.setdefault(p.series, []).append(p)
    return [(proposal_key(a, source_ref), proposal_key(b, source_ref))
            for series in by_series.values() for a, b in zip(series, series[1:], strict=False)]


def commitment_of(p: Proposal, initiative_key: str, source_ref: str) -> Commitment:
    assert p.due is not None
    kind = Kind.SPAN if p.kind == "span" else Kind.DEADLINE
    return Commitment(
        key=proposal_key(p, source_ref), title=p.title, due=p.due.with_phrase(p.phrase) if p.phrase and not p.occurrence else p.due,
        initiative_key=initiative_key, kind=kind, actor=plan_actor(p.actor), description=p.why, source_ref=source_ref,
        section=p.section, quote=p.quote,
    )


# The bodies as the seed plan names them, so that the Responsible filter lists one "European
# Commission" and not also "The Commission" from every document read.
PLAN_NAMES = {
    "commission": "European Commission", "european commission": "European Commission", "ec": "European Commission",
    "member states": "Member States", "council": "Council of the EU",
}


def plan_actor(actor: str) -> str:
    """Who acts, as the plan names them: 'the Commission' is filed as 'European Commission'."""
    plain = " ".join(actor.split()).casefold().removeprefix("the ")
    if plain in PLAN_NAMES:
        return PLAN_NAMES[plain]
    return actor[:1].upper() + actor[1:] if actor.lower().startswith("the ") else actor


def matching_initiative(heading: str, theirs: list[Initiative]) -> Initiative | None:
    """The initiative of `theirs` a document heading stands for: the same number, or title."""
    number, title = split_number(heading) if heading else ("0", WHOLE)
    for ini in theirs:
        if (number and ini.number == number) or ini.title.casefold() == title.casefold():
            return ini
    return None


def new_initiative(heading: str, strategy_key: str) -> Initiative:
    """The initiative offered from a document heading ("2. Ensure that ..."; "" for text outside any)."""
    number, title = split_number(heading) if heading else ("0", WHOLE)
    key = f"{strategy_key}-{number}" if number else f"{strategy_key}-{slug(title)}"
    return Initiative(key=key, strategy_key=strategy_key, number=number, title=title)


def _initiative_for(heading: str, strategy_key: str, theirs: list[Initiative], batch: ImportBatch) -> str:
    found = matching_initiative(heading, theirs + [i for i in batch.initiatives if i.strategy_key == strategy_key])
    if found is not None:
        return found.key
    new = new_initiative(heading, strategy_key)
    batch.initiatives.append(new)
    return new.key
