"""Proposed commitments: the sentences of a document that commit someone to something, dated.

Nothing here is stored. A proposal is what the officer reviews: the sentence as written, the
date phrase as written, the window it stands for, who commits, a short title, where it sits and
why it was proposed. A commitment whose date cannot be read is proposed undated, never dropped
and never guessed; a key action without a date is proposed over the document's own period. A
promise that repeats ("every year", "annually", "every six months", "two-yearly") is one proposal
per occurrence in the period it runs over, numbered as one series, each keeping the phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from planner.domain.period import Period, Precision
from planner.domain.recurrence import Recurrence

from .blocks import Block, BlockKind, ReadDocument
from .dates import FoundDate, dates_in
from .sentences import split_sentences
from .wording import Verb, actor_of, commitment_verbs, first_actor, is_question, short_title


class Dating(str, Enum):
    DATED = "dated"  # the sentence's own phrase
    DOCUMENT_PERIOD = "over the document's period"  # a key action without a date
    UNDATED = "cannot be dated"  # the officer dates it by hand


@dataclass(frozen=True)
class Proposal:
    quote: str  # the sentence as written
    start: int  # where the sentence is in the document's text
    end: int
    phrase: str  # the date phrase as written ("" when undated)
    due: Period | None
    kind: str  # deadline, span, recurring, target, relative
    actor: str
    title: str
    section: str  # "Initiative 2, key action"
    initiative: str  # the initiative heading it sits under ("2. Ensure that ...") or ""
    why: str
    dating: Dating = Dating.DATED
    key_action: bool = False
    recurrence: object | None = None
    occurrence: int = 0  # in a series of repeats: its number, from 1 (0: not a repeat)
    occurrences: int = 0  # how many the series has

    @property
    def series(self) -> tuple[int, str, str] | None:
        """What the occurrences of one repeating promise share (sentence, phrase, actor)."""
        return (self.start, self.phrase, self.actor) if self.occurrence else None

    @property
    def due_start(self) -> date | None:
        return self.due.start if self.due else None

    @property
    def due_end(self) -> date | None:
        return self.due.end if self.due else None


# Phrases written before the verb of their own, not as a due date: "the 2015-2019 action plan".
_NAME_AFTER = re.compile(r"^\s*(?:[A-Z]\w*|action\s+plan|strategy|agenda|programme|roadmap|period|budget|report)\b")
_QUALIFIED = re.compile(r"^(?:the\s+(?=(?:the\s+)*(?:by|in|until|before)\b))*(?:by|in|until|before|from|during|over|within|no\s+later|not\s+later|planned|scheduled|to\s+be|open|as\s+of|at\s+the|end|early|mid|late|immediately|every|annually|each)", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half|spring|summer|autumn|winter|"
    r"(?:next|this|coming)\s+(?:year|months|years)|within\s+\w+\s+(?:weeks|months|years)|end\s+of\s+the\s+year)\b"
    r"|\b(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:19|20)\d\d)",
    re.I,
)


def propose(document: ReadDocument) -> list[Proposal]:
    """Every commitment the document states, in the order it states them."""
    period = document_period(document)
    out: list[Proposal] = []
    for block in document.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.INITIATIVE):
            continue
        if block.kind is BlockKind.TABLE_ROW and block.timetable:
            out.extend(_table_row(block, document))
            continue
        key_action = block.kind is BlockKind.KEY_ACTION
        for sentence in split_sentences(block.text, block.start):
            out.extend(_sentence(sentence.text, sentence.start, block, document, period, key_action))
    return out


def document_period(document: ReadDocument) -> Period | None:
    """The years the document covers: '(2020-2025)' where it says how long it runs, else a span
    in its title; None when it states none."""
    for block in document.blocks[:60]:
        for sentence in split_sentences(block.text):
            if re.search(r"\b(?:strategy|action\s+plan|agenda|programme|framework)\b.*\b(?:implemented|run|cover|period|next)\b", sentence.text, re.I):
                spans = [f.period for f in dates_in(sentence.text, document.adopted) if f.period and f.period.precision is Precision.YEARS]
                if spans:
                    return spans[0]
    title_spans = [f.period for f in dates_in(document.title, None) if f.period and f.period.precision is Precision.YEARS]
    return title_spans[0] if title_spans else None


def _sentence(text: str, start: int, block: Block, document: ReadDocument, period: Period | None, key_action: bool) -> list[Proposal]:
    if is_question(text):
        return []
    verbs = commitment_verbs(text, key_action=key_action)
    if not verbs and key_action:  # "the Commission has launched ... by the end of 2020": still a key action
        verbs = [first_actor(text)]
    if not verbs:
        return []
    every = dates_in(text, document.adopted)
    dates = [d for d in every if _is_due(d, text, document.adopted)]
    # "so that ... can continue after December 2020": what makes it possible is due by then.
    dates += [d for d in every if d.period is not None and re.search(r"\bcontinue\b.*\bafter\s*$", text[:d.start], re.I)]
    repeats = [d for d in dates if d.kind == "recurring" and isinstance(d.recurrence, Recurrence)]
    unread = [d for d in dates if d.period is None and d not in repeats]
    readable = [d for d in dates if d.period is not None]
    default_actor = "the Commission" if document.reference.startswith(("COM", "C(", "SWD", "JOIN")) else ""
    clauses = _clauses(text, verbs, default_actor)
    proposals = []
    for verb, actor in clauses:
        found = _nearest(readable, verb) if readable else None
        common = dict(quote=text, start=start, end=start + len(text), actor=actor, section=block.where,
                      initiative=block.initiative, key_action=key_action)
        if repeats:
            proposals.extend(_series(repeats[0], readable, text, verb, actor, period, document.adopted, key_action, common))
        elif found is not None:
            assert found.period is not None
            proposals.append(Proposal(phrase=found.text, due=found.period, kind=found.kind,
                                      title=short_title(text, verb, (found.start, found.end)), recurrence=found.recurrence,
                                      why=_why(verb, found.text, actor, key_action) + _after_note(text, found), **common))  # type: ignore[arg-type]
        elif unread or _DATE_WORDS.search(text):
            shown = unread[0].text if unread else _DATE_WORDS.search(text)[0]  # type: ignore[index]
            proposals.append(Proposal(phrase=shown, due=None, kind="deadline", title=short_title(text, verb),
                                      dating=Dating.UNDATED,
                                      why=f"'{verb.text or 'a key action'}' commits {actor or 'someone'}, but the date '{shown}' cannot be read: date it by hand", **common))  # type: ignore[arg-type]
        elif key_action:
            proposals.append(Proposal(
                phrase=period.label if period else "", due=period.with_phrase(period.label) if period else None, kind="span",
                title=short_title(text, verb), dating=Dating.DOCUMENT_PERIOD if period else Dating.UNDATED,
                why=("a key action with no date of its own: proposed over the document's period"
                     if period else "a key action with no date, in a document that states no period: date it by hand"),
                **common))  # type: ignore[arg-type]
    return _distinct(proposals)


def _series(found: FoundDate, readable: list[FoundDate], text: str, verb: Verb, actor: str, period: Period | None,
            adopted: date | None, key_action: bool, common: dict) -> list[Proposal]:
    """One proposal per occurrence of a repeating promise, over the years the sentence names
    ('annually from 2022', 'every year until 2025', '(2021-2025)') or else the document's period;
    none before the document's date. Undated, with the sentence, when there is no period."""
    assert isinstance(found.recurrence, Recurrence)
    over = period
    spans = [d.period for d in readable if d.period is not None and d.kind == "span"]
    starts = [d.period for d in readable if d.period is not None and d.kind == "target"]
    ends = [d.period for d in readable if d.period is not None and re.match(r"until\b", d.text, re.I)]
    if spans:
        over = spans[0]
    elif period is not None and (starts or ends):
        first = starts[0].start if starts else period.start
        last = ends[0].end if ends else period.end
        over = Period(first, last, Precision.DAY) if first <= last else period
    title = short_title(text, verb, (found.start, found.end))
    if over is None:
        return [Proposal(phrase=found.text, due=None, kind="recurring", title=title, dating=Dating.UNDATED, recurrence=found.recurrence,
                         why=f"'{verb.text or 'a key action'}' commits {actor or 'someone'} {found.recurrence.label} ('{found.text}'), "
                             "but neither the sentence nor the document says over which years: date it by hand", **common)]
    windows = [w for w in found.recurrence.occurrences(over) if adopted is None or w.end >= adopted]
    why = _why(verb, found.text, actor, key_action)
    return [
        Proposal(phrase=found.text, due=w.with_phrase(f"{found.text} ({w.label})"), kind="recurring", title=f"{title} ({w.label})",
                 recurrence=found.recurrence, occurrence=n, occurrences=len(windows),
                 why=f"{why}: it repeats {found.recurrence.label} over {over.label}, occurrence {n} of {len(windows)}", **common)
        for n, w in enumerate(windows, start=1)
    ]


def _clauses(text: str, verbs: list[Verb], default_actor: str) -> list[tuple[Verb, str]]:
    """One (verb, actor) per commitment of the sentence: 'Europol will set up ... and the
    Commission will provide ...' is two; 'will propose ... to be adopted' is one."""
    out: list[tuple[Verb, str]] = []
    for verb in verbs:
        actor = actor_of(text, verb, default_actor)
        if out and (actor == out[-1][1] or not verb.modal or not _actor_right_before(text, verb)):
            continue
        out.append((verb, actor))
    return out


def _actor_right_before(text: str, verb: Verb) -> bool:
    return actor_of(text[max(0, verb.start - 40):verb.end], Verb(min(40, verb.start), min(40, verb.start) + len(verb.text), verb.text)) != ""


def _nearest(dates: list[FoundDate], verb: Verb) -> FoundDate:
    """The phrase that belongs to `verb`: the qualified ones first, then the closest."""
    qualified = [d for d in dates if _QUALIFIED.match(d.text)] or dates
    # "over the next five years (2020-2025)": the years the document writes beat its relative words
    qualified = [d for d in qualified if d.kind != "relative"] or [d for d in dates if d.kind != "relative"] or qualified
    return min(qualified, key=lambda d: abs(d.start - verb.end) if d.start >= verb.start else abs(verb.start - d.end) + 0.5)


def _is_due(found: FoundDate, sentence: str, adopted: date | None) -> bool:
    """A phrase that can be a due date: not in the past, not 'after ...', not a name."""
    if found.kind == "recurring":  # 'a two-yearly report' is the promise itself, not a name
        return re.search(r"\b(?:after|since)\s*$", sentence[:found.start], re.I) is None
    if found.period is not None and adopted is not None and found.period.end < adopted:
        return False
    before = sentence[:found.start].rstrip().lower()
    if re.search(r"\b(?:after|since|between|of|in\s+the|compared\s+to)$", before) and not _QUALIFIED.match(found.text):
        return False
    if re.search(r"\bafter$", before):
        return False
    if not _QUALIFIED.match(found.text):
        # a name: "Horizon 2020", "the 2015-2019 action plan", "Action Plan on Drugs 2021-2025"
        if _NAME_AFTER.match(sentence[found.end:]) or re.search(r"\b[A-Z][\w-]*\s+$", sentence[:found.start]):
            return False
    return True


def _why(verb: Verb, phrase: str, actor: str, key_action: bool) -> str:
    who = f" {actor}" if actor else ""
    where = " in a key action" if key_action else ""
    if not verb.text:
        return f"a key action of{who or ' the document'}; '{phrase}' dates it"
    return f"'{verb.text}' commits{who}{where}; '{phrase}' dates it"


def _after_note(text: str, found: FoundDate) -> str:
    if re.search(r"\bafter\s*$", text[:found.start], re.I):
        return f" (what must go on after {found.text} is due by then)"
    return ""


def _distinct(proposals: list[Proposal]) -> list[Proposal]:
    seen: set[tuple[str, str, int]] = set()
    out = []
    for p in proposals:
        if (p.actor, p.phrase, p.occurrence) in seen:
            continue
        seen.add((p.actor, p.phrase, p.occurrence))
        out.append(p)
    return out


def _table_row(block: Block, document: ReadDocument) -> list[Proposal]:
    """An annex-table row: the action in its cells, the date in its timetable column."""
    cell = block.timetable
    found = dates_in(cell, document.adopted)
    readable = [d for d in found if d.period is not None]
    actor = actor_of(block.text, Verb(len(block.text), len(block.text), ""), "")
    title = block.text.split(" | ")[0]
    title = " ".join(title.split()[:12])
    base = Proposal(quote=block.text, start=block.start, end=block.end, phrase=cell, due=None, kind="deadline", actor=actor,
                    title=title, section=block.where, initiative=block.initiative,
                    why=f"an annex-table row whose timetable says '{cell}'", dating=Dating.UNDATED)
    if readable:
        return [replace(base, due=readable[0].period, kind=readable[0].kind, dating=Dating.DATED, recurrence=readable[0].recurrence)]
    return [replace(base, why=f"an annex-table row whose timetable '{cell}' cannot be read: date it by hand")]
