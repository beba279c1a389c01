"""`planner edit` reads days as the window does, says when there is nothing to do, names the
candidates of an ambiguous initiative; `planner initiatives` lists the keys."""
import json
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


def listed(capsys, db):
    code, out, err = run(capsys, "--db", db, "list", "--json")
    assert code == 0, err
    return {r["id"]: r for r in json.loads(out)}


def test_delivered_takes_a_day_written_as_in_the_window(capsys, db):
    first = min(listed(capsys, db))
    code, out, err = run(capsys, "--db", db, "edit", str(first), "--delivered", "15 December 2020")
    assert code == 0, err
    row = listed(capsys, db)[first]
    assert (row["delivered_on"], row["status"]) == ("2020-12-15", "delivered")


def test_delivered_in_a_month_is_refused_in_one_sentence_and_changes_nothing(capsys, db):
    before = listed(capsys, db)
    code, out, err = run(capsys, "--db", db, "edit", str(min(before)), "--delivered", "December 2020")
    assert code == 2
    assert "'December 2020' is a window (2020-12-01..2020-12-31); give the exact day it was delivered" in err
    assert listed(capsys, db) == before


def test_edit_with_nothing_to_change_says_so_and_writes_nothing(capsys, db):
    before = listed(capsys, db)
    first = min(before)
    code, out, err = run(capsys, "--db", db, "edit", str(first))
    assert code == 2
    assert err.strip() == f"planner: Nothing to change in commitment {first}: give at least one option such as --due, --title or --delivered (see `planner edit --help`)."
    code, out, err = run(capsys, "--db", db, "edit", str(first), "--title", before[first]["title"])
    assert code == 0 and out.startswith(f"Nothing to change in commitment {first}: {before[first]['title']}")
    assert listed(capsys, db) == before


def test_an_ambiguous_initiative_lists_the_candidates(capsys, db):
    before = listed(capsys, db)
    code, out, err = run(capsys, "--db", db, "edit", str(min(before)), "--initiative", "Strategy as a whole")
    assert code == 2
    assert "matches several initiatives of the plan; use a key: csa-0 (Strategy as a whole), drugs-0 (Strategy as a whole)" in err
    assert listed(capsys, db) == before


def test_initiatives_lists_the_keys_that_initiative_takes(capsys, db):
    code, out, err = run(capsys, "--db", db, "initiatives")
    assert code == 0, err
    assert "csa-5" in out and "5. Enable Member States to better protect children through prevention" in out
    assert "EU Agenda and Action Plan on Drugs 2021-2025 (COM(2020) 606)" in out
    code, out, err = run(capsys, "--db", db, "initiatives", "--json")
    keys = {row["key"]: row for row in json.loads(out)}
    assert keys["csa-5"]["strategy_key"] == "csa" and keys["csa-5"]["commitments"] == 1


def test_search_finds_commitments_by_their_strategys_reference(capsys, db):
    code, out, err = run(capsys, "--db", db, "list", "--search", "COM(2020) 606")
    assert code == 0, err
    assert "Implement the EU Agenda and Action Plan on Drugs (2021-2025)" in out and "3 commitments" in out
    assert "Council approves the EU Drugs Action Plan 2021-2025" in out and "firearms" not in out


def test_edit_and_list_say_the_status_the_window_shows_and_the_recorded_one_where_it_differs(capsys, db):
    """On 15 November 2020 'July 2020', recorded as planned, is overdue: the window says so, and
    so do `edit` and `list`, with what was recorded beside it, as the details pane does."""
    rows = listed(capsys, db)
    late = next(r for r in rows.values() if (r["standing"], r["status"]) == ("overdue", "planned"))
    code, out, err = run(capsys, "--db", db, "edit", str(late["id"]), "--description", "x")
    assert code == 0, err
    assert out.strip() == f"Saved commitment {late['id']}: {late['title']} (due {late['due']}, status overdue (recorded: planned))."
    code, out, err = run(capsys, "--db", db, "list")
    line = next(line for line in out.splitlines() if line.startswith(f"{late['id']} "))
    assert "overdue (recorded: planned)" in line
    done = next(r for r in rows.values() if r["status"] == "delivered" and r["standing"] == "delivered on time")
    line = next(line for line in out.splitlines() if line.startswith(f"{done['id']} "))
    assert "delivered on time" in line and "recorded" not in line  # 'delivered' is what was recorded
    planned = next(r for r in rows.values() if (r["standing"], r["status"]) == ("planned", "planned"))
    line = next(line for line in out.splitlines() if line.startswith(f"{planned['id']} "))
    assert "planned" in line and "recorded" not in line
