"""One VEVENT or VTODO read as the parts of a commitment: its days, title, status and group.

Events from this planner carry X-PLANNER-* properties and come back exactly as they were;
events from other clients give what a calendar knows (SUMMARY, DESCRIPTION, CATEGORIES, dates,
STATUS, alarms) and the rest is left empty for the officer to fill in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

import icalendar

from planner.domain.period import Period
from planner.domain.plan import Commitment, Kind, Status
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, said, sentence_of
from planner.exchange.batch import ImportBatch

from . import roundtrip
from .export import event_days
from .identity import key_from_uid

UNTITLED = {"VEVENT": "Untitled event", "VTODO": "Untitled task"}


class ItemError(ValueError):
    """What is wrong with one item, as the end of a sentence that names it."""


@dataclass(frozen=True)
class Days:
    first: date
    last: date


def label(component: icalendar.cal.Component) -> str:
    """How an item is named in messages: its title, else its UID."""
    summary = str(component.get("SUMMARY", "")).strip()
    return repr(summary) if summary else f"with UID {str(component.get('UID', '?'))!r}"


def day_of(prop: object, local: tzinfo | None) -> date:
    """The calendar day of a DATE or DATE-TIME value, in its own zone (UTC moments in `local`)."""
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        params = getattr(prop, "params", {})
        if value.tzinfo is not None and local is not None and "TZID" not in params and value.utcoffset() == timedelta(0):
            value = value.astimezone(local)
        return value.date()
    if isinstance(value, date):
        return value
    raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "has a date that is not a date ({value})"), value=_shown(value)))


def moment(component: icalendar.cal.Component, name: str) -> date | datetime | None:
    """The DATE or DATE-TIME of property `name`; ItemError when it holds something else."""
    prop = component.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):  # the parser gives a list for a property given more than once
        return _once(component, name)
    value = getattr(prop, "dt", None)
    if not isinstance(value, date):  # datetime is a date too
        raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "has a {name} that is not a date ({value})"), name=name, value=_shown(value)))
    return value


def _once(component: icalendar.cal.Component, name: str) -> date:
    kind = QT_TRANSLATE_NOOP("Calendar", "an event") if component.name == "VEVENT" else QT_TRANSLATE_NOOP("Calendar", "a to-do")
    raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "has {count} {name} lines; {kind} has one"), count=len(component.get(name)), name=name, kind=kind))


def _shown(value: object) -> str:
    text = getattr(value, "isoformat", None)
    return text() if callable(text) else repr(value)


def days_of(component: icalendar.cal.Component, local: tzinfo | None, backwards: list[Sentence] | None = None) -> Days | None:
    """First and last day an item covers; None for an item with no date at all. An item that
    ends before it starts is an ItemError, or, given a `backwards` list, is read as one day (an
    event its start, a to-do its due day, as calendar apps show it) and the list told why."""
    if component.name == "VTODO":
        start, due = moment(component, "DTSTART"), moment(component, "DUE")
        if due is None and start is None:
            return None
        if due is not None:
            last = day_of(component["DUE"], local)
            first = day_of(component["DTSTART"], local) if start is not None else last
        else:  # a start and perhaps a duration
            first = day_of(component["DTSTART"], local)
            last = first + _whole_days(component.get("DURATION"))
        if last < first:
            problem = said(QT_TRANSLATE_NOOP("Calendar", "is due ({last}) before it starts ({first})"), last=last, first=first)
            return _one_day(last, problem, said(QT_TRANSLATE_NOOP("Calendar", "it was taken as due on {day}, without a start"), day=last), backwards)
        return Days(first, last)
    start, end = moment(component, "DTSTART"), moment(component, "DTEND")
    if start is None:
        return None
    first = day_of(component["DTSTART"], local)
    if end is not None:
        if isinstance(end, datetime) != isinstance(start, datetime):
            raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "mixes a date and a date-time for its start and end")))
        if _before(end, start):
            problem = said(QT_TRANSLATE_NOOP("Calendar", "ends ({end}) before it starts ({start})"), end=_shown(end), start=_shown(start))
            return _one_day(first, problem, said(QT_TRANSLATE_NOOP("Calendar", "it was taken as one day, its start {day}"), day=first), backwards)
        last = _last_day(component["DTEND"], start, end, first, local)
    elif component.get("DURATION") is not None:
        last = first + max(_whole_days(component.get("DURATION")) - timedelta(days=1), timedelta(0))
    else:
        last = first
    if last < first:  # a zone shift can put the end's day before the start's
        return _one_day(first, said(QT_TRANSLATE_NOOP("Calendar", "ends ({end}) before it starts ({start})"), end=last, start=first),
                        said(QT_TRANSLATE_NOOP("Calendar", "it was taken as one day, its start {day}"), day=first), backwards)
    return Days(first, last)


def _one_day(day: date, problem: Sentence, taken: Sentence, backwards: list[Sentence] | None) -> Days:
    if backwards is None:
        raise ItemError(problem)
    backwards.append(said(QT_TRANSLATE_NOOP("Calendar", "{problem}; {taken}"), problem=problem, taken=taken))
    return Days(day, day)


def _before(end: date, start: date) -> bool:
    if isinstance(end, datetime) and isinstance(start, datetime) and (end.tzinfo is None) != (start.tzinfo is None):
        end, start = end.replace(tzinfo=None), start.replace(tzinfo=None)  # floating vs zoned: compare wall times
    return end < start


def _last_day(end_prop: object, start: date, end: date, first: date, local: tzinfo | None) -> date:
    """DTEND is exclusive: an all-day event ending on the 5th covers the 4th; a timed event ending
    at midnight covers the day before; one that ends at its start covers its start day."""
    if isinstance(end, datetime) and isinstance(start, datetime) and (end.tzinfo is None) != (start.tzinfo is None):
        end, start = end.replace(tzinfo=None), start.replace(tzinfo=None)
    if end == start:
        return first
    if isinstance(end, datetime):
        return day_of(_Shifted(end - timedelta(microseconds=1), end_prop), local)
    return end - timedelta(days=1)


@dataclass
class _Shifted:
    dt: datetime
    original: object

    @property
    def params(self) -> object:
        return getattr(self.original, "params", {})


def _whole_days(prop: object) -> timedelta:
    value = getattr(prop, "dt", None)
    if isinstance(value, timedelta):
        return timedelta(days=max(value.days, 0))
    return timedelta(0)


def texts(component: icalendar.cal.Component, name: str) -> list[str]:
    """Every value of a multi-valued TEXT property (CATEGORIES may come as one or many lines)."""
    found = component.get(name)
    if found is None:
        return []
    out: list[str] = []
    for prop in found if isinstance(found, list) else [found]:
        values = getattr(prop, "cats", None)
        out.extend(str(v).strip() for v in (values if values is not None else [prop]) if str(v).strip())
    return out


def commitment(component: icalendar.cal.Component, days: Days, batch: ImportBatch, calendar_name: str, local: tzinfo | None) -> Commitment:
    """The commitment an item stands for, on `days` (for a series: one occurrence's days)."""
    ours = roundtrip.KEY in component
    kind = str(component.name)
    title = str(component.get("SUMMARY", "")).strip() or UNTITLED[kind]
    c = _ours(component, title, batch) if ours else _theirs(component, title, batch, calendar_name)
    if ours and _placed(c, kind) == (days.first, days.last):
        return c  # the dates are as exported: keep the phrase, window and precision
    if not ours:
        c = c.changed(reminder_days=lead_days_of_alarms(component, local))
    if days.first < days.last:
        return c.changed(kind=Kind.SPAN, start=Period.day(days.first), due=Period.day(days.last))
    return c.changed(kind=Kind.DEADLINE, start=None, due=Period.day(days.last))


def _placed(c: Commitment, kind: str) -> tuple[date, date]:
    if kind == "VTODO":
        return (c.window_start if c.kind is Kind.SPAN else c.due.end), c.due.end
    return event_days(c)


def _ours(component: icalendar.cal.Component, title: str, batch: ImportBatch) -> Commitment:
    values: dict[str, object] = {}
    for name, field in roundtrip.PERIODS.items():
        prop = component.get(name)
        if prop is not None:
            try:
                values[field] = roundtrip.read_period(roundtrip.text_of(prop), prop.params)
            except roundtrip.RoundTripError as exc:
                raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "has an {name} that {why}"), name=name, why=sentence_of(exc))) from None
    if "due" not in values:
        raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "has no {name}"), name=next(iter(roundtrip.PERIODS))))
    for name, field in roundtrip.TEXTS.items():
        values[field] = roundtrip.text_of(component.get(name))
    try:
        values["kind"] = Kind(roundtrip.text_of(component.get(roundtrip.KIND)).lower() or "deadline")
        values["status"] = Status(roundtrip.text_of(component.get(roundtrip.STATUS)).lower() or "planned")
        delivered = component.get(roundtrip.DELIVERED)
        values["delivered_on"] = date.fromisoformat(str(delivered)) if delivered is not None else None
        values["delivered_by"] = roundtrip.text_of(component.get(roundtrip.DELIVERED_BY)).strip()
        reminders = component.get(roundtrip.REMINDERS)
        values["reminder_days"] = roundtrip.read_reminders(str(reminders)) if reminders is not None else None
    except (ValueError, roundtrip.RoundTripError) as exc:
        raise ItemError(said(QT_TRANSLATE_NOOP("Calendar", "has an X-PLANNER property that is not readable ({why})"), why=sentence_of(exc))) from None
    source = roundtrip.read_source(component.get(roundtrip.SOURCE))
    if source is not None and not any(s.ref == source.ref for s in batch.sources):
        batch.sources.append(source)
    values["remind_when_window_opens"] = str(component.get(roundtrip.WINDOW_OPENS, "")).upper() == "TRUE"
    if values.get("start") is None and values["kind"] is Kind.SPAN:
        values["kind"] = Kind.DEADLINE
    return Commitment(
        title=title,
        key=roundtrip.text_of(component[roundtrip.KEY]).strip() or None,
        initiative_key=_our_group(component, batch),
        **values,  # type: ignore[arg-type]
    )


def _our_group(component: icalendar.cal.Component, batch: ImportBatch) -> str:
    """The strategy and initiative by the keys they had in the exporting plan (titles from CATEGORIES)."""
    skey = roundtrip.text_of(component.get(roundtrip.STRATEGY)).strip()
    ikey = roundtrip.text_of(component.get(roundtrip.INITIATIVE)).strip()
    cats = texts(component, "CATEGORIES")
    return batch.keyed_group(skey, ikey, cats[0] if cats else "", cats[1] if len(cats) > 1 else "")


def _theirs(component: icalendar.cal.Component, title: str, batch: ImportBatch, calendar_name: str) -> Commitment:
    cats = texts(component, "CATEGORIES")
    status, delivered = _status(component)
    organizer = component.get("ORGANIZER")
    actor = str(organizer.params.get("CN", "")) if organizer is not None else ""
    return Commitment(
        title=title,
        key=key_from_uid(str(component["UID"]).strip()) if component.get("UID") else None,
        initiative_key=batch.ensure_group(cats[0] if cats else calendar_name, cats[1] if len(cats) > 1 else ""),
        due=Period.day(date.min),  # placed by the caller
        description=str(component.get("DESCRIPTION", "")).strip(),
        url=str(component.get("URL", "")).strip(),
        actor=actor.strip(),
        status=status,
        delivered_on=delivered,
    )


def _status(component: icalendar.cal.Component) -> tuple[Status, date | None]:
    status = str(component.get("STATUS", "")).upper()
    if status == "CANCELLED":
        return Status.DROPPED, None
    completed = component.get("COMPLETED")
    if status == "COMPLETED" or completed is not None or str(component.get("PERCENT-COMPLETE", "")) == "100":
        return Status.DELIVERED, day_of(completed, None) if completed is not None else None
    if status == "IN-PROCESS":
        return Status.IN_PROGRESS, None
    return Status.PLANNED, None


def lead_days_of_alarms(component: icalendar.cal.Component, local: tzinfo | None) -> tuple[int, ...] | None:
    """The alarms of a foreign item as reminder lead times: days from the day each fires to the
    item's last day. None when it has no alarms, so the plan's default applies."""
    days = days_of(component, local, backwards=[])  # its days were judged (and told) by the caller
    if days is None:
        return None
    start = component.get("DTSTART")
    end = component.get("DUE") if component.name == "VTODO" else component.get("DTEND")
    leads = set()
    for alarm in component.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        value = getattr(trigger, "dt", None)
        if isinstance(value, timedelta):
            related = end if trigger.params.get("RELATED", "START").upper() == "END" and end is not None else start or end
            if related is None:
                continue
            fires = related.dt + value  # a date plus hours keeps whole days only: 9:00 the day before is the day before
            fires_day = fires.date() if isinstance(fires, datetime) else fires
        elif isinstance(value, datetime):
            fires_day = value.date()
        else:
            continue
        leads.add(max((days.last - fires_day).days, 0))
    return tuple(sorted(leads, reverse=True)) if leads else None
