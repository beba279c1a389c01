"""`from_ics(bytes, name) -> ImportBatch`: calendar files into commitments, item by item.

Every VEVENT and VTODO with a date becomes a commitment keyed by its UID (the planner's own
events by their X-PLANNER-KEY), so importing the same file again updates instead of duplicating.
Real calendars are messy, so an item with a broken line, an impossible date or a value the plan
cannot hold is skipped and named in a note with its line and why; the rest is imported. An event
that ends before it starts is read as one day, its start (a to-do: its due day), as calendar apps
show it. With `strict`, the first such problem raises one ImportFileError and nothing is stored.
A file that is not iCalendar, or of which nothing can be read, is refused either way.
Recurring series become one commitment per occurrence inside the horizon (see recurrence.py).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, tzinfo
from pathlib import Path

import icalendar

from planner.domain import gate
from planner.domain.plan import Commitment
from planner.domain.sentences import (
    QT_TRANSLATE_NOOP,
    Sentence,
    os_reason,
    said,
    sentence_of,
    without_stop,
)
from planner.exchange.batch import ImportBatch, ImportFileError

from . import items, roundtrip, syntax
from .identity import key_from_uid
from .recurrence import MAX_OCCURRENCES, Horizon, RecurrenceError, occurrence_days

IMPORTED = ("VEVENT", "VTODO")


def read_ics_file(path: Path, horizon: Horizon | None = None, local: tzinfo | None = None, strict: bool = False) -> ImportBatch:
    """`from_ics` on a file; a file that cannot be opened is an ImportFileError too."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {path} cannot be read: {why}."), path=path, why=os_reason(exc))) from None
    return from_ics(data, Path(path).name, horizon=horizon, local=local, strict=strict)


class ItemProblem(ImportFileError):
    """One item that cannot be imported: "In f.ics, the event 'X' <tail>."."""

    def __init__(self, name: str, component: icalendar.cal.Component, tail: str | Sentence) -> None:
        self.subject, self.tail = _subject(component), tail
        super().__init__(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, {subject} {tail}."), name=name, subject=self.subject, tail=tail))


def _subject(component: icalendar.cal.Component) -> Sentence:
    """"the event 'Council meeting'", "the to-do with UID 'x'": an item as a sentence names it."""
    if component.name == "VEVENT":
        return said(QT_TRANSLATE_NOOP("Calendar", "the event {label}"), label=items.label(component))
    return said(QT_TRANSLATE_NOOP("Calendar", "the to-do {label}"), label=items.label(component))


def from_ics(data: bytes, name: str, *, horizon: Horizon | None = None, local: tzinfo | None = None, strict: bool = False) -> ImportBatch:
    """The commitments of an iCalendar file. `horizon` bounds recurring series (default: five
    years from each series' start); `local` is the zone UTC times are read in (default: UTC);
    `strict` refuses the whole file for one item it cannot read."""
    text = syntax.decode(data, name)
    if strict:
        syntax.check(text, name)
    scanned = syntax.scan(text, name)
    batch = ImportBatch()
    skipped: list[tuple[str, str | Sentence]] = [(str(at), why) for at, why in scanned.skipped]  # (line, what is wrong)
    calendars = _parse(scanned.text, name, strict, skipped)
    seen: dict[str, tuple[int, str]] = {}  # key -> (SEQUENCE, label) of the item kept
    found = undated = 0
    for calendar in calendars:
        calendar_name = str(calendar.get("X-WR-CALNAME") or calendar.get("NAME") or f"Imported from {name}")
        components = [c for c in calendar.walk() if c.name in IMPORTED]
        overrides = _Overrides()
        overrides.masters = {_uid(c) for c in components if c.get("RRULE") is not None or c.get("RDATE") is not None}
        for component in list(components):
            try:
                _check_errors(component, name)
                _add_override(overrides, component, name, local)
            except ItemProblem as exc:
                if strict:
                    raise
                skipped.append(_skip_note(component, exc))
                components.remove(component)
        for component in components:
            if component.get("RECURRENCE-ID") is not None and _uid(component) in overrides.masters:
                continue  # placed with its series
            found += 1
            made = _item(component, batch, calendar_name, name, horizon, local, overrides, strict, skipped)
            if made is None:
                continue
            if not made:
                undated += 1
            for c in made:
                _keep(batch, c, component, seen, name)
    if not batch.commitments and skipped:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "Nothing in {name} can be imported; the item on line {line}: {why}."), name=name, line=skipped[0][0], why=skipped[0][1]))
    if found == 0:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} has no events or to-dos in it."), name=name))
    if undated:
        # One template for one and one for two or more: English, French and German agree on both.
        if undated == 1:
            batch.notes.append(said(QT_TRANSLATE_NOOP("Calendar", "1 item without a date or occurrence in the horizon was left out.")))
        else:
            batch.notes.append(said(QT_TRANSLATE_NOOP("Calendar", "{count} items without a date or occurrence in the horizon were left out."), count=undated))
    batch.notes.extend(scanned.ignored)
    if skipped:
        if len(skipped) == 1:
            batch.notes.append(said(QT_TRANSLATE_NOOP("Calendar", "1 item of {name} could not be read and was skipped:"), name=name))
        else:
            batch.notes.append(said(QT_TRANSLATE_NOOP("Calendar", "{count} items of {name} could not be read and were skipped:"), name=name, count=len(skipped)))
        batch.notes.extend(said(QT_TRANSLATE_NOOP("Calendar", "  Line {line}: {why}."), line=at, why=why) for at, why in skipped)
    return batch


def _parse(text: str, name: str, strict: bool, skipped: list[tuple[str, str | Sentence]]) -> list[icalendar.Calendar]:
    try:
        return icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # the parser's own words, whatever it raises, as one sentence
        if strict:
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is not readable iCalendar: {why}."), name=name, why=_first_line(exc))) from None
        problem = exc
    # Find the items the parser stumbles on, one by one, and read the file without them.
    blocks = _ITEM_BLOCK.findall(text)
    for block in blocks:
        try:
            icalendar.Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{block}END:VCALENDAR\r\n")
        except Exception as item_exc:
            at = _ITEM_LINE.search(block)
            skipped.append((at[1] if at else "?", said(QT_TRANSLATE_NOOP("Calendar", "the calendar reader cannot read it ({why})"), why=_first_line(item_exc))))
            text = text.replace(block, "", 1)
    try:
        return icalendar.Calendar.from_ical(text, multiple=True)
    except Exception:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is not readable iCalendar: {why}."), name=name, why=_first_line(problem))) from None


_ITEM_BLOCK = re.compile(r"^BEGIN:(VEVENT|VTODO)\r\n.*?^END:\1\r\n", re.S | re.M | re.I)
_ITEM_LINE = re.compile(rf"^{syntax.LINE_PROPERTY}:(\d+)", re.M)


def _line(component: icalendar.cal.Component) -> str:
    return str(component.get(syntax.LINE_PROPERTY, "?"))


def _skip_note(component: icalendar.cal.Component, exc: ItemProblem) -> tuple[str, str | Sentence]:
    return _line(component), said(QT_TRANSLATE_NOOP("Calendar", "{subject} {tail}"), subject=exc.subject, tail=exc.tail)


def _item(component, batch, calendar_name, name, horizon, local, overrides, strict, skipped) -> list[Commitment] | None:  # type: ignore[no-untyped-def]
    """The commitments of one item; None when it was skipped (lenient) with a note in `skipped`.
    A skipped item takes back the groups and documents it brought into the batch."""
    before = batch.mark()
    try:
        made = _commitments(component, batch, calendar_name, name, horizon, local, overrides, strict)
        if strict:
            return made
        for c in made:
            batch.passed(gate.check_commitment(c))
        return made
    except ItemProblem as exc:
        if strict:
            raise
        skipped.append(_skip_note(component, exc))
    except gate.GateError as exc:
        skipped.append((_line(component), without_stop(sentence_of(exc.within(_subject(component))))))
    batch.take_back(before)
    return None


class _Overrides:
    """Occurrences moved or cancelled one by one (RECURRENCE-ID), by series UID and original day."""

    def __init__(self) -> None:
        self.masters: set[str] = set()
        self.by_day: dict[str, dict[date, icalendar.cal.Component]] = {}


def _add_override(out: _Overrides, c: icalendar.cal.Component, name: str, local: tzinfo | None) -> None:
    """Note `c` as a moved or cancelled occurrence of a series when it is one."""
    rid = c.get("RECURRENCE-ID")
    if rid is not None and _uid(c) in out.masters:
        out.by_day.setdefault(_uid(c), {})[_day(c, rid, name, local)] = c


def _commitments(component, batch, calendar_name, name, horizon, local, overrides, strict) -> list[Commitment]:  # type: ignore[no-untyped-def]
    backwards: list[Sentence] | None = None if strict else []
    try:
        days = items.days_of(component, local, backwards)
        if days is None:
            return []
        if component.get("RRULE") is None and component.get("RDATE") is None:
            one = items.commitment(component, days, batch, calendar_name, local)
            made = [one.changed(key=one.key or _made_up_key(component, name))]
        else:
            made = _series(component, days, batch, calendar_name, name, horizon, local, overrides, backwards)
    except items.ItemError as exc:
        raise ItemProblem(name, component, sentence_of(exc)) from None
    except ImportFileError:
        raise
    except (TypeError, ValueError, OverflowError, AttributeError, KeyError) as exc:
        # Values no check above foresaw (fuzzing finds none today): still one sentence, no traceback.
        raise ItemProblem(name, component, said(QT_TRANSLATE_NOOP("Calendar", "cannot be read ({error}: {why})"), error=type(exc).__name__, why=_first_line(exc))) from None
    for problem in backwards or []:
        template = (QT_TRANSLATE_NOOP("Calendar", "The event {label} on line {line} {problem}.") if component.name == "VEVENT"
                    else QT_TRANSLATE_NOOP("Calendar", "The to-do {label} on line {line} {problem}."))
        batch.notes.append(said(template, label=items.label(component), line=_line(component), problem=problem))
    return made


def _series(component, days, batch, calendar_name, name, horizon, local, overrides, backwards) -> list[Commitment]:  # type: ignore[no-untyped-def]
    """One commitment per occurrence in the horizon, keyed '<series key>#YYYYMMDD'."""
    window = horizon or Horizon.around(days.first)
    rules = component.get("RRULE")
    rules = rules if isinstance(rules, list) else [rules] if rules is not None else []
    try:
        found = occurrence_days(days.first, rules, _dates(component, "RDATE", name, local), set(_dates(component, "EXDATE", name, local)), window)
    except RecurrenceError as exc:
        batch.notes.append(said(QT_TRANSLATE_NOOP("Calendar", "The series {label} was left out: {why}."), label=items.label(component), why=sentence_of(exc)))
        return []
    length = days.last - days.first
    moved = overrides.by_day.get(_uid(component), {})
    base_key = roundtrip.text_of(component.get(roundtrip.KEY)).strip() or key_from_uid(_uid(component)) or _made_up_key(component, name)
    made = []
    for day in found.days:
        source = moved.get(day, component)
        if source is not component:
            if str(source.get("STATUS", "")).upper() == "CANCELLED":
                continue
            placed = items.days_of(source, local, backwards) or items.Days(day, day + length)
        else:
            placed = items.Days(day, day + length)
        c = items.commitment(source, placed, batch, calendar_name, local)
        made.append(c.changed(key=f"{base_key}#{day.strftime('%Y%m%d')}"))
    label = items.label(component)
    if len(made) == 1:
        told = said(QT_TRANSLATE_NOOP("Calendar", "The series {label} repeats: imported its 1 occurrence between {first} and {last} as a commitment."), label=label, first=window.first, last=window.last)
    elif found.truncated:
        told = said(QT_TRANSLATE_NOOP("Calendar", "The series {label} repeats: imported its {count} occurrences between {first} and {last} as separate commitments (only the first {most})."),
                    label=label, count=len(made), first=window.first, last=window.last, most=MAX_OCCURRENCES)
    else:
        told = said(QT_TRANSLATE_NOOP("Calendar", "The series {label} repeats: imported its {count} occurrences between {first} and {last} as separate commitments."), label=label, count=len(made), first=window.first, last=window.last)
    batch.notes.append(told)
    return made


def _keep(batch: ImportBatch, c: Commitment, component: icalendar.cal.Component, seen: dict[str, tuple[int, str]], name: str) -> None:
    """Add `c`; when its key is already in the batch, keep the higher SEQUENCE (else the later)."""
    assert c.key
    sequence = _sequence(component)
    if c.key in seen:
        kept_sequence, _ = seen[c.key]
        template = (QT_TRANSLATE_NOOP("Calendar", "The UID {key} appears more than once in {name}; the later one was imported.") if sequence >= kept_sequence
                    else QT_TRANSLATE_NOOP("Calendar", "The UID {key} appears more than once in {name}; the earlier one was imported."))
        batch.notes.append(said(template, key=repr(c.key), name=name))
        if sequence < kept_sequence:
            return
        batch.commitments = [x for x in batch.commitments if x.key != c.key]
    seen[c.key] = (sequence, items.label(component))
    batch.commitments.append(c)


def _check_errors(component: icalendar.cal.Component, name: str) -> None:
    """Properties the parser could not read (impossible dates, broken rules) stop the import."""
    for part in component.walk():
        for prop_name, problem in getattr(part, "errors", []) or []:
            if prop_name:
                raise ItemProblem(name, component, said(QT_TRANSLATE_NOOP("Calendar", "has a {name} that is not valid: {why}"), name=prop_name, why=_first_line(problem)))
            raise ItemProblem(name, component, said(QT_TRANSLATE_NOOP("Calendar", "has a line that is not valid: {why}"), why=_first_line(problem)))


def _dates(component: icalendar.cal.Component, prop_name: str, name: str, local: tzinfo | None) -> list[date]:
    found = component.get(prop_name)
    out: list[date] = []
    for prop in found if isinstance(found, list) else [found] if found is not None else []:
        for value in getattr(prop, "dts", []):
            moment = value.dt[0] if isinstance(value.dt, tuple) else value.dt  # a PERIOD counts by its start
            out.append(_day(component, _Value(moment, getattr(prop, "params", {})), name, local))
    return out


class _Value:
    def __init__(self, dt: object, params: object) -> None:
        self.dt, self.params = dt, params


def _day(component: icalendar.cal.Component, prop: object, name: str, local: tzinfo | None) -> date:
    try:
        return items.day_of(prop, local)
    except items.ItemError as exc:
        raise ItemProblem(name, component, sentence_of(exc)) from None


def _uid(component: icalendar.cal.Component) -> str:
    return str(component.get("UID", "")).strip()


def _sequence(component: icalendar.cal.Component) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _made_up_key(component: icalendar.cal.Component, name: str) -> str:
    """A key for an item without a UID, from what it says, so a re-import finds it again."""
    said = "|".join(str(component.get(p, "")) for p in ("SUMMARY", "DTSTART", "DTEND", "DUE"))
    return f"{Path(name).stem}-{hashlib.sha1(said.encode()).hexdigest()[:16]}"



def _first_line(problem: object) -> str:
    text = str(problem).strip()
    return (text.splitlines()[0] if text else type(problem).__name__).rstrip(".")
