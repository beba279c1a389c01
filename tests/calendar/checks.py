"""Independent checks of iCalendar bytes: three parsers and the byte-level rules of RFC 5545."""
from __future__ import annotations

import re
from datetime import date, timedelta

import icalendar
import vobject
from ical.calendar_stream import IcsCalendarStream


def assert_valid_ics(data: bytes) -> None:
    """The strict `ical` package, vobject's validate() and icalendar all accept `data`, and the
    bytes follow the line rules."""
    assert_line_rules(data)
    assert_parses(data)


def assert_parses(data: bytes) -> None:
    """The three parsers alone, for text another program wrote (a server may use LF)."""
    text = data.decode("utf-8")
    IcsCalendarStream.calendar_from_ics(text)
    parsed = vobject.readOne(text)
    parsed.validate(raiseException=True)
    cal = icalendar.Calendar.from_ical(data)
    assert not cal.errors
    for component in cal.walk():
        assert not getattr(component, "errors", None), (component.name, component.errors)


def assert_line_rules(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "a bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "a bare CR"
    for n, line in enumerate(data.split(b"\r\n")[:-1], 1):
        assert len(line) <= 75, f"line {n} has {len(line)} octets"
        line.decode("utf-8")  # a fold inside a multi-byte character would fail here


def unfold(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def events(data: bytes, kind: str = "VEVENT") -> list[icalendar.cal.Component]:
    return icalendar.Calendar.from_ical(data).walk(kind)


def event_blocks(data: bytes) -> dict[str, str]:
    """UID -> the raw text of its VEVENT/VTODO, for comparing two exports event by event."""
    text = data.decode("utf-8")
    blocks = re.findall(r"BEGIN:(VEVENT|VTODO)\r\n(.*?)END:\1\r\n", text, re.S)
    out = {}
    for _kind, body in blocks:
        uid = re.search(r"^UID:(.*)$", body.replace("\r\n ", ""), re.M)[1].strip()
        out[uid] = body
    return out


def day_of(value: object) -> date:
    d = getattr(value, "dt", value)
    assert isinstance(d, date)
    return d


def alarm_days(event: icalendar.cal.Component) -> list[date]:
    """The day each VALARM of an all-day event fires, as a client would compute it."""
    start = day_of(event["DTSTART"])
    end = day_of(event["DTEND"]) if "DTEND" in event else day_of(event["DUE"])
    out = []
    for alarm in event.walk("VALARM"):
        trigger = alarm["TRIGGER"]
        base = end if trigger.params.get("RELATED") == "END" else start
        delta: timedelta = trigger.dt
        out.append(base + timedelta(days=delta.days))
    return sorted(out)
