"""The X-PLANNER-* properties: what a calendar cannot say about a commitment, kept so that the
plan's own export imports back as the same commitments.

Calendar clients ignore X- properties and keep them (RFC 5545 §3.8.8.2). Standard properties
still carry what a person edits in a client (SUMMARY, the dates); these carry the rest: the due
phrase and its precision, the recorded status, baseline, forecast, and the document facts.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Mapping

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Initiative, SourceDocument
from planner.domain.sentences import QT_TRANSLATE_NOOP, said, sentence_of

from . import lines

KEY = "X-PLANNER-KEY"
STRATEGY = "X-PLANNER-STRATEGY"
INITIATIVE = "X-PLANNER-INITIATIVE"
KIND = "X-PLANNER-KIND"
STATUS = "X-PLANNER-STATUS"
DELIVERED = "X-PLANNER-DELIVERED"
DELIVERED_BY = "X-PLANNER-DELIVERED-BY"
REMINDERS = "X-PLANNER-REMINDERS"
WINDOW_OPENS = "X-PLANNER-REMIND-WINDOW-OPENS"
PERIODS = {"X-PLANNER-DUE": "due", "X-PLANNER-START": "start", "X-PLANNER-BASELINE": "baseline", "X-PLANNER-FORECAST": "forecast"}
SOURCE = "X-PLANNER-SOURCE"
TEXTS = {
    "X-PLANNER-NOTE": "description",
    "X-PLANNER-ACTOR": "actor",
    SOURCE: "source_ref",
    "X-PLANNER-SECTION": "section",
    "X-PLANNER-QUOTE": "quote",
    "X-PLANNER-URL": "url",
}


def write(out: lines.Lines, c: Commitment, initiative: Initiative, source: SourceDocument | None = None) -> None:
    """Add the X-PLANNER-* lines of `c` (empty facts are left out)."""
    out.add(KEY, lines.text(c.key or ""))
    out.add(STRATEGY, lines.text(initiative.strategy_key))
    out.add(INITIATIVE, lines.text(initiative.key))
    out.add(KIND, c.kind.value)
    out.add(STATUS, lines.text(c.status.value))
    for name, field in PERIODS.items():
        period: Period | None = getattr(c, field)
        if period is not None:
            window = f"{lines.day(period.start)}/{lines.day(period.end)}"
            out.add(name, lines.text(period.phrase), x_window=window, x_precision=period.precision.value)
    for name, field in TEXTS.items():
        value: str = getattr(c, field)
        if value and name == SOURCE and source is not None:
            # The document's title and link travel along, so an import into another plan knows it.
            extra = {"x_title": lines.param(source.title)} if source.title else {}
            if source.url:
                extra["x_url"] = lines.param(source.url)
            out.add(name, lines.text(value), **extra)
        elif value:
            out.add(name, lines.text(value))
    if c.delivered_on is not None:
        out.add(DELIVERED, c.delivered_on.isoformat())
    if c.delivered_by:
        out.add(DELIVERED_BY, lines.text(c.delivered_by))
    if c.reminder_days is not None:
        out.add(REMINDERS, ",".join(str(d) for d in c.reminder_days) or "none")
    if c.remind_when_window_opens:
        out.add(WINDOW_OPENS, "TRUE")


def text_of(prop: object) -> str:
    """A TEXT value as written: icalendar unescapes only the properties it knows, and X- names
    come back raw, so the escapes are undone here (RFC 5545 §3.3.11)."""
    if prop is None:
        return ""
    if type(prop).__name__ == "vText":
        return str(prop)
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], str(prop))


_ESCAPE = re.compile(r"\\([\\;,nN])")


class RoundTripError(ValueError):
    """An X-PLANNER property that does not hold what this planner writes there."""


def read_period(value: str, params: Mapping[str, str]) -> Period:
    """The Period of an X-PLANNER-DUE (or START, ...) property; RoundTripError when malformed."""
    try:
        first, _, last = params["X-WINDOW"].partition("/")
        return Period(_date(first), _date(last), Precision(params["X-PRECISION"].lower()), value)
    except (KeyError, ValueError) as exc:
        raise RoundTripError(said(QT_TRANSLATE_NOOP("Calendar", "its window or precision is not readable ({why})"), why=sentence_of(exc))) from None


def read_reminders(value: str) -> tuple[int, ...]:
    if value.strip().lower() == "none":
        return ()
    try:
        return tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise RoundTripError(said(QT_TRANSLATE_NOOP("Calendar", "the reminder lead times {value!r} are not whole numbers of days"), value=value)) from None


def _date(text: str) -> date:
    text = text.strip()
    return date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 else date.fromisoformat(text)


def read_source(prop: object) -> SourceDocument | None:
    """The source document named by an X-PLANNER-SOURCE, when the export gave its title."""
    params = getattr(prop, "params", {})
    ref = text_of(prop).strip()
    if not ref or "X-TITLE" not in params:
        return None
    return SourceDocument(ref=ref, title=str(params["X-TITLE"]), url=str(params.get("X-URL", "")))
