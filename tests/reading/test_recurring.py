"""A promise that repeats ("every year", "annually", "every six months", "two-yearly"): one
proposal per occurrence in the period it runs over, numbered as one series, the phrase kept;
accepted, the occurrences enter the plan linked in order, once."""
from __future__ import annotations

import sqlite3
from datetime import date

from planner.domain.clock import FixedClock
from planner.reading import Dating, propose, read_document
from tests.cli_run import run_cli

PLAN = """Brussels, 24.7.2020
COM(2020) 999 final

A small action plan on reporting

This action plan is to be implemented over the next five years (2021-2025).

1. Reporting

The Commission will report on progress every year. Europol will publish a two-yearly threat assessment.
Member States will meet every six months from 2024. The Commission will hold a conference annually until 2022.
"""


def proposals(tmp_path, text=PLAN):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return propose(read_document(path))


def series(found, phrase):
    return [(p.occurrence, p.occurrences, p.due_start, p.due_end, p.due.phrase) for p in found if p.phrase == phrase]


def test_every_year_is_one_commitment_a_year_of_the_documents_period_keeping_the_phrase(tmp_path):
    found = proposals(tmp_path)
    yearly = [p for p in found if p.phrase == "every year"]
    assert [(p.occurrence, p.occurrences, p.due_start, p.due_end) for p in yearly] == [
        (n, 5, date(year, 1, 1), date(year, 12, 31)) for n, year in enumerate(range(2021, 2026), start=1)]
    first = yearly[0]
    assert (first.kind, first.dating, first.actor, first.title) == ("recurring", Dating.DATED, "The Commission", "Report on progress (2021)")
    assert first.due.phrase == "every year (2021)" and "repeats every year over 2021-2025, occurrence 1 of 5" in first.why
    assert len({p.series for p in yearly}) == 1 and all(p.quote == "The Commission will report on progress every year." for p in yearly)


def test_two_yearly_six_monthly_and_the_years_a_sentence_names(tmp_path):
    found = proposals(tmp_path)
    assert [w[2:4] for w in series(found, "two-yearly")] == [
        (date(2021, 1, 1), date(2022, 12, 31)), (date(2023, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2026, 12, 31))]
    halves = series(found, "every six months")  # 'from 2024': the series starts there
    assert [w[4] for w in halves] == ["every six months (H1 2024)", "every six months (H2 2024)", "every six months (H1 2025)", "every six months (H2 2025)"]
    assert [w[2:4] for w in series(found, "annually")] == [(date(2021, 1, 1), date(2021, 12, 31)), (date(2022, 1, 1), date(2022, 12, 31))]  # 'until 2022'


def test_a_repeat_in_a_document_that_states_no_period_is_shown_undated(tmp_path):
    [undated] = proposals(tmp_path, "Brussels, 3.3.2021\n\nThe Commission will report on progress every year.\n")
    assert undated.due is None and undated.dating is Dating.UNDATED and undated.phrase == "every year"
    assert "by hand" in undated.why and undated.kind == "recurring"


def test_a_series_before_the_documents_date_is_left_out(tmp_path):
    text = PLAN.replace("over the next five years (2021-2025)", "over the years 2019-2022")
    assert [w[2] for w in series(proposals(tmp_path, text), "every year")] == [date(2020, 1, 1), date(2021, 1, 1), date(2022, 1, 1)]


def test_accept_all_adds_each_occurrence_linked_to_the_next_and_nothing_twice(capsys, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    db = str(tmp_path / "plan.sqlite")
    clock = FixedClock.on(date(2020, 11, 15))
    code, out, err = run_cli(capsys, clock, "--db", db, "extract", str(path), "--accept-all", "--into", "reporting")
    assert code == 0 and "15 added to reporting" in out, err
    with sqlite3.connect(db) as c:
        rows = c.execute("select c.id, c.title, c.due_phrase from commitments c join initiatives i on c.initiative_id = i.id "
                         "join strategies s on i.strategy_id = s.id where s.key = 'reporting' order by c.id").fetchall()
        links = set(c.execute("select predecessor_id, successor_id from dependencies").fetchall())
    ids = {title: cid for cid, title, _ in rows}
    reports = [ids[f"Report on progress ({y})"] for y in range(2021, 2026)]
    assert {(a, b) for a, b in zip(reports, reports[1:], strict=False)} <= links
    assert len(links) == 4 + 2 + 3 + 1  # each series linked in order, never across series
    assert ("every year (2023)",) in {(phrase,) for _, _, phrase in rows}
    code, out, err = run_cli(capsys, clock, "--db", db, "extract", str(path), "--accept-all", "--into", "reporting")
    assert code == 0 and "0 added" in out and "15 already in the plan" in out
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from dependencies").fetchone()[0] == len(links)


def test_json_says_which_occurrence_of_how_many(capsys, tmp_path):
    import json

    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    code, out, err = run_cli(capsys, FixedClock.on(date(2020, 11, 15)), "--db", str(tmp_path / "p.sqlite"), "extract", str(path), "--json")
    rows = [r for r in json.loads(out) if r["phrase"] == "two-yearly"]
    assert [(r["occurrence"], r["occurrences"], r["kind"]) for r in rows] == [(1, 3, "recurring"), (2, 3, "recurring"), (3, 3, "recurring")]


def test_undo_and_redo_of_accepting_a_series_keep_its_links(tmp_path):
    """Redo puts the occurrences back linked in order, as accepting first stored them."""
    from planner.reading.review import Decision, Review
    from planner.store.batch_undo import put_back, stored_as_added, take_back
    from planner.store.importing import apply_batch
    from planner.store.opening import open_plan_store

    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    store = open_plan_store(f"sqlite:///{tmp_path / 'plan.sqlite'}", FixedClock.on(date(2020, 11, 15)))
    try:
        doc = read_document(path)
        review = Review(doc, propose(doc), store.load_plan(), "reporting")
        for n, item in enumerate(review.items):
            if item.read.phrase == "every year":
                review.decide(n, Decision.ACCEPTED)
        batch = review.accepted().batch
        apply_batch(store, batch, keep_edits=True)
        added = stored_as_added(store, [c.key for c in batch.commitments if c.key], [], [], [])
        linked = {(d.predecessor_id, d.successor_id) for d in store.load_plan().dependencies}
        assert len(linked) == 4  # five reports, each linked to the next
        gone = take_back(store, added)
        assert store.load_plan().dependencies == []
        put_back(store, gone)
        assert {(d.predecessor_id, d.successor_id) for d in store.load_plan().dependencies} == linked
    finally:
        store.close()
