"""The officer's review of a document's proposals, before anything is stored (no Qt, no store).

Each proposal is accepted, rejected or left to review; its title, date phrase, actor and
initiative may be edited first, each edit read and checked at once (a phrase the grammar cannot
read, a title the plan could not keep, is refused with the reason and changes nothing). The
document's initiative headings are mapped to initiatives of the plan, or to new ones made from
the headings. `accepted()` gives what accepting brings in, built the one way the command line's
`--accept-all` builds it too (`into_plan.accepted_batch`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from planner.domain import gate
from planner.domain.phrases import read_phrase
from planner.domain.plan import Commitment, Initiative, Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, said, sentence_of

from .blocks import ReadDocument
from .into_plan import (
    Accepted,
    accepted_batch,
    already_in_plan,
    commitment_of,
    matching_initiative,
    new_initiative,
)
from .proposals import Dating, Proposal


class Decision(str, Enum):
    OPEN = "to review"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass
class Reviewed:
    proposal: Proposal  # as the officer edited it
    read: Proposal  # as the document was read
    decision: Decision = Decision.OPEN
    present: Commitment | None = None  # the plan's commitment quoting the same sentence of the same document
    initiative_key: str = ""  # filed under this initiative; "" for its section's

    @property
    def dated(self) -> bool:
        return self.proposal.due is not None

    @property
    def edited(self) -> bool:
        return self.proposal != self.read


class EditRefused(ValueError):
    """An edit that cannot be taken; str() is one sentence saying why."""


class Review:
    def __init__(self, document: ReadDocument, proposals: list[Proposal], plan: Plan, strategy_key: str) -> None:
        self.document, self.plan = document, plan
        self.source_ref = document.reference or document.name
        self.items = [Reviewed(p, p, present=already_in_plan(p, plan, self.source_ref)) for p in proposals]
        self.strategy_key = strategy_key
        self.sections: dict[str, str] = {}  # a document initiative heading -> the plan's initiative key

    # The document's sections and the plan's initiatives --------------------------------------------

    @property
    def headings(self) -> list[str]:
        """The document initiative headings its proposals sit under, in order ("" for none)."""
        return list(dict.fromkeys(x.read.initiative for x in self.items))

    def initiatives(self) -> list[Initiative]:
        """The initiatives of the chosen strategy the plan has."""
        return [i for i in self.plan.initiatives if i.strategy_key == self.strategy_key]

    def section_initiative(self, heading: str) -> Initiative:
        """Where the proposals under `heading` are filed: the officer's choice, else the plan's
        initiative of the same number or title, else a new one made from the heading."""
        chosen = self.sections.get(heading)
        theirs = self.initiatives()
        if chosen:
            found = next((i for i in theirs if i.key == chosen), None)
            if found is not None:
                return found
        return matching_initiative(heading, theirs) or new_initiative(heading, self.strategy_key)

    def set_strategy(self, key: str) -> None:
        self.strategy_key = key
        self.sections.clear()  # the headings' choices were the other strategy's initiatives
        for x in self.items:
            x.initiative_key = ""

    # Decisions and edits ------------------------------------------------------------------------------

    def decide(self, index: int, decision: Decision) -> None:
        self.items[index].decision = decision

    def edit(self, index: int, *, title: str | None = None, phrase: str | None = None, actor: str | None = None,
             initiative_key: str | None = None) -> Proposal:
        """Change what the officer typed; EditRefused (one sentence) leaves the proposal as it was."""
        item = self.items[index]
        p = item.proposal
        if title is not None:
            p = replace(p, title=" ".join(title.split()))
        if actor is not None:
            p = replace(p, actor=" ".join(actor.split()))
        if phrase is not None and phrase.strip() != p.phrase:
            p = self._redated(p, phrase.strip())
        try:
            gate.check_commitment(commitment_of(p, initiative_key or "checked", self.source_ref)) if p.due else gate.check_text("title", p.title, required=True, prose=True)
        except gate.GateError as exc:
            raise EditRefused(sentence_of(exc)) from None
        item.proposal = p
        if initiative_key is not None:
            item.initiative_key = initiative_key
        return p

    def _redated(self, p: Proposal, phrase: str) -> Proposal:
        if not phrase:
            raise EditRefused(said(QT_TRANSLATE_NOOP("Reading", "A date is needed: type the phrase the document uses, e.g. 'by Q2 2021'.")))
        try:
            reading = read_phrase(phrase, document_date=self.document.adopted)
        except ValueError as exc:
            raise EditRefused(sentence_of(exc)) from None
        if reading.period is None:
            assert reading.recurrence is not None  # a phrase read without a window is a repeating one
            raise EditRefused(said(QT_TRANSLATE_NOOP("Reading", "The date {phrase!r} repeats ({how_often}); give one window, e.g. 'by the end of 2021'."), phrase=phrase, how_often=reading.recurrence.described))
        return replace(p, phrase=phrase, due=reading.period, kind=reading.kind, dating=Dating.DATED,
                       recurrence=None, why=p.why if p.due is not None else f"dated by hand: '{phrase}'")

    # What accepting brings in -------------------------------------------------------------------------

    def to_accept(self) -> list[Reviewed]:
        return [x for x in self.items if x.decision is Decision.ACCEPTED]

    def accepted(self) -> Accepted:
        """The batch of the accepted proposals, with the same rules as `planner extract --accept-all`."""
        chosen = self.to_accept()
        mapping = {h: self.section_initiative(h).key for h in self.headings}
        known = {i.key for i in self.initiatives()}
        own = {n: x.initiative_key for n, x in enumerate(chosen) if x.initiative_key}
        result = accepted_batch(self.document, [x.proposal for x in chosen], self.plan, self.strategy_key,
                                initiatives={h: k for h, k in mapping.items() if k in known}, filed_under=own)
        return result
