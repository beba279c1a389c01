"""The words of reminder notifications, and the entries of the "Due soon" list."""
from datetime import date, datetime, timedelta, timezone

from planner.domain.due_soon import due_soon
from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Status
from planner.domain.reminder_messages import due_phrase, messages_for
from planner.domain.reminder_plan import Occurrence, OccurrenceState

TODAY = date(2026, 11, 23)


def due_on(day: date, n: int = 1, title: str = "Report") -> Commitment:
    return Commitment(title=f"{title} {n}", due=Period(day, day, Precision.DAY, day.isoformat()), initiative_key="i", id=n)


def test_due_phrases_say_how_far_off_the_end_of_the_window_is():
    assert [due_phrase(due_on(TODAY + timedelta(days=d)), TODAY) for d in (7, 1, 0, -1, -3)] == [
        "due in 7 days", "due tomorrow", "due today", "overdue by 1 day", "overdue by 3 days"]


def test_one_reminder_is_one_notification_naming_the_commitment():
    c = due_on(TODAY + timedelta(days=7))
    [m] = messages_for([(Occurrence(1, 7, TODAY), c)], TODAY, away=True)
    assert m.title == "Reminder: Report 1"
    assert m.body == "Report 1 — due in 7 days (2026-11-30)"
    assert m.commitment_ids == (1,)


def test_reminders_from_while_away_are_grouped_in_one_notification():
    pairs = [(Occurrence(n, 7, TODAY), due_on(TODAY + timedelta(days=n), n)) for n in (1, 2, 3)]
    [m] = messages_for(pairs, TODAY, away=True)
    assert m.title == "3 reminders while you were away"
    assert m.body.count("\n") == 2 and "Report 2 — due in 2 days" in m.body
    assert m.commitment_ids == (1, 2, 3)


def test_a_few_at_once_while_watching_come_one_by_one_many_are_grouped():
    pairs = [(Occurrence(n, 7, TODAY), due_on(TODAY + timedelta(days=n), n)) for n in range(1, 9)]
    assert len(messages_for(pairs[:3], TODAY)) == 3
    [m] = messages_for(pairs, TODAY)
    assert m.title == "8 reminders" and m.body.endswith("and 3 more in the Due soon list")


def test_due_soon_lists_open_commitments_in_the_horizon_and_reminded_ones_soonest_first():
    soon, later, far, done = (due_on(TODAY + timedelta(days=d), n) for n, d in ((1, 10), (2, 3), (3, 40), (4, 2)))
    done = done.changed(status=Status.DELIVERED)
    old = due_on(TODAY - timedelta(days=400), 5)  # a seed-plan deadline long past
    reminded_far = Occurrence(3, 30, TODAY - timedelta(days=1), OccurrenceState.SHOWN, id=7)
    entries = due_soon([soon, later, far, done, old], [reminded_far], TODAY, horizon_days=14)
    assert [e.commitment.id for e in entries] == [2, 1, 3]
    assert entries[2].needs_attention and entries[2].reminder_label == "30 days before"
    assert not entries[0].needs_attention


def test_a_snoozed_reminder_is_not_awaiting_an_answer_but_says_until_when():
    c = due_on(TODAY + timedelta(days=5))
    until = datetime(2026, 11, 24, 9, tzinfo=timezone.utc)
    [e] = due_soon([c], [Occurrence(1, 7, TODAY, OccurrenceState.SNOOZED, until)], TODAY)
    assert not e.needs_attention and e.snoozed_until == until


def test_a_grouped_notification_in_german_counts_as_german_does():
    from planner.i18n import speak_without_app
    from planner.i18n.words import notice_words

    pairs = [(Occurrence(n, 7, TODAY), due_on(TODAY + timedelta(days=n), n)) for n in range(1, 7)]
    back = speak_without_app("de")
    try:
        [m] = messages_for(pairs, TODAY, away=True, words=notice_words())
    finally:
        back()
    assert m.title == "6 Erinnerungen während Ihrer Abwesenheit"
    assert "Report 1 — morgen fällig (2026-11-24)" in m.body and m.body.endswith("und 1 weitere in der Liste „Bald fällig“")
