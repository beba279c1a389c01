"""`from_ics`: the plan's own export round-trips; files from common clients import; broken files
are refused with one sentence and nothing stored; nothing ever raises anything else."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dateutil import tz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.calendar.export import to_ics
from planner.calendar.importing import from_ics, read_ics_file
from planner.calendar.recurrence import MAX_OCCURRENCES, Horizon
from planner.calendar.todos import to_ics_todos
from planner.domain.plan import Kind, Status
from planner.exchange.batch import ImportFileError
from planner.store.importing import apply_batch

FILES = Path(__file__).parent / "files"
BRUSSELS = tz.gettz("Europe/Brussels")
HORIZON = Horizon(date(2020, 1, 1), date(2025, 12, 31))


def seed_export(store, clock) -> bytes:
    plan = store.load_plan()
    return to_ics(plan, plan.commitments, now=clock.now())


def read(name: str):
    return read_ics_file(FILES / name, horizon=HORIZON, local=BRUSSELS)


def by_title(batch, title):
    return next(c for c in batch.commitments if c.title == title)


# Round trip -------------------------------------------------------------------------------------

def test_own_export_imports_back_into_the_same_plan_as_no_change(store, clock):
    report = apply_batch(store, from_ics(seed_export(store, clock), "plan.ics"), keep_edits=False)
    assert (report.added, report.updated) == (0, 0)


def test_own_export_rebuilds_the_plan_elsewhere_and_exports_the_same_bytes(store, other_store, clock):
    data = seed_export(store, clock)
    report = apply_batch(other_store, from_ics(data, "plan.ics"), keep_edits=False)
    assert report.added == 25
    assert seed_export(other_store, clock) == data
    original = {c.key: c for c in store.load_plan().commitments}
    for c in other_store.load_plan().commitments:
        o = original[c.key]
        assert (c.title, c.due, c.due.phrase, c.start, c.kind, c.status, c.quote, c.actor, c.source_ref) == \
               (o.title, o.due, o.due.phrase, o.start, o.kind, o.status, o.quote, o.actor, o.source_ref)


def test_own_todos_file_names_the_same_commitments(store, clock):
    plan = store.load_plan()
    batch = from_ics(to_ics_todos(plan, plan.commitments, now=clock.now()), "tasks.ics")
    assert sorted(c.key for c in batch.commitments) == sorted(c.key for c in plan.commitments)
    assert apply_batch(store, batch, keep_edits=False).updated == 0


def test_an_event_moved_in_a_calendar_client_comes_back_with_its_new_day(store, clock):
    data = seed_export(store, clock).replace(b"DTSTART;VALUE=DATE:20201231\r\nDTEND;VALUE=DATE:20210101", b"DTSTART;VALUE=DATE:20210115\r\nDTEND;VALUE=DATE:20210116", 1)
    moved = [c for c in from_ics(data, "plan.ics").commitments if c.due.end == date(2021, 1, 15)]
    assert len(moved) == 1 and moved[0].due.start == date(2021, 1, 15)
    assert moved[0].baseline is not None and moved[0].baseline.end == date(2020, 12, 31)  # slippage still measurable


def test_second_import_of_a_foreign_file_updates_instead_of_duplicating(empty_store):
    data = (FILES / "google.ics").read_bytes()
    first = apply_batch(empty_store, from_ics(data, "google.ics", horizon=HORIZON), keep_edits=False)
    again = apply_batch(empty_store, from_ics(data, "google.ics", horizon=HORIZON), keep_edits=False)
    changed = apply_batch(empty_store, from_ics(data.replace(b"SUMMARY:Progress report due", b"SUMMARY:Progress report due (final)"), "google.ics", horizon=HORIZON), keep_edits=False)
    assert first.added == 7 and (again.added, again.updated) == (0, 0) and (changed.added, changed.updated) == (0, 1)
    assert len(empty_store.load_plan().commitments) == 7


# Files from common clients -------------------------------------------------------------------------

def test_google_all_day_timed_recurring_and_utc_events():
    batch = read("google.ics")
    report = by_title(batch, "Progress report due")
    assert report.key == "6bq0ccdu1vt2kq8h3m6d3e5rj4@google.com"
    assert (report.kind, report.due.start, report.due.end) == (Kind.DEADLINE, date(2021, 3, 15), date(2021, 3, 15))
    assert report.description.startswith("Submit the progress report") and "\nAnnex" in report.description
    assert report.reminder_days == (7, 1)  # 15 hours before an all-day event: the day before
    meetings = sorted((c.key, c.due.end, c.title) for c in batch.commitments if c.title.startswith("Monthly"))
    assert [d for _, d, _ in meetings] == [date(2021, 1, 4), date(2021, 2, 4), date(2021, 4, 7), date(2021, 5, 4), date(2021, 6, 4)]
    assert meetings[2][0].endswith("#20210404") and "moved" in meetings[2][2]  # RECURRENCE-ID replaces its day
    assert any("repeats: imported its 5 occurrences" in note for note in map(str, batch.notes))
    assert by_title(batch, "Late-night submission deadline").due.end == date(2021, 7, 1)  # 23:00Z is 1 July in Brussels
    assert [s.title for s in batch.strategies] == ["Team deadlines"]


def test_outlook_windows_time_zones_multi_day_and_cancelled_events():
    batch = read("outlook.ics")
    review = by_title(batch, "Überprüfung der Drogenstrategie – Abschlussbericht")
    assert (review.kind, review.window_start, review.due.end) == (Kind.SPAN, date(2021, 10, 11), date(2021, 10, 15))
    assert review.key.startswith("040000008200E00074C5B7101A82E008") and len(review.key) > 80  # a folded UID, unfolded
    assert {s.title for s in batch.strategies} >= {"EU Agenda on Drugs", "Firearms action plan"}
    assert by_title(batch, "Firearms expert group").status is Status.DROPPED
    notes = [c.due.end for c in batch.commitments if c.title == "Fortnightly status note"]
    assert notes == [date(2021, 11, 1), date(2021, 11, 29), date(2021, 12, 13), date(2021, 12, 27)]  # EXDATE and UNTIL kept


def test_apple_events_and_reminders_with_absolute_alarms():
    batch = read("apple.ics")
    briefing = by_title(batch, "Ενημέρωση για το σχέδιο δράσης 🇪🇺")
    assert briefing.due.end == date(2021, 5, 20) and briefing.url == "https://example.org/briefing"
    assert briefing.reminder_days == (2,)
    done = by_title(batch, "Send comments on the draft regulation")
    assert (done.status, done.delivered_on, done.due.end) == (Status.DELIVERED, date(2021, 2, 25), date(2021, 2, 26))
    assert not any(c.title.startswith("Someday") for c in batch.commitments)  # a to-do without a date
    assert any("without a date" in note for note in map(str, batch.notes))


def test_thunderbird_categories_todos_and_lf_line_ends():
    batch = read("thunderbird.ics")
    report = by_title(batch, "Member States report on implementation")
    assert (report.kind, report.window_start, report.due.end) == (Kind.SPAN, date(2021, 6, 1), date(2021, 6, 30))
    initiative = next(i for i in batch.initiatives if i.key == report.initiative_key)
    assert (initiative.number, initiative.title) == ("3", "Legislative gaps")
    task = by_title(batch, "Draft the impact assessment")
    assert (task.status, task.window_start, task.due.end, task.reminder_days) == (Status.IN_PROGRESS, date(2021, 3, 15), date(2021, 4, 30), (3,))


@pytest.mark.parametrize("name", ["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"])
def test_client_files_store_in_one_transaction(empty_store, name):
    batch = read(name)
    report = apply_batch(empty_store, batch, keep_edits=False)
    assert report.added == len(batch.commitments) == len(empty_store.load_plan().commitments)


# Recurrence limits ------------------------------------------------------------------------------------

def _calendar(*body: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + "".join(line + "\r\n" for line in body) + "END:VCALENDAR\r\n").encode()


def _event(*lines: str, uid: str = "e1@test") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20200101T000000Z", "SUMMARY:Thing", *lines, "END:VEVENT"]


def test_endless_daily_series_is_capped_and_said_so():
    batch = from_ics(_calendar(*_event("DTSTART;VALUE=DATE:20200101", "RRULE:FREQ=DAILY")), "daily.ics", horizon=HORIZON)
    assert len(batch.commitments) == MAX_OCCURRENCES
    assert any(f"only the first {MAX_OCCURRENCES}" in note for note in map(str, batch.notes))


def test_series_outside_the_horizon_and_hourly_series_are_left_out_with_a_note():
    batch = from_ics(_calendar(*_event("DTSTART;VALUE=DATE:20300101", "RRULE:FREQ=YEARLY;COUNT=3"), *_event("DTSTART:20210101T090000Z", "RRULE:FREQ=HOURLY;COUNT=5", uid="e2@test"), *_event("DTSTART;VALUE=DATE:20210101", uid="e3@test")), "x.ics", horizon=HORIZON)
    assert [c.key for c in batch.commitments] == ["e3@test"]
    assert any("more often than once a day" in note for note in map(str, batch.notes))


def test_plan_horizon_spans_the_plan_and_the_year_ahead(store, clock):
    horizon = Horizon.of_plan(store.load_plan(), clock.today())
    assert horizon.first == date(2018, 1, 1) and horizon.last == date(2027, 11, 23)


# Refused cleanly --------------------------------------------------------------------------------------

BROKEN = {
    "not ical at all": (b"title,due\r\nReport,Q1 2021\r\n", "does not begin with BEGIN:VCALENDAR"),
    "empty": (b"", "does not begin with BEGIN:VCALENDAR"),
    "binary": (bytes(range(256)) * 4, "binary data"),
    "latin-1": (_calendar(*_event("DTSTART;VALUE=DATE:20210101")).replace(b"Thing", "Größe".encode("latin-1")), "not UTF-8"),
    "a line without a colon": (_calendar(*_event("DTSTART;VALUE=DATE20210101")), "line 8 is not an iCalendar content line"),
    "cut short": (_calendar(*_event("DTSTART;VALUE=DATE:20210101"))[:-30], "cut short"),
    "mismatched end": (_calendar(*_event("DTSTART;VALUE=DATE:20210101")).replace(b"END:VEVENT", b"END:VTODO"), "ends VTODO, but VEVENT was begun on line 4"),
    "impossible date": (_calendar(*_event("DTSTART;VALUE=DATE:20210231")), "DTSTART"),
    "impossible time": (_calendar(*_event("DTSTART:20210230T250000Z")), "DTSTART"),
    "ends before it starts": (_calendar(*_event("DTSTART;VALUE=DATE:20210310", "DTEND;VALUE=DATE:20210301")), "ends"),
    "broken rule": (_calendar(*_event("DTSTART;VALUE=DATE:20210101", "RRULE:FREQ=SOMETIMES")), "RRULE"),
    "nothing in it": (_calendar("X-WR-CALNAME:Empty"), "no events or to-dos"),
    "a vcard": (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Officer\r\nEND:VCARD\r\n", "does not begin with BEGIN:VCALENDAR"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_are_one_clear_error_when_strict(case):
    data, expected = BROKEN[case]
    with pytest.raises(ImportFileError) as caught:
        from_ics(data, "bad.ics", horizon=HORIZON, strict=True)
    message = str(caught.value)
    assert "bad.ics" in message and expected in message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mangled_client_files_import_or_are_refused_never_a_traceback(data):
    name = data.draw(st.sampled_from(["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"]))
    raw = bytearray((FILES / name).read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["delete", "insert", "truncate", "flip"]))
        if action == "delete":
            del raw[at: at + data.draw(st.integers(1, 40))]
        elif action == "insert":
            raw[at:at] = data.draw(st.sampled_from([b":", b";", b"\r\n", b"BEGIN:VEVENT\r\n", b"END:VTODO\r\n", b"20219999", b"\xff", b"T", b"=", b",", b"\\"]))
        elif action == "truncate":
            del raw[at:]
        elif at < len(raw):
            raw[at] = data.draw(st.integers(0, 255))
    try:
        from_ics(bytes(raw), name, horizon=HORIZON, local=BRUSSELS)
    except ImportFileError as exc:
        assert name in str(exc)
