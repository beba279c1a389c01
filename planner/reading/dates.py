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
from planner.domain.phrases import PhraseError, parse_period

try:  # the searcher of the phrase grammar
    from planner.domain.phrases import find_phrases as _grammar_find
except ImportError:  # pragma: no cover - an older grammar without its searcher
    _grammar_find = None


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
    found = _grammar(sentence, document_date) if _grammar_find else _fallback(sentence, document_date)
    if document_date and not any(f.text.lower().endswith("immediately") for f in found):
        for m in re.finditer(r"\bimmediately\b", sentence, re.I):
            found.append(FoundDate(m.start(), m.end(), m[0], Period.day(document_date, m[0]), "deadline"))
    return sorted(found, key=lambda f: f.start)


def _grammar(sentence: str, document_date: date | None) -> list[FoundDate]:
    out = []
    for m in _grammar_find(sentence, document_date=document_date):  # type: ignore[misc]
        kind = getattr(m, "kind", "deadline")
        out.append(FoundDate(m.start, m.end, m.text, m.period, str(getattr(kind, "value", kind)), getattr(m, "recurrence", None)))
    return out


# Until the grammar's searcher is there: the shapes `parse_period` reads, tried where they sit.
_MASK = re.compile(
    r"\b(?:COM|SWD|JOIN|SEC|C)\s*\(\d{4}\)\s*\d+|\(EU\)\s*(?:No\s*)?\d+/\d+|\b\d{2,4}/\d+(?:/\w+)?(?:\(\w+\))?"
    r"|OJ\s+[LC]\s*\d+[^.;]*?\d{1,2}\.\d{1,2}\.\d{4}|\b\d{1,2}\.\d{1,2}\.\d{4}"
)
_Q = r"(?:by|in|until|before|from|during|planned for adoption in|open until|no later than)\s+"
_BODY = (
    r"(?:(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?|early\s+|mid-?\s*|late\s+|(?:first|second|third|fourth)\s+quarter\s+of\s+|"
    r"(?:first|second)\s+half\s+of\s+|q[1-4]\s+|h[12]\s+|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+|(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
)
_CANDIDATE = re.compile(rf"\b(?:{_Q})?{_BODY}\b", re.I)


def _fallback(sentence: str, document_date: date | None) -> list[FoundDate]:
    masked = _MASK.sub(lambda m: "#" * len(m[0]), sentence)
    out = []
    for m in _CANDIDATE.finditer(masked):
        text = sentence[m.start():m.end()]
        try:
            period = parse_period(text.replace("end of", "the end of") if re.match(r"by end of", text, re.I) else text, anchor=document_date)
        except PhraseError:
            period = None
        kind = "span" if period is not None and period.precision.value == "multi-year" else "deadline"
        out.append(FoundDate(m.start(), m.end(), text, period.with_phrase(text) if period else None, kind))
    return out
