"""The command line, run as a user would: real database files, real output, real exit codes."""
import json
import sqlite3
from datetime import date

import pytest

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2020, 11, 15))


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


def listed(capsys, db, *more):
    code, out, err = run(capsys, "--db", db, "list", "--json", *more)
    assert code == 0, err
    return json.loads(out)


def test_list_json_on_a_new_database_gives_the_seed_windows(capsys, db):
    rows = listed(capsys, db)
    europol = next(r for r in rows if "Europol" in r["title"])
    assert (europol["due_start"], europol["due_end"], europol["due"]) == ("2020-10-01", "2020-12-31", "planned for adoption in Q4 2020")
    law = next(r for r in rows if r["due"] == "by Q2 2021")
    assert (law["due_start"], law["due_end"]) == ("2021-04-01", "2021-06-30")
    for key in ("id", "title", "strategy", "initiative", "actor", "due", "due_start", "due_end", "start", "status", "source", "quote"):
        assert key in law
    assert law["source"] == "COM(2020) 607" and "detect" in law["quote"]


def test_db_is_accepted_after_the_command_too(capsys, db):
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0 and len(json.loads(out)) >= 15


def test_status_and_due_within_filters_use_the_as_of_day(capsys, db):
    due_soon = listed(capsys, db, "--due-within", "30", "--as-of", "2020-12-10")
    assert due_soon and all("2020-12-10" <= r["due_end"] <= "2021-01-09" for r in due_soon)
    overdue = listed(capsys, db, "--status", "overdue", "--as-of", "2021-01-02")
    assert {r["due"] for r in overdue} >= {"immediately", "by the end of 2020"}
    assert all(r["standing"] == "overdue" for r in overdue)


def test_add_edit_and_list_round_trip(capsys, db):
    code, out, err = run(capsys, "--db", db, "add", "Report on the prevention network", "--due", "by the end of 2021", "--initiative", "csa-5", "--actor", "European Commission")
    assert code == 0, err
    new_id = int(out.split()[2].rstrip(":"))
    code, out, err = run(capsys, "--db", db, "edit", str(new_id), "--due", "Q1 2022", "--reason", "Council conclusions")
    assert code == 0, err
    [row] = [r for r in listed(capsys, db) if r["id"] == new_id]
    assert (row["due"], row["due_end"], row["announced"], row["slippage_days"]) == ("Q1 2022", "2022-03-31", "by the end of 2021", 90)


def test_an_unreadable_date_phrase_is_one_sentence_and_changes_nothing(capsys, db):
    before = listed(capsys, db)
    code, out, err = run(capsys, "--db", db, "add", "Something", "--due", "sometime soon")
    assert code == 2
    assert err.strip() == "planner: Cannot read the date 'sometime soon': use a form such as 'Q4 2020', 'by the end of 2020', 'early 2021', 'December 2020', '22 August 2020', '2021-2025' or '2020-12-31'."
    assert "Traceback" not in err
    assert listed(capsys, db) == before


def test_a_malformed_csv_row_imports_nothing(capsys, db, tmp_path):
    before = listed(capsys, db)
    bad = tmp_path / "new.csv"
    bad.write_text("title,due\nGood one,Q1 2022\nBad one,Q7 2022\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", str(bad))
    assert code == 2 and "line 3" in err and "Q7 2022" in err
    assert listed(capsys, db) == before  # not even the good row


def test_export_then_import_csv_round_trips_without_duplicates(capsys, db, tmp_path):
    out_file = tmp_path / "plan.csv"
    code, _, err = run(capsys, "--db", db, "export", "csv", "-o", str(out_file))
    assert code == 0, err
    before = listed(capsys, db)
    code, out, err = run(capsys, "--db", db, "import", str(out_file))
    assert code == 0, err
    assert "0 added" in out
    assert len(listed(capsys, db)) == len(before)
    other = str(tmp_path / "other.sqlite")
    run(capsys, "--db", other, "list")  # a fresh plan, seeded
    code, out, err = run(capsys, "--db", other, "import", str(out_file))
    assert code == 0 and "0 added" in out


def test_a_file_that_is_not_a_database_is_refused_in_one_sentence(capsys, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\n" * 500)
    code, _, err = run(capsys, "--db", str(bad), "list")
    assert code == 2 and err.count("\n") == 1 and "not a planner database" in err


def test_a_locked_database_is_refused_and_stays_as_it_was(capsys, db):
    listed(capsys, db)  # create and seed
    blocker = sqlite3.connect(db, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "--db", db, "add", "x", "--due", "2022")
    finally:
        blocker.rollback()
        blocker.close()
    assert code == 2 and "locked" in err and "Traceback" not in err
    assert all(r["title"] != "x" for r in listed(capsys, db))


def test_seed_is_idempotent(capsys, db):
    first = listed(capsys, db)
    code, out, _ = run(capsys, "--db", db, "seed")
    assert code == 0 and "0 added, 0 updated" in out
    assert listed(capsys, db) == first


def test_unknown_status_word_is_named(capsys, db):
    code, _, err = run(capsys, "--db", db, "list", "--status", "late-ish")
    assert code == 2 and "'late-ish' is not known" in err
