"""The date phrases of one sentence, found with the planner's own phrase grammar.

The grammar lives in `planner.domain.phrases` (one grammar for the edit field and the reader);
this module only asks it, and adds what is about documents rather than dates: 'immediately'
means the document's own date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from planner.domain.period import Period
from planner.domain.phrases import find_phrases


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str  # as written in the sentence
    period: Period | None  # None: it looks like a date, but the grammar cannot read it
    kind: str = "deadline"  # deadline, span, recurring, relative, target
    recurrence: object | None = None  # the grammar's account of a repeating phrase


def dates_in(sentence: str, document_date: date | None) -> list[FoundDate]:
    """Every date phrase in `sentence`, left to right; references (COM(2020) 607...) give none."""
    found = _grammar(sentence, document_date)
    if document_date and not any(f.text.lower().endswith("immediately") for f in found):
        for m in re.finditer(r"\bimmediately\b", sentence, re.I):
            found.append(FoundDate(m.start(), m.end(), m[0], Period.day(document_date, m[0]), "deadline"))
    return sorted(found, key=lambda f: f.start)


def _grammar(sentence: str, document_date: date | None) -> list[FoundDate]:
    out = []
    for m in find_phrases(sentence, document_date=document_date):
        kind = getattr(m, "kind", "deadline")
        out.append(FoundDate(m.start, m.end, m.text, m.period, str(getattr(kind, "value", kind)), getattr(m, "recurrence", None)))
    return out
