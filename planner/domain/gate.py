"""The gate every value passes before it enters a plan, whatever door it comes through.

The command line, the edit dialog, a drag on the timeline, CSV, TOML, .ics and a copy to
PostgreSQL all call these checks before their first write, so a value the planner could not
show, print, export or store on either database never gets in. A refused value raises
`GateError`: one sentence naming the field, the value and the rule.

Reading is the other half: a plan written by an older version or another program may still hold
a value outside these rules. `readable_day` and `readable_period` bring such a value inside the
supported range (clamped, the phrase kept as written), so the plan still opens, prints and exports.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .period import Period, Precision
from .plan import Commitment, Initiative, KeyDate, SourceDocument, Strategy
from .sentences import QT_TRANSLATE_NOOP, Sentence, Template, said

# The dates a plan may hold. Wide enough for any strategy; narrow enough that the timeline, the
# calendar export and reminders can add years of margin without leaving Python's or Qt's dates.
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)

# The longest text each bounded column of the store takes, in characters (PostgreSQL refuses
# longer; SQLite would keep it and the copy to PostgreSQL would fail later). A test holds these
# equal to the String(N) columns of planner/store/tables.py.
COLUMN_LIMITS: dict[str, int] = {
    "source_documents.ref": 120,
    "strategies.key": 80,
    "strategies.reference": 120,
    "strategies.period_phrase": 120,
    "initiatives.key": 80,
    "initiatives.number": 20,
    "commitments.key": 255,
    "commitments.actor": 200,
    "commitments.kind": 20,
    "commitments.status": 20,
    "commitments.due_phrase": 200,
    "commitments.due_precision": 20,
    "commitments.start_phrase": 200,
    "commitments.start_precision": 20,
    "commitments.baseline_phrase": 200,
    "commitments.baseline_precision": 20,
    "commitments.forecast_phrase": 200,
    "commitments.forecast_precision": 20,
    "commitments.source_ref": 120,
    "commitments.delivered_by": 200,
    "commitments.reminder_days": 200,
    "commitments.seed_fingerprint": 64,
    "revisions.field": 40,
    "key_dates.source_ref": 120,
    "baselines.name": 200,
    "plan_settings.key": 80,
    "reminder_occurrences.state": 20,
}

# A reminder further ahead than this is no reminder; it also keeps due - lead inside the calendar.
MOST_LEAD_DAYS = 3660

# Tab, line feed and carriage return belong in prose (a description, a quote); no other control
# character does, and NUL in particular is stored by SQLite but refused by PostgreSQL. Lone
# surrogates (an undecodable byte of a file name or argument) cannot be stored as UTF-8 at all.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_PROSE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class GateError(ValueError):
    """A value refused at the gate; str() is one sentence naming the field, the value and the rule
    (in English; its Sentence, args[0], is said in the officer's language by planner.i18n)."""

    def __init__(self, field: str | Sentence, value: object, rule: Template, where: str | Sentence = "", **facts: object) -> None:
        self.field, self.value, self.rule, self.where, self.facts = field, value, rule, where, facts
        named = Template("Fields", field) if isinstance(field, str) else field
        refusal = said(rule, field=named, value=_quoted(value), **facts)
        super().__init__(said(QT_TRANSLATE_NOOP("Gate", "{where}: {refusal}"), where=where, refusal=refusal) if where else refusal.capitalized())

    def within(self, where: str | Sentence) -> "GateError":
        """The same refusal, said of a place ("In plan.csv, line 4"): still one sentence."""
        return GateError(self.field, self.value, self.rule, where, **self.facts)


# The names of the fields the gate checks, as a refusal names them (filed for the catalogues).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Fields", "title"), QT_TRANSLATE_NOOP("Fields", "description"), QT_TRANSLATE_NOOP("Fields", "actor"),
    QT_TRANSLATE_NOOP("Fields", "source"), QT_TRANSLATE_NOOP("Fields", "section"), QT_TRANSLATE_NOOP("Fields", "quote"),
    QT_TRANSLATE_NOOP("Fields", "link"), QT_TRANSLATE_NOOP("Fields", "key"), QT_TRANSLATE_NOOP("Fields", "initiative key"),
    QT_TRANSLATE_NOOP("Fields", "due date"), QT_TRANSLATE_NOOP("Fields", "start"), QT_TRANSLATE_NOOP("Fields", "baseline"),
    QT_TRANSLATE_NOOP("Fields", "forecast"), QT_TRANSLATE_NOOP("Fields", "delivery date"),
    QT_TRANSLATE_NOOP("Fields", "delivering document"), QT_TRANSLATE_NOOP("Fields", "reminder lead time"),
    QT_TRANSLATE_NOOP("Fields", "list of reminder lead times"), QT_TRANSLATE_NOOP("Fields", "strategy key"),
    QT_TRANSLATE_NOOP("Fields", "strategy title"), QT_TRANSLATE_NOOP("Fields", "strategy reference"),
    QT_TRANSLATE_NOOP("Fields", "adoption date"), QT_TRANSLATE_NOOP("Fields", "strategy period"),
    QT_TRANSLATE_NOOP("Fields", "initiative number"), QT_TRANSLATE_NOOP("Fields", "initiative title"),
    QT_TRANSLATE_NOOP("Fields", "document reference"), QT_TRANSLATE_NOOP("Fields", "document title"),
    QT_TRANSLATE_NOOP("Fields", "publication date"), QT_TRANSLATE_NOOP("Fields", "document file"),
    QT_TRANSLATE_NOOP("Fields", "document link"), QT_TRANSLATE_NOOP("Fields", "key date"),
    QT_TRANSLATE_NOOP("Fields", "key date label"), QT_TRANSLATE_NOOP("Fields", "key date source"),
    QT_TRANSLATE_NOOP("Fields", "key date quote"), QT_TRANSLATE_NOOP("Fields", "setting name"),
    QT_TRANSLATE_NOOP("Fields", "setting"), QT_TRANSLATE_NOOP("Fields", "date"), QT_TRANSLATE_NOOP("Fields", "baseline name"),
    QT_TRANSLATE_NOOP("Fields", "baseline day"),
)
_SUPPORTED = {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()}


def _quoted(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Period):
        return repr(value.shown) if value.phrase else value.window_text
    text = repr(value)
    if len(text) <= 60:
        return text
    return said(QT_TRANSLATE_NOOP("Gate", "{start}…' ({count} characters)"), start=text[:45], count=len(str(value)))


# Single values ---------------------------------------------------------------------------------

def check_day(field: str | Sentence, day: date | None) -> date | None:
    """`day` if it is inside EARLIEST..LATEST (None passes: the field is empty)."""
    if day is not None and not EARLIEST <= day <= LATEST:
        raise GateError(field, day, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is outside the dates the planner supports ({earliest} to {latest})."), **_SUPPORTED)
    return day


def check_period(field: str | Sentence, period: Period | None) -> Period | None:
    """`period` if both its ends are supported days and its phrase fits the column."""
    if period is None:
        return None
    if period.end < period.start:  # Period refuses this itself; a copy made another way might not
        raise GateError(field, period, QT_TRANSLATE_NOOP("Gate", "the {field} {value} ends before it starts."))
    if not EARLIEST <= period.start <= LATEST or not EARLIEST <= period.end <= LATEST:
        raise GateError(field, period, QT_TRANSLATE_NOOP("Gate", "the {field} {value} falls outside the dates the planner supports ({earliest} to {latest})."), **_SUPPORTED)
    as_written = said(QT_TRANSLATE_NOOP("Fields", "{field} as written"), field=Template("Fields", field) if isinstance(field, str) else field)
    check_text(as_written, period.phrase, limit=COLUMN_LIMITS["commitments.due_phrase"])
    return period


def check_text(field: str | Sentence, value: str | None, *, limit: int | None = None, required: bool = False, prose: bool = False) -> str:
    """`value` if it is text within `limit` characters, without control characters (tab and
    line breaks allowed in `prose`), and not blank when `required`."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise GateError(field, value, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is not text."))
    if required and not value.strip():
        raise GateError(field, value, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is empty; it must say something."))
    if limit is not None and len(value) > limit:
        raise GateError(field, value, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is longer than the {limit} characters it may have."), limit=limit)
    bad = (_CONTROL_IN_PROSE if prose else _CONTROL).search(value)
    if bad:
        raise GateError(field, value, QT_TRANSLATE_NOOP("Gate", "the {field} {value} holds a control character ({character}), which a plan cannot keep."), character=f"U+{ord(bad[0]):04X}")
    return value


def check_lead_days(field: str | Sentence, days: Iterable[int] | None) -> None:
    for d in days or ():
        if isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= MOST_LEAD_DAYS:
            raise GateError(field, d, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is not a number of days from 0 to {most}."), most=MOST_LEAD_DAYS)


# The things a plan is made of ------------------------------------------------------------------

def check_commitment(c: Commitment) -> Commitment:
    """`c` if every field of it may enter a plan; else GateError for the first that may not."""
    if _plainly_fine(c):
        return c  # the usual case, in one pass: an import checks every one of 100,000 rows
    return _field_by_field(c)


def _field_by_field(c: Commitment) -> Commitment:
    limit = COLUMN_LIMITS
    check_text("title", c.title, required=True, prose=True)
    check_text("description", c.description, prose=True)
    check_text("actor", c.actor, limit=limit["commitments.actor"])
    check_text("source", c.source_ref, limit=limit["commitments.source_ref"])
    check_text("section", c.section, prose=True)
    check_text("quote", c.quote, prose=True)
    check_text("link", c.url)
    if c.key is not None:
        check_text("key", c.key, limit=limit["commitments.key"], required=True)
    check_text("initiative key", c.initiative_key, limit=limit["initiatives.key"], required=True)
    check_period("due date", c.due)
    check_period("start", c.start)
    check_period("baseline", c.baseline)
    check_period("forecast", c.forecast)
    check_day("delivery date", c.delivered_on)
    check_text("delivering document", c.delivered_by, limit=limit["commitments.delivered_by"])
    if c.start is not None and c.start.start > c.due.end:
        raise GateError("start", c.start, QT_TRANSLATE_NOOP("Gate", "the {field} {value} comes after the due date ({due}); a span must end after it starts."), due=c.due.window_text)
    check_lead_days("reminder lead time", c.reminder_days)
    if c.reminder_days is not None and len(",".join(map(str, c.reminder_days))) > limit["commitments.reminder_days"]:
        raise GateError("list of reminder lead times", c.reminder_days, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is longer than the plan can keep."))
    return c


def _plainly_fine(c: Commitment) -> bool:
    """True when `c` certainly passes every check of `check_commitment` (False: look closer,
    field by field, to name what is wrong). The same rules, in a few C-speed tests."""
    lines = (c.actor, c.source_ref, c.url, c.initiative_key, c.delivered_by, c.key or "")
    prose = (c.title, c.description, c.section, c.quote)
    if not all(type(x) is str for x in lines + prose) or c.reminder_days is not None:
        return False
    if not c.title.strip() or not c.initiative_key.strip() or (c.key is not None and not c.key.strip()):
        return False
    joined_lines, joined_prose = "".join(lines), "".join(prose)
    # isprintable() is false for every control character and surrogate, and much quicker than
    # the search; only text it is unsure of (a line break, a no-break space) is searched.
    if not joined_lines.isprintable() and _CONTROL.search(joined_lines):
        return False
    if not joined_prose.isprintable() and _CONTROL_IN_PROSE.search(joined_prose):
        return False
    if (len(c.actor) > _ACTOR or len(c.source_ref) > _SOURCE or len(c.initiative_key) > _INITIATIVE_KEY
            or len(c.delivered_by) > _DELIVERED_BY or (c.key is not None and len(c.key) > _KEY)):
        return False
    for p in (c.due, c.start, c.baseline, c.forecast):
        if p is not None and not (EARLIEST <= p.start <= p.end <= LATEST and len(p.phrase) <= _PHRASE and not _CONTROL.search(p.phrase)):
            return False
    if c.delivered_on is not None and not EARLIEST <= c.delivered_on <= LATEST:
        return False
    return c.start is None or c.start.start <= c.due.end


_ACTOR, _SOURCE, _KEY = COLUMN_LIMITS["commitments.actor"], COLUMN_LIMITS["commitments.source_ref"], COLUMN_LIMITS["commitments.key"]
_INITIATIVE_KEY, _DELIVERED_BY = COLUMN_LIMITS["initiatives.key"], COLUMN_LIMITS["commitments.delivered_by"]
_PHRASE = COLUMN_LIMITS["commitments.due_phrase"]


def check_strategy(s: Strategy) -> Strategy:
    check_text("strategy key", s.key, limit=COLUMN_LIMITS["strategies.key"], required=True)
    check_text("strategy title", s.title, required=True, prose=True)
    check_text("strategy reference", s.reference, limit=COLUMN_LIMITS["strategies.reference"])
    check_day("adoption date", s.adopted)
    if s.period is not None:
        check_period("strategy period", s.period)
        check_text("strategy period", s.period.phrase, limit=COLUMN_LIMITS["strategies.period_phrase"])
    return s


def check_initiative(i: Initiative) -> Initiative:
    check_text("initiative key", i.key, limit=COLUMN_LIMITS["initiatives.key"], required=True)
    check_text("initiative number", i.number, limit=COLUMN_LIMITS["initiatives.number"])
    check_text("initiative title", i.title, required=True, prose=True)
    return i


def check_source(s: SourceDocument) -> SourceDocument:
    check_text("document reference", s.ref, limit=COLUMN_LIMITS["source_documents.ref"], required=True)
    check_text("document title", s.title, prose=True)
    check_day("publication date", s.published)
    check_text("document file", s.file)
    check_text("document link", s.url)
    return s


def check_key_date(k: KeyDate) -> KeyDate:
    check_day("key date", k.day)
    check_text("key date label", k.label, required=True, prose=True)
    check_text("key date source", k.source_ref, limit=COLUMN_LIMITS["key_dates.source_ref"])
    check_text("key date quote", k.quote, prose=True)
    return k


def check_setting(key: str, value: str) -> None:
    check_text("setting name", key, limit=COLUMN_LIMITS["plan_settings.key"], required=True)
    check_text("setting", value, prose=True)


def check_date_text(field: str, text: str) -> date:
    """An ISO date typed by the officer (--as-of, --delivered), read and checked."""
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        raise GateError(field, text, QT_TRANSLATE_NOOP("Gate", "the {field} {value} is not a date; write it as YYYY-MM-DD.")) from None
    check_day(field, day)
    return day


# Reading what is already stored ----------------------------------------------------------------

def readable_day(day: date) -> date:
    """A stored day brought inside EARLIEST..LATEST, so drawing and exporting it cannot overflow."""
    return EARLIEST if day < EARLIEST else LATEST if day > LATEST else day


def readable_period(start: date, end: date, precision: Precision, phrase: str = "") -> Period:
    """A stored window made one the planner can work with: both ends clamped into the supported
    range, and a window stored backwards read as the single day it starts on. The phrase as
    written is kept, so the officer still sees what was stored and can correct it."""
    start, end = readable_day(start), readable_day(end)
    if end < start:
        end = start
    return Period(start, end, precision, phrase)


def in_range(period: Period) -> bool:
    return EARLIEST <= period.start <= period.end <= LATEST
