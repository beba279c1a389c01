"""An .ics import takes every item it can read and names each one it skipped, with its line and
why; `strict` keeps the all-or-nothing import. Real-world oddities other readers accept import."""
from __future__ import annotations

import pytest

from planner.calendar.importing import from_ics
from planner.domain.plan import Kind
from planner.exchange.batch import ImportFileError

GOOD = ("g", "DTSTART;VALUE=DATE:20210105")


def calendar(*events: tuple[str, ...], after: str = "") -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Event {uid}\r\nDTSTAMP:20210101T000000Z\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"
        for uid, *lines in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n{body}END:VCALENDAR\r\n{after}".encode()


def keys(batch) -> list[str]:
    return [c.key for c in batch.commitments]


def test_an_event_ending_before_it_starts_is_one_day_on_its_start_and_said_so():
    batch = from_ics(calendar(GOOD, ("b", "DTSTART;VALUE=DATE:20210310", "DTEND;VALUE=DATE:20210301")), "f.ics")
    backwards = next(c for c in batch.commitments if c.key == "b")
    assert backwards.kind is Kind.DEADLINE and str(backwards.due.end) == "2021-03-10"
    assert "The event 'Event b' on line 10 ends (2021-03-01) before it starts (2021-03-10); it was taken as one day, its start 2021-03-10." in [str(n) for n in batch.notes]


def test_a_to_do_due_before_it_starts_is_due_on_its_due_day():
    data = calendar(GOOD).replace(b"END:VCALENDAR", b"BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Task\r\nDTSTART;VALUE=DATE:20210310\r\nDUE;VALUE=DATE:20210301\r\nEND:VTODO\r\nEND:VCALENDAR")
    task = next(c for c in from_ics(data, "f.ics").commitments if c.key == "t")
    assert task.kind is Kind.DEADLINE and str(task.due.end) == "2021-03-01"


def test_a_stray_line_after_the_calendar_is_left_out_with_a_note():
    batch = from_ics(calendar(GOOD, after="Sent from my phone\r\n"), "f.ics")
    assert keys(batch) == ["g"]
    assert "In f.ics, line 11 outside of any calendar was left out." in [str(n) for n in batch.notes]


@pytest.mark.parametrize("strict", [False, True])
def test_cr_only_line_ends_and_a_byte_order_mark_import(strict):
    assert keys(from_ics(calendar(GOOD).replace(b"\r\n", b"\r"), "mac.ics", strict=strict)) == ["g"]
    assert keys(from_ics(b"\xef\xbb\xbf" + calendar(GOOD), "bom.ics", strict=strict)) == ["g"]
    assert keys(from_ics(b"\xef\xbb\xbf" + calendar(GOOD).replace(b"\r\n", b"\r"), "both.ics", strict=strict)) == ["g"]


SKIPPED = {
    "a duplicated DTSTART": (("d", "DTSTART;VALUE=DATE:20210101", "DTSTART;VALUE=DATE:20210102"), "Line 10: the event 'Event d' has 2 DTSTART lines; an event has one."),
    "a line without a colon": (("x", "DTSTART;VALUE=DATE20210101"), "Line 10: line 14 is not an iCalendar content line: 'DTSTART;VALUE=DATE20210101'."),
    "an impossible date": (("i", "DTSTART;VALUE=DATE:20210231"), "Line 10: the event 'Event i' has a DTSTART that is not valid: Wrong date format 20210231."),
    "a date the plan cannot hold": (("f", "DTSTART;VALUE=DATE:99991231"), "Line 10: the event 'Event f': the due date 9999-12-31 falls outside the dates the planner supports (1900-01-01 to 2199-12-31)."),
    "a broken rule": (("r", "DTSTART;VALUE=DATE:20210101", "RRULE:FREQ=SOMETIMES"), "Line 10: the event 'Event r' has a RRULE that is not valid"),
}


@pytest.mark.parametrize("case", sorted(SKIPPED))
def test_an_unreadable_event_is_skipped_with_its_line_and_why_and_the_rest_imports(case):
    event, note = SKIPPED[case]
    batch = from_ics(calendar(GOOD, event), "f.ics")
    assert keys(batch) == ["g"]
    assert "1 item of f.ics could not be read and was skipped:" in [str(n) for n in batch.notes]
    assert any(n.startswith(f"  {note}") for n in map(str, batch.notes)), batch.notes
    with pytest.raises(ImportFileError, match="^In f.ics, "):
        from_ics(calendar(GOOD, event), "f.ics", strict=True).check("In f.ics")


def test_a_duplicated_dtstart_is_named_as_such_when_strict():
    with pytest.raises(ImportFileError) as caught:
        from_ics(calendar(("d", "DTSTART;VALUE=DATE:20210101", "DTSTART;VALUE=DATE:20210102")), "f.ics", strict=True)
    assert str(caught.value) == "In f.ics, the event 'Event d' has 2 DTSTART lines; an event has one."


def test_an_event_left_open_does_not_swallow_the_next_and_a_cut_short_file_keeps_what_it_has():
    left_open = calendar(("m", "DTSTART;VALUE=DATE:20210101"), GOOD).replace(b"END:VEVENT\r\nBEGIN:VEVENT", b"BEGIN:VEVENT", 1)
    batch = from_ics(left_open, "f.ics")
    assert keys(batch) == ["g"]
    assert "  Line 4: VEVENT, begun on line 4, is not ended before line 9 begins VEVENT." in [str(n) for n in batch.notes]
    cut = calendar(GOOD, ("c", "DTSTART;VALUE=DATE:20210101"))[:-30]
    batch = from_ics(cut, "f.ics")
    assert keys(batch) == ["g"]
    assert "  Line 10: VEVENT, begun on line 10, never ends (the file is cut short)." in [str(n) for n in batch.notes]


def test_a_skipped_event_takes_back_the_groups_it_brought():
    def ours(day: str) -> tuple[str, ...]:
        return ("o", f"DTSTART;VALUE=DATE:{day.replace('-', '')}", "X-PLANNER-KEY:o", f"X-PLANNER-DUE;X-WINDOW={day}/{day};X-PRECISION=day:{day}",
                "X-PLANNER-STRATEGY:ghost", "X-PLANNER-INITIATIVE:ghost-one")
    assert "ghost" in {s.key for s in from_ics(calendar(GOOD, ours("2021-01-01")), "f.ics").strategies}
    batch = from_ics(calendar(GOOD, ours("9999-01-01")), "f.ics")
    assert keys(batch) == ["g"]
    assert "ghost" not in {s.key for s in batch.strategies}


def test_nothing_readable_is_refused_in_one_sentence():
    with pytest.raises(ImportFileError) as caught:
        from_ics(calendar(("x", "DTSTART;VALUE=DATE20210101")), "f.ics")
    assert str(caught.value) == "Nothing in f.ics can be imported; the item on line 4: line 8 is not an iCalendar content line: 'DTSTART;VALUE=DATE20210101'."
