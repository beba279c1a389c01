"""`to_ics`: the seed plan as events that three independent parsers accept, byte rules, content."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.calendar import lines
from planner.calendar.export import CalendarInfo, per_strategy, to_ics
from planner.calendar.todos import to_ics_todos
from planner.domain.period import Period
from planner.domain.plan import Commitment, Kind, Status
from planner.domain.reminders import reminders_for
from planner.domain.status import standing

from .checks import (
    alarm_days,
    assert_line_rules,
    assert_valid_ics,
    day_of,
    event_blocks,
    events,
    unfold,
)

TITLES = [
    "Überprüfung der Maßnahmen für Jugendschutz – Bericht über größere Änderungen äöü ÄÖÜ ß",
    "Ενίσχυση της συνεργασίας των αρχών επιβολής του νόμου στην Ελλάδα και την Κύπρο",
    "Launch 🚀 the network 🇪🇺 with partners 👩‍👩‍👧‍👦 and celebrate 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉",
]


def export(store, clock, commitments=None, **kw) -> bytes:
    plan = store.load_plan()
    return to_ics(plan, plan.commitments if commitments is None else commitments, now=clock.now(), **kw)


def test_seed_export_is_accepted_by_three_parsers(store, clock):
    data = export(store, clock)
    assert_valid_ics(data)
    assert len(events(data)) == len(store.load_plan().commitments) == 25


def test_calendar_properties_come_before_any_component(store, clock):
    text = unfold(export(store, clock, info=CalendarInfo("Security Union", "What was promised", timedelta(hours=6))))
    head = text[: text.index("BEGIN:VEVENT")]
    for expected in ("VERSION:2.0", "NAME:Security Union", "X-WR-CALNAME:Security Union", "DESCRIPTION:What was promised",
                     "X-WR-CALDESC:What was promised", "REFRESH-INTERVAL;VALUE=DURATION:PT6H", "X-PUBLISHED-TTL:PT6H"):
        assert expected in head
    assert any(line.startswith("PRODID:") for line in head)


def test_deadline_is_all_day_on_last_day_and_span_covers_its_whole_span(store, clock):
    plan = store.load_plan()
    data = export(store, clock)
    by_uid = {str(e["UID"]): e for e in events(data)}
    for c in plan.commitments:
        e = by_uid[f"{c.key}@planner"]
        start, end = day_of(e["DTSTART"]), day_of(e["DTEND"])
        assert e["DTSTART"].params["VALUE"] == "DATE" and type(start) is date
        assert end > start
        if c.kind is Kind.DEADLINE:
            assert (start, end) == (c.due.end, c.due.end + timedelta(days=1))
        else:
            assert (start, end) == (c.window_start, c.due.end + timedelta(days=1))


def test_description_categories_and_summary_say_what_the_document_said(store, clock):
    plan = store.load_plan()
    c = next(c for c in plan.commitments if c.key == "csa-1-prevention-workshop")
    e = next(e for e in events(export(store, clock)) if e["UID"] == "csa-1-prevention-workshop@planner")
    text = str(e["DESCRIPTION"])
    assert str(e["SUMMARY"]) == c.title
    for fact in ("Due: by Q4 2020 (2020-10-01..2020-12-31)", "Status: planned", "Slippage: none",
                 "Responsible: European Commission", "Document: COM(2020) 607", c.quote):
        assert fact in text
    assert "overdue" not in text  # overdue on the day of the export, but that is not stored
    assert [str(x) for x in e["CATEGORIES"].cats] == [plan.strategy("csa").title, plan.initiative("csa-1").label]


def test_dropped_is_cancelled_and_url_is_the_source_link(store, clock):
    plan = store.load_plan()
    c = plan.commitments[3]
    store.update_commitment(c.changed(status=Status.DROPPED, url="https://example.org/doc?a=1,b=2"))
    e = next(e for e in events(export(store, clock)) if e["UID"] == f"{c.key}@planner")
    assert e["STATUS"] == "CANCELLED"
    assert str(e["URL"]) == "https://example.org/doc?a=1,b=2"
    assert "VALARM" not in [x.name for x in e.subcomponents]  # dropped: no reminders


def test_one_valarm_per_reminder_on_the_days_the_desktop_reminds(store, clock):
    plan = store.load_plan()
    c = plan.commitments[2]
    store.update_commitment(c.changed(reminder_days=(14, 3, 0), remind_when_window_opens=True))
    plan = store.load_plan()
    data = export(store, clock)
    assert_valid_ics(data)
    by_uid = {str(e["UID"]): e for e in events(data)}
    for c in plan.commitments:
        e = by_uid[f"{c.key}@planner"]
        expected = sorted(r.fires_on for r in reminders_for(c))
        assert alarm_days(e) == expected, c.key
        for alarm in e.walk("VALARM"):
            assert alarm["ACTION"] == "DISPLAY" and c.title in str(alarm["DESCRIPTION"])
    # VALARMs come after every property of their event
    for block in event_blocks(data).values():
        if "BEGIN:VALARM" in block:
            tail = block[block.index("BEGIN:VALARM"):]
            assert all(line.startswith(("BEGIN:VALARM", "END:VALARM", "ACTION", "DESCRIPTION", "TRIGGER", " ")) for line in tail.split("\r\n") if line)


@pytest.mark.parametrize("title", TITLES)
def test_titles_in_any_script_fold_without_splitting_a_character(store, clock, title):
    plan = store.load_plan()
    c = plan.commitments[1]
    store.update_commitment(c.changed(title=title, quote=title * 3, description=title + "\n" + title))
    data = export(store, clock)
    assert_valid_ics(data)
    e = next(e for e in events(data) if e["UID"] == f"{c.key}@planner")
    assert str(e["SUMMARY"]) == title
    assert str(e["X-PLANNER-QUOTE"]) == title * 3


def test_second_export_is_identical_and_an_edit_changes_only_its_event(store, clock):
    first = export(store, clock)
    assert export(store, clock) == first
    plan = store.load_plan()
    c = plan.commitments[5]
    clock.advance(hours=2)
    store.update_commitment(c.changed(title="Renamed", due=Period.quarter(2021, 3, "by Q3 2021")))
    second = export(store, clock)
    before, after = event_blocks(first), event_blocks(second)
    uid = f"{c.key}@planner"
    assert [u for u in before if before[u] != after[u]] == [uid]
    changed = dict(line.split(":", 1) for line in after[uid].replace("\r\n ", "").split("\r\n") if ":" in line and not line.startswith(" "))
    assert changed["SEQUENCE"] == "1"
    assert changed["LAST-MODIFIED"] == changed["DTSTAMP"] == "20261123T110000Z"
    assert changed["SUMMARY"] == "Renamed"
    assert changed["DTSTART;VALUE=DATE"] == "20210930"
    assert first.split(b"BEGIN:VEVENT")[0] == second.split(b"BEGIN:VEVENT")[0]


def test_an_unchanged_plan_exports_the_same_bytes_on_any_day(store, clock):
    """Nothing in an event may follow the calendar: clients look again only when SEQUENCE or
    LAST-MODIFIED moves, so one day's export must equal the next one's."""
    soon = store.add_commitment(Commitment(title="Report to Council", due=Period.quarter(2027, 1, "Q1 2027"),
                                           initiative_key="csa-1", key="report-to-council"))
    store.update_commitment(soon.changed(forecast=Period.quarter(2027, 2, "Q2 2027")))
    plan = store.load_plan()
    first_day = clock.today()
    events_then, todos_then = export(store, clock), to_ics_todos(plan, plan.commitments, now=clock.now())
    clock.advance(days=200)
    c = next(x for x in plan.commitments if x.key == soon.key)
    assert (standing(c, first_day).value, standing(c, clock.today()).value) == ("planned", "overdue")
    assert export(store, clock) == events_then
    assert to_ics_todos(plan, plan.commitments, now=clock.now()) == todos_then
    text = str(next(e for e in events(events_then) if e["UID"] == "report-to-council@planner")["DESCRIPTION"])
    assert "Status: planned\n" in text and "Slippage: +" in text  # the stored facts are there


def test_unstored_commitment_is_stamped_with_the_clock(store, clock):
    plan = store.load_plan()
    c = Commitment(title="New", due=Period.day(date(2027, 1, 5)), initiative_key="csa-1", key="fresh")
    e = events(to_ics(plan, [c], now=clock.now()))[0]
    assert e["DTSTAMP"].dt == clock.now()


def test_per_strategy_groups_in_plan_order(store, clock):
    plan = store.load_plan()
    groups = per_strategy(plan, plan.commitments)
    assert [s.key for s, _ in groups] == ["csa", "drugs", "firearms"]
    assert sum(len(cs) for _, cs in groups) == len(plan.commitments)
    strategy, chosen = groups[1]
    data = to_ics(plan, chosen, now=clock.now(), info=CalendarInfo().for_strategy(strategy))
    assert_valid_ics(data)
    assert strategy.title in "".join(unfold(data))


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_fold_keeps_every_character_and_the_limit(value):
    folded = lines.fold("X-TEST:" + lines.text(value))
    assert_line_rules(folded + b"\r\n")
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == "X-TEST:" + lines.text(value)
    # an escape pair is never split across a fold
    for physical in folded.split(b"\r\n"):
        stripped = physical.rstrip(b"\\")
        assert (len(physical) - len(stripped)) % 2 == 0 or physical is folded.split(b"\r\n")[-1]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120))
def test_any_title_exports_to_valid_icalendar(store, clock, title):
    plan = store.load_plan()
    c = plan.commitments[0].changed(title=title, quote="tab\there; bell\x07, escape\x1b", description="line\r\nbreak\x00")
    data = to_ics(plan, [c], now=clock.now())
    assert_valid_ics(data)
